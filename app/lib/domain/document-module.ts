import { ModuleSpec } from "./module-spec";
import { SUBSYSTEMS, type Subsystem } from "./vocabulary";

/**
 * A draft module from a CADENCE technical document's markdown. Pure: the generator job
 * (db/jobs/generate-modules.ts) reads the documents and writes the drafts.
 *
 * Decided here:
 * - Sections follow the ATX headings `#`, `##` and `###` (the Notion export writes no other
 *   kind); deeper headings stay inside their section's text. Headings inside fenced code blocks
 *   are code, not headings. Text before the first heading is the "Overview" section, and a
 *   leading `#` heading repeating the document's title is not a section of its own (its text
 *   joins the overview). Sections with no text are dropped.
 * - A module holds at most MAX_SECTIONS sections (the spec's limit): later sections are appended
 *   to the last one with their headings kept, so no text is lost.
 * - The summary is the first paragraph (not a heading, list, table, quote, code or rule) as
 *   plain text, shortened at a word to the spec's limit.
 * - Export links to other Notion pages stay markdown links: the module page renders sanitized
 *   markdown, and faculty edit the draft before publishing anyway.
 */

/**
 * Words a student reads per minute while studying a technical text (with tables and figures to
 * check), well below the 200–250 of casual reading.
 */
export const STUDY_WORDS_PER_MINUTE = 100;
/** A module shorter than this is still worth a sitting: the student also answers checkpoints. */
export const MIN_ESTIMATED_MINUTES = 5;
/** The spec's ceiling on `estimatedMinutes`. */
export const MAX_ESTIMATED_MINUTES = 600;
export const MAX_SECTIONS = 30;
export const MAX_SUMMARY_LENGTH = 2000;
export const MAX_TITLE_LENGTH = 255;
export const MAX_SECTION_BODY_LENGTH = 50_000;
export const OVERVIEW_TITLE = "Overview";
/** The slug prefix of every generated module, so a slug says where the module came from. */
export const SLUG_PREFIX = "cadence-";
const MAX_SLUG_WORDS_LENGTH = 80;
const SHORTENED_NOTE = "\n\n*(Shortened here: the rest is in the source document.)*";

export interface DraftSection {
  title: string;
  bodyMarkdown: string;
  isCheckpoint: false;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,3})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/** The document cut at its headings, as module sections. */
