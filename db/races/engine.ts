import "server-only";
import { sql } from "drizzle-orm";
import type { Viewer } from "../../app/lib/auth/roles";
import type { CheckpointAnswers } from "../../app/lib/domain/module-spec";
import { isGhostKey, type GhostKey } from "../../app/lib/domain/race-data";
import type { Database, Executor } from "../client";
import { getDb } from "../index";
import {
  finishAttempt,
  LearningError,
  startAttempt,
  submitCheckpoint,
  type FinishOutcome,
  type SubmitOutcome,
} from "../learning/attempts";
import { queryRows } from "../rows";
import { raceFinishOf, splitFeedback, type RaceFinish, type RaceSplitFeedback } from "./feedback";
import { cohortOf, loadModuleRace } from "./module-race";
import { personalBestRun, runById, runningRun, runOfAttempt, topListedRun, type RunRecord } from "./runs";

export type { RaceFinish, RaceSplitFeedback } from "./feedback";
export { getRaceView, type RaceView } from "./race-view";

/**
 * Racing a module: a race IS an attempt (`module_attempts`, scored, finished and recorded like
 * any other, through db/learning/attempts.ts) with a `race_runs` row for what only a race has.
 * The attempt's own submit and finish call the race hooks (db/races/run-hooks.ts) inside their
 * transactions, so the splits, the medal, the integrity check and the cached leaderboard are
 * written with the attempt or not at all. These functions wrap them in one outer transaction to
 * read back the feedback from the same snapshot.
 */

/** Why a race could not start, beyond the refusals every attempt has (LearningError codes). */
export type RaceRefusal = "attempt_open" | "ghost_unavailable" | "not_a_race";

export class RaceError extends LearningError {
  override name = "RaceError";
  constructor(
    readonly reason: RaceRefusal,
    message: string,
  ) {
    super(reason === "not_a_race" ? "not_found" : "invalid", message);
  }
}

function requireRacer(viewer: Viewer | null): string {
  if (!viewer || viewer.role !== "student" || !viewer.studentId) {
    throw new LearningError("not_yours", "Only a student signed in with their own student record can race.");
  }
  return viewer.studentId;
}

/** Refuses a ghost the module cannot race against yet. */
async function checkGhost(tx: Executor, studentId: string, moduleId: number, ghost: GhostKey): Promise<void> {
  if (ghost === "best") {
    if (!(await personalBestRun(tx, studentId, moduleId, null))) {
      throw new RaceError("ghost_unavailable", "You have no finished race on this module yet: race the cohort median first, then your best.");
    }
  } else if (ghost === "top") {
    if (!(await topListedRun(tx, moduleId, null))) {
      throw new RaceError("ghost_unavailable", "Nobody is on this module's leaderboard yet, so there is no top time to race.");
    }
  } else if (ghost.startsWith("cohort:")) {
    const { ghostData } = await loadModuleRace(tx, moduleId);
    if (!cohortOf(ghostData, ghost as `cohort:${number}`)) {
      throw new RaceError("ghost_unavailable", "That cohort is not a ghost on this module. Pick one of the ghosts listed.");
    }
  }
}

/**
 * Starts a race on a published, unlocked module against `ghost`, or resumes the race already
 * running there (with its ghost). An ordinary attempt in progress at the module is refused with
 * an explanation, unless `abandonOpenAttempt`: then it is marked abandoned in the same
 * transaction (its saved answers stay on the row) and the race starts.
 */
