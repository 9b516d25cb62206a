import { sql } from "drizzle-orm";
import { roundQuartiles } from "../../app/lib/domain/ghosts";
import { cohortEligibleForGhost, RACE_RULES, type Quartiles } from "../../app/lib/domain/races";
import type { Subsystem } from "../../app/lib/domain/vocabulary";
import type { Executor } from "../client";
import { queryRows } from "../rows";

/**
 * The student side of the ghost build, aggregated in SQL so a million attempts never cross into
 * JavaScript. A student's pace on a module is their FIRST finished attempt (completed, with a
 * time and a mastery score): later attempts are practice runs and would make the ghost faster
 * than a first encounter. Quartiles use `percentile_cont`, which interpolates exactly like
 * `quartiles()` (R-7); the tests compare the two on the same numbers.
 *
 * Privacy: no figure leaves here that describes fewer than RACE_RULES.minCohortSize students —
 * not a cohort, not one module of a cohort, not one checkpoint's split.
 */

export interface CohortSize {
  universityId: number;
  universityShort: string;
  semester: string;
  subsystem: Subsystem;
  /** Students of the cohort with a finished attempt at any module of the subsystem. */
  students: number;
}

export interface PaceStats {
  /** Null for every qualifying cohort pooled together. */
  cohort: { universityId: number; semester: string; subsystem: Subsystem } | null;
  moduleId: number;
  students: number;
  finish: Quartiles;
  mastery: Quartiles;
}

export interface SplitStats {
  cohort: PaceStats["cohort"];
  moduleId: number;
  checkpointId: string;
  n: number;
  seconds: Quartiles;
}

export interface StudentCohortStats {
  cohorts: CohortSize[];
  paces: PaceStats[];
  splits: SplitStats[];
}

const FIRSTS = sql.raw("ghost_build_firsts");
const QUARTILE_SHARES = sql.raw("ARRAY[0.25, 0.5, 0.75]::float8[]");

type QuartileArray = (number | string)[] | string;

/** `percentile_cont` over an array answers a float8[]: the drivers give an array (or its text). */
function quartilesOf(value: QuartileArray): Quartiles {
  const list = Array.isArray(value) ? value : value.replace(/[{}]/g, "").split(",");
  const [p25, median, p75] = list.map(Number) as [number, number, number];
  return roundQuartiles({ p25, median, p75 });
}

interface GroupedRow {
  grouped: number;
  university_id: number | null;
  semester: string | null;
  subsystem: Subsystem | null;
  module_id: number;
}

function cohortOf(row: GroupedRow): PaceStats["cohort"] {
  return Number(row.grouped) !== 0 ? null : { universityId: Number(row.university_id), semester: row.semester!, subsystem: row.subsystem! };
}

/**
 * Cohort sizes, and per cohort and module (and pooled over the qualifying cohorts) the finish,
 * mastery and split quartiles of the students' first finished attempts. Runs inside the
 * caller's transaction: the first finished attempts are collected once into a temporary table
 * that is dropped at commit.
 */
