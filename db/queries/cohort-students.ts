import "server-only";
import { stringify } from "csv-stringify/sync";
import { sql, type SQL } from "drizzle-orm";
import type { Viewer } from "../../app/lib/auth/roles";
import { COMPETENCY_RULES } from "../../app/lib/domain/competency";
import { SUBSYSTEM_LABELS, SUBSYSTEMS, type Subsystem } from "../../app/lib/domain/vocabulary";
import type { Executor } from "../client";
import { getDb } from "../index";
import { queryRows } from "../rows";
import { csvSafe } from "./cadence-tables";
import { COHORT_LEVELS, levelOfRank, levelRank, type CohortLevel } from "./cohort-levels";
import type { CohortStudentFilters, CohortStudentQuery, FallingBehindRule, StudentSortId } from "./cohort-query";
import { idList, levelColumn as col, levelsByStudentSql, getCohort } from "./cohorts";

/**
 * The cohort's students, one row each with their figures, filtered, sorted and paged in SQL;
 * who is falling behind and why; the same rows as CSV.
 *
 * Falling behind means either
 * - no activity for `quietDays` whole days before "now" (activity: the latest
 *   `learner_performance` timestamp or `module_attempts.last_activity_at`; a student with
 *   none counts from the day their record was created), or
 * - on some module, the two latest finished attempts both scored under the mastery threshold
 *   (so nothing was mastered since them). Unfinished attempts are no verdict and are skipped.
 *   One hash aggregate per student and module finds the candidates (two failures or more, the
 *   latest after any mastery); only for those are the two latest finished attempts read,
 *   through the (student_id, module_id, attempt_number) index.
 */

const THRESHOLD = COMPETENCY_RULES.masteryThreshold;
const isoOf = (column: SQL) => sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** The cohort's students with every figure the review filters and sorts on, as `flagged`. */
function cohortCte(teamId: number, rule: FallingBehindRule): SQL {
  const now = (rule.now ?? new Date()).toISOString();
  return sql`WITH s AS (
      SELECT s.id, s.name, s.created_at, t.name AS team FROM students s JOIN teams t ON t.id = s.team_id WHERE s.team_id = ${teamId}
    ),
    per_module AS (
      SELECT student_id, module_id,
        bool_or(completed AND mastery_score >= ${THRESHOLD}) AS mastered,
        max("timestamp") FILTER (WHERE completed AND mastery_score >= ${THRESHOLD}) AS mastered_at,
        max("timestamp") FILTER (WHERE completed AND coalesce(mastery_score, 0) < ${THRESHOLD}) AS failed_at,
        count(*) FILTER (WHERE completed AND coalesce(mastery_score, 0) < ${THRESHOLD})::int AS failed,
        sum(mastery_score) FILTER (WHERE completed) AS score_sum,
        count(mastery_score) FILTER (WHERE completed)::int AS scored,
        max("timestamp") AS last_at
      FROM learner_performance WHERE student_id IN (SELECT id FROM s) GROUP BY student_id, module_id
    ),
    perf AS (
      SELECT student_id, count(*) FILTER (WHERE mastered)::int AS mastered,
        round(sum(score_sum) / nullif(sum(scored), 0), 1)::float8 AS mean, max(last_at) AS last_at
      FROM per_module GROUP BY student_id
    ),
    att AS (
      SELECT student_id, max(last_activity_at) AS last_at FROM module_attempts WHERE student_id IN (SELECT id FROM s) GROUP BY student_id
    ),
    lv AS (${levelsByStudentSql()}),
    stuck AS (
      SELECT pm.student_id, pm.module_id, last_two.scores, last_two.last_at
      FROM per_module pm
      CROSS JOIN LATERAL (
        SELECT array_agg(score ORDER BY ts) AS scores, max(ts) AS last_at, bool_and(score < ${THRESHOLD}) AS failed, count(*) AS n
        FROM (
          SELECT coalesce(lp.mastery_score, 0)::float8 AS score, lp."timestamp" AS ts FROM learner_performance lp
          WHERE lp.student_id = pm.student_id AND lp.module_id = pm.module_id AND lp.completed
          ORDER BY lp."timestamp" DESC NULLS LAST, lp.attempt_number DESC NULLS LAST, lp.log_id DESC LIMIT 2
        ) latest
      ) last_two
      WHERE pm.failed >= 2 AND pm.failed_at > coalesce(pm.mastered_at, '-infinity'::timestamp)
        AND last_two.n = 2 AND last_two.failed
    ),
    stuck_count AS (SELECT student_id, count(*)::int AS n FROM stuck GROUP BY student_id),
    base AS (
      SELECT s.id, s.name, s.team, s.created_at, coalesce(perf.mastered, 0) AS mastered, perf.mean,
        greatest(perf.last_at, att.last_at) AS last_at,
        ${sql.join(SUBSYSTEMS.map((sub) => sql`coalesce(lv.${col(sub)}, 0) AS ${col(sub)}`), sql`, `)},
        coalesce(stuck_count.n, 0) AS stuck,
        floor(extract(epoch FROM ${now}::timestamp - coalesce(greatest(perf.last_at, att.last_at), s.created_at)) / 86400)::int AS quiet_days
      FROM s
      LEFT JOIN perf ON perf.student_id = s.id
      LEFT JOIN att ON att.student_id = s.id
      LEFT JOIN lv ON lv.student_id = s.id
      LEFT JOIN stuck_count ON stuck_count.student_id = s.id
    ),
    flagged AS (SELECT base.*, (quiet_days >= ${rule.quietDays} OR stuck > 0) AS behind FROM base)`;
}

