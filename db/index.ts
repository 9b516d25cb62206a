import { resolveDatabaseConfig } from "./config";
import { openDatabase, type Database, type DatabaseHandle } from "./client";

export type { Database, Executor, Transaction, DatabaseHandle } from "./client";
export { DatabaseConnectionError } from "./client";
export { DatabaseConfigError } from "./config";

/**
 * The app's one database, opened on first use from the environment. Cached on globalThis so
 * that dev hot reloads reuse it: a second PGlite on the same folder would corrupt it, and a
 * new pool per reload would exhaust connections.
 */
const cache = globalThis as unknown as { __basecampDb?: Promise<DatabaseHandle> };

export function getDatabase(): Promise<DatabaseHandle> {
  cache.__basecampDb ??= open().catch((error: unknown) => {
    cache.__basecampDb = undefined;
    throw error;
  });
  return cache.__basecampDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabase()).db;
}

async function open(): Promise<DatabaseHandle> {
  const handle = await openDatabase(resolveDatabaseConfig());
  // The embedded database is created and brought up to date on first use; servers are
  // migrated explicitly (`npm run db:migrate`) as part of a deploy.
  if (handle.driver === "pglite") await handle.migrate();
  return handle;
}

export async function closeDatabase(): Promise<void> {
  const pending = cache.__basecampDb;
  cache.__basecampDb = undefined;
  if (pending) await (await pending).close();
}
