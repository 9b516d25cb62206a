import { describe, expect, test } from "vitest";
import { diffLines, diffWords, lineItems, MAX_CHANGED_LINES, MAX_WORD_DIFF_CELLS, sideOf, type DiffPiece } from "./text-diff";

describe("diffLines", () => {
  test.each<[string, string, string, [number, number] | null]>([
    ["equal", "a\nb", "a\nb", null],
    ["equal after normalising CRLF", "a\r\nb", "a\nb", null],
    ["from empty", "", "a\nb", [2, 0]],
    ["to empty", "a\nb", "", [0, 2]],
    ["one line changed in the middle", "a\nb\nc", "a\nB\nc", [1, 1]],
    ["line inserted", "a\nc", "a\nb\nc", [1, 0]],
    ["trailing newline added", "a", "a\n", [1, 0]],
  ])("%s", (_label, before, after, counts) => {
    const change = diffLines(before, after);
    expect(change && [change.linesAdded, change.linesRemoved]).toEqual(counts);
  });

  test("a replaced line lists the new line before the old one, in document order", () => {
    expect(diffLines("Keep 20 % margin.\nReview every phase.", "Keep 25 % margin.\nReview every phase.\nLog it.")?.lines).toEqual([
      { op: "+", text: "Keep 25 % margin." },
      { op: "-", text: "Keep 20 % margin." },
      { op: "+", text: "Log it." },
    ]);
  });

  test("long changes list at most MAX_CHANGED_LINES lines and count the rest", () => {
    const lines = (prefix: string) => Array.from({ length: 30 }, (_, i) => `${prefix}${i}`).join("\n");
    const change = diffLines(lines("old "), lines("new "));
    expect(change).toMatchObject({ linesAdded: 30, linesRemoved: 30, omitted: 60 - MAX_CHANGED_LINES });
    expect(change?.lines).toHaveLength(MAX_CHANGED_LINES);
  });
});

/** A word diff written compactly: [-old-] and {+new+}. */
const show = (pieces: DiffPiece[]) => pieces.map((p) => (p.op === "=" ? p.text : p.op === "+" ? `{+${p.text}+}` : `[-${p.text}-]`)).join("");

describe("diffWords", () => {
  test.each<[string, string, string, string]>([
    ["equal", "What powers the bus?", "What powers the bus?", "What powers the bus?"],
    ["one word replaced: old struck first, then new", "Keep 20 % margin.", "Keep 25 % margin.", "Keep [-20-]{+25+} % margin."],
    ["word inserted", "What powers the bus?", "What powers the bus in eclipse?", "What powers the [-bus?-]{+bus in eclipse?+}"],
    ["word removed", "The big solar panel", "The solar panel", "The [-big -]solar panel"],
    ["from empty", "", "New text", "{+New text+}"],
    ["to empty", "Old text", "", "[-Old text-]"],
    ["whitespace change is a change", "a b", "a  b", "a[- -]{+  +}b"],
    ["changes split only by spaces read as one phrase", "Image Detectors: CCD and CMOS", "A renamed module", "[-Image Detectors: CCD and CMOS-]{+A renamed module+}"],
    ["an unchanged word keeps changes apart", "ten watts for one hour", "six watts for two hours", "[-ten-]{+six+} watts for [-one hour-]{+two hours+}"],
  ])("%s", (_label, before, after, expected) => {
    expect(show(diffWords(before, after))).toBe(expected);
  });

  test.each([
    ["In eclipse, what powers the bus?", "What powers the bus in eclipse?"],
    ["Orbit-average power of 10 W for 60 % of the orbit?", "Orbit-average power of 12 W for 55 % of each orbit?"],
    ["line one\r\nline two", "line one\nline 2"],
  ])("both sides read back exactly: %j → %j", (before, after) => {
    const pieces = diffWords(before, after);
    expect(sideOf(pieces, "before")).toBe(before.replace(/\r\n/g, "\n"));
    expect(sideOf(pieces, "after")).toBe(after);
    // Neighbouring pieces never share a kind.
    expect(pieces.every((p, i) => i === 0 || pieces[i - 1]!.op !== p.op)).toBe(true);
  });

  test("texts too long to align show as one removal and one addition, still readable both ways", () => {
    const words = (prefix: string) => Array.from({ length: 1500 }, (_, i) => `${prefix}${i}`).join(" ");
    const before = `Same start. ${words("a")}`;
    const after = `Same start. ${words("b")}`;
    expect((1500 * 2) ** 2).toBeGreaterThan(MAX_WORD_DIFF_CELLS);
    const pieces = diffWords(before, after);
    expect(pieces.map((p) => p.op)).toEqual(["=", "-", "+"]);
    expect(sideOf(pieces, "before")).toBe(before);
    expect(sideOf(pieces, "after")).toBe(after);
  });
});

describe("lineItems", () => {
  test.each<[string, string, string, ReturnType<typeof lineItems>]>([
    ["a replaced line pairs up", "Keep 20 % margin.\nReview.", "Keep 25 % margin.\nReview.", [{ kind: "changed", before: "Keep 20 % margin.", after: "Keep 25 % margin." }]],
    [
      "two replaced lines pair in order",
      "a1\nb1\nsame",
      "a2\nb2\nsame",
      [
        { kind: "changed", before: "a1", after: "a2" },
        { kind: "changed", before: "b1", after: "b2" },
      ],
    ],
    ["an added line stays added", "a", "a\nb", [{ kind: "added", text: "b" }]],
    ["a removed line stays removed", "a\nb", "a", [{ kind: "removed", text: "b" }]],
    [
      "one line replaced by two: no pairing",
      "old",
      "new one\nnew two",
      [
        { kind: "added", text: "new one" },
        { kind: "added", text: "new two" },
        { kind: "removed", text: "old" },
      ],
    ],
  ])("%s", (_label, before, after, expected) => {
    expect(lineItems(diffLines(before, after)!.lines)).toEqual(expected);
  });
});
