import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { canViewUniversity, type Role, type Viewer } from "../../app/lib/auth/roles";
import { COMPETENCY_RULES } from "../../app/lib/domain/competency";
import { COMPETENCY_LEVELS, SUBSYSTEMS, type Subsystem } from "../../app/lib/domain/vocabulary";
import type { Executor } from "../client";
import { getDb } from "../index";
import { queryRows } from "../rows";
import { AccessDenied, assertRole } from "./access";
import { BENCH_LEVEL, COHORT_LEVELS, levelOfRank, levelRank, type CohortLevel } from "./cohort-levels";

/**
 * The faculty cohort review (`/cohorts`): which cohorts a viewer may pick, a cohort's levels
 * per subsystem (heat-map counts, the distribution chart, bench depth) and modules mastered
 * over the semester against the previous semester's cohort. A cohort is a team.
 *
 * Every read starts from the team's students (`students.team_id` is indexed) and reaches
 * `learner_performance` and `subsystem_competency` through their student-id indexes, so a
 * cohort costs the same whatever else the database holds.
 *
 * Access: faculty and admins only. Faculty read their own university's teams; another
 * university's team throws AccessDenied (the page and the CSV route answer 404).
 */

export const COHORT_ROLES: readonly Role[] = ["faculty", "admin"];

export interface CohortChoice {
  teamId: number;
  team: string;
  semester: string;
  universityId: number;
  university: string;
  universityShort: string;
  students: number;
}

export interface Cohort extends CohortChoice {
  subsystemFocus: Subsystem | null;
  /** `YYYY-MM-DD` the team was created. */
  createdAt: string;
}

export interface SubsystemLevels {
  subsystem: Subsystem;
  /** Students per level; "none" counts students with no recorded level. Sums to the cohort's size. */
  counts: Record<CohortLevel, number>;
  /** Students at competency or above: the subsystem's bench. */
  bench: number;
  /** The one student on the bench when there is exactly one, to name them; otherwise null. */
  onlyStudent: { id: string; name: string } | null;
}

export interface MasteryWeek {
  /** 1 for the semester's first seven days. */
  week: number;
  /** `YYYY-MM-DD` of the week's first day. */
  weekStart: string;
  newlyMastered: number;
  masteredTotal: number;
}

export interface MasteryCurve {
  /** `YYYY-MM-DD`: the earliest of the teams' creation and their students' first attempt. */
  start: string;
  students: number;
  /** Weeks 1 … the week of the latest attempt (none before any attempt). */
  weeks: MasteryWeek[];
}

export interface MasteryComparison {
  cohort: MasteryCurve;
  /** The same university's cohort of the previous semester, or null when there is none. */
  previous: (MasteryCurve & { semester: string; teams: string[] }) | null;
}

/** Rank of a `subsystem_competency.competency_level` value in SQL, as levelRank in TypeScript. */
export function levelRankSql(column: SQL): SQL {
  const cases = COMPETENCY_LEVELS.map((level) => sql`WHEN ${level} THEN ${levelRank(level)}`);
  return sql`(CASE ${column} ${sql.join(cases, sql` `)} ELSE 0 END)`;
}

export const idList = (ids: readonly (number | string)[]): SQL =>
  sql.join(ids.length > 0 ? ids.map((id) => sql`${id}`) : [sql`NULL`], sql`, `);

/** The column holding a student's level rank in one subsystem (`r_power`); names come from SUBSYSTEMS only. */
export const levelColumn = (subsystem: Subsystem): SQL => sql.raw(`r_${subsystem}`);

/**
 * One row per student of the CTE `s` that has any recorded level: `student_id` and the rank
 * in each subsystem (`r_<subsystem>`, null where no row). Callers coalesce the nulls to 0.
 */
export function levelsByStudentSql(): SQL {
  const rank = levelRankSql(sql`c.competency_level`);
  return sql`SELECT c.student_id, ${sql.join(
    SUBSYSTEMS.map((sub) => sql`max(${rank}) FILTER (WHERE c.subsystem = ${sub}) AS ${levelColumn(sub)}`),
    sql`, `,
  )}
    FROM subsystem_competency c WHERE c.student_id IN (SELECT id FROM s) GROUP BY c.student_id`;
}

