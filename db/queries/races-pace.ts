import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { canViewUniversity, type Viewer } from "../../app/lib/auth/roles";
import { COMPETENCY_RULES } from "../../app/lib/domain/competency";
import { quartiles } from "../../app/lib/domain/races";
import { SUBSYSTEM_LABELS, SUBSYSTEMS, type Subsystem } from "../../app/lib/domain/vocabulary";
import type { Database, Executor } from "../client";
import { getDb } from "../index";
import { queryRows } from "../rows";
import type { PaceMilestone } from "../schema/races";
import { AccessDenied, ANY_ROLE, assertRole } from "./access";
import { readFilterOptions, type CohortKey, cohortValue } from "./leaderboard-filters";

/**
 * Project-scale races: the historical CADENCE team's pace through each subsystem's work
 * (`ghost_paces`, days from its first task to 25/50/75/100 % of its tasks completed) beside a
 * runner of ours on the same scale: days from the first attempt in the subsystem to 25/50/75/100 %
 * of its published modules mastered. The runner is the viewing student, or for staff a cohort
 * (one university's students of one semester), whose figure per share is the median of the
 * students who got there.
 */

export const PACE_SHARES = [25, 50, 75, 100] as const;
const DAY_MS = 86_400_000;

export interface PacePoint {
  share: number;
  /** Whole days elapsed (0 = the same day); null when not reached. */
  days: number | null;
}

export interface SubsystemPace {
  subsystem: Subsystem;
  label: string;
  /** Published modules in the subsystem: the runner's 100 %. */
  modules: number;
  ghost: { name: string; totalItems: number; completedItems: number; startedOn: string | null; points: PacePoint[] } | null;
  /** Null when the runner has not attempted anything in the subsystem. */
  runner: { points: (PacePoint & { reached: number })[]; started: number } | null;
}

export type PaceRunner = { kind: "student"; label: string } | { kind: "cohort"; label: string; cohort: CohortKey; students: number };

export interface ProjectPaces {
  runner: PaceRunner | null;
  /** The cohorts a staff viewer may compare (empty for students). */
  cohorts: { value: string; label: string }[];
  subsystems: SubsystemPace[];
}

/**
 * Whole days from `startedMs` to the moment each share of `total` modules was mastered: the
 * share needs ⌈share × total⌉ modules, and the k-th mastery in time reaches it.
 */
export function daysToShares(startedMs: number, masteredMs: readonly number[], total: number): PacePoint[] {
  const sorted = [...masteredMs].sort((a, b) => a - b);
  return PACE_SHARES.map((share) => {
    if (total <= 0) return { share, days: null };
    const needed = Math.max(1, Math.ceil((share / 100) * total - 1e-9));
    const at = sorted[needed - 1];
    return { share, days: at === undefined ? null : Math.max(0, Math.floor((at - startedMs) / DAY_MS)) };
  });
}

/** Per share, the median days of the runners who reached it and how many did. */
export function medianPace(runners: readonly PacePoint[][]): (PacePoint & { reached: number })[] {
  return PACE_SHARES.map((share, i) => {
    const days = runners.map((r) => r[i]?.days).filter((d): d is number => d !== null && d !== undefined);
    return { share, days: quartiles(days)?.median ?? null, reached: days.length };
  });
}

/**
 * The CADENCE team's pace per subsystem beside the viewing student's, or for staff beside the
 * cohort `cohort` (default: faculty their university's latest semester, admins the latest
 * cohort). A faculty member asking for another university's cohort is refused.
 */
export async function getProjectPaces(viewer: Viewer | null, options: { cohort?: CohortKey | null; db?: Database } = {}): Promise<ProjectPaces> {
  assertRole(viewer, ANY_ROLE);
  const db = options.db ?? (await getDb());

  let runner: PaceRunner | null = null;
  let people: SQL | null = null;
  let cohorts: ProjectPaces["cohorts"] = [];
  if (viewer.role === "student") {
    if (viewer.studentId) {
      runner = { kind: "student", label: "You" };
      people = sql`SELECT id FROM students WHERE id = ${viewer.studentId}`;
    }
  } else {
    const allowed = (await readFilterOptions(db)).cohorts.filter((c) => canViewUniversity(viewer, Number(c.value.split(":")[0])));
    cohorts = allowed;
    const asked = options.cohort ?? null;
    if (asked && !canViewUniversity(viewer, asked.universityId)) throw new AccessDenied();
    const chosen = asked ? allowed.find((c) => c.value === cohortValue(asked)) : allowed[0];
    if (chosen) {
      const [universityId, ...rest] = chosen.value.split(":");
      const cohort = { universityId: Number(universityId), semester: rest.join(":") };
      const [count] = await queryRows<{ n: number }>(
        db,
        sql`SELECT COUNT(*)::int AS n FROM students WHERE university_id = ${cohort.universityId} AND semester = ${cohort.semester}`,
      );
      runner = { kind: "cohort", label: chosen.label, cohort, students: count?.n ?? 0 };
      people = sql`SELECT id FROM students WHERE university_id = ${cohort.universityId} AND semester = ${cohort.semester}`;
    }
  }

  const [ghosts, totals] = [
    await queryRows<{ subsystem: Subsystem; cohort_name: string; total_items: number; completed_items: number; started_on: string | null; milestones: unknown }>(
      db,
      sql`SELECT gp.subsystem, gc.cohort_name, gp.total_items, gp.completed_items, to_char(gp.started_on, 'YYYY-MM-DD') AS started_on, gp.milestones
        FROM ghost_paces gp JOIN ghost_cohorts gc ON gc.cohort_id = gp.cohort_id ORDER BY gp.subsystem, gp.cohort_id`,
    ),
    await queryRows<{ subsystem: Subsystem; n: number }>(db, sql`SELECT subsystem, COUNT(*)::int AS n FROM modules WHERE status = 'published' GROUP BY subsystem`),
  ];
  const total = new Map(totals.map((t) => [t.subsystem, t.n]));
  const progress = people ? await readProgress(db, people, total) : new Map<Subsystem, PacePoint[][]>();

  const subsystems = SUBSYSTEMS.map((subsystem): SubsystemPace => {
    const ghost = ghosts.find((g) => g.subsystem === subsystem);
    const runs = progress.get(subsystem) ?? [];
    return {
      subsystem,
      label: SUBSYSTEM_LABELS[subsystem],
      modules: total.get(subsystem) ?? 0,
      ghost: ghost
        ? {
            name: ghost.cohort_name,
            totalItems: ghost.total_items,
            completedItems: ghost.completed_items,
            startedOn: ghost.started_on,
            points: PACE_SHARES.map((share) => ({ share, days: milestoneDays(ghost.milestones, share) })),
          }
        : null,
      runner: runs.length > 0 ? { points: medianPace(runs), started: runs.length } : null,
    };
  }).filter((s) => s.ghost !== null || s.modules > 0);

  return { runner, cohorts, subsystems };
}