/** `%` and `_` in a search are literal characters, not patterns. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditions(filters: CohortStudentFilters, skip: { levels?: boolean; behind?: boolean } = {}): SQL[] {
  const where: SQL[] = [];
  if (filters.q) where.push(sql`name ILIKE ${likePattern(filters.q)}`);
  if (!skip.levels && filters.subsystem && filters.levels.length > 0) {
    where.push(sql`${col(filters.subsystem)} IN (${idList(filters.levels.map(levelRank))})`);
  }
  if (!skip.behind && filters.behind) where.push(sql`behind`);
  return where;
}

const whereOf = (parts: SQL[]) => (parts.length > 0 ? sql.join(parts, sql` AND `) : sql`true`);

const ORDER: Record<StudentSortId, SQL> = {
  name: sql`name`,
  team: sql`team`,
  mastered: sql`mastered`,
  mean: sql`mean`,
  lastActivity: sql`last_at`,
  ...(Object.fromEntries(SUBSYSTEMS.map((sub) => [sub, col(sub)])) as Record<Subsystem, SQL>),
};

function orderBy(query: Pick<CohortStudentQuery, "sort" | "desc">): SQL {
  const dir = query.desc ? sql`DESC` : sql`ASC`;
  return sql`${ORDER[query.sort]} ${dir} NULLS LAST, name, id`;
}

export interface CohortStudentRow {
  id: string;
  name: string;
  team: string;
  modulesMastered: number;
  /** Mean mastery of the student's finished attempts, one decimal; null before any. */
  meanMastery: number | null;
  /** ISO time (UTC) of the latest activity, or null. */
  lastActivity: string | null;
  levels: Record<Subsystem, CohortLevel>;
  fallingBehind: boolean;
  /** Whole days since the latest activity (or since the record was created, without any). */
  quietDays: number;
  /** Modules whose two latest finished attempts both failed. */
  stuckModules: number;
}

interface StudentSqlRow {
  id: string;
  name: string;
  team: string;
  mastered: number;
  mean: number | null;
  last_at: string | null;
  behind: boolean;
  quiet_days: number;
  stuck: number;
  [rank: `r_${string}`]: number;
}

const rowColumns = sql`id, name, team, mastered, mean, ${isoOf(sql`last_at`)} AS last_at, behind, quiet_days, stuck,
  ${sql.join(SUBSYSTEMS.map((sub) => col(sub)), sql`, `)}`;

