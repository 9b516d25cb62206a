import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { canViewStudent, type Viewer } from "../../app/lib/auth/roles";
import { COMPETENCY_RULES, isMastered } from "../../app/lib/domain/competency";
import {
  ModuleSpec,
  publicSpec,
  type Checkpoint,
  type CheckpointAnswers,
  type CheckpointResult,
  type PublicModuleSpec,
  type Question,
} from "../../app/lib/domain/module-spec";
import { scoreAttempt, scoreCheckpoint, type CheckpointScore } from "../../app/lib/domain/scoring";
import type { CompetencyLevel, Subsystem } from "../../app/lib/domain/vocabulary";
import type { Database, Executor } from "../client";
import { getDb } from "../index";
import { finishRaceRun, recordRaceSplit } from "../races/run-hooks";
import { queryRows } from "../rows";
import { learnerPerformance, moduleAnalyticsEvents, moduleAttempts, moduleVersionHistory, modules } from "../schema";
import type { AttemptStatus } from "../schema/attempts";
import { recomputeCalibration, recomputeCompetency } from "./recompute";

/**
 * Taking a module: start (or resume) an attempt, save and submit checkpoint answers, finish.
 * The server keeps the clock, checks every answer and scores; the browser gets the questions
 * without answers (`publicSpec`) and sees a checkpoint's answers and explanations only once it
 * is submitted. Finishing writes the attempt's `learner_performance` row, the module's
 * progress, the student's competency in the subsystem, the module's calibration and the
 * analytics events in one transaction.
 *
 * Rules decided here:
 * - A module is locked until every REQUIRED prerequisite is mastered: a completed attempt with
 *   mastery ≥ COMPETENCY_RULES.masteryThreshold (70), the same notion competency counts.
 * - A checkpoint passes (analytics `checkpoint_passed`) when its share of right answers reaches
 *   the spec's masteryThreshold, the bar the whole attempt is held to.
 * - A checkpoint is submitted once. Finishing submits the checkpoints left open with the
 *   answers saved for them (blank questions count wrong), so nothing typed is lost.
 * - Time spent is the database clock at finish minus the attempt's start, whole seconds.
 */

export type LearningErrorCode = "not_found" | "locked" | "not_yours" | "finished" | "invalid";

export interface ModuleRef {
  slug: string;
  title: string;
}

/** A refusal a student can read; `missingPrerequisites` is set for `locked`. */
export class LearningError extends Error {
  override name = "LearningError";
  constructor(
    readonly code: LearningErrorCode,
    message: string,
    readonly missingPrerequisites: ModuleRef[] = [],
  ) {
    super(message);
  }
}

export interface AttemptView {
  attemptId: number;
  status: AttemptStatus;
  module: { id: number; slug: string; title: string; subsystem: Subsystem };
  versionNumber: string | null;
  /** The attempt's version without answers or explanations. */
  spec: PublicModuleSpec;
  answers: Record<string, CheckpointAnswers>;
  checkpointResults: Record<string, CheckpointResult>;
  /** Submitted checkpoints only, in full: correct answers and explanations. */
  revealed: Record<string, Checkpoint>;
  startedAt: string;
  lastActivityAt: string;
  finishedAt: string | null;
  /** The server's clock, for showing the elapsed time. */
  now: string;
  /** For a finished attempt, what finishing it recorded. */
  outcome: FinishOutcome | null;
}

export interface WrongAnswer {
  checkpointId: string;
  checkpointTitle: string;
  questionId: string;
  prompt: string;
  /** The right answer in words: the option's text, or the value and unit. */
  correctAnswer: string;
  explanation: string;
}

export interface FinishOutcome {
  attemptId: number;
  logId: number;
  attemptNumber: number;
  masteryScore: number;
  timeSpentSeconds: number;
  errorsCount: number;
  mastered: boolean;
  /** This attempt scored higher than every earlier completed attempt (true for the first). */
  personalBest: boolean;
  bestMastery: number;
  wrong: WrongAnswer[];
  competency: {
    subsystem: Subsystem;
    before: CompetencyLevel;
    after: CompetencyLevel;
    modulesCompleted: number;
    total: number;
  };
}

