import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { queryRows } from "../rows";

/** Every public table's row count and an order-independent checksum of its rows. */
export async function tableChecksums(
  db: Database,
  options: { exclude?: string[]; ignoreColumns?: string[] } = {},
): Promise<Record<string, { rows: number; md5: string | null }>> {
  const tables = await queryRows<{ table_name: string }>(
    db,
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const result: Record<string, { rows: number; md5: string | null }> = {};
  for (const { table_name: name } of tables) {
    if (options.exclude?.includes(name)) continue;
    const [row] = await queryRows<{ rows: number; md5: string | null }>(
      db,
      sql.raw(`SELECT COUNT(*)::int AS rows, md5(string_agg(${rowText(options.ignoreColumns)}, '|' ORDER BY ${rowText(options.ignoreColumns)})) AS md5 FROM "${name}" t`),
    );
    result[name] = { rows: Number(row!.rows), md5: row!.md5 };
  }
  return result;
}

/** The row as text, without columns that legitimately differ between runs (clock times). */
function rowText(ignore: string[] = []): string {
  if (ignore.length === 0) return "t::text";
  return `(to_jsonb(t) - ARRAY[${ignore.map((c) => `'${c}'`).join(", ")}]::text[])::text`;
}
