import "server-only";
import { sql } from "drizzle-orm";
import type { Viewer } from "../../app/lib/auth/roles";
import type { Database } from "../client";
import { getDb } from "../index";
import { queryRows } from "../rows";
import { assertRole } from "./access";

/**
 * Runs waiting for review on one module's leaderboard: faculty see those of their own
 * university's students, admins all. The decision itself is `reviewRaceRun` (db/races/review.ts).
 */

export interface FlaggedRun {
  runId: number;
  name: string;
  team: string | null;
  university: string;
  timeSeconds: number | null;
  masteryScore: number | null;
  finishedAt: string | null;
  /** Why the run was kept off the board, in words. */
  reasons: string[];
}

/** Oldest first (they have waited longest); at most `limit`, with the full count. */
export async function listFlaggedRuns(
  viewer: Viewer | null,
  moduleId: number,
  options: { db?: Database; limit?: number } = {},
): Promise<{ runs: FlaggedRun[]; total: number }> {
  assertRole(viewer, ["faculty", "admin"]);
  if (viewer.role === "faculty" && viewer.universityId === null) return { runs: [], total: 0 };
  const db = options.db ?? (await getDb());
  const scope = viewer.role === "faculty" ? sql`AND s.university_id = ${viewer.universityId}` : sql``;
  const rows = await queryRows<{
    id: number;
    name: string;
    team: string | null;
    university: string;
    time_seconds: number | null;
    mastery: number | string | null;
    finished_epoch: number | string | null;
    flag_reasons: unknown;
    total: number;
  }>(
    db,
    sql`SELECT r.id, s.name, t.name AS team, u.short_name AS university, r.time_seconds, r.mastery_score::float8 AS mastery,
        EXTRACT(EPOCH FROM r.finished_at)::float8 AS finished_epoch, r.flag_reasons, COUNT(*) OVER ()::int AS total
      FROM race_runs r JOIN students s ON s.id = r.student_id JOIN universities u ON u.id = s.university_id
        LEFT JOIN teams t ON t.id = s.team_id
      WHERE r.module_id = ${moduleId} AND r.board_status = 'flagged' ${scope}
      ORDER BY r.finished_at NULLS LAST, r.id
      LIMIT ${Math.max(1, options.limit ?? 50)}`,
  );
  return {
    runs: rows.map((r) => ({
      runId: r.id,
      name: r.name,
      team: r.team,
      university: r.university,
      timeSeconds: r.time_seconds,
      masteryScore: r.mastery === null ? null : Number(r.mastery),
      finishedAt: r.finished_epoch === null ? null : new Date(Math.round(Number(r.finished_epoch) * 1000)).toISOString(),
      reasons: Array.isArray(r.flag_reasons) ? r.flag_reasons.filter((x): x is string => typeof x === "string") : [],
    })),
    total: rows[0]?.total ?? 0,
  };
}
