import { sql, type SQL } from "drizzle-orm";
import { customType, type AnyPgColumn } from "drizzle-orm/pg-core";

/** Full-text search uses one configuration everywhere: the index and the query must agree. */
export const SEARCH_CONFIG = "english";

/**
 * Very long page bodies are searched on their first 200,000 characters: a tsvector cannot
 * exceed 1 MB, and an import must never fail because a page is long.
 */
const MAX_SEARCHED_CHARS = 200_000;

export type SearchWeight = "A" | "B" | "C" | "D";

/**
 * The weighted tsvector of a row. The same expression backs each table's GIN index and the
 * search query, so PostgreSQL (and PGlite) can use the index: keep them built from here.
 */
export function searchDocument(parts: readonly (readonly [AnyPgColumn, SearchWeight])[]): SQL {
  // Parenthesized: an index on an expression that is not a plain function call needs them.
  const weighted = sql.join(
    parts.map(
      ([column, weight]) =>
        sql`setweight(to_tsvector('english', left(coalesce(${column}, ''), ${sql.raw(String(MAX_SEARCHED_CHARS))})), '${sql.raw(weight)}')`,
    ),
    sql` || `,
  );
  return sql`(${weighted})`;
}

/** PostgreSQL's tsvector, read as its text form. */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});