interface TeamRow {
  team_id: number;
  team: string;
  semester: string;
  university_id: number;
  university: string;
  university_short: string;
  students: number;
  subsystem_focus: Subsystem | null;
  created_at: string;
}

const teamSelect = sql`SELECT t.id AS team_id, t.name AS team, t.semester, t.university_id, u.name AS university,
    u.short_name AS university_short, (SELECT count(*)::int FROM students s WHERE s.team_id = t.id) AS students,
    t.subsystem_focus, to_char(t.created_at, 'YYYY-MM-DD') AS created_at
  FROM teams t JOIN universities u ON u.id = t.university_id`;

function toCohort(row: TeamRow): Cohort {
  return {
    teamId: row.team_id,
    team: row.team,
    semester: row.semester,
    universityId: row.university_id,
    university: row.university,
    universityShort: row.university_short,
    students: row.students,
    subsystemFocus: row.subsystem_focus,
    createdAt: row.created_at,
  };
}

/**
 * The team as a cohort the viewer may review: null when no such team exists, AccessDenied for
 * a student or for faculty of another university. Every cohort read goes through here.
 */
export async function getCohort(viewer: Viewer | null, teamId: number, db?: Executor): Promise<Cohort | null> {
  assertRole(viewer, COHORT_ROLES);
  const database = db ?? (await getDb());
  const [row] = await queryRows<TeamRow>(database, sql`${teamSelect} WHERE t.id = ${teamId}`);
  if (!row) return null;
  if (!canViewUniversity(viewer, row.university_id)) throw new AccessDenied();
  return toCohort(row);
}

/** The cohorts the viewer may pick: their university's teams (admins: every team), newest first per university. */
export async function listCohortChoices(viewer: Viewer | null, db?: Executor): Promise<CohortChoice[]> {
  assertRole(viewer, COHORT_ROLES);
  const database = db ?? (await getDb());
  const scope = viewer.role === "admin" ? sql`` : sql`WHERE t.university_id = ${viewer.universityId ?? -1}`;
  const rows = await queryRows<TeamRow>(database, sql`${teamSelect} ${scope} ORDER BY u.name, t.created_at DESC, t.id DESC`);
  return rows.map((row) => {
    const { subsystemFocus: _focus, createdAt: _created, ...choice } = toCohort(row);
    return choice;
  });
}

/**
 * The cohort shown when none is picked: the most recent team of the viewer's university (for
 * admins, of any university, the first university breaking a tie); null when there is none.
 */
export async function defaultCohortTeamId(viewer: Viewer | null, db?: Executor): Promise<number | null> {
  assertRole(viewer, COHORT_ROLES);
  const database = db ?? (await getDb());
  const scope = viewer.role === "admin" ? sql`` : sql`WHERE university_id = ${viewer.universityId ?? -1}`;
  const [row] = await queryRows<{ id: number }>(
    database,
    sql`SELECT id FROM teams ${scope} ORDER BY created_at DESC, university_id, id LIMIT 1`,
  );
  return row?.id ?? null;
}

/**
 * Per subsystem, how many of the cohort's students are at each level, and the bench: those at
 * competency or above. One pass over the students × the seven subsystems, each looked up
 * through the (student_id, subsystem) unique index.
 */
