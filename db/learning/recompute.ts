import { and, eq, sql } from "drizzle-orm";
import { calibrate, CALIBRATION_RULES, subsystemPriorRate, type AttemptStats, type Calibration } from "../../app/lib/domain/calibration";
import { assessSubsystem, COMPETENCY_RULES, isMastered, type SubsystemAssessment } from "../../app/lib/domain/competency";
import {
  SUBSYSTEM_LABELS,
  SUBSYSTEMS,
  type CompetencyLevel,
  type Difficulty,
  type Subsystem,
} from "../../app/lib/domain/vocabulary";
import type { Executor } from "../client";
import { queryRows } from "../rows";
import { majorOf } from "../modules/calibration-archive";
import { agentLog, moduleDifficultyCalibrations, subsystemCompetency } from "../schema";

/**
 * The derived learning state: a student's competency per subsystem and each module's calibrated
 * difficulty, recomputed from the attempts in `learner_performance`. Every function takes the
 * caller's transaction, so the attempt that moved a figure and the figure commit together.
 * Not `server-only`: the seed and `npm run jobs:calibrate` use it too.
 */

export interface RecomputeOptions {
  /**
   * Back-filling from existing attempts (the demo seed): timestamps are taken from the latest
   * attempt behind a figure, or this time when there is none, instead of the clock, so the seed
   * stays deterministic and the agent log dates a level change when its evidence happened.
   */
  seededAt?: Date;
}

// ---------------------------------------------------------------------------------------------
// Competency

export interface CompetencyChange {
  subsystem: Subsystem;
  before: CompetencyLevel;
  after: CompetencyLevel;
  modulesCompleted: number;
  total: number;
  assessment: SubsystemAssessment;
}

/**
 * The seven rows at orientation for a student who has none yet (the spec's "initialise
 * competency for current students"). Idempotent: existing rows are left as they are.
 * Returns the rows it added.
 */
export async function initialiseCompetency(tx: Executor, studentId: string, options: RecomputeOptions = {}): Promise<number> {
  const at = options.seededAt;
  const added = await tx
    .insert(subsystemCompetency)
    .values(
      SUBSYSTEMS.map((subsystem) => ({
        studentId,
        subsystem,
        competencyLevel: "orientation",
        modulesCompleted: 0,
        ...(at ? { createdAt: at, updatedAt: at } : {}),
      })),
    )
    .onConflictDoNothing()
    .returning({ id: subsystemCompetency.competencyId });
  return added.length;
}

interface ModuleStateRow {
  id: number;
  title: string;
  subsystem: Subsystem;
  best: number | string | null;
  /** Seconds since the epoch of the student's latest attempt at this module (timestamps are UTC). */
  last_at: number | string | null;
  cross: boolean;
}

interface LockedRow {
  subsystem: Subsystem;
  level: string | null;
  modules_completed: number | null;
  last_activity_epoch: number | string | null;
  inserted: boolean;
}

/**
 * Recomputes one student's competency in one subsystem from their best completed attempt per
 * published module, writes the row (creating it when missing) and, when the level moves, an
 * agent-log entry the student sees in their feed. `moduleId`/`attemptId` name the attempt that
 * caused the recompute, for that entry.
 */
export async function recomputeCompetency(
  tx: Executor,
  studentId: string,
  subsystem: Subsystem,
  options: RecomputeOptions & { moduleId?: number; attemptId?: number } = {},
): Promise<CompetencyChange> {
  const { changes } = await recomputeSubsystems(tx, studentId, [subsystem], options);
  return changes[0]!;
}

/** The same for all seven subsystems at once (the seed, a back-fill): three statements plus writes. */
export async function recomputeStudentCompetency(
  tx: Executor,
  studentId: string,
  options: RecomputeOptions = {},
): Promise<{ changes: CompetencyChange[]; rowsAdded: number }> {
  return recomputeSubsystems(tx, studentId, SUBSYSTEMS, options);
}

/**
 * The rows are inserted-or-locked before the attempts are read, so two attempts finishing at
 * once for the same student and subsystem are assessed one after the other and each change is
 * logged once. Unchanged rows are not rewritten.
 */
