import type { ImportWarning } from "./errors";
import {
  decodeUtf8,
  folderId,
  idInTarget,
  markdownLinks,
  parseCsv,
  parseFileName,
  parsePageMarkdown,
  type ParsedCsv,
} from "./parse";
import type { ExportEntry, ExportSource } from "./source-types";

/** What an export holds, once its files are read: pages, database rows and databases. */
export interface ModelPage {
  /** 32-hex id, undashed, as in file names. */
  id: string;
  path: string;
  title: string;
  /** Id of the page or database that holds this page (its folder's owner). */
  parentId: string | null;
  /** Set for row pages and templates of a database. */
  databaseId: string | null;
  kind: "page" | "row" | "template";
  properties: Record<string, string>;
  body: string;
}

export interface ModelDatabase {
  id: string;
  /** Path of the CSV read (`_all.csv` when present). */
  path: string;
  name: string;
  parentId: string | null;
  /** A view of another database placed on a page: a CSV with no `_all.csv` and no row folder. */
  linkedView: boolean;
}

export interface ExportModel {
  pages: ModelPage[];
  databases: Map<string, ModelDatabase>;
  /** Names of folders whose page file is missing, by id, so ancestry still has a name. */
  folderNames: Map<string, string>;
  warnings: ImportWarning[];
  stats: { entries: number; pageFiles: number; csvFiles: number; otherFiles: number };
}

export interface ModelOptions {
  /** Bodies above this many bytes are cut, with a warning, so one huge page cannot stall a run. */
  maxPageBytes: number;
  onProgress?: (processed: number, total: number) => void;
}

interface PageFile {
  entry: ExportEntry;
  id: string;
  dir: string;
  stem: string;
}

interface CsvFiles {
  id: string;
  dir: string;
  stem: string;
  plain?: ExportEntry;
  all?: ExportEntry;
}

