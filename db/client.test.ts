import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DatabaseConnectionError, openDatabase, type DatabaseHandle } from "./client";
import { resolveDatabaseConfig } from "./config";
import { modules } from "./schema";
import { queryRows } from "./rows";
import { createScratchDatabase, testDatabaseUrl } from "./testing/databases";
import { startWsRelay, type Relay } from "./testing/ws-relay";
import { SUPPORT_TABLES } from "./testing/spec-tables";

describe("openDatabase", () => {
  test("opens embedded PGlite and migrates it, twice without harm", async () => {
    const handle = await openDatabase(resolveDatabaseConfig({ PGLITE_DATA_DIR: "memory://" }));
    try {
      expect(handle.driver).toBe("pglite");
      await handle.migrate();
      await handle.migrate();
      const [row] = await queryRows<{ n: number }>(handle.db, sql`SELECT COUNT(*)::int AS n FROM drizzle.__drizzle_migrations`);
      expect(Number(row!.n)).toBeGreaterThan(0);
    } finally {
      await handle.close();
    }
  });

  test("reports an unreachable server with the variable to fix, not a stack of driver errors", async () => {
    const config = resolveDatabaseConfig({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/basecamp" });
    const failure = openDatabase(config);
    await expect(failure).rejects.toThrow(DatabaseConnectionError);
    await expect(openDatabase(config)).rejects.toThrow(
      /Cannot reach the database named by DATABASE_URL \(PostgreSQL at 127\.0\.0\.1:1\)/,
    );
  });
});

async function exerciseTransactions(handle: DatabaseHandle) {
  await handle.db.transaction(async (tx) => {
    await tx.insert(modules).values({ slug: "tx-commit", title: "Committed", subsystem: "power" });
  });
  await expect(
    handle.db.transaction(async (tx) => {
      await tx.insert(modules).values({ slug: "tx-rollback", title: "Rolled back", subsystem: "power" });
      throw new Error("abort on purpose");
    }),
  ).rejects.toThrow("abort on purpose");
  const slugs = (await handle.db.select({ slug: modules.slug }).from(modules)).map((m) => m.slug);
  expect(slugs).toContain("tx-commit");
  expect(slugs).not.toContain("tx-rollback");
}

describe.skipIf(!testDatabaseUrl)("node-postgres driver (skipped: needs TEST_DATABASE_URL for a local PostgreSQL)", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
  });
  afterAll(() => scratch?.dispose());

  test("is chosen for a plain PostgreSQL URL, migrates, commits and rolls back", async () => {
    const config = resolveDatabaseConfig({ DATABASE_URL: scratch.url });
    const handle = await openDatabase(config);
    try {
      expect(handle.driver).toBe("pg");
      await handle.migrate();
      await exerciseTransactions(handle);
    } finally {
      await handle.close();
    }
  });
});

describe.skipIf(!testDatabaseUrl)("Neon WebSocket Pool through a loopback relay (skipped: needs TEST_DATABASE_URL for a local PostgreSQL)", () => {
  let relay: Relay;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const previousProxy = process.env.NEON_LOCAL_WS_PROXY;

  beforeAll(async () => {
    relay = await startWsRelay();
    scratch = await createScratchDatabase();
    process.env.NEON_LOCAL_WS_PROXY = relay.address;
  });
  afterAll(async () => {
    if (previousProxy === undefined) delete process.env.NEON_LOCAL_WS_PROXY;
    else process.env.NEON_LOCAL_WS_PROXY = previousProxy;
    await relay?.close();
    await scratch?.dispose();
  });

  test("runs the migrations, a transaction that commits and one that rolls back", async () => {
    const config = resolveDatabaseConfig({ DATABASE_URL: scratch.url, DATABASE_DRIVER: "neon" });
    const handle = await openDatabase(config);
    try {
      expect(handle.driver).toBe("neon");
      await handle.migrate();
      const [tables] = await queryRows<{ n: number }>(
        handle.db,
        sql`SELECT COUNT(*)::int AS n FROM information_schema.tables
          WHERE table_schema = 'public' AND table_name NOT IN (SELECT jsonb_array_elements_text(${JSON.stringify(SUPPORT_TABLES)}::jsonb))`,
      );
      expect(Number(tables!.n)).toBe(37);
      await exerciseTransactions(handle);
    } finally {
      await handle.close();
    }
  });
});
