import { createHash } from "node:crypto";
import type { RawCategory } from "../../app/lib/domain/vocabulary";
import type { ExportModel, ModelPage } from "./export-model";
import { dashedId } from "./parse";
import { categorize, DEFAULT_RULES, isArchived, type ImportRules } from "./rules";

/** Why a raw page is not turned into CADENCE rows, in the order the checks apply. */
export const EXCLUDE_REASONS = ["empty", "untitled", "template", "linked_view", "archived", "duplicate", "other"] as const;
export type ExcludeReason = (typeof EXCLUDE_REASONS)[number];

/** Stage 1's output: one row of cadence_raw_content, plus what stage 2 needs to know. */
export interface RawPageRow {
  notionPageId: string;
  title: string;
  exportPath: string;
  parentPageId: string | null;
  databaseName: string | null;
  properties: Record<string, string>;
  contentMarkdown: string;
  contentHash: string;
  category: RawCategory;
  keep: boolean;
  excludeReason: ExcludeReason | null;
  /** Database name, then ancestor page titles, nearest first (not stored). */
  ancestorNames: string[];
}

const UNTITLED = new Set(["", "untitled", "unbenannt", "sans titre", "sin título"]);

export function classifyPages(model: ExportModel, rules: ImportRules = DEFAULT_RULES): RawPageRow[] {
  const pagesById = new Map(model.pages.map((p) => [p.id, p]));
  const ancestorNames = (parentId: string | null): string[] => {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let id = parentId; id && !seen.has(id); ) {
      seen.add(id);
      const page = pagesById.get(id);
      const database = model.databases.get(id);
      if (page) {
        names.push(page.title);
        id = page.parentId;
      } else if (database) {
        names.push(database.name);
        id = database.parentId;
      } else {
        const folder = model.folderNames.get(id);
        if (folder) names.push(folder);
        id = null;
      }
    }
    return names;
  };

  const rows: RawPageRow[] = [];
  for (const page of model.pages) {
    rows.push(baseRow(page, model, ancestorNames(page.parentId), rules));
  }
  for (const database of model.databases.values()) {
    if (!database.linkedView) continue;
    const ancestors = ancestorNames(database.parentId);
    rows.push({
      notionPageId: dashedId(database.id),
      title: database.name,
      exportPath: database.path,
      parentPageId: database.parentId ? dashedId(database.parentId) : null,
      databaseName: null,
      properties: {},
      contentMarkdown: "",
      contentHash: contentHash(database.name, {}, ""),
      category: categorize(ancestors, rules),
      keep: false,
      excludeReason: "linked_view",
      ancestorNames: ancestors,
    });
  }
  rows.sort((a, b) => (a.exportPath < b.exportPath ? -1 : a.exportPath > b.exportPath ? 1 : 0));

  // Exclusion, in the documented order; the first page with given content is the original.
  const seenHashes = new Set<string>();
  for (const row of rows) {
    if (row.excludeReason) continue;
    const reason = exclusion(row, rules, seenHashes);
    row.excludeReason = reason;
    row.keep = reason === null;
  }
  return rows;
}

function baseRow(page: ModelPage, model: ExportModel, ancestors: string[], rules: ImportRules): RawPageRow {
  const database = page.databaseId ? model.databases.get(page.databaseId) : undefined;
  return {
    notionPageId: dashedId(page.id),
    title: page.title,
    exportPath: page.path,
    parentPageId: page.parentId ? dashedId(page.parentId) : null,
    databaseName: database?.name ?? null,
    properties: page.properties,
    contentMarkdown: page.body,
    contentHash: contentHash(page.title, page.properties, page.body),
    category: categorize(ancestors, rules),
    keep: false,
    excludeReason: page.kind === "template" ? "template" : null,
    ancestorNames: ancestors,
  };
}

function exclusion(row: RawPageRow, rules: ImportRules, seenHashes: Set<string>): ExcludeReason | null {
  if (row.contentMarkdown === "" && Object.keys(row.properties).length === 0) return "empty";
  if (UNTITLED.has(row.title.trim().toLowerCase())) return "untitled";
  if (isArchived(row.ancestorNames, rules)) return "archived";
  if (seenHashes.has(row.contentHash)) return "duplicate";
  seenHashes.add(row.contentHash);
  if (row.category === "other") return "other";
  return null;
}

/** Same title, properties and body ⇒ same hash, whatever the property order. */
export function contentHash(title: string, properties: Record<string, string>, body: string): string {
  const sorted = Object.entries(properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash("sha256").update(JSON.stringify([title, sorted, body])).digest("hex");
}

export function summarizeClassification(rows: RawPageRow[]) {
  const byCategory: Record<string, { kept: number; excluded: number }> = {};
  const excludedByReason: Record<string, number> = {};
  for (const row of rows) {
    const bucket = (byCategory[row.category] ??= { kept: 0, excluded: 0 });
    if (row.keep) bucket.kept++;
    else {
      bucket.excluded++;
      excludedByReason[row.excludeReason!] = (excludedByReason[row.excludeReason!] ?? 0) + 1;
    }
  }
  return {
    total: rows.length,
    kept: rows.filter((r) => r.keep).length,
    excluded: rows.filter((r) => !r.keep).length,
    byCategory,
    excludedByReason,
  };
}
