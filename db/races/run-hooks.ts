import { sql } from "drizzle-orm";
import { integrityCheck, medalFor } from "../../app/lib/domain/races";
import type { Executor } from "../client";
import { queryRows } from "../rows";
import type { RaceSplit } from "../schema/races";
import { refreshLeaderboardCache } from "./leaderboard-cache";
import { loadModuleRace } from "./module-race";
import { ISO_FORMAT } from "./runs";

/**
 * What a race adds to an attempt, called by `submitCheckpoint` and `finishAttempt` inside their
 * transactions (the attempt row is already locked there). Each starts with one lookup on the
 * unique `race_runs.attempt_id` index and does nothing more for an ordinary attempt.
 *
 * The server is the only clock: a split is the database clock at the submit (the transaction's
 * LOCALTIMESTAMP, the same instant the checkpoint result records) minus the run's start, in
 * whole seconds, rounded as the attempt's own time is. Nothing the browser sends is a time.
 */

const elapsed = sql`GREATEST(0, ROUND(EXTRACT(EPOCH FROM (LOCALTIMESTAMP - started_at))))::int`;

/** Records the split of a checkpoint just submitted, once per checkpoint. */
export async function recordRaceSplit(tx: Executor, attemptId: number, checkpointId: string): Promise<void> {
  await tx.execute(sql`
    UPDATE race_runs SET splits = splits || jsonb_build_array(jsonb_build_object(
        'checkpointId', ${checkpointId}::text, 'seconds', ${elapsed}, 'at', to_char(LOCALTIMESTAMP, ${ISO_FORMAT})))
    WHERE attempt_id = ${attemptId} AND status = 'running'
      AND NOT splits @> jsonb_build_array(jsonb_build_object('checkpointId', ${checkpointId}::text))`);
}

export interface RaceFinishInput {
  attemptId: number;
  masteryScore: number;
  /** The attempt's checkpoints in order: those submitted at the finish get the finish time as their split. */
  checkpointIds: string[];
}

/**
 * Finishes the race run of an attempt being finished: server time, mastery, medal, the
 * integrity check (listed, or flagged with every reason in words), then the module's cached
 * leaderboard, all in the attempt's transaction.
 */
export async function finishRaceRun(tx: Executor, input: RaceFinishInput): Promise<void> {
  const [run] = await queryRows<{ id: number; module_id: number; splits: RaceSplit[]; elapsed: number; now: string }>(
    tx,
    sql`SELECT id, module_id, splits, ${elapsed} AS elapsed, to_char(LOCALTIMESTAMP, ${ISO_FORMAT}) AS now
      FROM race_runs WHERE attempt_id = ${input.attemptId} AND status = 'running' FOR UPDATE`,
  );
  if (!run) return;

  const timeSeconds = Number(run.elapsed);
  const splits = [...(run.splits ?? [])];
  for (const checkpointId of input.checkpointIds) {
    if (!splits.some((s) => s.checkpointId === checkpointId)) splits.push({ checkpointId, seconds: timeSeconds, at: run.now });
  }
  const { targets } = await loadModuleRace(tx, run.module_id);
  const medal = medalFor(timeSeconds, input.masteryScore, targets);
  const integrity = integrityCheck(timeSeconds, input.masteryScore, targets);
  await tx.execute(sql`
    UPDATE race_runs SET status = 'finished', finished_at = LOCALTIMESTAMP, time_seconds = ${timeSeconds},
      mastery_score = ${input.masteryScore.toFixed(2)}, splits = ${JSON.stringify(splits)}::jsonb, medal = ${medal},
      board_status = ${integrity.eligible ? "listed" : "flagged"}, flag_reasons = ${JSON.stringify(integrity.reasons)}::jsonb
    WHERE id = ${run.id}`);
  await refreshLeaderboardCache(tx, run.module_id);
}