export type SubmitOutcome = CheckpointScore & { revealed: Checkpoint };

// ---------------------------------------------------------------------------------------------
// Start

/** Starts an attempt at a published module, or resumes the one in progress. */
export async function startAttempt(viewer: Viewer | null, slug: string, db?: Database): Promise<{ attemptId: number; resumed: boolean }> {
  const studentId = requireStudent(viewer);
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    const [module] = await tx
      .select({ id: modules.id, title: modules.title, status: modules.status, currentVersion: modules.currentVersion })
      .from(modules)
      .where(eq(modules.slug, slug));
    if (!module || module.status !== "published") throw new LearningError("not_found", "This module is not available.");

    const missing = await missingPrerequisites(tx, studentId, module.id);
    if (missing.length > 0) {
      throw new LearningError(
        "locked",
        `${module.title} is locked: master ${listTitles(missing.map((m) => m.title))} first.`,
        missing,
      );
    }

    const open = await inProgressAttempt(tx, studentId, module.id);
    if (open !== null) return { attemptId: open, resumed: true };

    const [version] = await tx
      .select({ versionId: moduleVersionHistory.versionId, versionNumber: moduleVersionHistory.versionNumber, specJson: moduleVersionHistory.specJson })
      .from(moduleVersionHistory)
      .where(and(eq(moduleVersionHistory.moduleId, module.id), eq(moduleVersionHistory.versionNumber, module.currentVersion ?? "")));
    const spec = version ? ModuleSpec.safeParse(version.specJson) : null;
    if (!version || !spec?.success || spec.data.checkpoints.length === 0) {
      throw new LearningError("not_found", "This module has no checkpoints to take yet.");
    }

    // Two starts at once (a double click, two tabs) meet at the partial unique index: one
    // inserts, the other finds that attempt and resumes it.
    const [inserted] = await tx
      .insert(moduleAttempts)
      .values({ studentId, moduleId: module.id, versionId: version.versionId, versionNumber: version.versionNumber })
      .onConflictDoNothing({ target: [moduleAttempts.studentId, moduleAttempts.moduleId], where: sql`status = 'in_progress'` })
      .returning({ id: moduleAttempts.id });
    if (!inserted) {
      const existing = await inProgressAttempt(tx, studentId, module.id);
      if (existing === null) throw new Error("An attempt in progress vanished while starting another.");
      return { attemptId: existing, resumed: true };
    }

    await tx.insert(moduleAnalyticsEvents).values({
      studentId,
      moduleId: module.id,
      eventType: "started",
      payload: { attemptId: inserted.id, version: version.versionNumber },
    });
    // Starting again never downgrades a completed or mastered module.
    await tx.execute(sql`
      INSERT INTO module_progress (student_id, module_id, status, percent_complete, started_at)
      VALUES (${studentId}, ${module.id}, 'in_progress', 0, LOCALTIMESTAMP)
      ON CONFLICT (student_id, module_id) DO UPDATE SET
        status = CASE WHEN module_progress.status = 'not_started' THEN 'in_progress' ELSE module_progress.status END,
        started_at = COALESCE(module_progress.started_at, EXCLUDED.started_at),
        updated_at = CURRENT_TIMESTAMP`);
    return { attemptId: inserted.id, resumed: false };
  });
}

async function inProgressAttempt(tx: Executor, studentId: string, moduleId: number): Promise<number | null> {
  const [row] = await tx
    .select({ id: moduleAttempts.id })
    .from(moduleAttempts)
    .where(and(eq(moduleAttempts.studentId, studentId), eq(moduleAttempts.moduleId, moduleId), eq(moduleAttempts.status, "in_progress")));
  return row?.id ?? null;
}

