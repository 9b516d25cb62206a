import { sql, type SQL } from "drizzle-orm";
import type { CompetencyLevel, Subsystem } from "../../app/lib/domain/vocabulary";
import type { Executor } from "../client";
import { queryRows } from "../rows";
import { cohortValue, type LeaderboardFilters, type LeaderboardWindow } from "./leaderboard-params";

export * from "./leaderboard-params";

/**
 * The SQL the leaderboard's filters become, and the choices the filter form offers. The filters
 * themselves are plain data in leaderboard-params.ts (re-exported here).
 */

/**
 * Where a time window starts, as an ISO instant (UTC, as the database stores times), or null for
 * all time. "This week" is the last seven days, so it never empties on a Monday morning; "this
 * semester" starts with the latest semester that has begun, a semester starting when its first
 * team was created (as the cohort review counts semester weeks).
 */
export async function windowStart(db: Executor, window: LeaderboardWindow, now: Date): Promise<string | null> {
  if (window === "all") return null;
  if (window === "week") return new Date(now.getTime() - 7 * 86_400_000).toISOString();
  const [row] = await queryRows<{ start_epoch: number | string | null }>(
    db,
    sql`SELECT EXTRACT(EPOCH FROM MAX(start))::float8 AS start_epoch FROM (
        SELECT MIN(created_at) AS start FROM teams GROUP BY semester
      ) s WHERE start <= ${now.toISOString()}::timestamp`,
  );
  const epoch = row?.start_epoch;
  // No semester has begun (no teams yet): the semester is everything recorded so far.
  return epoch === null || epoch === undefined ? null : new Date(Math.round(Number(epoch) * 1000)).toISOString();
}

/**
 * The WHERE conditions on `race_runs r` joined to `students s` (and, with a level filter, to
 * `subsystem_competency c` on the module's subsystem) for the filters other than the window's
 * start, which the caller has resolved.
 */
export function filterConditions(filters: LeaderboardFilters, since: string | null): SQL[] {
  const conditions: SQL[] = [];
  if (filters.cohort) conditions.push(sql`s.university_id = ${filters.cohort.universityId} AND s.semester = ${filters.cohort.semester}`);
  if (filters.teamId !== null) conditions.push(sql`s.team_id = ${filters.teamId}`);
  if (filters.universityId !== null) conditions.push(sql`s.university_id = ${filters.universityId}`);
  if (filters.semester !== null) conditions.push(sql`s.semester = ${filters.semester}`);
  if (since !== null) conditions.push(sql`r.finished_at >= ${since}::timestamp`);
  if (filters.level === "none") conditions.push(sql`c.competency_level IS NULL`);
  else if (filters.level !== null) conditions.push(sql`c.competency_level = ${filters.level satisfies CompetencyLevel}`);
  return conditions;
}

/** The joins `filterConditions` needs: students always, the competency row only for a level filter. */
export function filterJoins(filters: LeaderboardFilters, subsystem: Subsystem): SQL {
  return filters.level === null
    ? sql`JOIN students s ON s.id = r.student_id`
    : sql`JOIN students s ON s.id = r.student_id
        LEFT JOIN subsystem_competency c ON c.student_id = r.student_id AND c.subsystem = ${subsystem}`;
}

export interface LeaderboardFilterOptions {
  cohorts: { value: string; label: string }[];
  teams: { id: number; label: string }[];
  universities: { id: number; shortName: string; name: string }[];
  semesters: string[];
}

/**
 * What the filter form offers. Every viewer sees every university's board (names are hidden
 * per row), so the choices are the same for all. Semesters newest first, by when their first
 * student was added.
 */
export async function readFilterOptions(db: Executor): Promise<LeaderboardFilterOptions> {
  const [universities, cohorts, teams] = [
    await queryRows<{ id: number; short_name: string; name: string }>(db, sql`SELECT id, short_name, name FROM universities ORDER BY id`),
    await queryRows<{ university_id: number; short_name: string; semester: string }>(
      db,
      sql`SELECT s.university_id, u.short_name, s.semester FROM (
          SELECT university_id, semester, MIN(created_at) AS since FROM students GROUP BY university_id, semester
        ) s JOIN universities u ON u.id = s.university_id
        ORDER BY s.since DESC, s.university_id`,
    ),
    await queryRows<{ id: number; name: string; semester: string; short_name: string }>(
      db,
      sql`SELECT t.id, t.name, t.semester, u.short_name FROM teams t JOIN universities u ON u.id = t.university_id
        ORDER BY t.created_at DESC, u.id, t.name, t.id`,
    ),
  ];
  return {
    cohorts: cohorts.map((c) => ({ value: cohortValue({ universityId: c.university_id, semester: c.semester }), label: `${c.short_name} · ${c.semester}` })),
    teams: teams.map((t) => ({ id: t.id, label: `${t.name} (${t.short_name}, ${t.semester})` })),
    universities: universities.map((u) => ({ id: u.id, shortName: u.short_name, name: u.name })),
    semesters: [...new Set(cohorts.map((c) => c.semester))],
  };
}