async function recomputeSubsystems(
  tx: Executor,
  studentId: string,
  subsystems: readonly Subsystem[],
  options: RecomputeOptions & { moduleId?: number; attemptId?: number },
): Promise<{ changes: CompetencyChange[]; rowsAdded: number }> {
  const seededAt = options.seededAt?.toISOString() ?? null;
  // Insert-or-lock in one statement: the no-op update takes the row lock and returns the row.
  const locked = await queryRows<LockedRow>(
    tx,
    sql`INSERT INTO subsystem_competency (student_id, subsystem, competency_level, modules_completed, created_at, updated_at)
      SELECT ${studentId}, s, 'orientation', 0, COALESCE(${seededAt}::timestamp, CURRENT_TIMESTAMP), COALESCE(${seededAt}::timestamp, CURRENT_TIMESTAMP)
      FROM unnest(${sql.raw(textArray(subsystems))}) WITH ORDINALITY AS x(s, n) ORDER BY n
      ON CONFLICT (student_id, subsystem) DO UPDATE SET student_id = EXCLUDED.student_id
      RETURNING subsystem, competency_level AS level, modules_completed, EXTRACT(EPOCH FROM last_activity) AS last_activity_epoch, (xmax = 0) AS inserted`,
  );
  const rows = await queryRows<ModuleStateRow>(
    tx,
    sql`SELECT m.id, m.title, m.subsystem, b.best::float8 AS best, EXTRACT(EPOCH FROM b.last_at)::float8 AS last_at,
        EXISTS (
          SELECT 1 FROM module_prerequisites p JOIN modules pm ON pm.id = p.prerequisite_module_id
          WHERE p.module_id = m.id AND p.required AND pm.subsystem <> m.subsystem
        ) AS cross
      FROM modules m
      LEFT JOIN LATERAL (
        SELECT MAX(lp.mastery_score) FILTER (WHERE lp.completed) AS best, MAX(lp."timestamp") AS last_at
        FROM learner_performance lp
        WHERE lp.student_id = ${studentId} AND lp.module_id = m.id
      ) b ON true
      WHERE m.subsystem = ANY(${sql.raw(textArray(subsystems))}) AND m.status = 'published'
      ORDER BY m.id`,
  );

  let studentName: string | null = null;
  const changes: CompetencyChange[] = [];
  for (const subsystem of subsystems) {
    const current = locked.find((l) => l.subsystem === subsystem);
    if (!current) throw new Error(`No competency row for ${studentId} in ${subsystem}`);
    const before = (current.level ?? "orientation") as CompetencyLevel;
    const own = rows.filter((r) => r.subsystem === subsystem);
    const states = own.map((r) => {
      const best = r.best === null ? null : Number(r.best);
      return { moduleId: r.id, title: r.title, bestMastery: best, mastered: isMastered(best), crossSubsystemPrerequisite: r.cross };
    });
    const assessment = assessSubsystem(states, COMPETENCY_RULES, subsystem);
    const lastEpoch = own.reduce<number | null>((max, r) => (r.last_at === null ? max : Math.max(max ?? 0, Number(r.last_at))), null);
    const lastActivity = lastEpoch === null ? null : new Date(Math.round(lastEpoch * 1000));
    const storedLast = current.last_activity_epoch === null ? null : Math.round(Number(current.last_activity_epoch) * 1000);

    const changed =
      assessment.level !== before ||
      assessment.modulesCompleted !== (current.modules_completed ?? 0) ||
      (lastActivity?.getTime() ?? null) !== storedLast;
    if (changed) {
      await tx
        .update(subsystemCompetency)
        .set({
          competencyLevel: assessment.level,
          modulesCompleted: assessment.modulesCompleted,
          lastActivity,
          updatedAt: options.seededAt ? (lastActivity ?? options.seededAt) : sql`CURRENT_TIMESTAMP`,
        })
        .where(and(eq(subsystemCompetency.studentId, studentId), eq(subsystemCompetency.subsystem, subsystem)));
    }

    if (assessment.level !== before) {
      if (studentName === null) {
        const [student] = await queryRows<{ name: string }>(tx, sql`SELECT name FROM students WHERE id = ${studentId}`);
        studentName = student?.name ?? studentId;
      }
      await tx.insert(agentLog).values({
        agentName: "competency-engine",
        actionType: "level_change",
        subsystem,
        status: "success",
        message: `${studentName}'s competency in ${SUBSYSTEM_LABELS[subsystem].toLowerCase()} moved to ${assessment.level} (from ${before}): ${assessment.modulesCompleted} of ${assessment.total} modules mastered.`,
        metadata: {
          studentId,
          subsystem,
          from: before,
          to: assessment.level,
          modulesCompleted: assessment.modulesCompleted,
          total: assessment.total,
          ...(options.moduleId !== undefined ? { moduleId: options.moduleId } : {}),
          ...(options.attemptId !== undefined ? { attemptId: options.attemptId } : {}),
        },
        ...(options.seededAt ? { timestamp: lastActivity ?? options.seededAt } : {}),
      });
    }
    changes.push({ subsystem, before, after: assessment.level, modulesCompleted: assessment.modulesCompleted, total: assessment.total, assessment });
  }
  return { changes, rowsAdded: locked.filter((l) => l.inserted).length };
}