/** Required prerequisites of a module the student has not mastered, in catalogue order. */
export async function missingPrerequisites(tx: Executor, studentId: string, moduleId: number): Promise<ModuleRef[]> {
  return queryRows<ModuleRef>(
    tx,
    sql`SELECT pm.slug, pm.title
      FROM module_prerequisites p JOIN modules pm ON pm.id = p.prerequisite_module_id
      WHERE p.module_id = ${moduleId} AND COALESCE(p.required, true)
        AND NOT EXISTS (
          SELECT 1 FROM learner_performance lp
          WHERE lp.student_id = ${studentId} AND lp.module_id = pm.id AND lp.completed
            AND lp.mastery_score >= ${COMPETENCY_RULES.masteryThreshold}
        )
      ORDER BY pm.id`,
  );
}

// ---------------------------------------------------------------------------------------------
// Read

interface AttemptRow {
  id: number;
  student_id: string;
  university_id: number;
  module_id: number;
  slug: string;
  title: string;
  subsystem: Subsystem;
  status: AttemptStatus;
  version_number: string | null;
  spec_json: unknown;
  answers: Record<string, CheckpointAnswers>;
  checkpoint_results: Record<string, CheckpointResult>;
  performance_log_id: number | null;
}

/**
 * An attempt as its student (or staff who may see the student) sees it; null when it does not
 * exist or the viewer may not see it. Answers and explanations appear only for submitted
 * checkpoints.
 */
export async function getAttempt(viewer: Viewer | null, attemptId: number, db?: Database): Promise<AttemptView | null> {
  if (!viewer || !Number.isSafeInteger(attemptId)) return null;
  const database = db ?? (await getDb());
  const [row] = await database
    .select({
      id: moduleAttempts.id,
      startedAt: moduleAttempts.startedAt,
      lastActivityAt: moduleAttempts.lastActivityAt,
      finishedAt: moduleAttempts.finishedAt,
      now: sql`LOCALTIMESTAMP`.mapWith(moduleAttempts.startedAt),
    })
    .from(moduleAttempts)
    .where(eq(moduleAttempts.id, attemptId));
  if (!row) return null;
  const attempt = await readAttempt(database, attemptId, false);
  if (!attempt || !canViewStudent(viewer, { id: attempt.student_id, universityId: attempt.university_id })) return null;
  const spec = parseSpec(attempt.spec_json);
  const results = attempt.checkpoint_results ?? {};
  const revealed: Record<string, Checkpoint> = {};
  for (const checkpoint of spec.checkpoints) {
    if (Object.hasOwn(results, checkpoint.id)) revealed[checkpoint.id] = checkpoint;
  }
  return {
    attemptId: attempt.id,
    status: attempt.status,
    module: { id: attempt.module_id, slug: attempt.slug, title: attempt.title, subsystem: attempt.subsystem },
    versionNumber: attempt.version_number,
    spec: publicSpec(spec),
    answers: attempt.answers ?? {},
    checkpointResults: results,
    revealed,
    startedAt: row.startedAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    now: row.now.toISOString(),
    outcome: attempt.status === "finished" ? await recordedOutcome(database, attempt, spec) : null,
  };
}

async function readAttempt(tx: Executor, attemptId: number, lock: boolean): Promise<(AttemptRow & { elapsed: number }) | null> {
  const [row] = await queryRows<AttemptRow & { elapsed: number }>(
    tx,
    sql`SELECT a.id, a.student_id, s.university_id, a.module_id, m.slug, m.title, m.subsystem, a.status, a.version_number,
        v.spec_json, a.answers, a.checkpoint_results, a.performance_log_id,
        GREATEST(0, ROUND(EXTRACT(EPOCH FROM (LOCALTIMESTAMP - a.started_at))))::int AS elapsed
      FROM module_attempts a
      JOIN modules m ON m.id = a.module_id
      JOIN students s ON s.id = a.student_id
      LEFT JOIN module_version_history v ON v.version_id = a.version_id
      WHERE a.id = ${attemptId}
      ${lock ? sql`FOR UPDATE OF a` : sql``}`,
  );
  return row ?? null;
}

