import { createHash } from "node:crypto";
import type { RawCategory } from "../../app/lib/domain/vocabulary";
import type { ExportModel, ModelDatabase, ModelPage } from "./export-model";
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

/** Where ancestry is looked up: the whole model, or what a stream has read so far. */
export interface AncestryLookup {
  page(id: string): { title: string; parentId: string | null } | undefined;
  database(id: string): ModelDatabase | undefined;
  folderName(id: string): string | undefined;
}

/** Database name, then ancestor page titles, nearest first. */
export function ancestorNames(parentId: string | null, lookup: AncestryLookup): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let id = parentId; id && !seen.has(id); ) {
    seen.add(id);
    const page = lookup.page(id);
    const database = page ? undefined : lookup.database(id);
    if (page) {
      names.push(page.title);
      id = page.parentId;
    } else if (database) {
      names.push(database.name);
      id = database.parentId;
    } else {
      const folder = lookup.folderName(id);
      if (folder) names.push(folder);
      id = null;
    }
  }
  return names;
}

/**
 * Classifies pages one at a time. Pages must come in sorted path order: of pages with the same
 * content, the first in that order is the original and the others are duplicates.
 */
export class PageClassifier {
  private readonly seenHashes = new Set<string>();
  /**
   * What depends only on a page's parent, worked out once per parent: pages of one folder share
   * it (and the same ancestors array). Names do not change once used: a database renamed after
   * its name was used makes the streaming import classify everything again (see import-pages).
   */
  private readonly byParent = new Map<string | null, Ancestry>();

  constructor(
    private readonly lookup: AncestryLookup,
    private readonly rules: ImportRules = DEFAULT_RULES,
  ) {}

  page(page: ModelPage): RawPageRow {
    const ancestry = this.ancestry(page.parentId);
    const database = page.databaseId ? this.lookup.database(page.databaseId) : undefined;
    const row: RawPageRow = {
      notionPageId: dashedId(page.id),
      title: page.title,
      exportPath: page.path,
      parentPageId: ancestry.parentPageId,
      databaseName: database?.name ?? null,
      properties: page.properties,
      contentMarkdown: page.body,
      contentHash: contentHash(page.title, page.properties, page.body),
      category: ancestry.category,
      keep: false,
      excludeReason: page.kind === "template" ? "template" : null,
      ancestorNames: ancestry.names,
    };
    // Exclusion, in the documented order; templates are excluded before they can be originals.
    if (!row.excludeReason) {
      row.excludeReason = exclusion(row, ancestry.archived, this.seenHashes);
      row.keep = row.excludeReason === null;
    }
    return row;
  }

  /** A linked view is never imported, but is recorded so its page can be found again. */
  linkedView(database: ModelDatabase): RawPageRow {
    const ancestry = this.ancestry(database.parentId);
    return {
      notionPageId: dashedId(database.id),
      title: database.name,
      exportPath: database.path,
      parentPageId: ancestry.parentPageId,
      databaseName: null,
      properties: {},
      contentMarkdown: "",
      contentHash: contentHash(database.name, {}, ""),
      category: ancestry.category,
      keep: false,
      excludeReason: "linked_view",
      ancestorNames: ancestry.names,
    };
  }

  private ancestry(parentId: string | null): Ancestry {
    let ancestry = this.byParent.get(parentId);
    if (!ancestry) {
      const names = ancestorNames(parentId, this.lookup);
      ancestry = {
        names,
        parentPageId: parentId ? dashedId(parentId) : null,
        category: categorize(names, this.rules),
        archived: isArchived(names, this.rules),
      };
      this.byParent.set(parentId, ancestry);
    }
    return ancestry;
  }
}

interface Ancestry {
  names: string[];
  /** Shared by the parent's pages, rather than one copy of the id per page. */
  parentPageId: string | null;
  category: RawCategory;
  archived: boolean;
}

export function classifyPages(model: ExportModel, rules: ImportRules = DEFAULT_RULES): RawPageRow[] {
  const pagesById = new Map(model.pages.map((p) => [p.id, p]));
  const classifier = new PageClassifier(
    { page: (id) => pagesById.get(id), database: (id) => model.databases.get(id), folderName: (id) => model.folderNames.get(id) },
    rules,
  );
  const rows = model.pages.map((page) => classifier.page(page));
  for (const database of model.databases.values()) if (database.linkedView) rows.push(classifier.linkedView(database));
  return rows.sort((a, b) => (a.exportPath < b.exportPath ? -1 : a.exportPath > b.exportPath ? 1 : 0));
}

function exclusion(row: RawPageRow, archived: boolean, seenHashes: Set<string>): ExcludeReason | null {
  if (row.contentMarkdown === "" && Object.keys(row.properties).length === 0) return "empty";
  if (UNTITLED.has(row.title.trim().toLowerCase())) return "untitled";
  if (archived) return "archived";
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

/** Counts per category and exclusion reason; rows in export-path order (keys appear in that order). */
export function summarizeClassification(rows: readonly Pick<RawPageRow, "category" | "keep" | "excludeReason">[]) {
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
