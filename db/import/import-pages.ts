import type { Transaction } from "../client";
import { PageClassifier, type AncestryLookup, type ExcludeReason, type RawPageRow } from "./classify";
import type { ImportWarning } from "./errors";
import { scanLayout, type ExportLayout, type ExportStats, type ModelDatabase } from "./export-layout";
import { PageStream, type KnownPage } from "./export-model";
import { keptPageMaker, type KeptPage } from "./kept-page";
import { RawWriter } from "./raw-writer";
import type { ImportRules } from "./rules";
import type { GarbagePacer } from "./gc-hint";
import type { ExportSource } from "./source-types";
import type { TableChanges } from "./upsert";

/** What is left of a raw page once written: enough to count it, flag missing pages and walk parents. */
export interface RawPageSummary {
  notionPageId: string;
  parentPageId: string | null;
  category: RawPageRow["category"];
  keep: boolean;
  excludeReason: ExcludeReason | null;
}

export interface ImportedPages {
  stats: ExportStats;
  warnings: ImportWarning[];
  /** Every raw page, linked views included, in export-path order. Emptied by whoever uses it last. */
  rows: RawPageSummary[];
  /** The kept pages, in export-path order. Emptied by whoever uses them last. */
  kept: KeptPage[];
  /** What writing cadence_raw_content changed. */
  raw: TableChanges;
}

export interface ImportPagesOptions {
  maxPageBytes: number;
  /** Asked every thousand pages whether a full garbage collection is due. */
  memory: GarbagePacer;
  onProgress: (stage: "extract" | "classify", processed: number, total: number) => void;
  /** Called when every page was read (and, with `stats`, the extract stage is over). */
  onExtracted: (stats: ExportStats) => void;
}

/** Knowledge from a first pass that a second pass needs from its first page on. */
class RestartPass extends Error {
  constructor(readonly pages: ReadonlyMap<string, KnownPage>) {
    super("the pages must be read again, knowing every page's title");
  }
}

/**
 * The extract and classify stages, in one pass over the export: each page is read, paired, classified and its
 * cadence_raw_content row written before the next is read, so only a compact record of kept
 * pages stays in memory. Runs inside the import's transaction.
 *
 * Classifying a page needs its ancestors' names. Sorted path order nearly always provides them
 * in time; when it did not (a database first named by a link read after its rows, or a page
 * filed before its parent page), the pass is rolled back to a savepoint and run once more,
 * knowing every name from the start. The result is the same as classifying the whole export
 * at once.
 */
export async function importPages(
  tx: Transaction,
  syncId: number,
  source: ExportSource,
  rules: ImportRules,
  options: ImportPagesOptions,
): Promise<ImportedPages> {
  const layout = scanLayout(source);
  try {
    return await tx.transaction((sp) => onePass(sp, syncId, layout, rules, options, null));
  } catch (error) {
    if (!(error instanceof RestartPass)) throw error;
    return tx.transaction((sp) => onePass(sp, syncId, layout, rules, options, error.pages));
  }
}

async function onePass(
  tx: Transaction,
  syncId: number,
  layout: ExportLayout,
  rules: ImportRules,
  options: ImportPagesOptions,
  knownPages: ReadonlyMap<string, KnownPage> | null,
): Promise<ImportedPages> {
  const stream = await PageStream.open(layout, {
    maxPageBytes: options.maxPageBytes,
    afterCsv: () => options.memory.check(),
    onProgress: (processed, total) => options.onProgress("extract", processed, total),
  });
  const ancestry = new StreamAncestry(stream, layout, knownPages);
  const classifier = new PageClassifier(ancestry, rules);
  const writer = new RawWriter(tx, syncId);
  const keptPage = keptPageMaker(rules);
  const rows: (RawPageSummary & { order: number })[] = [];
  const kept: KeptPage[] = [];
  const keptOrder: number[] = [];
  const add = async (row: RawPageRow, order: number) => {
    await writer.add(row);
    rows.push({ notionPageId: row.notionPageId, parentPageId: row.parentPageId, category: row.category, keep: row.keep, excludeReason: row.excludeReason, order });
    if (row.keep) {
      kept.push(keptPage(row));
      keptOrder.push(order);
    }
  };

  // Linked views are written where their CSV sorts among the pages, as rows were before the
  // import streamed, so new rows get their serial ids in the same order.
  const views = [...layout.databases.values()]
    .filter((database) => database.linkedView)
    .map((database) => ({ database, order: orderOfPath(layout, database.path) }))
    .sort(byOrder);
  let nextView = 0;
  const addViewsBefore = async (order: number) => {
    for (; nextView < views.length && views[nextView]!.order < order; nextView++) {
      const view = views[nextView]!;
      await add(classifier.linkedView(ancestry.database(view.database.id)!), view.order);
    }
  };

  try {
    for await (const page of stream.pages()) {
      await addViewsBefore(page.position);
      await add(classifier.page(page), page.position);
      if (page.position % 1000 === 999) await options.memory.check();
    }
    await addViewsBefore(Infinity);
    if (ancestry.guessedWrong()) {
      if (knownPages) throw new Error("Import: ancestry still incomplete on the second pass.");
      await writer.abandon();
      throw new RestartPass(stream.knownPages());
    }
    options.onExtracted(layout.stats);
    options.onProgress("classify", 0, stream.pagesRead);
    for await (const page of stream.heldPages()) await add(classifier.page(page), page.position);
    stream.finish();
    await writer.finish();
  } catch (error) {
    await writer.abandon();
    throw error;
  }

  return {
    stats: layout.stats,
    warnings: stream.warnings,
    rows: rows.sort(byOrder),
    kept: inOrder(kept, keptOrder),
    raw: writer.changes,
  };
}

/**
 * Ancestry as far as the pages read so far tell it, remembering where that could differ from
 * the whole export: a database name used before a link renamed it, or a page not read yet.
 */
class StreamAncestry implements AncestryLookup {
  private readonly namesUsed = new Map<string, string>();
  private pageMissing = false;

  constructor(
    private readonly stream: PageStream,
    private readonly layout: ExportLayout,
    private readonly knownPages: ReadonlyMap<string, KnownPage> | null,
  ) {}

  page(id: string): KnownPage | undefined {
    const page = this.stream.page(id) ?? this.knownPages?.get(id);
    if (!page && this.layout.firstFiles.has(id)) this.pageMissing = true;
    return page;
  }

  database(id: string): ModelDatabase | undefined {
    const database = this.layout.databases.get(id);
    if (database && !this.namesUsed.has(id)) this.namesUsed.set(id, database.name);
    return database;
  }

  folderName(id: string): string | undefined {
    return this.layout.folderNames.get(id);
  }

  /** True when some page was classified with a name the whole export would not give it. */
  guessedWrong(): boolean {
    if (this.pageMissing) return true;
    for (const [id, name] of this.namesUsed) if (this.layout.databases.get(id)!.name !== name) return true;
    return false;
  }
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/** The items sorted by their orders; they already are but for held pages, handed out last. */
function inOrder<T>(items: T[], orders: number[]): T[] {
  if (orders.every((order, i) => i === 0 || orders[i - 1]! < order)) return items;
  return orders.map((order, i) => ({ order, i })).sort(byOrder).map(({ i }) => items[i]!);
}

/** Where a linked view's CSV sorts among the page files: between two pages' positions. */
function orderOfPath(layout: ExportLayout, path: string): number {
  const files = layout.pageFiles;
  let low = 0;
  let high = files.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (files[mid]!.path < path) low = mid + 1;
    else high = mid;
  }
  return low - 0.5;
}
