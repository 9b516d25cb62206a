import { describe, expect, test } from "vitest";
import {
  countWords,
  draftSpecFromDocument,
  estimateMinutes,
  inlinePlainText,
  MAX_SECTIONS,
  MAX_SUMMARY_LENGTH,
  MIN_ESTIMATED_MINUTES,
  sectionsFromMarkdown,
  slugify,
  STUDY_WORDS_PER_MINUTE,
  summaryFromMarkdown,
  uniqueModuleSlug,
} from "./document-module";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
const titles = (markdown: string, documentTitle?: string) => sectionsFromMarkdown(markdown, documentTitle).map((s) => [s.title, s.bodyMarkdown]);

describe("sectionsFromMarkdown", () => {
  test.each<[string, string, string, [string, string][]]>([
    ["text before the first heading is the overview", "Intro text.\n\n## Purpose\n\nWhy.", "", [["Overview", "Intro text."], ["Purpose", "Why."]]],
    ["no heading at all: one overview section", "Just text.\n\nMore text.", "", [["Overview", "Just text.\n\nMore text."]]],
    ["#, ## and ### each start a section", "# A\na\n## B\nb\n### C\nc", "", [["A", "a"], ["B", "b"], ["C", "c"]]],
    ["#### stays inside its section", "## A\n\n#### Detail\n\nd", "", [["A", "#### Detail\n\nd"]]],
    ["empty sections are dropped", "## Empty\n\n## Full\n\nx\n\n## Also empty\n", "", [["Full", "x"]]],
    ["headings inside a code fence are code", "## Code\n\n```md\n## not a heading\n```\n\nafter", "", [["Code", "```md\n## not a heading\n```\n\nafter"]]],
    ["a ~~~ fence is closed only by ~~~", "## C\n\n~~~\n```\n# no\n~~~\n## D\nd", "", [["C", "~~~\n```\n# no\n~~~"], ["D", "d"]]],
    ["a leading # repeating the document title is not a section", "# Battery Test\n\nAbout it.\n\n## Results\n\nOK.", "Battery Test", [["Overview", "About it."], ["Results", "OK."]]],
    ["a # with another title is a section", "# Something else\n\nText.", "Battery Test", [["Something else", "Text."]]],
    ["heading markup becomes plain title text", "## **Bold** [link](x.md) `code` ##\n\nt", "", [["Bold link code", "t"]]],
    ["a heading with no words is dropped", "##   \n\ntext", "", [["Overview", "text"]]],
    ["Windows line endings", "Intro\r\n\r\n## A\r\nbody\r\n", "", [["Overview", "Intro"], ["A", "body"]]],
    ["export links stay markdown links", "## Pages\n\n- [ICD](Avionics%20ICD%201a2b.md)", "", [["Pages", "- [ICD](Avionics%20ICD%201a2b.md)"]]],
  ])("%s", (_label, markdown, documentTitle, expected) => {
    expect(titles(markdown, documentTitle)).toEqual(expected);
  });

  test(`past ${MAX_SECTIONS} sections the rest joins the last, headings kept`, () => {
    const markdown = Array.from({ length: MAX_SECTIONS + 2 }, (_, i) => `## S${i + 1}\n\ntext ${i + 1}`).join("\n\n");
    const sections = sectionsFromMarkdown(markdown);
    expect(sections).toHaveLength(MAX_SECTIONS);
    expect(sections.at(-1)).toEqual({
      title: `S${MAX_SECTIONS}`,
      bodyMarkdown: `text ${MAX_SECTIONS}\n\n## S${MAX_SECTIONS + 1}\n\ntext ${MAX_SECTIONS + 1}\n\n## S${MAX_SECTIONS + 2}\n\ntext ${MAX_SECTIONS + 2}`,
      isCheckpoint: false,
    });
  });

  test("a body over the spec's limit is shortened with a note pointing at the source", () => {
    const [section] = sectionsFromMarkdown(`## Long\n\n${"line of text\n".repeat(6000)}`);
    expect(section!.bodyMarkdown.length).toBeLessThanOrEqual(50_000);
    expect(section!.bodyMarkdown).toMatch(/line of text\n\n\*\(Shortened here: the rest is in the source document\.\)\*$/);
  });
});

