/**
 * Text differences for people reading a module's history: a line diff for section bodies and a
 * word diff for short wording (titles, prompts, explanations). Pure.
 *
 * Both are a longest common subsequence over tokens, after trimming the common head and tail
 * so the quadratic table covers only the changed middle. Where the two texts disagree at the
 * same spot, a line diff lists the added lines first (the new text, then what it replaced, as
 * the section diff has always read), a word diff the removed words first (struck-out old
 * wording followed by the new reads like an editor's correction).
 */

/** Changed lines shown in a body change; the rest are counted in `omitted`. */
export const MAX_CHANGED_LINES = 40;

export interface TextChange {
  linesAdded: number;
  linesRemoved: number;
  /** Added ("+") and removed ("-") lines in document order, at most MAX_CHANGED_LINES. */
  lines: { op: "+" | "-"; text: string }[];
  /** Changed lines not listed in `lines`. */
  omitted: number;
}

export type DiffOp = "=" | "+" | "-";

export interface DiffPiece {
  op: DiffOp;
  text: string;
}

/**
 * Above this many table cells (changed tokens before × after) the word diff gives up on
 * alignment and shows the whole old text removed and the new one added: a 2,000-character
 * prompt is far below it, and a reader gains little from aligning two unrelated essays.
 */
export const MAX_WORD_DIFF_CELLS = 4_000_000;

const normaliseLineEndings = (text: string) => text.replace(/\r\n?/g, "\n");

/** Line-level change between two bodies; null when equal after normalising line endings. */
export function diffLines(beforeText: string, afterText: string): TextChange | null {
  const a = normaliseLineEndings(beforeText);
  const b = normaliseLineEndings(afterText);
  if (a === b) return null;
  const all = alignTokens(a === "" ? [] : a.split("\n"), b === "" ? [] : b.split("\n"), "+")
    .filter((piece): piece is { op: "+" | "-"; text: string } => piece.op !== "=");
  return {
    linesAdded: all.filter((line) => line.op === "+").length,
    linesRemoved: all.filter((line) => line.op === "-").length,
    lines: all.slice(0, MAX_CHANGED_LINES),
    omitted: Math.max(0, all.length - MAX_CHANGED_LINES),
  };
}

/**
 * Word-level diff of two short texts: the pieces, in order, that read as the old text when
 * "+" pieces are skipped and as the new text when "-" pieces are skipped. Whitespace is kept
 * as its own tokens so both texts are rebuilt exactly. Changes separated only by whitespace
 * read as one change (the old words struck out, then the new ones), because "[-Image-]{+A+}
 * [-Detectors-]{+renamed+}" is harder to read than the two phrases side by side.
 */
export function diffWords(beforeText: string, afterText: string): DiffPiece[] {
  const x = tokenize(normaliseLineEndings(beforeText));
  const y = tokenize(normaliseLineEndings(afterText));
  return merge(groupChanges(alignTokens(x, y, "-")));
}

/** A section body's changed lines for reading: a replaced line pairs its old and new wording. */
export type LineItem = { kind: "added" | "removed"; text: string } | { kind: "changed"; before: string; after: string };

/**
 * The lines of a TextChange as items. `diffLines` lists a replacement as the new lines then the
 * old ones; where as many lines were removed as added, right there, they pair up in order as
 * changed lines (to be shown with a word diff). Anything else stays an addition or a removal.
 */
export function lineItems(lines: TextChange["lines"]): LineItem[] {
  const items: LineItem[] = [];
  let i = 0;
  while (i < lines.length) {
    let added = 0;
    while (lines[i + added]?.op === "+") added++;
    let removed = 0;
    while (added > 0 && lines[i + added + removed]?.op === "-") removed++;
    if (added > 0 && added === removed) {
      for (let k = 0; k < added; k++) items.push({ kind: "changed", before: lines[i + added + k]!.text, after: lines[i + k]!.text });
      i += added + removed;
    } else {
      // An uneven run stays whole, or its tail would pair up with lines it does not match.
      const run = Math.max(1, added + removed);
      for (const line of lines.slice(i, i + run)) items.push({ kind: line.op === "+" ? "added" : "removed", text: line.text });
      i += run;
    }
  }
  return items;
}