function milestoneDays(milestones: unknown, share: number): number | null {
  if (!Array.isArray(milestones)) return null;
  const hit = (milestones as Partial<PaceMilestone>[]).find((m) => m?.share === share);
  return typeof hit?.days === "number" ? hit.days : null;
}

/**
 * Each runner's days to every share, per subsystem. A start is the earliest of a logged attempt's
 * finish minus its time spent (learner_performance has no start time) and an attempt's start
 * (module_attempts); a module is mastered at its first completed attempt at the threshold. The
 * per-module firsts are folded into one sorted array per runner and subsystem in SQL, so a large
 * cohort sends one row per student and subsystem, not one per attempt.
 */
async function readProgress(db: Executor, people: SQL, total: Map<Subsystem, number>): Promise<Map<Subsystem, PacePoint[][]>> {
  const threshold = COMPETENCY_RULES.masteryThreshold;
  // Independent reads: on PostgreSQL they run on two pooled connections at once.
  const [logged, attempts] = await Promise.all([
    queryRows<{ student_id: string; subsystem: Subsystem; started_epoch: number | string; mastered: (number | string)[] | null }>(
      db,
      sql`WITH people AS (${people}), firsts AS (
          SELECT lp.student_id, m.subsystem, lp.module_id,
            MIN(lp."timestamp" - make_interval(secs => COALESCE(lp.time_spent_seconds, 0))) AS began,
            MIN(lp."timestamp") FILTER (WHERE lp.completed AND lp.mastery_score >= ${threshold}) AS mastered_at
          FROM learner_performance lp JOIN modules m ON m.id = lp.module_id AND m.status = 'published'
          WHERE lp.student_id IN (SELECT id FROM people) AND lp."timestamp" IS NOT NULL
          GROUP BY lp.student_id, m.subsystem, lp.module_id
        )
        SELECT student_id, subsystem, EXTRACT(EPOCH FROM MIN(began))::float8 AS started_epoch,
          array_agg(EXTRACT(EPOCH FROM mastered_at)::float8 ORDER BY mastered_at) FILTER (WHERE mastered_at IS NOT NULL) AS mastered
        FROM firsts GROUP BY student_id, subsystem`,
    ),
    queryRows<{ student_id: string; subsystem: Subsystem; started_epoch: number | string }>(
      db,
      sql`WITH people AS (${people})
        SELECT a.student_id, m.subsystem, EXTRACT(EPOCH FROM MIN(a.started_at))::float8 AS started_epoch
        FROM module_attempts a JOIN modules m ON m.id = a.module_id AND m.status = 'published'
        WHERE a.student_id IN (SELECT id FROM people)
        GROUP BY a.student_id, m.subsystem`,
    ),
  ]);
  const runners = new Map<string, { subsystem: Subsystem; started: number; mastered: number[] }>();
  for (const row of logged) {
    runners.set(`${row.student_id}|${row.subsystem}`, {
      subsystem: row.subsystem,
      started: Number(row.started_epoch) * 1000,
      mastered: (row.mastered ?? []).map((at) => Number(at) * 1000),
    });
  }
  for (const row of attempts) {
    const key = `${row.student_id}|${row.subsystem}`;
    const started = Number(row.started_epoch) * 1000;
    const runner = runners.get(key);
    if (runner) runner.started = Math.min(runner.started, started);
    else runners.set(key, { subsystem: row.subsystem, started, mastered: [] });
  }
  const result = new Map<Subsystem, PacePoint[][]>();
  for (const runner of runners.values()) {
    const list = result.get(runner.subsystem) ?? [];
    list.push(daysToShares(runner.started, runner.mastered, total.get(runner.subsystem) ?? 0));
    result.set(runner.subsystem, list);
  }
  return result;
}