/** A literal text array of our own constants (subsystem names: no quotes), for SQL text. */
function textArray(words: readonly string[]): string {
  return `ARRAY[${words.map((w) => `'${w.replaceAll("'", "''")}'`).join(", ")}]::text[]`;
}

// ---------------------------------------------------------------------------------------------
// Calibration

export interface StoredCalibration {
  difficultyLevel: Difficulty | null;
  sampleSize: number;
  /** Percentage 0–100, as stored. */
  successRate: number | null;
  averageTimeSeconds: number | null;
}

export interface CalibrationChange {
  moduleId: number;
  slug: string;
  title: string;
  subsystem: Subsystem;
  before: StoredCalibration | null;
  after: Calibration;
  priorRate: number;
  /** Whether the stored row changed. */
  written: boolean;
}

interface ModuleRow {
  id: number;
  current_version?: string | null;
  slug: string;
  title: string;
  subsystem: Subsystem;
}

interface CalibrationRow {
  calibration_id: number;
  module_id: number;
  difficulty_level: string | null;
  sample_size: number | null;
  success_rate: number | string | null;
  average_time_seconds: number | null;
}

interface StatsRow {
  module_id: number;
  n: number;
  successes: number;
  total_time: number | string | null;
  last_at: number | string | null;
}

/**
 * Completed attempts per module on its CURRENT major version: count, successes and total time,
 * in one aggregate. A major version changes what is scored, so earlier majors' attempts
 * (archived in module_calibration_archive) are not comparable and are left out:
 * - an attempt taken through the app is linked from `module_attempts.performance_log_id` and
 *   counts when the major of the version it was taken on is the module's current major;
 * - an attempt with no such link (imported or seeded history, which predates versioning)
 *   counts while the module is still on major 1 (or has no version), and after that only when
 *   it was logged after the current major's first version was created.
 * While a module is on major 1 every attempt counts without looking for its link: versions
 * only go up, so nothing was taken on another major yet.
 *
 * The link is looked up in the way that suits the size (checked with EXPLAIN on 1M attempts):
 * for every module at once, one hash join with module_attempts; for one module, an index probe
 * per attempt (unique index on performance_log_id), and none at all while it is on major 1 —
 * a per-row subplan there would only make PostgreSQL's cost estimate big enough to JIT-compile
 * a 5 ms query.
 */
function statsQuery(target: { moduleId: number; currentVersion: string | null } | null) {
  const oneModule = target !== null;
  const attemptMajor = !oneModule
    ? sql`split_part(a.version_number, '.', 1)`
    : (majorOf(target.currentVersion) ?? 1) <= 1
      ? sql`NULL`
      : sql`(SELECT split_part(a.version_number, '.', 1) FROM module_attempts a WHERE a.performance_log_id = lp.log_id)`;
  return sql`WITH cur AS MATERIALIZED (
      SELECT m.id, COALESCE(NULLIF(split_part(m.current_version, '.', 1), ''), '1') AS major,
        (SELECT MIN(v.created_at) FROM module_version_history v
          WHERE v.module_id = m.id AND split_part(v.version_number, '.', 1) = split_part(m.current_version, '.', 1)) AS major_since
      FROM modules m ${oneModule ? sql`WHERE m.id = ${target.moduleId}` : sql``}
    )
    SELECT lp.module_id, COUNT(*)::int AS n,
      COUNT(*) FILTER (WHERE lp.mastery_score >= ${CALIBRATION_RULES.masteryThreshold})::int AS successes,
      COALESCE(SUM(lp.time_spent_seconds), 0)::float8 AS total_time,
      EXTRACT(EPOCH FROM MAX(lp."timestamp"))::float8 AS last_at
    FROM learner_performance lp
    JOIN cur ON cur.id = lp.module_id
    ${oneModule ? sql`` : sql`LEFT JOIN module_attempts a ON a.performance_log_id = lp.log_id`}
    WHERE lp.completed ${oneModule ? sql`AND lp.module_id = ${target.moduleId}` : sql``}
      AND CASE WHEN cur.major = '1' THEN true
        ELSE COALESCE(${attemptMajor} = cur.major, lp."timestamp" > cur.major_since)
      END
    GROUP BY lp.module_id`;
}