describe("summaryFromMarkdown", () => {
  test.each<[string, string, string]>([
    ["the first paragraph, lines joined", "First line\nsecond line.\n\nNext paragraph.", "First line second line."],
    ["headings, lists, tables, quotes and code are skipped", "## H\n\n- item\n\n| a |\n|---|\n\n> quote\n\n```\ncode\n```\n\nThe paragraph.", "The paragraph."],
    ["a list ends the paragraph", "Para\n- item", "Para"],
    ["markup becomes plain text", "**Bold**, _it_, `code`, [a link](Page%201a2b.md) and ![alt](i.png).", "Bold, it, code, a link and alt."],
    ["snake_case and 2*3*4 stay as written", "Set max_power_w to 2*3*4.", "Set max_power_w to 2*3*4."],
    ["HTML tags go, their words stay", "<aside>Callout</aside>\n\nText <b>bold</b>.", "Text bold."],
    ["no paragraph at all", "## Only a heading\n\n- and a list", ""],
  ])("%s", (_label, markdown, expected) => {
    expect(summaryFromMarkdown(markdown)).toBe(expected);
  });

  test(`shortened at a word to ${MAX_SUMMARY_LENGTH} characters with an ellipsis`, () => {
    const summary = summaryFromMarkdown(words(1000));
    expect(summary.length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
    expect(summary).toMatch(/ word\d+…$/);
  });
});

describe("estimated time", () => {
  test.each<[string, string, number]>([
    ["plain words", "one two three", 3],
    ["link targets, table rules and markup do not count", "## Title\n\n| a | b |\n| --- | --- |\n[text](Some%20Page%201a2b.md) <b>x</b>", 5],
    ["empty", "", 0],
  ])("countWords: %s", (_label, markdown, expected) => {
    expect(countWords(markdown)).toBe(expected);
  });

  test.each<[string, number, number]>([
    ["a short text takes the minimum", 10, MIN_ESTIMATED_MINUTES],
    ["exactly the minimum's worth", STUDY_WORDS_PER_MINUTE * MIN_ESTIMATED_MINUTES, MIN_ESTIMATED_MINUTES],
    ["one word more rounds up", STUDY_WORDS_PER_MINUTE * MIN_ESTIMATED_MINUTES + 1, MIN_ESTIMATED_MINUTES + 1],
    ["a long text", STUDY_WORDS_PER_MINUTE * 42, 42],
    ["capped at the spec's 600 minutes", STUDY_WORDS_PER_MINUTE * 700, 600],
  ])("estimateMinutes: %s", (_label, wordCount, expected) => {
    expect(estimateMinutes(words(wordCount))).toBe(expected);
  });
});

describe("slugs", () => {
  test.each<[string, string, string]>([
    ["words joined by dashes", "ADCS Detumble Analysis", "adcs-detumble-analysis"],
    ["accents dropped", "Über Wärme-Tests", "uber-warme-tests"],
    ["punctuation collapses", "  EPS: Battery (2S2P) — v2!  ", "eps-battery-2s2p-v2"],
    ["nothing usable", "—", ""],
  ])("slugify: %s", (_label, title, expected) => {
    expect(slugify(title)).toBe(expected);
  });

  test("a long title is cut at a word", () => {
    const slug = slugify("Thermal ".repeat(30));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^(thermal-)*thermal$/);
  });

  test.each<[string, string, string[], string]>([
    ["free", "Avionics ICD", [], "cadence-avionics-icd"],
    ["taken once", "Avionics ICD", ["cadence-avionics-icd"], "cadence-avionics-icd-2"],
    ["taken twice", "Avionics ICD", ["cadence-avionics-icd", "cadence-avionics-icd-2"], "cadence-avionics-icd-3"],
    ["a title without letters", "???", [], "cadence-document"],
  ])("uniqueModuleSlug: %s", (_label, title, taken, expected) => {
    expect(uniqueModuleSlug(title, new Set(taken))).toBe(expected);
  });
});

describe("draftSpecFromDocument", () => {
  const markdown = "Prepared by the power team.\n\n## Purpose\n\nSize the battery.\n\n## Results\n\n48 Wh is enough.";

  test("a document with a subsystem and text makes a valid draft without checkpoints", () => {
    const draft = draftSpecFromDocument({ title: "Battery Sizing", subsystem: "power", markdown });
    expect(draft).toEqual({
      ok: true,
      spec: {
        title: "Battery Sizing",
        summary: "Prepared by the power team.",
        subsystem: "power",
        difficulty: "medium",
        estimatedMinutes: MIN_ESTIMATED_MINUTES,
        sections: [
          { title: "Overview", bodyMarkdown: "Prepared by the power team.", isCheckpoint: false },
          { title: "Purpose", bodyMarkdown: "Size the battery.", isCheckpoint: false },
          { title: "Results", bodyMarkdown: "48 Wh is enough.", isCheckpoint: false },
        ],
        checkpoints: [],
        masteryThreshold: 70,
      },
    });
  });

  test.each<[string, { title: string; subsystem: string | null; markdown: string }, string]>([
    ["no subsystem", { title: "T", subsystem: null, markdown }, "The document has no subsystem."],
    ["an unknown subsystem", { title: "T", subsystem: "propulsion", markdown }, "The document's subsystem “propulsion” is not one of Basecamp's."],
    ["no text", { title: "T", subsystem: "power", markdown: "## Empty\n\n   \n" }, "The document has no text."],
  ])("refused: %s", (_label, document, reason) => {
    expect(draftSpecFromDocument(document)).toEqual({ ok: false, reason });
  });

  test("inline markup in the title is dropped", () => {
    expect(inlinePlainText("**EPS** `ICD`")).toBe("EPS ICD");
    const draft = draftSpecFromDocument({ title: "**EPS** ICD", subsystem: "power", markdown });
    expect(draft.ok && draft.spec.title).toBe("EPS ICD");
  });
});
