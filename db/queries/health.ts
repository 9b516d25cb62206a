import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrationsFolder } from "../client";
import { getDatabase } from "../index";
import type { Driver } from "../config";
import { queryRows } from "../rows";

export interface HealthReport {
  ok: boolean;
  database: { reachable: boolean; driver: Driver | null; error?: string };
  migrations: { expected: number; applied: number; pending: number; latest: string | null };
}

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

export async function getHealth(): Promise<HealthReport> {
  const journal = await readJournal();
  const expected = journal.entries.length;
  const latestTag = journal.entries.at(-1)?.tag ?? null;
  try {
    const handle = await getDatabase();
    const applied = await appliedMigrationTimes(handle.db);
    const pending = journal.entries.filter((e) => !applied.has(e.when)).length;
    return {
      ok: pending === 0,
      database: { reachable: true, driver: handle.driver },
      migrations: { expected, applied: applied.size, pending, latest: pending === 0 ? latestTag : null },
    };
  } catch (error) {
    console.error("[health] database check failed:", error);
    return {
      ok: false,
      // The message names the failing variable, never the connection string.
      database: { reachable: false, driver: null, error: error instanceof Error ? error.name : "Error" },
      migrations: { expected, applied: 0, pending: expected, latest: null },
    };
  }
}

async function readJournal(): Promise<Journal> {
  const file = path.join(migrationsFolder(), "meta", "_journal.json");
  return JSON.parse(await readFile(file, "utf8")) as Journal;
}

async function appliedMigrationTimes(db: Awaited<ReturnType<typeof getDatabase>>["db"]): Promise<Set<number>> {
  const [exists] = await queryRows<{ present: boolean }>(
    db,
    sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`,
  );
  if (!exists?.present) return new Set();
  const rows = await queryRows<{ created_at: string | number }>(
    db,
    sql`SELECT created_at FROM drizzle.__drizzle_migrations`,
  );
  return new Set(rows.map((r) => Number(r.created_at)));
}
