import type { ImportWarning } from "./errors";
import type { ModelDatabase } from "./export-layout";
import type { ParsedCsv } from "./parse";

type CsvRow = Record<string, string>;

/** The part of a page the pairing reads and completes. */
export interface PairablePage {
  title: string;
  properties: Record<string, string>;
}

/**
 * Pairs each CSV row with its row page by title (the CSV has no id column), one page at a time
 * in sorted path order, so pages can be paired as they are read. Pages left over are database
 * templates; rows left over have no page and no id, so they cannot be imported.
 */
export class RowPairing {
  /** Rows not paired yet, per database, queued by title key in CSV order. */
  private readonly rowsByDatabase = new Map<string, Map<string, CsvRow[]>>();
  private readonly titleColumns = new Map<string, string>();

  constructor(csvs: Map<string, ParsedCsv>) {
    for (const [id, csv] of csvs) {
      if (csv.header.length === 0) continue;
      const titleColumn = csv.header[0]!;
      const byTitle = new Map<string, CsvRow[]>();
      for (const row of csv.rows) {
        const key = rowKey(row[titleColumn] ?? "");
        const queue = byTitle.get(key);
        if (queue) queue.push(row);
        else byTitle.set(key, [row]);
      }
      this.rowsByDatabase.set(id, byTitle);
      this.titleColumns.set(id, titleColumn);
    }
  }

  /** False for an unreadable CSV: its pages all stay rows, with their own properties. */
  hasRows(databaseId: string): boolean {
    return this.rowsByDatabase.has(databaseId);
  }

  /** Takes the next row with the page's title and merges it into the page; false when none is left. */
  pairByTitle(databaseId: string, page: PairablePage): boolean {
    const byTitle = this.rowsByDatabase.get(databaseId);
    const key = rowKey(page.title);
    const queue = byTitle?.get(key);
    const row = queue?.shift();
    if (!row) return false;
    // An emptied queue pairs nothing more and has no leftovers: dropped, so its key is not kept.
    if (queue!.length === 0) byTitle!.delete(key);
    mergeRow(page, row, this.titleColumns.get(databaseId)!);
    return true;
  }

  /**
   * Mentions of recent dates are relative in page titles (`@Today`) but absolute in the CSV
   * (`@July 28, 2025`): once every page was paired by title, what is left is paired by agreeing
   * property values instead. Only `@` titles with properties can pair this way.
   */
  static mayPairByProperties(page: PairablePage): boolean {
    return page.title.startsWith("@") && Object.keys(page.properties).length > 0;
  }

  /** The property-agreement pairing for a page left without a row; false means it is a template. */
  pairByProperties(databaseId: string, page: PairablePage): boolean {
    const byTitle = this.rowsByDatabase.get(databaseId)!;
    const entries = Object.entries(page.properties);
    const candidates = page.title.startsWith("@") ? [...byTitle.entries()].filter(([k]) => k.startsWith("@")).map(([, rows]) => rows) : [];
    const list = entries.length > 0 ? candidates.find((rows) => rows.some((r) => entries.every(([k, v]) => r[k] === v))) : undefined;
    const index = list?.findIndex((r) => entries.every(([k, v]) => r[k] === v)) ?? -1;
    if (!list || index < 0) return false;
    mergeRow(page, list.splice(index, 1)[0]!, this.titleColumns.get(databaseId)!);
    return true;
  }

  /** One warning per row no page took, database by database. */
  leftoverWarnings(databases: Map<string, ModelDatabase>, warnings: ImportWarning[]): void {
    for (const [id, byTitle] of this.rowsByDatabase) {
      const leftover = [...byTitle.values()].flat();
      if (leftover.length === 0) continue;
      const database = databases.get(id)!;
      const titleColumn = this.titleColumns.get(id)!;
      for (const row of leftover) {
        warnings.push({
          code: "csv_row_without_page",
          message: `Row "${row[titleColumn] ?? ""}" of database "${database.name}" has no page in the export; it was skipped.`,
          path: database.path,
        });
      }
    }
  }
}

function mergeRow(page: PairablePage, row: CsvRow, titleColumn: string): void {
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
