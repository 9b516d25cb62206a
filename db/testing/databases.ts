import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { openDatabase, type DatabaseHandle } from "../client";

/**
 * The real databases integration tests run against: embedded PGlite always, and the
 * PostgreSQL named by TEST_DATABASE_URL when it is set (CI sets it). Each test file gets its
 * own fresh, migrated database so files can run in parallel.
 */
export interface TestTarget {
  name: "pglite" | "postgres";
  open(): Promise<TestDatabase>;
}

export interface TestDatabase {
  handle: DatabaseHandle;
  /** Closes the connection and drops the throwaway database. */
  dispose(): Promise<void>;
}

export const testDatabaseUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;

export const pgliteTarget: TestTarget = {
  name: "pglite",
  async open() {
    const handle = await openDatabase({ driver: "pglite", dataDir: null });
    await handle.migrate();
    return { handle, dispose: () => handle.close() };
  },
};

export const postgresTarget: TestTarget = {
  name: "postgres",
  async open() {
    const { url, dispose } = await createScratchDatabase();
    const handle = await openDatabase({ driver: "pg", url, host: new URL(url).host });
    await handle.migrate();
    return {
      handle,
      async dispose() {
        await handle.close();
        await dispose();
      },
    };
  },
};

export const testTargets: TestTarget[] = testDatabaseUrl ? [pgliteTarget, postgresTarget] : [pgliteTarget];

/** A new empty database on the TEST_DATABASE_URL server, dropped by `dispose`. */
export async function createScratchDatabase(): Promise<{ url: string; dispose(): Promise<void> }> {
  if (!testDatabaseUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `basecamp_t_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async dispose() {
      const client = new Client({ connectionString: testDatabaseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