/** The attempt, locked, if it is the student's and still open. */
async function lockOpenAttempt(tx: Executor, studentId: string, attemptId: number) {
  const attempt = await readAttempt(tx, attemptId, true);
  if (!attempt) throw new LearningError("not_found", "This attempt does not exist.");
  if (attempt.student_id !== studentId) throw new LearningError("not_yours", "This attempt belongs to another student.");
  if (attempt.status !== "in_progress") {
    throw new LearningError("finished", "This attempt is already finished. Start the module again to make a new attempt.");
  }
  return { attempt, spec: parseSpec(attempt.spec_json) };
}

function parseSpec(json: unknown): ModuleSpec {
  const parsed = ModuleSpec.safeParse(json);
  if (!parsed.success) throw new LearningError("not_found", "This attempt's version of the module can no longer be read.");
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------
// Answers

const AnswerShape = z.union([
  z.strictObject({ optionId: z.string().min(1).max(64) }),
  z.strictObject({ value: z.number().finite().nullable(), unit: z.string().max(20).nullable() }),
]);
const AnswersShape = z.record(z.string().min(1).max(64), AnswerShape);

/** The answers, checked against the checkpoint's questions: unknown questions or options are refused. */
function validateAnswers(checkpoint: Checkpoint, answers: unknown): CheckpointAnswers {
  const parsed = AnswersShape.safeParse(answers);
  if (!parsed.success) throw new LearningError("invalid", "An answer is not in the expected form.");
  const clean: CheckpointAnswers = {};
  for (const [questionId, answer] of Object.entries(parsed.data)) {
    const question = checkpoint.questions.find((q) => q.id === questionId);
    if (!question) throw new LearningError("invalid", "An answer names a question this checkpoint does not have.");
    if (question.kind === "multiple_choice") {
      if (!("optionId" in answer) || !question.options.some((o) => o.id === answer.optionId)) {
        throw new LearningError("invalid", "An answer names an option this question does not have.");
      }
      clean[questionId] = { optionId: answer.optionId };
    } else {
      if (!("value" in answer)) throw new LearningError("invalid", "A numeric question needs a number, not an option.");
      const unit = answer.unit?.trim() ?? null;
      clean[questionId] = { value: answer.value, unit: unit === "" ? null : unit };
    }
  }
  return clean;
}

function findCheckpoint(spec: ModuleSpec, checkpointId: string): Checkpoint {
  const checkpoint = spec.checkpoints.find((c) => c.id === checkpointId);
  if (!checkpoint) throw new LearningError("invalid", "This module has no such checkpoint.");
  return checkpoint;
}

/** Saves a checkpoint's answers so far (not scored); a reload or another device picks them up. */
export async function saveAnswers(
  viewer: Viewer | null,
  attemptId: number,
  checkpointId: string,
  answers: CheckpointAnswers,
  db?: Database,
): Promise<{ savedAt: string }> {
  const studentId = requireStudent(viewer);
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    const { attempt, spec } = await lockOpenAttempt(tx, studentId, attemptId);
    const checkpoint = findCheckpoint(spec, checkpointId);
    if (Object.hasOwn(attempt.checkpoint_results ?? {}, checkpoint.id)) {
      throw new LearningError("invalid", "This checkpoint is already submitted; its answers can no longer change.");
    }
    const clean = validateAnswers(checkpoint, answers);
    const [saved] = await tx
      .update(moduleAttempts)
      .set({
        answers: sql`jsonb_set(${moduleAttempts.answers}, ARRAY[${checkpoint.id}]::text[], ${JSON.stringify(clean)}::jsonb)`,
        lastActivityAt: sql`LOCALTIMESTAMP`,
      })
      .where(eq(moduleAttempts.id, attemptId))
      .returning({ savedAt: moduleAttempts.lastActivityAt });
    return { savedAt: saved!.savedAt.toISOString() };
  });
}