export async function getCohortLevels(viewer: Viewer | null, teamId: number, db?: Executor): Promise<SubsystemLevels[] | null> {
  const database = db ?? (await getDb());
  const cohort = await getCohort(viewer, teamId, database);
  if (!cohort) return null;
  const rank = levelRankSql(sql`c.competency_level`);
  const bench = levelRank(BENCH_LEVEL);
  const rows = await queryRows<{ subsystem: Subsystem; counts: Record<string, number>; bench: number; only_id: string | null; only_name: string | null }>(
    database,
    sql`WITH s AS (SELECT id, name FROM students WHERE team_id = ${teamId}),
      cells AS (
        SELECT sub.subsystem, s.id, s.name, ${rank} AS rank
        FROM s CROSS JOIN unnest(ARRAY[${idList(SUBSYSTEMS)}]::text[]) AS sub(subsystem)
        LEFT JOIN subsystem_competency c ON c.student_id = s.id AND c.subsystem = sub.subsystem
      )
      SELECT subsystem,
        json_build_object(${sql.join(
          COHORT_LEVELS.map((level) => sql`${level}::text, count(*) FILTER (WHERE rank = ${levelRank(level)})`),
          sql`, `,
        )}) AS counts,
        count(*) FILTER (WHERE rank >= ${bench})::int AS bench,
        min(id) FILTER (WHERE rank >= ${bench}) AS only_id,
        min(name) FILTER (WHERE rank >= ${bench}) AS only_name
      FROM cells GROUP BY subsystem`,
  );
  const bySubsystem = new Map(rows.map((r) => [r.subsystem, r]));
  return SUBSYSTEMS.map((subsystem): SubsystemLevels => {
    const row = bySubsystem.get(subsystem);
    const counts = Object.fromEntries(COHORT_LEVELS.map((level) => [level, Number(row?.counts[level] ?? 0)])) as Record<CohortLevel, number>;
    const benchCount = row?.bench ?? 0;
    return {
      subsystem,
      counts,
      bench: benchCount,
      onlyStudent: benchCount === 1 && row?.only_id && row.only_name ? { id: row.only_id, name: row.only_name } : null,
    };
  });
}

export const HEAT_MAP_PAGE_SIZE = 50;

export type HeatMapSort = "name" | Subsystem;

export interface HeatMapRow {
  id: string;
  name: string;
  levels: Record<Subsystem, CohortLevel>;
}

export interface HeatMapPage {
  rows: HeatMapRow[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * The heat map's rows: each student's level in the seven subsystems, sorted by name or by the
 * level in one subsystem (ties by name), HEAT_MAP_PAGE_SIZE at a time.
 */
export async function listHeatMap(
  viewer: Viewer | null,
  teamId: number,
  view: { sort: HeatMapSort; desc: boolean; page: number },
  db?: Executor,
): Promise<HeatMapPage | null> {
  const database = db ?? (await getDb());
  const cohort = await getCohort(viewer, teamId, database);
  if (!cohort) return null;
  const pageCount = Math.max(1, Math.ceil(cohort.students / HEAT_MAP_PAGE_SIZE));
  const page = Math.min(Math.max(1, view.page), pageCount);
  const key = view.sort === "name" ? sql`s.name` : sql`coalesce(lv.${levelColumn(view.sort)}, 0)`;
  const rows = await queryRows<{ id: string; name: string; [rank: `r_${string}`]: number | null }>(
    database,
    sql`WITH s AS (SELECT id, name FROM students WHERE team_id = ${teamId}), lv AS (${levelsByStudentSql()})
      SELECT s.id, s.name, ${sql.join(SUBSYSTEMS.map((sub) => sql`lv.${levelColumn(sub)}`), sql`, `)}
      FROM s LEFT JOIN lv ON lv.student_id = s.id
      ORDER BY ${key} ${view.desc ? sql`DESC` : sql`ASC`}, s.name, s.id
      LIMIT ${HEAT_MAP_PAGE_SIZE} OFFSET ${(page - 1) * HEAT_MAP_PAGE_SIZE}`,
  );
  return {
    total: cohort.students,
    page,
    pageCount,
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      levels: Object.fromEntries(SUBSYSTEMS.map((sub) => [sub, levelOfRank(r[`r_${sub}`])])) as Record<Subsystem, CohortLevel>,
    })),
  };
}

/**
 * Modules mastered over the semester, cumulative per week of the semester: a module counts
 * for a student in the week of their first completed attempt at the mastery threshold. The
 * comparison is the same university's cohort of the previous semester (its teams together),
 * on the same week scale from its own start; races will bring ghost cohorts later.
 */
