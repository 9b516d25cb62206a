import { getTableColumns, sql, type SQL } from "drizzle-orm";
import { PgDialect, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { Transaction } from "../client";
import { queryRows } from "../rows";
import { cadenceRawContent } from "../schema";

export const BATCH = 500;

export interface UpsertResult {
  key: string;
  inserted: boolean;
}

export interface TableChanges {
  added: number;
  changed: number;
  unchanged: number;
}

/**
 * INSERT … ON CONFLICT (notion_page_id) DO UPDATE … WHERE something differs, in batches.
 * `xmax = 0` tells a fresh insert from an update; rows that did not differ are not returned.
 */
export async function upsert<T extends PgTable, I>(
  tx: Transaction,
  table: T,
  keyColumn: PgColumn,
  items: readonly I[],
  toRow: (item: I) => Record<string, unknown>,
  compared: string[],
  tick: (n: number) => void,
): Promise<UpsertResult[]> {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const set: Record<string, SQL> = {};
  for (const name of compared) set[name] = sql.raw(`excluded."${columns[name]!.name}"`);
  if (columns.updatedAt) set.updatedAt = sql`CURRENT_TIMESTAMP`;
  if (columns.syncId) set.syncId = sql.raw(`excluded."sync_id"`);
  const current = sql.join(compared.map((name) => sql`${columns[name]!}`), sql`, `);
  const incoming = sql.raw(compared.map((name) => `excluded."${columns[name]!.name}"`).join(", "));
  const results: UpsertResult[] = [];
  // Rows are built a batch at a time: the whole export's rows at once would double the memory.
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH).map(toRow);
    const returned = (await tx
      .insert(table)
      .values(batch as never)
      .onConflictDoUpdate({
        target: keyColumn,
        set: set as never,
        setWhere: sql`(${current}) IS DISTINCT FROM (${incoming})`,
      })
      .returning({ key: keyColumn, inserted: sql<boolean>`(xmax = 0)` })) as UpsertResult[];
    results.push(...returned);
    tick(batch.length);
  }
  return results;
}

/** How a table is written by a `RecordUpserter`. */
export interface RecordTable<T extends PgTable> {
  table: T;
  /** The columns each record gives, by property name of the table; the first is notion_page_id. */
  columns: string[];
  /** Columns written on update but not compared: which run last wrote the row. */
  stamps?: string[];
  /** A text column filled from the page's cadence_raw_content row rather than from the record. */
  body?: PgColumn;
}

/**
 * What `upsert` does, with the rows sent as one bound JSON parameter per batch and unpacked by
 * jsonb_to_recordset: a batch costs one string instead of an object per value, and a body can
 * be taken from the page's cadence_raw_content row (written earlier in the same transaction)
 * instead of being sent again. The statement is rendered once; only identifiers from the schema
 * are in its text, and each batch's values are its one bound parameter.
 */
export class RecordUpserter<T extends PgTable> {
  private readonly head: string;
  private readonly tail: string;
  private readonly keys: [property: string, column: string][];
  /**
   * The batch's JSON, as UTF-8, sent as a bytea parameter. One buffer, reused: a new buffer per
   * batch would be memory outside V8's heap that is only given back by its full collections.
   * Batches are written one after the other, so it is free again when the next one is built.
   */
  private scratch = Buffer.allocUnsafeSlow(64 * 1024);

  constructor(target: RecordTable<T>) {
    const all = getTableColumns(target.table) as Record<string, PgColumn>;
    const written = target.columns.map((name) => all[name]!);
    const key = written[0]!;
    const stamps = new Set(target.stamps ?? []);
    const compared = [...target.columns.slice(1).filter((name) => !stamps.has(name)).map((name) => all[name]!), ...(target.body ? [target.body] : [])];
    const updated = [...compared, ...[...stamps].map((name) => all[name]!)];
    const id = (column: PgColumn) => sql`${sql.identifier(column.name)}`;
    const list = (parts: SQL[]) => sql.join(parts, sql`, `);
    // Strings go in as text and are cast by the INSERT, as bound parameters are: too long is an error, never cut.
    const recordType = (column: PgColumn) => (column.getSQLType().startsWith("varchar") ? "text" : column.getSQLType());
    const definitions = list([sql`"ord" integer`, ...written.map((c) => sql`${id(c)} ${sql.raw(recordType(c))}`)]);
    const set = list([...updated.map((c) => sql`${id(c)} = excluded.${id(c)}`), ...(all.updatedAt ? [sql`"updated_at" = CURRENT_TIMESTAMP`] : [])]);
    const current = list(compared.map((c) => sql`${target.table}.${id(c)}`));
    const incoming = list(compared.map((c) => sql`excluded.${id(c)}`));
    const values = list([...written.map((c) => sql`v.${id(c)}`), ...(target.body ? [sql`r."content_markdown"`] : [])]);
    const columns = list([...written.map(id), ...(target.body ? [id(target.body)] : [])]);
    const join = target.body ? sql`JOIN ${cadenceRawContent} r ON r."notion_page_id" = v.${id(key)}` : sql``;
    const dialect = new PgDialect();
    this.head = dialect.sqlToQuery(sql`INSERT INTO ${target.table} (${columns}) SELECT ${values} FROM jsonb_to_recordset(convert_from(`).sql;
    this.tail = dialect.sqlToQuery(
      sql`::bytea, 'UTF8')::jsonb) AS v(${definitions}) ${join}
        ORDER BY v."ord"
        ON CONFLICT (${id(key)}) DO UPDATE SET ${set}
        WHERE (${current}) IS DISTINCT FROM (${incoming})
        RETURNING ${id(key)} AS "key", (xmax = 0) AS "inserted"`,
    ).sql;
    this.keys = target.columns.map((name, n) => [name, written[n]!.name]);
  }

  /** Writes the items, `batchSize` per statement; returns the rows that were added or changed. */
  async write(
    tx: Transaction,
    items: readonly Record<string, unknown>[],
    options: { batchSize?: number; onBatch?: (n: number) => void } = {},
  ): Promise<UpsertResult[]> {
    const batchSize = options.batchSize ?? BATCH;
    const results: UpsertResult[] = [];
    for (let i = 0; i < items.length; i += batchSize) {
      const json = JSON.stringify(
        items.slice(i, i + batchSize).map((item, ord) => {
          const record: Record<string, unknown> = { ord };
          for (const [property, column] of this.keys) record[column] = wellFormed(item[property] ?? null);
          return record;
        }),
      );
      const bytes = Buffer.byteLength(json);
      if (bytes > this.scratch.length) this.scratch = Buffer.allocUnsafeSlow(Math.max(bytes, this.scratch.length * 2));
      this.scratch.write(json, 0, bytes, "utf8");
      const param = this.scratch.subarray(0, bytes);
      results.push(...(await queryRows<UpsertResult>(tx, sql`${sql.raw(this.head)}${param}${sql.raw(this.tail)}`)));
      options.onBatch?.(Math.min(batchSize, items.length - i));
    }
    return results;
  }
}

/**
 * Bound text parameters are sent as UTF-8, which turns a lone surrogate (a title cut in the
 * middle of an emoji) into U+FFFD; JSON would keep it as an escape PostgreSQL rejects. Same
 * result as a text parameter, then.
 */
function wellFormed(value: unknown): unknown {
  return typeof value === "string" && !value.isWellFormed() ? value.toWellFormed() : value;
}

export function changes(results: readonly UpsertResult[], total: number): TableChanges {
  const added = results.filter((r) => r.inserted).length;
  const changed = results.length - added;
  return { added, changed, unchanged: total - added - changed };
}
