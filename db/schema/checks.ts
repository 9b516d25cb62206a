import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * `column IN ('a', 'b', …)` for a check constraint. The values are our own constants, never
 * user input, so inlining them as literals is safe (check constraints cannot take parameters).
 */
export function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  const list = values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", ");
  return sql`${column} IN (${sql.raw(list)})`;
}

/** Like `oneOf`, but NULL is allowed (unknown is better stored as NULL than guessed). */
export function nullOrOneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  return sql`${column} IS NULL OR ${oneOf(column, values)}`;
}

/** The spec writes `DEFAULT CURRENT_TIMESTAMP`; keep that exact default in the database. */
export const currentTimestamp = sql`CURRENT_TIMESTAMP`;