/** Submits a checkpoint once: scored here, its answers and explanations revealed in the reply. */
export async function submitCheckpoint(
  viewer: Viewer | null,
  attemptId: number,
  checkpointId: string,
  answers: CheckpointAnswers,
  db?: Database,
): Promise<SubmitOutcome> {
  const studentId = requireStudent(viewer);
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    const { attempt, spec } = await lockOpenAttempt(tx, studentId, attemptId);
    const checkpoint = findCheckpoint(spec, checkpointId);
    const results = attempt.checkpoint_results ?? {};
    if (Object.hasOwn(results, checkpoint.id)) throw new LearningError("invalid", "This checkpoint is already submitted.");
    const clean = validateAnswers(checkpoint, answers);
    const score = scoreCheckpoint(checkpoint, clean);
    const [now] = await queryRows<{ iso: string }>(tx, sql`SELECT to_char(LOCALTIMESTAMP, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS iso`);
    const result: CheckpointResult = { submittedAt: now!.iso, correct: score.correct, total: score.total, wrong: score.wrong };
    await tx
      .update(moduleAttempts)
      .set({
        answers: sql`jsonb_set(${moduleAttempts.answers}, ARRAY[${checkpoint.id}]::text[], ${JSON.stringify(clean)}::jsonb)`,
        checkpointResults: sql`jsonb_set(${moduleAttempts.checkpointResults}, ARRAY[${checkpoint.id}]::text[], ${JSON.stringify(result)}::jsonb)`,
        lastActivityAt: sql`LOCALTIMESTAMP`,
      })
      .where(eq(moduleAttempts.id, attemptId));
    await tx.insert(moduleAnalyticsEvents).values(checkpointEvent(studentId, attempt.module_id, attemptId, checkpoint, score, spec, false));
    // A race's split, timed by this transaction's clock; an ordinary attempt matches no race row.
    await recordRaceSplit(tx, attemptId, checkpoint.id);

    const submitted = Object.keys(results).length + 1;
    // 100 % is kept for a finished module; an attempt in progress tops out at 99.
    const percent = Math.min(99, Math.round((100 * submitted) / spec.checkpoints.length));
    await tx.execute(sql`UPDATE module_progress SET percent_complete = GREATEST(percent_complete, ${percent}), updated_at = CURRENT_TIMESTAMP
      WHERE student_id = ${studentId} AND module_id = ${attempt.module_id} AND status = 'in_progress'`);
    return { ...score, revealed: checkpoint };
  });
}

