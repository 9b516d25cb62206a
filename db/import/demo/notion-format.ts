/**
 * How Notion's "Markdown & CSV" export writes names, links, values, pages and CSVs, as described in
 * /work/shared/notion-export-format.md (sections 2, 4–7, 11).
 */
import path from "node:path";

// ---------------------------------------------------------------------------------------------
// Names and paths

export const MAX_NAME_CHARS = 50;

/**
 * A title as Notion puts it in a file name: `/ : * ? " < > | \` removed, `.` turned into a space,
 * runs of white space collapsed, trimmed, then cut to 50 characters (mid-word, and a space left at
 * the cut stays, as in real exports). The `# ` line inside the file keeps the real title.
 */
export function sanitiseTitle(title: string): string {
  const cleaned = title
    .normalize("NFC")
    .replace(/[/:*?"<>|\\]/g, "")
    .replace(/\./g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const chars = Array.from(cleaned);
  const cut = chars.length > MAX_NAME_CHARS ? chars.slice(0, MAX_NAME_CHARS).join("") : cleaned;
  return cut === "" ? "Untitled" : cut;
}

/** `<sanitised title> <id>`: the stem shared by a page's `.md`, its folder, and a database's CSVs. */
export function stem(title: string, id: string): string {
  return `${sanitiseTitle(title)} ${id}`;
}

/** Joins '/'-separated export paths; `""` is the export root. */
export function joinPath(...parts: string[]): string {
  return parts.filter((p) => p !== "").join("/");
}

export function dirOf(filePath: string): string {
  const slash = filePath.lastIndexOf("/");
  return slash === -1 ? "" : filePath.slice(0, slash);
}

/** The path of `target` as seen from folder `fromDir` (both relative to the export root). */
export function relativePath(fromDir: string, target: string): string {
  return path.posix.relative(fromDir === "" ? "." : fromDir, target);
}

/** Characters Notion leaves raw in link targets: letters, digits and `& ( ) + - _ . / , @ ' ! ~`. */
const RAW_IN_LINK = /^[A-Za-z0-9&()+\-_./,@'!~]$/;

/** Minimal percent-encoding, as in Notion links: space → %20, non-ASCII → UTF-8 bytes %XX. */
export function encodeLinkTarget(target: string): string {
  let out = "";
  for (const ch of target.normalize("NFC")) {
    if (RAW_IN_LINK.test(ch)) {
      out += ch;
    } else {
      for (const byte of Buffer.from(ch, "utf8")) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
  }
  return out;
}

/** `[Title](relative%20target)` for a page body. */
export function markdownLink(text: string, fromDir: string, target: string): string {
  return `[${text}](${encodeLinkTarget(relativePath(fromDir, target))})`;
}

export interface RelationTarget {
  title: string;
  /** Path of the target `.md`, relative to the export root. */
  path: string;
}

/** A relation value, `Title (relative%20path.md)` items joined by ", ", resolved from `baseDir`. */
export function relationValue(targets: readonly RelationTarget[], baseDir: string): string {
  return targets.map((t) => `${t.title} (${encodeLinkTarget(relativePath(baseDir, t.path))})`).join(", ");
}

// ---------------------------------------------------------------------------------------------
// Values

export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** A calendar day; months are 1-based. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

export function formatDate(day: Day): string {
  return `${MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
}

/** `October 14, 2025 3:00 PM`. */
export function formatDateTime(day: Day, hour: number, minute: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${formatDate(day)} ${h12}:${String(minute).padStart(2, "0")} ${hour < 12 ? "AM" : "PM"}`;
}

/** `A → B` with U+2192 and one space each side. */
export function formatRange(from: string, to: string): string {
  return `${from} \u2192 ${to}`;
}

/** The day `offset` days after `day` (UTC calendar arithmetic). */
export function addDays(day: Day, offset: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + offset));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Day `n` (0-based) of year `y`. */
export function dayOfYear(y: number, n: number): Day {
  return addDays({ y, m: 1, d: 1 }, n);
}

/** The Monday of ISO week `week` of `year`. */
export function isoWeekMonday(year: number, week: number): Day {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const dow = (jan4.getUTCDay() + 6) % 7; // Monday = 0
  return addDays({ y: year, m: 1, d: 4 }, (week - 1) * 7 - dow);
}

// ---------------------------------------------------------------------------------------------
// Files

/**
 * A page file: `# Title`, then (after one blank line) one `Name: value` line per non-empty
 * property, then (after one blank line) the body. UTF-8 without BOM, `\n`, no final newline.
 */
export function renderPage(title: string, properties: readonly (readonly [string, string])[], body: string): string {
  let out = `# ${title}`;
  const lines = properties.filter(([, value]) => value !== "").map(([name, value]) => `${name}: ${value}`);
  if (lines.length > 0) out += `\n\n${lines.join("\n")}`;
  const trimmedBody = body.replace(/\n+$/, "");
  if (trimmedBody !== "") out += `\n\n${trimmedBody}`;
  return out;
}

/** RFC-4180 quoting as Notion does it: quote when a cell has `,` `"` CR/LF or edge spaces. */
export function csvCell(value: string): string {
  if (/[",\r\n]/.test(value) || /^\s|\s$/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** A database CSV: UTF-8 with BOM, CRLF between records, no line end after the last. */
export function renderCsv(header: readonly string[], rows: Iterable<readonly string[]>): Buffer {
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) lines.push(row.map(csvCell).join(","));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join("\r\n"), "utf8")]);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
