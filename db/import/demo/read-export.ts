/**
 * A small, independent reader of the generated export, used by the tests to check it the way an
 * importer would see it: files by path, pages with their property blocks, CSVs, ancestry and the
 * classification rules of the importer brief. Deliberately shares no code with the generator.
 */
import { parse as parseCsvText } from "csv-parse/sync";

export const NAME_RE = /^(.*?) +([0-9a-f]{32})(_all)?(\.md|\.csv)?$/;

export interface ExportFile {
  path: string;
  content: Buffer;
}

export interface ParsedPage {
  path: string;
  title: string;
  properties: Map<string, string>;
  body: string;
}

export interface ParsedCsv {
  header: string[];
  rows: string[][];
}

export const dirname = (p: string): string => (p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "");
export const basename = (p: string): string => p.slice(p.lastIndexOf("/") + 1);
export const join = (dir: string, rel: string): string => {
  const parts = dir === "" ? [] : dir.split("/");
  for (const seg of rel.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
};

export function readCsv(content: Buffer): ParsedCsv {
  const [header = [], ...rows] = parseCsvText(content.toString("utf8"), { bom: true }) as string[][];
  return { header, rows };
}

/** Splits a page into title, property lines (only names in `columns`) and body. */
export function readPage(file: ExportFile, columns: readonly string[] | null): ParsedPage {
  const lines = file.content.toString("utf8").split("\n");
  const title = (lines[0] ?? "").replace(/^# /, "");
  const properties = new Map<string, string>();
  let i = 1;
  if (lines[i] === "") i++;
  if (columns) {
    while (i < lines.length) {
      const line = lines[i]!;
      const name = columns.find((c) => line.startsWith(`${c}: `));
      if (!name) break;
      properties.set(name, line.slice(name.length + 2));
      i++;
    }
    if (lines[i] === "") i++;
  }
  return { path: file.path, title, properties, body: lines.slice(i).join("\n") };
}

/** Items of a relation value: `Title (target)` joined by ", ". */
export function relationItems(value: string): { title: string; target: string }[] {
  return value === ""
    ? []
    : value.split(/(?<=\.md\)), /).map((item) => {
        const m = /^(.*) \(([^ ]+\.md)\)$/.exec(item);
        if (!m) throw new Error(`not a relation: ${item}`);
        return { title: m[1]!, target: m[2]! };
      });
}

/** `[text](target)` links of a body. */
export function bodyLinks(body: string): { text: string; target: string }[] {
  return [...body.matchAll(/\[([^\]]*)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)/g)].map((m) => ({ text: m[1]!, target: m[2]! }));
}

export class ExportIndex {
  readonly byPath = new Map<string, ExportFile>();
  readonly dirs = new Set<string>();
  private readonly csvCache = new Map<string, ParsedCsv>();

  constructor(readonly files: readonly ExportFile[]) {
    for (const f of files) {
      this.byPath.set(f.path, f);
      for (let d = dirname(f.path); d !== ""; d = dirname(d)) this.dirs.add(d);
    }
  }

  /** Real databases: paths of their `_all.csv`. */
  databases(): string[] {
    return this.files.filter((f) => f.path.endsWith("_all.csv")).map((f) => f.path);
  }

  isLinkedView(csvPath: string): boolean {
    if (!csvPath.endsWith(".csv") || csvPath.endsWith("_all.csv")) return false;
    const stem = csvPath.slice(0, -4);
    return !this.byPath.has(`${stem}_all.csv`) && !this.dirs.has(stem);
  }

  rawPages(): string[] {
    return this.files.filter((f) => f.path.endsWith(".md") || this.isLinkedView(f.path)).map((f) => f.path);
  }

  /** The `_all.csv` of the database whose folder holds `mdPath`, if any. */
  databaseOf(mdPath: string): string | null {
    const all = `${dirname(mdPath)}_all.csv`;
    return this.byPath.has(all) ? all : null;
  }