export async function buildExportModel(source: ExportSource, options: ModelOptions): Promise<ExportModel> {
  const warnings: ImportWarning[] = [];
  const pageFiles: PageFile[] = [];
  const csvById = new Map<string, CsvFiles>();
  const directories = new Set<string>();
  const stemToId = new Map<string, string>();
  let otherFiles = 0;

  for (const entry of source.entries) {
    const slash = entry.path.lastIndexOf("/");
    const dir = slash === -1 ? "" : entry.path.slice(0, slash);
    const name = entry.path.slice(slash + 1);
    for (let d = dir; d !== ""; d = d.includes("/") ? d.slice(0, d.lastIndexOf("/")) : "") directories.add(d);
    const parsed = parseFileName(name);
    if (!parsed) {
      otherFiles++;
      continue;
    }
    stemToId.set(join(dir, parsed.stem), parsed.id);
    if (parsed.ext === "md") {
      pageFiles.push({ entry, id: parsed.id, dir, stem: parsed.stem });
    } else {
      const files = csvById.get(parsed.id) ?? { id: parsed.id, dir, stem: parsed.stem };
      if (parsed.all) files.all = entry;
      else files.plain = entry;
      csvById.set(parsed.id, files);
    }
  }

  // A folder belongs to the page or database with the same name; newer exports sometimes drop
  // the id from the folder name, and teamspace or bare-id folders are transparent.
  const folderNames = new Map<string, string>();
  const dirOwner = new Map<string, string | null>();
  const ownerOf = (dir: string): string | null => {
    if (dir === "") return null;
    const cached = dirOwner.get(dir);
    if (cached !== undefined) return cached;
    const slash = dir.lastIndexOf("/");
    const parentDir = slash === -1 ? "" : dir.slice(0, slash);
    const segment = dir.slice(slash + 1);
    const id = folderId(segment) ?? stemToId.get(join(parentDir, segment)) ?? null;
    if (id && !folderNames.has(id)) folderNames.set(id, segment.replace(/ *[0-9a-f]{32}$/, "").trim() || segment);
    const owner = id ?? ownerOf(parentDir);
    dirOwner.set(dir, owner);
    return owner;
  };

  const hasFolder = (files: { dir: string; stem: string; id: string }) =>
    directories.has(join(files.dir, `${files.stem} ${files.id}`)) || directories.has(join(files.dir, files.stem));

  const csvs = new Map<string, ParsedCsv>();
  const databases = new Map<string, ModelDatabase>();
  for (const files of [...csvById.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const chosen = files.all ?? files.plain!;
    const linkedView = !files.all && !hasFolder(files);
    databases.set(files.id, {
      id: files.id,
      path: chosen.path,
      name: files.stem,
      parentId: ownerOf(files.dir),
      linkedView,
    });
    if (!linkedView) {
      const decoded = decodeUtf8(await chosen.read());
      if (decoded.invalidUtf8) {
        warnings.push({ code: "invalid_utf8", message: "CSV is not valid UTF-8; unreadable bytes were replaced.", path: chosen.path });
      }
      csvs.set(files.id, parseCsv(decoded.text, chosen.path, warnings));
    }
  }

  const seenIds = new Map<string, string>();
  const pages: ModelPage[] = [];
  const linkTitles = new Map<string, string>();
  pageFiles.sort((a, b) => (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0));
  let processed = 0;
  for (const file of pageFiles) {
    processed++;
    if (processed % 500 === 0) options.onProgress?.(processed, pageFiles.length);
    const earlier = seenIds.get(file.id);
    if (earlier) {
      warnings.push({
        code: "duplicate_id",
        message: `Another file has the same page id (${earlier}); this one was skipped.`,
        path: file.entry.path,
      });
      continue;
    }
    seenIds.set(file.id, file.entry.path);
    const parentId = ownerOf(file.dir);
    const database = parentId ? databases.get(parentId) : undefined;
    const csv = database ? csvs.get(database.id) : undefined;
    const propertyNames = csv && csv.header.length > 1 ? new Set(csv.header.slice(1)) : null;

    let bytes = await file.entry.read();
    if (bytes.length > options.maxPageBytes) {
      warnings.push({
        code: "page_truncated",
        message: `Page is ${formatBytes(bytes.length)}; only the first ${formatBytes(options.maxPageBytes)} were imported.`,
        path: file.entry.path,
      });
      let end = options.maxPageBytes;
      // Cut at a character boundary: a split UTF-8 sequence would read as corrupt text.
      while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
      bytes = bytes.subarray(0, end);
    }
    const decoded = decodeUtf8(bytes);
    if (decoded.invalidUtf8) {
      warnings.push({ code: "invalid_utf8", message: "Page is not valid UTF-8; unreadable bytes were replaced.", path: file.entry.path });
    }
    const parsed = parsePageMarkdown(decoded.text, propertyNames);
    for (const link of markdownLinks(parsed.body)) {
      const id = idInTarget(link.target);
      if (id && link.text.trim() && !linkTitles.has(id)) linkTitles.set(id, link.text.trim());
    }
    pages.push({
      id: file.id,
      path: file.entry.path,
      title: parsed.title,
      parentId,
      databaseId: database && !database.linkedView ? database.id : null,
      kind: database && !database.linkedView ? "row" : "page",
      properties: parsed.properties,
      body: parsed.body,
    });
  }
  options.onProgress?.(pageFiles.length, pageFiles.length);

  // A database's real title is the text of the link to it (file names are cut at 50 characters).
  for (const database of databases.values()) {
    const linked = linkTitles.get(database.id);
    if (linked) database.name = linked;
  }

  mergeRows(pages, databases, csvs, warnings);

  return {
    pages,
    databases,
    folderNames,
    warnings,
    stats: { entries: source.entries.length, pageFiles: pageFiles.length, csvFiles: csvById.size, otherFiles },
  };
}

/**
 * Pairs each CSV row with its row page by title (the CSV has no id column). Pages left over are
 * database templates; rows left over have no page and no id, so they cannot be imported.
 */
function mergeRows(
  pages: ModelPage[],
  databases: Map<string, ModelDatabase>,
  csvs: Map<string, ParsedCsv>,
  warnings: ImportWarning[],
): void {
  const rowsByDatabase = new Map<string, Map<string, Record<string, string>[]>>();
  for (const [id, csv] of csvs) {
    if (csv.header.length === 0) continue;
    const titleColumn = csv.header[0]!;
    const byTitle = new Map<string, Record<string, string>[]>();
    for (const row of csv.rows) {
      const key = rowKey(row[titleColumn] ?? "");
      byTitle.set(key, [...(byTitle.get(key) ?? []), row]);
    }
    rowsByDatabase.set(id, byTitle);
  }

  const unmatched: ModelPage[] = [];
  for (const page of pages) {
    if (!page.databaseId) continue;
    const byTitle = rowsByDatabase.get(page.databaseId);
    if (!byTitle) continue; // unreadable CSV: keep every page as a row, with its own properties
    const row = byTitle.get(rowKey(page.title))?.shift();
    if (row) mergeRow(page, row, csvs.get(page.databaseId)!.header[0]!);
    else unmatched.push(page);
  }
  // Mentions of recent dates are relative in page titles (`@Today`) but absolute in the CSV
  // (`@July 28, 2025`): pair what is left by agreeing property values instead. What still has
  // no row is a database template.
  for (const page of unmatched) {
    const byTitle = rowsByDatabase.get(page.databaseId!)!;
    const entries = Object.entries(page.properties);
    const candidates = page.title.startsWith("@") ? [...byTitle.entries()].filter(([k]) => k.startsWith("@")).map(([, rows]) => rows) : [];
    const list = entries.length > 0 ? candidates.find((rows) => rows.some((r) => entries.every(([k, v]) => r[k] === v))) : undefined;
    const index = list?.findIndex((r) => entries.every(([k, v]) => r[k] === v)) ?? -1;
    if (list && index >= 0) mergeRow(page, list.splice(index, 1)[0]!, csvs.get(page.databaseId!)!.header[0]!);
    else page.kind = "template";
  }

  for (const [id, byTitle] of rowsByDatabase) {
    const leftover = [...byTitle.values()].flat();
    if (leftover.length === 0) continue;
    const database = databases.get(id)!;
    const titleColumn = csvs.get(id)!.header[0]!;
    for (const row of leftover) {
      warnings.push({
        code: "csv_row_without_page",
        message: `Row "${row[titleColumn] ?? ""}" of database "${database.name}" has no page in the export; it was skipped.`,
        path: database.path,
      });
    }
  }
}

function mergeRow(page: ModelPage, row: Record<string, string>, titleColumn: string): void {
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries(row)) if (name !== titleColumn && value !== "") merged[name] = value;
  for (const [name, value] of Object.entries(page.properties)) if (!(name in merged) && value !== "") merged[name] = value;
  page.properties = merged;
  if (!page.title) page.title = row[titleColumn] ?? "";
}

const UNTITLED_KEY = "\u0000untitled";

/**
 * CSV cells carry trailing spaces, and an empty title cell is the page titled "Untitled"
 * (or its translation): compare titles loosely.
 */
function rowKey(title: string): string {
  const key = title.normalize("NFC").trim().replace(/\s+/g, " ");
  return key === "" || /^(untitled|unbenannt|sans titre|sin título)$/i.test(key) ? UNTITLED_KEY : key;
}

function join(dir: string, name: string): string {
  return dir === "" ? name : `${dir}/${name}`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
