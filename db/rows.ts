import type { SQL } from "drizzle-orm";
import type { Executor } from "./client";

/**
 * Runs raw SQL and returns its rows. All three drivers answer `execute` with `{ rows }`, but
 * the shared PgDatabase type cannot say so, hence this one typed door.
 */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