/** The text a word diff reads as on one side: "before" skips additions, "after" removals. */
export function sideOf(pieces: DiffPiece[], side: "before" | "after"): string {
  const skip: DiffOp = side === "before" ? "+" : "-";
  return pieces.filter((piece) => piece.op !== skip).map((piece) => piece.text).join("");
}

function tokenize(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token !== "");
}

/** Each run of changes, whitespace between them included, as one removal then one addition. */
function groupChanges(pieces: DiffPiece[]): DiffPiece[] {
  const grouped: DiffPiece[] = [];
  let i = 0;
  while (i < pieces.length) {
    const piece = pieces[i]!;
    if (piece.op === "=") {
      grouped.push(piece);
      i++;
      continue;
    }
    let before = "";
    let after = "";
    let j = i;
    for (; j < pieces.length; j++) {
      const p = pieces[j]!;
      const bridge = p.op === "=" && /^\s+$/.test(p.text) && pieces[j + 1] !== undefined && pieces[j + 1]!.op !== "=";
      if (p.op === "=" && !bridge) break;
      if (p.op !== "+") before += p.text;
      if (p.op !== "-") after += p.text;
    }
    if (before) grouped.push({ op: "-", text: before });
    if (after) grouped.push({ op: "+", text: after });
    i = j;
  }
  return grouped;
}

function merge(pieces: DiffPiece[]): DiffPiece[] {
  const merged: DiffPiece[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && last.op === piece.op) last.text += piece.text;
    else merged.push({ ...piece });
  }
  return merged;
}

/**
 * Both token lists aligned: equal, added and removed tokens in document order; `first` says
 * which side goes first where they disagree.
 */
function alignTokens(x: string[], y: string[], first: "+" | "-"): DiffPiece[] {
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  const xs = x.slice(head, x.length - tail);
  const ys = y.slice(head, y.length - tail);
  const pieces: DiffPiece[] = x.slice(0, head).map((text) => ({ op: "=", text }));

  if ((xs.length + 1) * (ys.length + 1) > MAX_WORD_DIFF_CELLS) {
    const added = ys.map((text): DiffPiece => ({ op: "+", text }));
    const removed = xs.map((text): DiffPiece => ({ op: "-", text }));
    pieces.push(...(first === "+" ? [...added, ...removed] : [...removed, ...added]));
  } else {
    // Longest common subsequence as one flat table: at(p, q) covers xs[p..] and ys[q..].
    const width = ys.length + 1;
    const lcs = new Uint32Array((xs.length + 1) * width);
    const at = (p: number, q: number) => lcs[p * width + q] ?? 0;
    for (let p = xs.length - 1; p >= 0; p--) {
      for (let q = ys.length - 1; q >= 0; q--) {
        lcs[p * width + q] = xs[p] === ys[q] ? at(p + 1, q + 1) + 1 : Math.max(at(p + 1, q), at(p, q + 1));
      }
    }
    let p = 0;
    let q = 0;
    while (p < xs.length || q < ys.length) {
      const left = xs[p];
      const right = ys[q];
      if (left !== undefined && right !== undefined && left === right) {
        pieces.push({ op: "=", text: left });
        p++;
        q++;
      } else {
        const add = right !== undefined && (left === undefined || (first === "+" ? at(p, q + 1) >= at(p + 1, q) : at(p, q + 1) > at(p + 1, q)));
        if (add && right !== undefined) {
          pieces.push({ op: "+", text: right });
          q++;
        } else if (left !== undefined) {
          pieces.push({ op: "-", text: left });
          p++;
        }
      }
    }
  }

  pieces.push(...x.slice(x.length - tail).map((text): DiffPiece => ({ op: "=", text })));
  return pieces;
}