  /** Database name (for row pages) then ancestor titles, nearest first. */
  ancestorNames(path: string): string[] {
    const names: string[] = [];
    for (let dir = dirname(path); dir !== ""; dir = dirname(dir)) {
      const md = this.byPath.get(`${dir}.md`);
      if (md) names.push(readPage(md, null).title);
      else if (this.byPath.has(`${dir}_all.csv`) || this.byPath.has(`${dir}.csv`)) names.push(NAME_RE.exec(basename(dir))![1]!);
      else names.push(basename(dir));
    }
    return names;
  }

  csv(csvPath: string): ParsedCsv {
    let parsed = this.csvCache.get(csvPath);
    if (!parsed) {
      parsed = readCsv(this.byPath.get(csvPath)!.content);
      this.csvCache.set(csvPath, parsed);
    }
    return parsed;
  }

  page(mdPath: string): ParsedPage {
    const db = this.databaseOf(mdPath);
    return readPage(this.byPath.get(mdPath)!, db ? this.csv(db).header.slice(1) : null);
  }
}

// ---------------------------------------------------------------------------------------------
// Classification, as the importer brief describes it

const KEYWORDS: readonly (readonly [string, readonly string[]])[] = [
  ["tasks", ["task", "to-do", "todo", "action item", "backlog", "kanban", "sprint"]],
  ["meetings", ["meeting", "minutes", "standup", "stand-up", "sync", "retro"]],
  ["documents_program", ["program", "management", "proposal", "review", "schedule", "budget", "milestone", "project"]],
  ["documents_technical", [
    "technical", "design", "analysis", "test", "engineering", "icd", "power", "eps", "electrical power", "battery", "solar",
    "avionics", "obc", "c&dh", "flight computer", "flight software", "structures", "structure", "structural", "mechanical",
    "chassis", "frame", "deployables", "thermal", "tcs", "thermal vacuum", "communications", "comms", "radio", "rf", "antenna",
    "tt&c", "payload", "camera", "instrument", "science", "mission ops", "mission operations", "operations", "conops", "ground station",
  ]],
  ["documents_workflow", ["workflow", "process", "how-to", "how to", "onboarding", "guide", "procedure", "wiki"]],
  ["people", ["team", "roster", "members", "people", "directory"]],
];
export const ARCHIVE_KEYWORDS = ["archive", "archived", "trash", "deleted", "old"];

/** Whole-word (plural-tolerant) case-insensitive match. */
export function hasKeyword(text: string, keyword: string): boolean {
  const words = keyword.split(/[\s-]+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const source = `(?<![\\p{L}\\p{N}])${words.join("[\\s_-]+")}(?:e?s)?(?![\\p{L}\\p{N}])`;
  return new RegExp(source, "iu").test(text);
}

export function matchingKeywords(text: string): string[] {
  return [...KEYWORDS.flatMap(([, ks]) => ks), ...ARCHIVE_KEYWORDS].filter((k) => hasKeyword(text, k));
}

export function categoryOf(names: readonly string[]): string {
  for (const name of names) {
    const hit = KEYWORDS.find(([, ks]) => ks.some((k) => hasKeyword(name, k)));
    if (hit) return hit[0];
  }
  return "other";
}

export interface Classified {
  path: string;
  category: string;
  kept: boolean;
  reason: string | null;
}

/** Classifies every raw page: exclusions in the importer's order, first copy of content kept. */
export function classify(index: ExportIndex): Classified[] {
  const seen = new Set<string>();
  return index.rawPages().sort().map((path) => {
    const names = index.ancestorNames(path);
    const category = categoryOf(names);
    const done = (reason: string | null): Classified => ({ path, category, kept: reason === null, reason });
    if (path.endsWith(".csv")) return done("linked_view");
    const page = index.page(path);
    const db = index.databaseOf(path);
    if (db && !index.csv(db).rows.some((r) => r[0] === page.title)) return done("template");
    if (page.body === "" && page.properties.size === 0) return done("empty");
    if (page.title.trim().toLowerCase() === "untitled") return done("untitled");
    if (names.some((n) => ARCHIVE_KEYWORDS.some((k) => hasKeyword(n, k)))) return done("archived");
    const hash = JSON.stringify([page.title, [...page.properties].sort(), page.body]);
    if (seen.has(hash)) return done("duplicate");
    seen.add(hash);
    return done(category === "other" ? "other" : null);
  });
}