function checkpointEvent(
  studentId: string,
  moduleId: number,
  attemptId: number,
  checkpoint: Checkpoint,
  score: CheckpointScore,
  spec: ModuleSpec,
  submittedAtFinish: boolean,
) {
  const passed = score.total > 0 && (100 * score.correct) / score.total >= spec.masteryThreshold;
  return {
    studentId,
    moduleId,
    eventType: passed ? "checkpoint_passed" : "checkpoint_failed",
    payload: {
      attemptId,
      checkpointId: checkpoint.id,
      correct: score.correct,
      total: score.total,
      ...(submittedAtFinish ? { submittedAtFinish: true } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Finish

/**
 * Finishes an attempt in one transaction. The attempt row is locked first: a second finish
 * (a double click, two tabs) waits, then finds it finished and gets the recorded outcome, so
 * the attempt is written once.
 */
export async function finishAttempt(viewer: Viewer | null, attemptId: number, db?: Database): Promise<FinishOutcome> {
  const studentId = requireStudent(viewer);
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    const attempt = await readAttempt(tx, attemptId, true);
    if (!attempt) throw new LearningError("not_found", "This attempt does not exist.");
    if (attempt.student_id !== studentId) throw new LearningError("not_yours", "This attempt belongs to another student.");
    if (attempt.status === "finished") return recordedOutcome(tx, attempt, parseSpec(attempt.spec_json));
    if (attempt.status !== "in_progress") throw new LearningError("finished", "This attempt was abandoned. Start the module again.");
    const spec = parseSpec(attempt.spec_json);

    // Checkpoints left open are submitted with what was saved for them.
    const results: Record<string, CheckpointResult> = { ...(attempt.checkpoint_results ?? {}) };
    const events: ReturnType<typeof checkpointEvent>[] = [];
    const [clock] = await queryRows<{ iso: string }>(tx, sql`SELECT to_char(LOCALTIMESTAMP, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS iso`);
    for (const checkpoint of spec.checkpoints) {
      if (Object.hasOwn(results, checkpoint.id)) continue;
      const saved = attempt.answers?.[checkpoint.id] ?? {};
      const score = scoreCheckpoint(checkpoint, saved);
      results[checkpoint.id] = { submittedAt: clock!.iso, correct: score.correct, total: score.total, wrong: score.wrong };
      events.push(checkpointEvent(studentId, attempt.module_id, attemptId, checkpoint, score, spec, true));
    }
    const score = scoreAttempt(spec, results);

    const [previous] = await queryRows<{ last: number; best: number | string | null }>(
      tx,
      sql`SELECT COALESCE(MAX(attempt_number), 0)::int AS last, (MAX(mastery_score) FILTER (WHERE completed))::float8 AS best
        FROM learner_performance WHERE student_id = ${studentId} AND module_id = ${attempt.module_id}`,
    );
    const attemptNumber = (previous?.last ?? 0) + 1;
    const previousBest = previous?.best == null ? null : Number(previous.best);
    const bestMastery = Math.max(previousBest ?? 0, score.masteryScore);
    const personalBest = previousBest === null || score.masteryScore > previousBest;

    const [logged] = await tx
      .insert(learnerPerformance)
      .values({
        studentId,
        moduleId: attempt.module_id,
        attemptNumber,
        timeSpentSeconds: attempt.elapsed,
        errorsCount: score.errorsCount,
        masteryScore: score.masteryScore.toFixed(2),
        completed: true,
        timestamp: sql`LOCALTIMESTAMP`,
      })
      .returning({ logId: learnerPerformance.logId });
    const logId = logged!.logId;

    await tx
      .update(moduleAttempts)
      .set({
        status: "finished",
        finishedAt: sql`LOCALTIMESTAMP`,
        lastActivityAt: sql`LOCALTIMESTAMP`,
        checkpointResults: results,
        performanceLogId: logId,
      })
      .where(eq(moduleAttempts.id, attemptId));

    const progressStatus = isMastered(bestMastery) ? "mastered" : "completed";
    await tx.execute(sql`
      INSERT INTO module_progress (student_id, module_id, status, percent_complete, started_at, completed_at)
      VALUES (${studentId}, ${attempt.module_id}, ${progressStatus}, 100, LOCALTIMESTAMP, LOCALTIMESTAMP)
      ON CONFLICT (student_id, module_id) DO UPDATE SET
        status = EXCLUDED.status,
        percent_complete = 100,
        started_at = COALESCE(module_progress.started_at, EXCLUDED.started_at),
        completed_at = COALESCE(module_progress.completed_at, EXCLUDED.completed_at),
        updated_at = CURRENT_TIMESTAMP`);

    const competency = await recomputeCompetency(tx, studentId, attempt.subsystem, { moduleId: attempt.module_id, attemptId });
    await recomputeCalibration(tx, attempt.module_id);
    // A race's time, medal, standing and the module's cached leaderboard; nothing for an ordinary attempt.
    await finishRaceRun(tx, { attemptId, masteryScore: score.masteryScore, checkpointIds: spec.checkpoints.map((c) => c.id) });

    const recorded: RecordedFinish = {
      attemptId,
      logId,
      attemptNumber,
      masteryScore: score.masteryScore,
      timeSpentSeconds: attempt.elapsed,
      errorsCount: score.errorsCount,
      mastered: score.mastered,
      personalBest,
      bestMastery,
      competency: {
        subsystem: competency.subsystem,
        before: competency.before,
        after: competency.after,
        modulesCompleted: competency.modulesCompleted,
        total: competency.total,
      },
    };
    await tx.insert(moduleAnalyticsEvents).values([
      ...events,
      { studentId, moduleId: attempt.module_id, eventType: "finished", payload: { ...recorded } },
    ]);
    return { ...recorded, wrong: wrongAnswers(spec, results) };
  });
}

/** What the `finished` analytics event keeps of an outcome (the wrong answers follow from the spec). */
type RecordedFinish = Omit<FinishOutcome, "wrong">;

/** The outcome a finished attempt recorded, read back for a repeated finish or a reload. */
async function recordedOutcome(tx: Executor, attempt: AttemptRow, spec: ModuleSpec): Promise<FinishOutcome> {
  const [event] = await queryRows<{ payload: RecordedFinish }>(
    tx,
    sql`SELECT payload FROM module_analytics_events
      WHERE student_id = ${attempt.student_id} AND module_id = ${attempt.module_id} AND event_type = 'finished'
        AND payload @> ${JSON.stringify({ attemptId: attempt.id })}::jsonb
      ORDER BY id LIMIT 1`,
  );
  const wrong = wrongAnswers(spec, attempt.checkpoint_results ?? {});
  if (event) return { ...event.payload, wrong };

  // Finished by something that left no event: rebuild what the rows still tell.
  const [row] = await queryRows<{
    log_id: number;
    attempt_number: number;
    mastery: number;
    time: number;
    errors: number;
    best: number;
    level: string | null;
    modules_completed: number | null;
  }>(
    tx,
    sql`SELECT lp.log_id, lp.attempt_number, lp.mastery_score::float8 AS mastery, lp.time_spent_seconds AS time, lp.errors_count AS errors,
        (SELECT MAX(o.mastery_score) FILTER (WHERE o.completed) FROM learner_performance o
          WHERE o.student_id = lp.student_id AND o.module_id = lp.module_id)::float8 AS best,
        c.competency_level AS level, c.modules_completed
      FROM learner_performance lp
      LEFT JOIN subsystem_competency c ON c.student_id = lp.student_id AND c.subsystem = ${attempt.subsystem}
      WHERE lp.log_id = ${attempt.performance_log_id}`,
  );
  if (!row) throw new LearningError("not_found", "This attempt's record is gone.");
  const level = (row.level ?? "orientation") as CompetencyLevel;
  const mastery = Number(row.mastery);
  return {
    attemptId: attempt.id,
    logId: row.log_id,
    attemptNumber: row.attempt_number,
    masteryScore: mastery,
    timeSpentSeconds: row.time,
    errorsCount: row.errors,
    mastered: mastery >= spec.masteryThreshold,
    personalBest: mastery >= Number(row.best),
    bestMastery: Number(row.best),
    wrong,
    competency: { subsystem: attempt.subsystem, before: level, after: level, modulesCompleted: row.modules_completed ?? 0, total: 0 },
  };
}

function wrongAnswers(spec: ModuleSpec, results: Record<string, CheckpointResult>): WrongAnswer[] {
  const wrong: WrongAnswer[] = [];
  for (const checkpoint of spec.checkpoints) {
    const result = Object.hasOwn(results, checkpoint.id) ? results[checkpoint.id] : undefined;
    const ids = new Set(result ? result.wrong : checkpoint.questions.map((q) => q.id));
    for (const question of checkpoint.questions) {
      if (!ids.has(question.id)) continue;
      wrong.push({
        checkpointId: checkpoint.id,
        checkpointTitle: checkpoint.title,
        questionId: question.id,
        prompt: question.prompt,
        correctAnswer: correctAnswerText(question),
        explanation: question.explanation,
      });
    }
  }
  return wrong;
}

function correctAnswerText(question: Question): string {
  if (question.kind === "multiple_choice") return question.options.find((o) => o.id === question.correctOptionId)?.text ?? "";
  return question.unit ? `${question.answer} ${question.unit}` : String(question.answer);
}

// ---------------------------------------------------------------------------------------------
// Helpers

function requireStudent(viewer: Viewer | null): string {
  if (!viewer || viewer.role !== "student" || !viewer.studentId) {
    throw new LearningError("not_yours", "Only a student signed in with their own student record can take modules.");
  }
  return viewer.studentId;
}

function listTitles(titles: string[]): string {
  if (titles.length <= 1) return titles.join("");
  return `${titles.slice(0, -1).join(", ")} and ${titles.at(-1)}`;
}