function toStats(row: StatsRow | undefined): AttemptStats {
  return row ? { sampleSize: Number(row.n), successes: Number(row.successes), totalTimeSeconds: Number(row.total_time ?? 0) } : { sampleSize: 0, successes: 0, totalTimeSeconds: 0 };
}

function storedOf(row: CalibrationRow | undefined): StoredCalibration | null {
  if (!row) return null;
  return {
    difficultyLevel: row.difficulty_level as Difficulty | null,
    sampleSize: row.sample_size ?? 0,
    successRate: row.success_rate === null ? null : Number(row.success_rate),
    averageTimeSeconds: row.average_time_seconds,
  };
}

/** A stored row read back as attempt statistics: what the subsystem prior pools for other modules. */
function statsFromStored(row: CalibrationRow): AttemptStats {
  const n = row.sample_size ?? 0;
  const rate = row.success_rate === null ? 0 : Number(row.success_rate);
  return { sampleSize: n, successes: Math.round((rate / 100) * n), totalTimeSeconds: (row.average_time_seconds ?? 0) * n };
}

/** The percentage stored in `success_rate` (decimal(5,2)). */
function percentage(share: number | null): string | null {
  return share === null ? null : (Math.round(share * 10_000) / 100).toFixed(2);
}

/**
 * Writes one module's calibration: updates its row when a figure moved, inserts it when there
 * is none, and removes duplicates an older writer may have left (one row per module).
 */
async function writeCalibration(
  tx: Executor,
  target: ModuleRow,
  existing: CalibrationRow[],
  calibration: Calibration,
  lastAt: Date | null,
  options: RecomputeOptions,
): Promise<boolean> {
  const values = {
    difficultyLevel: calibration.difficultyLevel,
    averageTimeSeconds: calibration.averageTimeSeconds,
    successRate: percentage(calibration.successRate),
    sampleSize: calibration.sampleSize,
    lastUpdated: options.seededAt ? (lastAt ?? options.seededAt) : (sql`CURRENT_TIMESTAMP` as unknown as Date),
  };
  const [keep, ...extra] = [...existing].sort((a, b) => a.calibration_id - b.calibration_id);
  if (extra.length > 0) {
    await tx.execute(sql`DELETE FROM module_difficulty_calibrations WHERE calibration_id IN (${sql.join(extra.map((e) => sql`${e.calibration_id}`), sql`, `)})`);
  }
  if (!keep) {
    await tx.insert(moduleDifficultyCalibrations).values({ moduleId: target.id, ...values });
    return true;
  }
  const stored = storedOf(keep)!;
  const unchanged =
    stored.difficultyLevel === values.difficultyLevel &&
    stored.sampleSize === values.sampleSize &&
    stored.averageTimeSeconds === values.averageTimeSeconds &&
    (stored.successRate === null ? null : stored.successRate.toFixed(2)) === values.successRate;
  if (unchanged && extra.length === 0) return false;
  await tx.update(moduleDifficultyCalibrations).set(values).where(eq(moduleDifficultyCalibrations.calibrationId, keep.calibration_id));
  return true;
}

/**
 * Recalibrates one module from its completed attempts on its current major version (see
 * `statsQuery`), with its subsystem's pooled success rate as the prior: this module's fresh
 * figures plus the other modules' stored rows (so one attempt does not re-aggregate the whole
 * subsystem). The module row is locked first, so two
 * attempts finishing at once recalibrate one after the other and never insert two rows.
 */