export async function getMasteryComparison(viewer: Viewer | null, teamId: number, db?: Executor): Promise<MasteryComparison | null> {
  const database = db ?? (await getDb());
  const cohort = await getCohort(viewer, teamId, database);
  if (!cohort) return null;
  const previousTeams = await queryRows<{ id: number; name: string; semester: string }>(
    database,
    sql`WITH this AS (SELECT id, university_id, semester, created_at FROM teams WHERE id = ${teamId}),
      earlier AS (
        SELECT t.semester FROM teams t, this
        WHERE t.university_id = this.university_id AND t.semester <> this.semester AND t.created_at < this.created_at
        ORDER BY t.created_at DESC, t.id DESC LIMIT 1
      )
      SELECT t.id, t.name, t.semester FROM teams t, this, earlier
      WHERE t.university_id = this.university_id AND t.semester = earlier.semester
      ORDER BY t.name, t.id`,
  );
  const [current, previous] = await Promise.all([
    readCurve(database, [teamId]),
    previousTeams.length > 0 ? readCurve(database, previousTeams.map((t) => t.id)) : Promise.resolve(null),
  ]);
  return {
    cohort: current,
    previous: previous ? { ...previous, semester: previousTeams[0]!.semester, teams: previousTeams.map((t) => t.name) } : null,
  };
}

const WEEK_SECONDS = 7 * 24 * 3600;

async function readCurve(db: Executor, teamIds: number[]): Promise<MasteryCurve> {
  const teams = idList(teamIds);
  const weekOf = (at: SQL) => sql`(floor(extract(epoch FROM ${at} - start.at) / ${WEEK_SECONDS}) + 1)::int`;
  const [row] = await queryRows<{ start: string; students: number; last_week: number | null; weeks: { week: number; n: number }[] }>(
    db,
    sql`WITH s AS (SELECT id FROM students WHERE team_id IN (${teams})),
      lp AS (
        SELECT student_id, module_id, "timestamp" AS ts,
          coalesce(completed AND mastery_score >= ${COMPETENCY_RULES.masteryThreshold}, false) AS mastered
        FROM learner_performance WHERE student_id IN (SELECT id FROM s) AND "timestamp" IS NOT NULL
      ),
      start AS (SELECT least((SELECT min(created_at) FROM teams WHERE id IN (${teams})), (SELECT min(ts) FROM lp)) AS at),
      firsts AS (SELECT min(ts) AS at FROM lp WHERE mastered GROUP BY student_id, module_id),
      weeks AS (SELECT ${weekOf(sql`f.at`)} AS week, count(*)::int AS n FROM firsts f CROSS JOIN start GROUP BY 1)
      SELECT to_char(start.at, 'YYYY-MM-DD') AS start,
        (SELECT count(*)::int FROM s) AS students,
        (SELECT ${weekOf(sql`max(ts)`)} FROM lp) AS last_week,
        coalesce((SELECT json_agg(json_build_object('week', week, 'n', n) ORDER BY week) FROM weeks), '[]'::json) AS weeks
      FROM start`,
  );
  const start = row?.start ?? new Date().toISOString().slice(0, 10);
  return { start, students: row?.students ?? 0, weeks: cumulativeWeeks(start, row?.last_week ?? 0, row?.weeks ?? []) };
}

/** Every week from 1 to `lastWeek` (and past it if a mastery falls later), with running totals. */
export function cumulativeWeeks(start: string, lastWeek: number, perWeek: readonly { week: number; n: number }[]): MasteryWeek[] {
  const newly = new Map(perWeek.map((w) => [w.week, Number(w.n)]));
  const end = Math.max(lastWeek, ...perWeek.map((w) => w.week), 0);
  const startMs = Date.parse(`${start}T00:00:00Z`);
  const weeks: MasteryWeek[] = [];
  let total = 0;
  for (let week = 1; week <= end; week++) {
    const n = newly.get(week) ?? 0;
    total += n;
    weeks.push({
      week,
      weekStart: new Date(startMs + (week - 1) * WEEK_SECONDS * 1000).toISOString().slice(0, 10),
      newlyMastered: n,
      masteredTotal: total,
    });
  }
  return weeks;
}