export async function collectStudentCohorts(tx: Executor, earlierSemesters: readonly string[]): Promise<StudentCohortStats> {
  if (earlierSemesters.length === 0) return { cohorts: [], paces: [], splits: [] };
  const min = RACE_RULES.minCohortSize;
  // The percentiles sort every cohort's times; at a million attempts the default 4 MB spills to disk.
  await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
  await tx.execute(sql`DROP TABLE IF EXISTS ${FIRSTS}`);
  await tx.execute(sql`CREATE TEMPORARY TABLE ${FIRSTS} ON COMMIT DROP AS
    SELECT DISTINCT ON (lp.student_id, lp.module_id)
      lp.log_id, lp.student_id, lp.module_id, lp.time_spent_seconds::float8 AS finish, lp.mastery_score::float8 AS mastery,
      s.university_id, s.semester, m.subsystem
    FROM learner_performance lp
    JOIN students s ON s.id = lp.student_id
    JOIN modules m ON m.id = lp.module_id
    WHERE lp.completed AND lp.time_spent_seconds IS NOT NULL AND lp.mastery_score IS NOT NULL
      AND s.semester IN (${sql.join(earlierSemesters.map((s) => sql`${s}`), sql`, `)})
    ORDER BY lp.student_id, lp.module_id, lp.attempt_number NULLS LAST, lp."timestamp", lp.log_id`);
  // The planner knows nothing about a fresh temporary table; without statistics it guesses joins badly.
  await tx.execute(sql`ANALYZE ${FIRSTS}`);

  const sizes = await queryRows<{ university_id: number; short_name: string; semester: string; subsystem: Subsystem; students: number }>(
    tx,
    sql`SELECT f.university_id, u.short_name, f.semester, f.subsystem, COUNT(DISTINCT f.student_id)::int AS students
      FROM ${FIRSTS} f JOIN universities u ON u.id = f.university_id
      GROUP BY f.university_id, u.short_name, f.semester, f.subsystem
      ORDER BY u.short_name, f.semester, f.subsystem`,
  );
  const cohorts: CohortSize[] = sizes.map((r) => ({
    universityId: Number(r.university_id),
    universityShort: r.short_name,
    semester: r.semester,
    subsystem: r.subsystem,
    students: Number(r.students),
  }));
  const small = cohorts.filter((c) => !cohortEligibleForGhost(c.students));
  if (small.length > 0) {
    const list = sql.join(
      small.map((c) => sql`(${c.universityId}::int, ${c.semester}::text, ${c.subsystem}::text)`),
      sql`, `,
    );
    await tx.execute(sql`DELETE FROM ${FIRSTS} f USING (VALUES ${list}) AS d(university_id, semester, subsystem)
      WHERE f.university_id = d.university_id AND f.semester = d.semester AND f.subsystem = d.subsystem`);
  }

  // One pass for both levels: GROUPING SETS gives each cohort's rows and the pooled row per module.
  const paceRows = await queryRows<GroupedRow & { students: number; finish: QuartileArray; mastery: QuartileArray }>(
    tx,
    sql`SELECT GROUPING(university_id, semester, subsystem) AS grouped, university_id, semester, subsystem, module_id,
        COUNT(*)::int AS students,
        percentile_cont(${QUARTILE_SHARES}) WITHIN GROUP (ORDER BY finish) AS finish,
        percentile_cont(${QUARTILE_SHARES}) WITHIN GROUP (ORDER BY mastery) AS mastery
      FROM ${FIRSTS}
      GROUP BY GROUPING SETS ((university_id, semester, subsystem, module_id), (module_id))
      HAVING COUNT(*) >= ${min}
      ORDER BY module_id, grouped DESC, university_id, semester, subsystem`,
  );
  const paces: PaceStats[] = paceRows.map((r) => ({
    cohort: cohortOf(r),
    moduleId: Number(r.module_id),
    students: Number(r.students),
    finish: quartilesOf(r.finish),
    mastery: quartilesOf(r.mastery),
  }));

  // Splits are recorded only for attempts taken in the app (module_attempts); the ISO time a
  // checkpoint was submitted is the database's local clock written with a Z, like started_at.
  const splitRows = await queryRows<GroupedRow & { checkpoint_id: string; n: number; seconds: QuartileArray }>(
    tx,
    sql`SELECT GROUPING(a.university_id, a.semester, a.subsystem) AS grouped, a.university_id, a.semester, a.subsystem, a.module_id,
        c.key AS checkpoint_id, COUNT(*)::int AS n,
        percentile_cont(${QUARTILE_SHARES}) WITHIN GROUP (ORDER BY c.seconds) AS seconds
      FROM (
        -- OFFSET 0 keeps the join first: only the earlier semesters' attempts are unpacked.
        SELECT f.university_id, f.semester, f.subsystem, f.module_id, a.started_at, a.checkpoint_results
        FROM ${FIRSTS} f JOIN module_attempts a ON a.performance_log_id = f.log_id
        OFFSET 0
      ) AS a
      CROSS JOIN LATERAL (
        SELECT e.key, GREATEST(0, EXTRACT(EPOCH FROM (((e.value ->> 'submittedAt')::timestamptz AT TIME ZONE 'UTC') - a.started_at)))::float8 AS seconds
        FROM jsonb_each(CASE WHEN jsonb_typeof(a.checkpoint_results) = 'object' THEN a.checkpoint_results ELSE '{}'::jsonb END) e
        WHERE jsonb_typeof(e.value) = 'object' AND (e.value ->> 'submittedAt') ~ '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}'
      ) c
      GROUP BY GROUPING SETS ((a.university_id, a.semester, a.subsystem, a.module_id, c.key), (a.module_id, c.key))
      HAVING COUNT(*) >= ${min}
      ORDER BY a.module_id, grouped DESC, a.university_id, a.semester, a.subsystem, c.key`,
  );
  const splits: SplitStats[] = splitRows.map((r) => ({
    cohort: cohortOf(r),
    moduleId: Number(r.module_id),
    checkpointId: r.checkpoint_id,
    n: Number(r.n),
    seconds: quartilesOf(r.seconds),
  }));
  await tx.execute(sql`DROP TABLE IF EXISTS ${FIRSTS}`);
  return { cohorts, paces, splits };
}

/** The key that matches a cohort in `cohorts` to its rows in `paces` and `splits`. */
export function cohortKey(c: { universityId: number; semester: string; subsystem: string }): string {
  return `${c.universityId}\u0000${c.semester}\u0000${c.subsystem}`;
}
