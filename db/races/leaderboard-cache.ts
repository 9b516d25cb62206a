import { sql } from "drizzle-orm";
import {
  LEADERBOARD_CACHE_SIZE,
  type CachedLeaderboardEntry,
  type RaceLeaderboardCache,
} from "../../app/lib/domain/race-data";
import { compareLeaderboardEntries, type Medal } from "../../app/lib/domain/races";
import type { Executor } from "../client";
import { queryRows } from "../rows";

/**
 * `race_metadata.leaderboard_data`: each student's best listed run of a module, fastest first,
 * ties to the earlier finish (then the attempt id, so the order is total), plus counts. It is
 * rewritten in the transaction that changes a run's standing (a finish, a review) and read as is
 * by the pages: the leaderboard is never recomputed from all runs per page view.
 */

interface EntryRow {
  run_id: number;
  attempt_id: number;
  student_id: string;
  time_seconds: number;
  mastery: number | string;
  medal: Medal | null;
  finished_at: string;
}

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * Each student's best listed run, in leaderboard order, at most LEADERBOARD_CACHE_SIZE. Walks
 * the board index (module, listed, time, finish) in order and keeps a student's first run — their
 * best — so it reads a few dozen rows however many runs the module has, instead of sorting them
 * all per student. A batch full of repeat runs by the same students moves on from the last row.
 */
async function topEntries(db: Executor, moduleId: number): Promise<EntryRow[]> {
  const batch = 4 * LEADERBOARD_CACHE_SIZE;
  const seen = new Set<string>();
  const top: EntryRow[] = [];
  let after: EntryRow | null = null;
  for (;;) {
    const rows: EntryRow[] = await queryRows<EntryRow>(
      db,
      sql`SELECT id AS run_id, attempt_id, student_id, time_seconds, mastery_score::float8 AS mastery, medal,
          to_char(finished_at, ${sql.raw(ISO)}) AS finished_at
        FROM race_runs
        WHERE module_id = ${moduleId} AND board_status = 'listed'
          ${after ? sql`AND (time_seconds, finished_at, attempt_id) > (${after.time_seconds}, ${after.finished_at}::timestamp, ${after.attempt_id})` : sql``}
        ORDER BY time_seconds, finished_at, attempt_id
        LIMIT ${batch}`,
    );
    for (const row of rows) {
      if (seen.has(row.student_id)) continue;
      seen.add(row.student_id);
      top.push(row);
      if (top.length === LEADERBOARD_CACHE_SIZE) return top;
    }
    if (rows.length < batch) return top;
    after = rows.at(-1)!;
  }
}

/** What the cache holds for a module, computed from `race_runs` now (no lock, nothing written). */
export async function computeLeaderboardCache(db: Executor, moduleId: number): Promise<Omit<RaceLeaderboardCache, "updatedAt">> {
  const rows = await topEntries(db, moduleId);
  // One pass over the module's runs for all three counts. A run is finished exactly when it has
  // a board status other than `pending` (the finish sets both), which the board index holds.
  const [counts] = await queryRows<{ finished: number; flagged: number; listed_students: number }>(
    db,
    sql`SELECT COUNT(*) FILTER (WHERE board_status <> 'pending')::int AS finished,
        COUNT(*) FILTER (WHERE board_status = 'flagged')::int AS flagged,
        COUNT(DISTINCT student_id) FILTER (WHERE board_status = 'listed')::int AS listed_students
      FROM race_runs WHERE module_id = ${moduleId}`,
  );
  const top: CachedLeaderboardEntry[] = rows
    .map((r) => ({ ...r, attemptId: r.attempt_id, timeSeconds: r.time_seconds, finishedAt: r.finished_at }))
    .sort(compareLeaderboardEntries)
    .map((r) => ({
      runId: r.run_id,
      studentId: r.student_id,
      timeSeconds: r.time_seconds,
      masteryScore: Number(r.mastery),
      medal: r.medal,
      finishedAt: r.finished_at,
    }));
  return {
    top,
    counts: { finished: counts?.finished ?? 0, listedStudents: counts?.listed_students ?? 0, flagged: counts?.flagged ?? 0 },
  };
}

/**
 * Rewrites a module's cached leaderboard. The caller holds the transaction and has already
 * written the run whose standing changed. The race_metadata row is created if missing and
 * locked before reading the runs: concurrent finishes of one module queue here, and each one
 * reads the runs only once the previous writer has committed (READ COMMITTED takes a fresh
 * snapshot per statement), so the last writer's cache always includes every committed run.
 */
export async function refreshLeaderboardCache(tx: Executor, moduleId: number): Promise<RaceLeaderboardCache> {
  await tx.execute(sql`INSERT INTO race_metadata (module_id) VALUES (${moduleId}) ON CONFLICT (module_id) DO NOTHING`);
  const [locked] = await queryRows<{ race_id: number; now: string }>(
    tx,
    sql`SELECT race_id, to_char(LOCALTIMESTAMP, ${sql.raw(ISO)}) AS now FROM race_metadata WHERE module_id = ${moduleId} FOR UPDATE`,
  );
  if (!locked) throw new Error(`race_metadata for module ${moduleId} vanished while refreshing its leaderboard`);
  const cache: RaceLeaderboardCache = { ...(await computeLeaderboardCache(tx, moduleId)), updatedAt: locked.now };
  await tx.execute(
    sql`UPDATE race_metadata SET leaderboard_data = ${JSON.stringify(cache)}::jsonb, updated_at = CURRENT_TIMESTAMP WHERE race_id = ${locked.race_id}`,
  );
  return cache;
}

/** The cached leaderboard as stored; null before the module's first finished race. */
export async function readLeaderboardCache(db: Executor, moduleId: number): Promise<RaceLeaderboardCache | null> {
  const [row] = await queryRows<{ leaderboard_data: RaceLeaderboardCache | null }>(
    db,
    sql`SELECT leaderboard_data FROM race_metadata WHERE module_id = ${moduleId}`,
  );
  return row?.leaderboard_data ?? null;
}
