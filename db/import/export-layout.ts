import { detached, folderId, parseFileName } from "./parse";
import type { ExportEntry, ExportSource } from "./source-types";

/** A database of the export: a CSV (and usually a folder of row pages). */
export interface ModelDatabase {
  id: string;
  /** Path of the CSV read (`_all.csv` when present). */
  path: string;
  name: string;
  parentId: string | null;
  /** A view of another database placed on a page: a CSV with no `_all.csv` and no row folder. */
  linkedView: boolean;
}

export interface ExportStats {
  entries: number;
  pageFiles: number;
  csvFiles: number;
  otherFiles: number;
}

/**
 * What the file listing alone says about an export, before any file is read: which files are
 * pages (in sorted path order), which are databases, and which page or database owns each folder.
 */
export interface ExportLayout {
  /** Page files in sorted path order, duplicates of an id included. */
  pageFiles: ExportEntry[];
  /** By id, in id order; names are the file stems until a link to the database gives the real one. */
  databases: Map<string, ModelDatabase>;
  /** The CSV to read for each database that is not a linked view. */
  csvEntries: Map<string, ExportEntry>;
  /** Names of folders whose page file is missing, by id, so ancestry still has a name. */
  folderNames: Map<string, string>;
  /** Each page id's first file, by position in `pageFiles`: later files with that id are duplicates. */
  firstFiles: Map<string, number>;
  /** Ids owning a folder: the only pages that can be another page's ancestor. */
  owners: Set<string>;
  stats: ExportStats;
  /** The page or database owning a folder; only folders holding a page or a CSV are known. */
  ownerOf(dir: string): string | null;
}

interface CsvFiles {
  id: string;
  dir: string;
  stem: string;
  plain?: ExportEntry;
  all?: ExportEntry;
}

export function scanLayout(source: ExportSource): ExportLayout {
  const pageFiles: ExportEntry[] = [];
  const csvById = new Map<string, CsvFiles>();
  const directories = new Set<string>();
  const stemToId = new Map<string, string>();
  let otherFiles = 0;

  for (const entry of source.entries) {
    const slash = entry.path.lastIndexOf("/");
    const dir = slash === -1 ? "" : entry.path.slice(0, slash);
    const name = entry.path.slice(slash + 1);
    for (let d = dir; d !== "" && !directories.has(d); d = d.includes("/") ? d.slice(0, d.lastIndexOf("/")) : "") directories.add(d);
    const parsed = parseFileName(name);
    if (!parsed) {
      otherFiles++;
      continue;
    }
    stemToId.set(join(dir, parsed.stem), parsed.id);
    if (parsed.ext === "md") {
      pageFiles.push(entry);
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

  const hasFolder = (files: CsvFiles) =>
    directories.has(join(files.dir, `${files.stem} ${files.id}`)) || directories.has(join(files.dir, files.stem));

  const databases = new Map<string, ModelDatabase>();
  const csvEntries = new Map<string, ExportEntry>();
  for (const files of [...csvById.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const chosen = files.all ?? files.plain!;
    const linkedView = !files.all && !hasFolder(files);
    databases.set(files.id, { id: files.id, path: chosen.path, name: files.stem, parentId: ownerOf(files.dir), linkedView });
    if (!linkedView) csvEntries.set(files.id, chosen);
  }

  // Owners are resolved now, in the order pages are read (the first folder of an id names it),
  // so the name index of every file can go before the pages are read.
  const firstFiles = new Map<string, number>();
  pageFiles.forEach((entry, position) => {
    const path = entry.path;
    const slash = path.lastIndexOf("/");
    const id = parseFileName(path.slice(slash + 1))!.id;
    if (firstFiles.has(id)) return;
    // A copy: the id as cut from the path would keep the whole path in memory.
    firstFiles.set(detached(id), position);
    ownerOf(slash === -1 ? "" : path.slice(0, slash));
  });
  const owners = new Set<string>();
  for (const owner of dirOwner.values()) if (owner) owners.add(owner);

  return {
    pageFiles,
    databases,
    csvEntries,
    folderNames,
    firstFiles,
    owners,
    stats: { entries: source.entries.length, pageFiles: pageFiles.length, csvFiles: csvById.size, otherFiles },
    ownerOf: cachedOwners(dirOwner),
  };
}

/**
 * Made outside `scanLayout`: a closure made inside it would share its scope with `ownerOf`'s
 * and keep the name index of every file alive for the whole import.
 */
function cachedOwners(dirOwner: Map<string, string | null>): (dir: string) => string | null {
  return (dir) => (dir === "" ? null : (dirOwner.get(dir) ?? null));
}

export function join(dir: string, name: string): string {
  return dir === "" ? name : `${dir}/${name}`;
}
