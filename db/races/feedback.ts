import { sql } from "drizzle-orm";
import type { GhostKey, RaceTimeTargets } from "../../app/lib/domain/race-data";
import { isNewBest, splitDelta, type Medal, type Quartiles, type SplitDelta } from "../../app/lib/domain/races";
import type { Executor } from "../client";
import { queryRows } from "../rows";
import type { BoardStatus, RaceSplit } from "../schema/races";
import { cohortGhostLine, runGhostLine, type GhostLine, type ModuleRace } from "./module-race";
import { leaderboardRank, personalBestRun, previousBestSplits, topListedRun, type RunRecord } from "./runs";

/**
 * A run against its ghost: each split's delta (mine − ghost, cumulative; negative is ahead) and
 * whether it beats the student's best split at that checkpoint, and for a finished run the
 * medal, standing and the ghost's quartile band for the chart.
 */

export interface RaceSplitFeedback {
  checkpointId: string;
  seconds: number;
  ghostSeconds: number | null;
  delta: SplitDelta | null;
  newBest: boolean;
}

export interface RaceFinish {
  runId: number;
  timeSeconds: number;
  masteryScore: number;
  medal: Medal | null;
  boardStatus: BoardStatus;
  flagReasons: string[];
  targets: RaceTimeTargets;
  splits: (RaceSplitFeedback & { ghostBand: Quartiles | null })[];
  finishBand: Quartiles | null;
  rank: number | null;
  /** Students on the module's board (each by their best listed run), from the cached counts. */
  listedStudents: number;
}

/**
 * The ghost a run (or, with `run` null, a race about to start) is compared with. `best` is the
 * student's fastest run finished before this one started; `top` the fastest listed run other
 * than this one. Null when there is no such ghost.
 */
export async function resolveGhost(
  db: Executor,
  race: ModuleRace,
  key: GhostKey,
  studentId: string | null,
  run: RunRecord | null,
): Promise<GhostLine | null> {
  if (key === "best") {
    if (!studentId) return null;
    const best = await personalBestRun(db, studentId, race.moduleId, run);
    return best ? runGhostLine(race.ghostData, best) : null;
  }
  if (key === "top") {
    const top = await topListedRun(db, race.moduleId, run?.id ?? null);
    return top ? runGhostLine(race.ghostData, top) : null;
  }
  return cohortGhostLine(race.ghostData, key);
}

function feedbackOf(split: RaceSplit, ghost: GhostLine | null, previousBest: Map<string, number>): RaceSplitFeedback {
  const ghostSeconds = ghost?.splits.get(split.checkpointId) ?? null;
  return {
    checkpointId: split.checkpointId,
    seconds: split.seconds,
    ghostSeconds,
    delta: ghostSeconds === null ? null : splitDelta(split.seconds, ghostSeconds),
    newBest: isNewBest(split.seconds, previousBest.get(split.checkpointId) ?? null),
  };
}

/** Feedback on one recorded split of a run. */
export async function splitFeedback(db: Executor, race: ModuleRace, run: RunRecord, checkpointId: string): Promise<RaceSplitFeedback> {
  const split = run.splits.find((s) => s.checkpointId === checkpointId);
  if (!split) throw new Error(`Run ${run.id} has no split at ${checkpointId}`);
  const [ghost, previousBest] = [
    await resolveGhost(db, race, run.ghost, run.studentId, run),
    await previousBestSplits(db, run.studentId, run.moduleId, run),
  ];
  return feedbackOf(split, ghost, previousBest);
}

/** What a finished run shows: time, medal, standing, and every split against its ghost. */
export async function raceFinishOf(db: Executor, race: ModuleRace, run: RunRecord): Promise<RaceFinish> {
  if (run.status !== "finished" || run.timeSeconds === null) throw new Error(`Run ${run.id} is not finished`);
  const [ghost, previousBest] = [
    await resolveGhost(db, race, run.ghost, run.studentId, run),
    await previousBestSplits(db, run.studentId, run.moduleId, run),
  ];
  return {
    runId: run.id,
    timeSeconds: run.timeSeconds,
    masteryScore: run.masteryScore ?? 0,
    medal: run.medal,
    boardStatus: run.boardStatus,
    flagReasons: run.flagReasons,
    targets: race.targets,
    splits: run.splits.map((s) => ({ ...feedbackOf(s, ghost, previousBest), ghostBand: ghost?.bands.get(s.checkpointId) ?? null })),
    finishBand: ghost?.finishBand ?? null,
    rank: run.boardStatus === "listed" ? await leaderboardRank(db, run.studentId, run.moduleId) : null,
    listedStudents: await listedStudentsOf(db, run.moduleId),
  };
}

/** Read from the cache the finish transaction has just rewritten: no count over the runs. */
async function listedStudentsOf(db: Executor, moduleId: number): Promise<number> {
  const [row] = await queryRows<{ n: number | null }>(
    db,
    sql`SELECT (leaderboard_data->'counts'->>'listedStudents')::int AS n FROM race_metadata WHERE module_id = ${moduleId}`,
  );
  return row?.n ?? 0;
}