export async function startRace(
  viewer: Viewer | null,
  input: { slug: string; ghost: GhostKey; abandonOpenAttempt?: boolean },
  db?: Database,
): Promise<{ attemptId: number; runId: number; resumed: boolean }> {
  const studentId = requireRacer(viewer);
  if (typeof input.ghost !== "string" || !isGhostKey(input.ghost)) throw new RaceError("ghost_unavailable", "Pick a ghost to race against.");
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    const [module] = await queryRows<{ id: number; title: string; status: string }>(
      tx,
      sql`SELECT id, title, status FROM modules WHERE slug = ${input.slug}`,
    );
    if (!module || module.status !== "published") throw new LearningError("not_found", "This module is not available.");

    const running = await runningRun(tx, studentId, module.id);
    if (running) return { attemptId: running.attemptId, runId: running.id, resumed: true };

    const [open] = await queryRows<{ id: number; race: boolean }>(
      tx,
      sql`SELECT a.id, EXISTS (SELECT 1 FROM race_runs r WHERE r.attempt_id = a.id) AS race
        FROM module_attempts a
        WHERE a.student_id = ${studentId} AND a.module_id = ${module.id} AND a.status = 'in_progress'
        FOR UPDATE OF a`,
    );
    if (open && !open.race) {
      if (!input.abandonOpenAttempt) {
        throw new RaceError(
          "attempt_open",
          `You have an attempt at ${module.title} in progress. A race is timed from its start, so finish that attempt first, or abandon it and race.`,
        );
      }
      await tx.execute(sql`UPDATE module_attempts SET status = 'abandoned', last_activity_at = LOCALTIMESTAMP WHERE id = ${open.id}`);
      await tx.execute(sql`INSERT INTO module_analytics_events (student_id, module_id, event_type, payload)
        VALUES (${studentId}, ${module.id}, 'abandoned', ${JSON.stringify({ attemptId: open.id, reason: "race" })}::jsonb)`);
    }
    // A race row whose attempt is no longer open can never be finished: close it before starting anew.
    await tx.execute(sql`UPDATE race_runs SET status = 'abandoned'
      WHERE student_id = ${studentId} AND module_id = ${module.id} AND status = 'running'
        AND NOT EXISTS (SELECT 1 FROM module_attempts a WHERE a.id = race_runs.attempt_id AND a.status = 'in_progress')`);

    // The same rules as any attempt (published, prerequisites mastered, the current version,
    // at least one checkpoint), in a savepoint of this transaction: a refusal below undoes it.
    const attempt = await startAttempt(viewer, input.slug, tx);
    await checkGhost(tx, studentId, module.id, input.ghost);
    const [inserted] = await queryRows<{ id: number }>(
      tx,
      sql`INSERT INTO race_runs (attempt_id, student_id, module_id, ghost, started_at)
        SELECT id, student_id, module_id, ${input.ghost}, started_at FROM module_attempts WHERE id = ${attempt.attemptId}
        ON CONFLICT (attempt_id) DO NOTHING RETURNING id`,
    );
    if (inserted) return { attemptId: attempt.attemptId, runId: inserted.id, resumed: false };
    // A second start at the same moment (a double click) made the run: resume it.
    const existing = await runOfAttempt(tx, attempt.attemptId);
    if (!existing) throw new Error("A race run vanished while starting another.");
    return { attemptId: attempt.attemptId, runId: existing.id, resumed: true };
  });
}

async function ownRun(tx: Executor, studentId: string, attemptId: number): Promise<RunRecord> {
  const run = Number.isSafeInteger(attemptId) ? await runOfAttempt(tx, attemptId) : null;
  if (!run || run.studentId !== studentId) throw new RaceError("not_a_race", "This race does not exist.");
  return run;
}

/**
 * Submits a checkpoint of a race: scored like any attempt's, its split timed by the server in
 * the same transaction, and compared with the run's ghost and the student's best split.
 */
export async function submitRaceCheckpoint(
  viewer: Viewer | null,
  input: { attemptId: number; checkpointId: string; answers: CheckpointAnswers },
  db?: Database,
): Promise<SubmitOutcome & { split: RaceSplitFeedback }> {
  const studentId = requireRacer(viewer);
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    const run = await ownRun(tx, studentId, input.attemptId);
    if (run.status !== "running") throw new LearningError("finished", "This race is already over. Start a new race to run it again.");
    const outcome = await submitCheckpoint(viewer, input.attemptId, input.checkpointId, input.answers, tx);
    const recorded = await runById(tx, run.id);
    const split = await splitFeedback(tx, await loadModuleRace(tx, run.moduleId), recorded!, input.checkpointId);
    return { ...outcome, split };
  });
}

/**
 * Finishes a race: the attempt is finished as any attempt is (performance log, progress,
 * competency, calibration), and in the same transaction the race hook times the run, awards
 * the medal, runs the integrity check and refreshes the module's cached leaderboard. A repeated
 * finish answers what the first recorded.
 */
export async function finishRace(viewer: Viewer | null, input: { attemptId: number }, db?: Database): Promise<FinishOutcome & { race: RaceFinish }> {
  const studentId = requireRacer(viewer);
  if (!Number.isSafeInteger(input.attemptId)) throw new RaceError("not_a_race", "This race does not exist.");
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    // The attempt checks who finishes it; an attempt that is not a race is refused right after,
    // which rolls its finish back with this transaction (one lookup less on the path that counts).
    const outcome = await finishAttempt(viewer, input.attemptId, tx);
    const run = await ownRun(tx, studentId, input.attemptId);
    if (run.status !== "finished") throw new Error(`Race run ${run.id} did not finish with its attempt`);
    return { ...outcome, race: await raceFinishOf(tx, await loadModuleRace(tx, run.moduleId), run) };
  });
}
