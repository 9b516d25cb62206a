import path from "node:path";
import { mkdirSync } from "node:fs";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { neonConfig as NeonConfigObject } from "@neondatabase/serverless";
import * as schema from "./schema";
import { describeConfig, type DatabaseConfig, type Driver } from "./config";

/** One type for all three drivers: queries written against it run on each of them. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  driver: Driver;
  description: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

type NeonConfig = typeof NeonConfigObject;

export class DatabaseConnectionError extends Error {
  override name = "DatabaseConnectionError";
}

export function migrationsFolder(): string {
  return process.env.MIGRATIONS_DIR ?? path.join(process.cwd(), "drizzle");
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  const handle = await connect(config);
  try {
    await handle.db.execute(sql`select 1`);
  } catch (cause) {
    await handle.close().catch(() => undefined);
    throw new DatabaseConnectionError(
      `Cannot reach the database named by DATABASE_URL (${describeConfig(config)}): ${reason(cause)}`,
      { cause },
    );
  }
  return handle;
}

async function connect(config: DatabaseConfig): Promise<DatabaseHandle> {
  const description = describeConfig(config);
  const migrationsConfig = () => ({ migrationsFolder: migrationsFolder() });

  if (config.driver === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
    const client = config.dataDir ? new PGlite(config.dataDir) : new PGlite();
    const db = drizzle({ client, schema });
    return {
      db: db as unknown as Database,
      driver: "pglite",
      description,
      migrate: () => migrate(db, migrationsConfig()),
      close: () => client.close(),
    };
  }

  if (config.driver === "pg") {
    const { Pool } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    // JIT compiles a plan when its estimated cost is high, which takes ~100 ms: ten times what
    // the app's short queries take to run. Off for every connection, as for any OLTP workload.
    const pool = new Pool({ connectionString: config.url, max: poolSize(), options: "-c jit=off" });
    // An idle client that loses its server must not crash the process.
    pool.on("error", (error) => console.error("[db] idle PostgreSQL client error:", error.message));
    const db = drizzle({ client: pool, schema });
    return {
      db: db as unknown as Database,
      driver: "pg",
      description,
      migrate: () => migrate(db, migrationsConfig()),
      close: () => pool.end(),
    };
  }

  const { Pool, neonConfig } = await import("@neondatabase/serverless");
  const { drizzle } = await import("drizzle-orm/neon-serverless");
  const { migrate } = await import("drizzle-orm/neon-serverless/migrator");
  const { default: ws } = await import("ws");
  // Node 20 has no global WebSocket; Neon's Pool speaks the PostgreSQL protocol over one.
  neonConfig.webSocketConstructor = ws;
  applyLocalNeonProxy(neonConfig);
  const pool = new Pool({ connectionString: config.url, max: poolSize() });
  pool.on("error", (error: Error) => console.error("[db] idle Neon client error:", error.message));
  // As for node-postgres above; Neon's proxy takes no startup options, so it is a statement.
  pool.on("connect", (client: { query(text: string): Promise<unknown> }) => {
    client.query("SET jit = off").catch(() => {});
  });
  const db = drizzle({ client: pool, schema });
  return {
    db: db as unknown as Database,
    driver: "neon",
    description,
    migrate: () => migrate(db, migrationsConfig()),
    close: () => pool.end(),
  };
}

/**
 * `NEON_LOCAL_WS_PROXY=127.0.0.1:PORT` routes Neon's WebSocket through a relay in front of a
 * plain PostgreSQL (see db/testing/ws-relay.ts). Only for testing the Neon branch here: real
 * Neon endpoints need none of this.
 */
function applyLocalNeonProxy(neonConfig: NeonConfig) {
  const proxy = process.env.NEON_LOCAL_WS_PROXY;
  if (!proxy) return;
  neonConfig.wsProxy = (host, port) => `${proxy}/v1?address=${host}:${port}`;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineTLS = false;
  neonConfig.pipelineConnect = false;
  neonConfig.forceDisablePgSSL = true;
}

function poolSize(): number {
  const size = Number(process.env.DATABASE_POOL_SIZE ?? "10");
  return Number.isInteger(size) && size > 0 ? size : 10;
}

function reason(cause: unknown): string {
  if (cause instanceof AggregateError && cause.errors.length > 0) return reason(cause.errors[0]);
  if (cause instanceof Error) {
    const code = (cause as { code?: string }).code;
    return code && !cause.message.includes(code) ? `${cause.message} (${code})` : cause.message || String(code);
  }
  return String(cause);
}
