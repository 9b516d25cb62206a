import { parse as parseCsvText, type Options as CsvOptions } from "csv-parse/sync";
import type { ImportWarning } from "./errors";

/** `<sanitised title> <32-hex id>[_all].md|.csv`, and folders `<title> <id>`; see the format note §2. */
const FILE_NAME = /^(.*?) +([0-9a-f]{32})(_all)?\.(md|csv)$/;
const FOLDER_NAME = /^(.*?) *([0-9a-f]{32})$/;
const HEX_ID = /(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])/g;
const DASHED_ID = /(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])/g;

export interface ParsedFileName {
  stem: string;
  id: string;
  all: boolean;
  ext: "md" | "csv";
}

export function parseFileName(name: string): ParsedFileName | null {
  const match = FILE_NAME.exec(name);
  if (!match) return null;
  return { stem: match[1]!.trim(), id: match[2]!, all: match[3] === "_all", ext: match[4] as "md" | "csv" };
}

/** The id of a page or database folder (`Title <id>` or a bare `<id>`), if the segment is one. */
export function folderId(segment: string): string | null {
  return FOLDER_NAME.exec(segment)?.[2] ?? null;
}

/** Notion's API form of an id: 8-4-4-4-12. The export writes the undashed form in names. */
export function dashedId(id32: string): string {
  const h = id32.toLowerCase();
  // Joined rather than concatenated: one flat string, not five views into the file path it came from.
  return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join("-");
}

/** The last 32-hex id in a link target (relative path or notion.so URL), undashed. */
export function idInTarget(target: string): string | null {
  const plain = target.match(HEX_ID)?.at(-1);
  if (plain) return plain;
  return target.match(DASHED_ID)?.at(-1)?.replaceAll("-", "") ?? null;
}

export interface DecodedText {
  text: string;
  invalidUtf8: boolean;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });

/** Decodes UTF-8, replacing invalid bytes (and saying so) rather than failing the page. */
export function decodeUtf8(bytes: Buffer): DecodedText {
  try {
    return { text: strictUtf8.decode(bytes).normalize("NFC"), invalidUtf8: false };
  } catch {
    return { text: lenientUtf8.decode(bytes).normalize("NFC"), invalidUtf8: true };
  }
}

export interface ParsedPage {
  title: string;
  properties: Record<string, string>;
  body: string;
}

/**
 * Splits a page file into title, property block and body (format note §4). Property lines are
 * only recognised for names in `propertyNames` (the page's database columns): a body paragraph
 * may look like `Word: value`, and ordinary pages have no property block at all.
 */
export function parsePageMarkdown(text: string, propertyNames: ReadonlySet<string> | null): ParsedPage {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let title = "";
  let index = 0;
  if (lines[0]?.startsWith("# ")) {
    title = detached(lines[0].slice(2).trim());
    index = 1;
  } else if (lines[0] === "#") {
    index = 1;
  }
  const properties: Record<string, string> = {};
  if (propertyNames && propertyNames.size > 0) {
    let cursor = index;
    while (cursor < lines.length && lines[cursor]!.trim() === "") cursor++;
    const start = cursor;
    while (cursor < lines.length) {
      const line = lines[cursor]!;
      const name = longestPropertyPrefix(line, propertyNames);
      if (name === null) break;
      properties[name] = detached(line.slice(name.length + 1).trim());
      cursor++;
    }
    if (cursor > start) index = cursor;
  }
  const body = lines.slice(index).join("\n").trim();
  return { title, properties, body };
}

/**
 * A copy of a substring that does not keep the text it was cut from alive. V8 represents a
 * substring as a view into the whole string, so keeping a page's title would keep its whole
 * text; the importer keeps titles and a few values of every page, and must not keep the pages.
 */
export function detached(text: string): string {
  // Concatenating and slicing makes V8 copy the characters into a string of their own.
  return (" " + text).slice(1);
}

function longestPropertyPrefix(line: string, names: ReadonlySet<string>): string | null {
  let best: string | null = null;
  for (const name of names) {
    if (line.startsWith(`${name}:`) && (best === null || name.length > best.length)) best = name;
  }
  return best;
}

export interface ParsedCsv {
  header: string[];
  rows: Record<string, string>[];
}

/**
 * Reads a Notion CSV (BOM, CRLF, RFC-4180, no final newline). Broken quoting is tolerated as
 * far as csv-parse can; rows it cannot read are dropped with a warning instead of failing.
 */
export function parseCsv(text: string, path: string, warnings: ImportWarning[]): ParsedCsv {
  // Cells repeat (statuses, people, dates, links to the same project): one string per value,
  // shared by every row holding it, so a 50,000-row database does not hold 50,000 copies.
  const values = new Map<string, string>();
  const intern = (value: string) => {
    const known = values.get(value);
    if (known !== undefined) return known;
    values.set(value, value);
    return value;
  };
  let names: string[] | null = null;
  let ragged = 0;
  let rows: Record<string, string>[];
  try {
    // Each record becomes its row as it is read, rather than all records first and rows after.
    const options: CsvOptions<Record<string, string>, string[]> = {
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[]) => {
        if (names === null) {
          names = record.map((h) => h.replace(/^\uFEFF/, "").trim());
          return null;
        }
        if (record.length !== names.length) ragged++;
        const row: Record<string, string> = {};
        names.forEach((name, i) => {
          if (name) row[name] = intern((record[i] ?? "").trim());
        });
        return row;
      },
    };
    // The typings only know record-returning on_record hooks without `columns`.
    rows = parseCsvText(text, options as unknown as CsvOptions) as unknown as Record<string, string>[];
  } catch (error) {
    warnings.push({
      code: "csv_unreadable",
      message: `CSV could not be read (${error instanceof Error ? error.message : String(error)}); its rows are taken from the row pages alone.`,
      path,
    });
    return { header: [], rows: [] };
  }
  if (ragged > 0) {
    warnings.push({
      code: "csv_ragged_rows",
      message: `${ragged} CSV row(s) have a different number of cells than the header; missing cells are empty.`,
      path,
    });
  }
  return { header: names ?? [], rows };
}

/** The links `[text](target)` of a Markdown body, with balanced parentheses in the target. */
export function markdownLinks(body: string): { text: string; target: string }[] {
  const links: { text: string; target: string }[] = [];
  const opener = /\[([^\]]*)\]\(/g;
  let match: RegExpExecArray | null;
  while ((match = opener.exec(body))) {
    let depth = 1;
    let i = opener.lastIndex;
    for (; i < body.length && depth > 0; i++) {
      if (body[i] === "(") depth++;
      else if (body[i] === ")") depth--;
      else if (body[i] === "\n") break;
    }
    if (depth === 0) links.push({ text: match[1]!, target: safeDecode(body.slice(opener.lastIndex, i - 1)) });
  }
  return links;
}

export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value).normalize("NFC");
  } catch {
    return value.normalize("NFC");
  }
}
