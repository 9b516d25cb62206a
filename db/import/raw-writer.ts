import type { Transaction } from "../client";
import { cadenceRawContent } from "../schema";
import type { RawPageRow } from "./classify";
import { RecordUpserter, type TableChanges } from "./upsert";

/**
 * Batches are small on purpose. A batch lives until its write is done; one that outlives two
 * young-generation collections is moved to the old generation and only freed by a full one.
 * Batches of about 24,000 characters mostly die young (larger ones were a little faster on
 * 100,000 pages, and about 25 MB bigger at the peak).
 */
const BATCH_ROWS = 100;
const BATCH_CHARS = 24 * 1024;

const RAW_TABLE = {
  table: cadenceRawContent,
  columns: ["notionPageId", "title", "exportPath", "parentPageId", "databaseName", "properties", "contentMarkdown", "contentHash", "category", "keep", "excludeReason", "missingSince", "syncId"],
  stamps: ["syncId"],
};

/**
 * Writes cadence_raw_content rows as pages are classified, a batch at a time, so no more than two
 * batches of page bodies are in memory: the one being filled and the one being written. Writing
 * a batch overlaps with reading the next; the database works while the pages are parsed.
 */
export class RawWriter {
  readonly changes: TableChanges = { added: 0, changed: 0, unchanged: 0 };
  private batch: RawPageRow[] = [];
  private chars = 0;
  private writing: Promise<void> | null = null;
  /** One per import: it owns the buffer its batches are sent from. */
  private readonly upserter = new RecordUpserter(RAW_TABLE);

  constructor(
    private readonly tx: Transaction,
    private readonly syncId: number,
  ) {}

  async add(row: RawPageRow): Promise<void> {
    this.batch.push(row);
    // Roughly the batch's JSON: the body, and about as much again in paths, hash and properties.
    this.chars += row.contentMarkdown.length + row.exportPath.length + 200;
    if (this.batch.length >= BATCH_ROWS || this.chars >= BATCH_CHARS) await this.flush();
  }

  /** Writes what is left and waits for every write; a failed write is thrown here or by `add`. */
  async finish(): Promise<void> {
    await this.flush();
    await this.writing;
    this.writing = null;
  }

  /** After a failure elsewhere: waits for the write in flight, so the transaction ends after it. */
  async abandon(): Promise<void> {
    this.batch = [];
    await this.writing?.catch(() => undefined);
  }

  private async flush(): Promise<void> {
    // One write at a time on the transaction's connection: wait for the previous one (and its error).
    if (this.writing) await this.writing;
    const rows = this.batch;
    this.batch = [];
    this.chars = 0;
    if (rows.length === 0) {
      this.writing = null;
      return;
    }
    this.writing = this.write(rows);
    // Handled here so a failure while the next batch is read is not an unhandled rejection; it is
    // thrown by the next flush or by finish().
    this.writing.catch(() => undefined);
  }

  private async write(rows: RawPageRow[]): Promise<void> {
    const records = rows.map((r) => ({
      notionPageId: r.notionPageId,
      title: r.title,
      exportPath: r.exportPath,
      parentPageId: r.parentPageId,
      databaseName: r.databaseName,
      properties: r.properties,
      contentMarkdown: r.contentMarkdown,
      contentHash: r.contentHash,
      category: r.category,
      keep: r.keep,
      excludeReason: r.excludeReason,
      // Cleared: a page flagged missing by an earlier import is back.
      missingSince: null,
      syncId: this.syncId,
    }));
    const results = await this.upserter.write(this.tx, records, { batchSize: records.length });
    const added = results.filter((r) => r.inserted).length;
    this.changes.added += added;
    this.changes.changed += results.length - added;
    this.changes.unchanged += rows.length - results.length;
  }
}