export function sectionsFromMarkdown(markdown: string, documentTitle = ""): DraftSection[] {
  const lines = normalise(markdown).split("\n");
  const parts: { title: string; lines: string[]; heading: string | null }[] = [{ title: OVERVIEW_TITLE, lines: [], heading: null }];
  let fence: string | null = null;
  let seenHeading = false;
  for (const line of lines) {
    if (fence) {
      if (closesFence(line, fence)) fence = null;
      parts.at(-1)!.lines.push(line);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const title = inlinePlainText(heading[2] ?? "");
      const repeatsTitle = !seenHeading && heading[1] === "#" && sameWords(title, documentTitle);
      seenHeading = true;
      // A heading with no words marks nothing; one repeating the title is the page's own.
      if (title !== "" && !repeatsTitle) parts.push({ title: shorten(title, MAX_TITLE_LENGTH), lines: [], heading: line.trim() });
      continue;
    }
    fence = FENCE.exec(line)?.[1] ?? null;
    parts.at(-1)!.lines.push(line);
  }

  const kept = parts
    .map((part) => ({ ...part, body: part.lines.join("\n").trim() }))
    .filter((part) => part.body !== "");
  const head = kept.slice(0, MAX_SECTIONS - 1);
  const tail = kept.slice(MAX_SECTIONS - 1);
  const last = tail[0]
    ? [{ ...tail[0], body: [tail[0].body, ...tail.slice(1).map((p) => `${p.heading ?? `### ${p.title}`}\n\n${p.body}`)].join("\n\n") }]
    : [];
  return [...head, ...last].map((part) => ({ title: part.title, bodyMarkdown: capBody(part.body), isCheckpoint: false }));
}

/** The first paragraph as plain text, shortened at a word to MAX_SUMMARY_LENGTH; "" when there is none. */
export function summaryFromMarkdown(markdown: string): string {
  const paragraph = firstParagraph(markdown);
  return paragraph === null ? "" : shorten(inlinePlainText(paragraph), MAX_SUMMARY_LENGTH);
}

/** Words a reader reads: link targets, table rules and markup do not count. */
export function countWords(markdown: string): number {
  const text = normalise(markdown)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>\n]+>/g, " ");
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Minutes to study the text at STUDY_WORDS_PER_MINUTE, never under MIN_ESTIMATED_MINUTES. */
export function estimateMinutes(markdown: string): number {
  const minutes = Math.ceil(countWords(markdown) / STUDY_WORDS_PER_MINUTE);
  return Math.min(MAX_ESTIMATED_MINUTES, Math.max(MIN_ESTIMATED_MINUTES, minutes));
}

/** Lowercase ASCII words joined by dashes ("Über-Test ½" → "uber-test"); "" when nothing is left. */
export function slugify(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length <= MAX_SLUG_WORDS_LENGTH) return words;
  const cut = words.slice(0, MAX_SLUG_WORDS_LENGTH);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > MAX_SLUG_WORDS_LENGTH / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, "");
}

/** `cadence-<title words>`, with `-2`, `-3`… when the slug is taken. */
export function uniqueModuleSlug(title: string, taken: ReadonlySet<string>): string {
  const base = `${SLUG_PREFIX}${slugify(title) || "document"}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export interface DocumentSource {
  title: string;
  subsystem: string | null;
  markdown: string;
}

export type DraftResult = { ok: true; spec: ModuleSpec } | { ok: false; reason: string };

/** The draft spec of a document, or why none can be made. No checkpoints: faculty add them. */
export function draftSpecFromDocument(document: DocumentSource): DraftResult {
  if (!document.subsystem) return { ok: false, reason: "The document has no subsystem." };
  if (!(SUBSYSTEMS as readonly string[]).includes(document.subsystem)) {
    return { ok: false, reason: `The document's subsystem “${document.subsystem}” is not one of Basecamp's.` };
  }
  const sections = sectionsFromMarkdown(document.markdown, document.title);
  if (sections.length === 0) return { ok: false, reason: "The document has no text." };
  const title = shorten(inlinePlainText(document.title), MAX_TITLE_LENGTH) || "Untitled CADENCE document";
  const parsed = ModuleSpec.safeParse({
    title,
    summary: summaryFromMarkdown(document.markdown),
    subsystem: document.subsystem as Subsystem,
    difficulty: "medium",
    estimatedMinutes: estimateMinutes(document.markdown),
    sections,
    checkpoints: [],
  });
  if (!parsed.success) return { ok: false, reason: `The draft would not be a valid module: ${parsed.error.issues[0]?.message ?? "invalid"}.` };
  return { ok: true, spec: parsed.data };
}

// ---------------------------------------------------------------------------------------------

function normalise(markdown: string): string {
  return markdown.replace(/\r\n?/g, "\n");
}

/** A closing fence: the opening's character, at least as many, and nothing after it. */
function closesFence(line: string, fence: string): boolean {
  const run = FENCE.exec(line)?.[1];
  return run !== undefined && run[0] === fence[0] && run.length >= fence.length && line.trim() === run;
}

function sameWords(a: string, b: string): boolean {
  const words = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
  return words(a) !== "" && words(a) === words(inlinePlainText(b));
}

const NOT_A_PARAGRAPH = /^ {0,3}(#{1,6}(\s|$)|[-*+][ \t]|\d{1,9}[.)][ \t]|>|\||`{3,}|~{3,}|<|(?:[-*_][ \t]*){3,}$)/;

function firstParagraph(markdown: string): string | null {
  const lines = normalise(markdown).split("\n");
  let fence: string | null = null;
  let paragraph: string[] = [];
  for (const line of lines) {
    if (fence) {
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    if (paragraph.length > 0) {
      if (line.trim() === "" || NOT_A_PARAGRAPH.test(line)) return paragraph.join(" ");
      paragraph.push(line.trim());
      continue;
    }
    fence = FENCE.exec(line)?.[1] ?? null;
    if (!fence && line.trim() !== "" && !NOT_A_PARAGRAPH.test(line)) paragraph = [line.trim()];
  }
  return paragraph.length > 0 ? paragraph.join(" ") : null;
}

/** Inline markdown as the words a reader sees: link and image text, no emphasis or code marks. */
export function inlinePlainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/<\/?[A-Za-z][^>]*>/g, "")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}])/gu, "$1$2")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!~|<>])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** At most `max` characters, cut at a word with an ellipsis when it had to be shortened. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function capBody(body: string): string {
  if (body.length <= MAX_SECTION_BODY_LENGTH) return body;
  const room = MAX_SECTION_BODY_LENGTH - SHORTENED_NOTE.length;
  const cut = body.slice(0, room);
  const lineEnd = cut.lastIndexOf("\n");
  return `${(lineEnd > room / 2 ? cut.slice(0, lineEnd) : cut).trimEnd()}${SHORTENED_NOTE}`;
}