function toRow(r: StudentSqlRow): CohortStudentRow {
  return {
    id: r.id,
    name: r.name,
    team: r.team,
    modulesMastered: r.mastered,
    meanMastery: r.mean,
    lastActivity: r.last_at,
    levels: Object.fromEntries(SUBSYSTEMS.map((sub) => [sub, levelOfRank(r[`r_${sub}`])])) as Record<Subsystem, CohortLevel>,
    fallingBehind: r.behind,
    quietDays: r.quiet_days,
    stuckModules: r.stuck,
  };
}

export interface CohortStudentPage {
  rows: CohortStudentRow[];
  /** Rows matching every filter. */
  total: number;
  /** The page shown: the one asked for, or the last when that is past the end. */
  page: number;
  pageCount: number;
  /** Under the other filters: students per level of the filtered subsystem (all zero without one), and falling behind. */
  facets: { levels: Record<CohortLevel, number>; behind: number };
}

/** One page of the cohort's students; null when the team does not exist. */
export async function listCohortStudents(
  viewer: Viewer | null,
  teamId: number,
  query: CohortStudentQuery,
  rule: FallingBehindRule,
  db?: Executor,
): Promise<CohortStudentPage | null> {
  const database = db ?? (await getDb());
  if (!(await getCohort(viewer, teamId, database))) return null;
  const levelCounts = query.subsystem
    ? COHORT_LEVELS.map(
        (level) => sql`count(*) FILTER (WHERE ${whereOf(conditions(query, { levels: true }))} AND ${col(query.subsystem!)} = ${levelRank(level)}) OVER ()`,
      )
    : COHORT_LEVELS.map(() => sql`0`);
  // One evaluation of the cohort for the page, the totals and the facets: every student gets the
  // counts as window columns and a rank among the matching rows; the page is the ranks it asks
  // for, moved back to the last page when past the end. With no match at all, one non-matching
  // row still comes back to carry the facets.
  const start = sql`least(${(query.page - 1) * query.size}, (greatest(total - 1, 0) / ${query.size}) * ${query.size})`;
  const rows = await queryRows<StudentSqlRow & { matches: boolean; total: number; behind_total: number; levels: number[]; rn: number }>(
    database,
    sql`${cohortCte(teamId, rule)},
      counted AS (
        SELECT flagged.*, (${whereOf(conditions(query))}) AS matches,
          count(*) FILTER (WHERE ${whereOf(conditions(query))}) OVER () AS total,
          count(*) FILTER (WHERE ${whereOf(conditions(query, { behind: true }))} AND behind) OVER () AS behind_total,
          ARRAY[${sql.join(levelCounts, sql`, `)}]::int[] AS levels,
          row_number() OVER (PARTITION BY ${whereOf(conditions(query))} ORDER BY ${orderBy(query)}) AS rn
        FROM flagged
      )
      SELECT ${rowColumns}, matches, total::int, behind_total::int, levels, rn::int FROM counted
      WHERE (matches AND rn > ${start} AND rn <= ${start} + ${query.size}) OR (total = 0 AND rn = 1)
      ORDER BY rn`,
  );
  const first = rows[0];
  const total = first?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / query.size));
  return {
    rows: rows.filter((r) => r.matches).map(toRow),
    total,
    page: Math.min(query.page, pageCount),
    pageCount,
    facets: {
      levels: Object.fromEntries(COHORT_LEVELS.map((level, i) => [level, first?.levels[i] ?? 0])) as Record<CohortLevel, number>,
      behind: first?.behind_total ?? 0,
    },
  };
}

export interface StuckModule {
  slug: string;
  title: string;
  subsystem: Subsystem;
  /** The two failed scores, older first. */
  scores: number[];
  /** ISO time (UTC) of the later one. */
  lastAt: string | null;
}

export interface FallingBehindStudent {
  id: string;
  name: string;
  lastActivity: string | null;
  /** Set when the student has been quiet for the rule's days or more. */
  quietDays: number | null;
  stuck: StuckModule[];
}

export const FALLING_BEHIND_LIMIT = 50;