export async function recomputeCalibration(tx: Executor, moduleId: number, options: RecomputeOptions = {}): Promise<CalibrationChange> {
  const [target] = await queryRows<ModuleRow>(
    tx,
    sql`SELECT id, slug, title, subsystem, current_version FROM modules WHERE id = ${moduleId} FOR NO KEY UPDATE`,
  );
  if (!target) throw new Error(`No module ${moduleId}`);
  const [statsRows, calibrationRows] = [
    await queryRows<StatsRow>(tx, statsQuery({ moduleId, currentVersion: target.current_version ?? null })),
    await queryRows<CalibrationRow>(
      tx,
      sql`SELECT c.calibration_id, c.module_id, c.difficulty_level, c.sample_size, c.success_rate::float8 AS success_rate, c.average_time_seconds
        FROM module_difficulty_calibrations c JOIN modules m ON m.id = c.module_id
        WHERE m.subsystem = ${target.subsystem}`,
    ),
  ];
  const stats = toStats(statsRows[0]);
  const own = calibrationRows.filter((r) => r.module_id === moduleId);
  const othersByModule = new Map<number, CalibrationRow>();
  for (const row of calibrationRows) {
    if (row.module_id === moduleId) continue;
    const seen = othersByModule.get(row.module_id);
    if (!seen || row.calibration_id < seen.calibration_id) othersByModule.set(row.module_id, row);
  }
  const priorRate = subsystemPriorRate([stats, ...[...othersByModule.values()].map(statsFromStored)]);
  const after = calibrate(stats, priorRate);
  const lastAt = statsRows[0]?.last_at == null ? null : new Date(Math.round(Number(statsRows[0].last_at) * 1000));
  const written = await writeCalibration(tx, target, own, after, lastAt, options);
  const before = storedOf([...own].sort((a, b) => a.calibration_id - b.calibration_id)[0]);

  if (before?.difficultyLevel && before.difficultyLevel !== after.difficultyLevel) {
    await tx.insert(agentLog).values({
      agentName: "calibration-job",
      actionType: "level_change",
      subsystem: target.subsystem,
      status: "success",
      message: `${target.title} now calibrates as ${after.difficultyLevel} (was ${before.difficultyLevel}) from ${after.sampleSize} completed attempts.`,
      metadata: { moduleId, ...calibrationDetails(after, priorRate), from: before.difficultyLevel },
      ...(options.seededAt ? { timestamp: lastAt ?? options.seededAt } : {}),
    });
  }
  return { moduleId, slug: target.slug, title: target.title, subsystem: target.subsystem, before, after, priorRate, written };
}

/** The figures of a calibration the table has no column for, as kept in agent-log metadata. */
export function calibrationDetails(calibration: Calibration, priorRate: number) {
  return {
    to: calibration.difficultyLevel,
    sampleSize: calibration.sampleSize,
    successRate: calibration.successRate,
    adjustedRate: calibration.adjustedRate,
    priorRate: Math.round(priorRate * 10_000) / 10_000,
    pseudoAttempts: CALIBRATION_RULES.pseudoAttempts,
    interval90: calibration.interval90,
  };
}

/**
 * Recalibrates every module at once (the seed and `npm run jobs:calibrate`): one aggregate over
 * all completed attempts, each module counting only those on its current major version, priors pooled per subsystem from those fresh figures. Every module row
 * is locked first so an attempt finishing meanwhile waits instead of being overwritten.
 * Writes no agent-log entry; the caller summarises.
 */
export async function recomputeAllCalibrations(tx: Executor, options: RecomputeOptions = {}): Promise<CalibrationChange[]> {
  const modules = await queryRows<ModuleRow>(tx, sql`SELECT id, slug, title, subsystem FROM modules ORDER BY id FOR NO KEY UPDATE`);
  const statsRows = await queryRows<StatsRow>(tx, statsQuery(null));
  const calibrationRows = await queryRows<CalibrationRow>(
    tx,
    sql`SELECT calibration_id, module_id, difficulty_level, sample_size, success_rate::float8 AS success_rate, average_time_seconds
      FROM module_difficulty_calibrations`,
  );
  const statsByModule = new Map(statsRows.map((r) => [Number(r.module_id), r]));
  const priors = new Map<Subsystem, number>(
    SUBSYSTEMS.map((subsystem) => [
      subsystem,
      subsystemPriorRate(modules.filter((m) => m.subsystem === subsystem).map((m) => toStats(statsByModule.get(m.id)))),
    ]),
  );
  const changes: CalibrationChange[] = [];
  for (const target of modules) {
    const row = statsByModule.get(target.id);
    const priorRate = priors.get(target.subsystem) ?? CALIBRATION_RULES.defaultPriorRate;
    const after = calibrate(toStats(row), priorRate);
    const own = calibrationRows.filter((r) => r.module_id === target.id);
    const before = storedOf([...own].sort((a, b) => a.calibration_id - b.calibration_id)[0]);
    const lastAt = row?.last_at == null ? null : new Date(Math.round(Number(row.last_at) * 1000));
    const written = await writeCalibration(tx, target, own, after, lastAt, options);
    changes.push({ moduleId: target.id, slug: target.slug, title: target.title, subsystem: target.subsystem, before, after, priorRate, written });
  }
  return changes;
}