/** Students falling behind, by name, with why; at most FALLING_BEHIND_LIMIT, and how many in all. */
export async function listFallingBehind(
  viewer: Viewer | null,
  teamId: number,
  rule: FallingBehindRule,
  db?: Executor,
): Promise<{ students: FallingBehindStudent[]; total: number } | null> {
  const database = db ?? (await getDb());
  if (!(await getCohort(viewer, teamId, database))) return null;
  const rows = await queryRows<{
    id: string;
    name: string;
    last_at: string | null;
    quiet_days: number;
    stuck: { slug: string; title: string; subsystem: Subsystem; scores: number[]; lastAt: string | null }[];
    total: number;
  }>(
    database,
    sql`${cohortCte(teamId, rule)}
      SELECT f.id, f.name, ${isoOf(sql`f.last_at`)} AS last_at, f.quiet_days,
        coalesce((
          SELECT json_agg(json_build_object(
            'slug', m.slug, 'title', m.title, 'subsystem', m.subsystem, 'scores', st.scores, 'lastAt', ${isoOf(sql`st.last_at`)}
          ) ORDER BY st.last_at DESC NULLS LAST, m.id)
          FROM stuck st JOIN modules m ON m.id = st.module_id WHERE st.student_id = f.id
        ), '[]'::json) AS stuck,
        count(*) OVER ()::int AS total
      FROM flagged f WHERE f.behind
      ORDER BY f.name, f.id LIMIT ${FALLING_BEHIND_LIMIT}`,
  );
  return {
    total: rows[0]?.total ?? 0,
    students: rows.map((r) => ({
      id: r.id,
      name: r.name,
      lastActivity: r.last_at,
      quietDays: r.quiet_days >= rule.quietDays ? r.quiet_days : null,
      stuck: r.stuck.map((m) => ({ ...m, scores: m.scores.map(Number) })),
    })),
  };
}

/** Why a row is falling behind, in words, for the CSV and the table. */
export function behindReason(row: Pick<CohortStudentRow, "fallingBehind" | "quietDays" | "stuckModules" | "lastActivity">, quietDays: number): string {
  if (!row.fallingBehind) return "";
  const reasons: string[] = [];
  if (row.quietDays >= quietDays) {
    reasons.push(row.lastActivity ? `no activity for ${row.quietDays} days` : `no activity since joining ${row.quietDays} days ago`);
  }
  if (row.stuckModules > 0) {
    reasons.push(`two failed attempts in a row on ${row.stuckModules} ${row.stuckModules === 1 ? "module" : "modules"}`);
  }
  return reasons.join("; ");
}

const LEVEL_WORDS: Record<CohortLevel, string> = {
  none: "none",
  orientation: "orientation",
  competency: "competency",
  integration: "integration",
  autonomy: "autonomy",
};

/**
 * Every student matching the filters, in the table's order, as CSV. A cohort is a team of
 * tens (at most a few thousand) students, so the file is built in one piece.
 */
export async function cohortStudentsCsv(
  viewer: Viewer | null,
  teamId: number,
  query: CohortStudentQuery,
  rule: FallingBehindRule,
  db?: Executor,
): Promise<string | null> {
  const database = db ?? (await getDb());
  if (!(await getCohort(viewer, teamId, database))) return null;
  const rows = await queryRows<StudentSqlRow>(
    database,
    sql`${cohortCte(teamId, rule)} SELECT ${rowColumns} FROM flagged WHERE ${whereOf(conditions(query))} ORDER BY ${orderBy(query)}`,
  );
  const header = [
    "student id",
    "name",
    "team",
    "modules mastered",
    "mean mastery",
    "last activity (UTC)",
    "falling behind",
    ...SUBSYSTEMS.map((sub) => `${SUBSYSTEM_LABELS[sub]} level`),
  ];
  const body = rows.map(toRow).map((row) => [
    csvSafe(row.id),
    csvSafe(row.name),
    csvSafe(row.team),
    csvSafe(row.modulesMastered),
    csvSafe(row.meanMastery),
    csvSafe(row.lastActivity),
    csvSafe(behindReason(row, rule.quietDays)),
    ...SUBSYSTEMS.map((sub) => LEVEL_WORDS[row.levels[sub]]),
  ]);
  return stringify([header, ...body]);
}

export function cohortExportFileName(teamName: string, semester: string, now: Date = new Date()): string {
  const slug = `${teamName} ${semester}`
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `cohort-${slug || "team"}-${now.toISOString().slice(0, 10)}.csv`;
}
