import type { Medal, Quartiles, TimeTargets } from "./races";
import type { Subsystem } from "./vocabulary";

/**
 * The shapes stored in `race_metadata`'s JSON columns, shared by the ghost builder (writes
 * checkpoints, ghost_data, time_targets), the race engine (reads ghosts, rewrites
 * leaderboard_data at every finish) and the race pages. Times are whole seconds from the start
 * of a run; split times are cumulative (time at which the checkpoint was submitted).
 */

/** `race_metadata.checkpoints`: the module's checkpoints in the order they are met. */
export interface RaceCheckpoint {
  id: string;
  title: string;
  /** 1-based position in the module. */
  position: number;
}

export interface GhostSplit extends Quartiles {
  checkpointId: string;
  /** Runs that had this split recorded. */
  n: number;
}

/** One earlier cohort (university × semester × subsystem) on one module. */
export interface ModuleGhost {
  /** `ghost_cohorts.cohort_id`. */
  cohortId: number;
  /** `ghost_cohorts.cohort_name`, e.g. "NIT Spring 2026 · Power". */
  name: string;
  university: string;
  semester: string;
  subsystem: Subsystem;
  /** Students of the cohort who finished the module (never fewer than RACE_RULES.minCohortSize). */
  students: number;
  /** Finished attempts counted (each student's first finished attempt). */
  attempts: number;
  /** In checkpoint order; a checkpoint nobody had a recorded split for is left out. */
  splits: GhostSplit[];
  finish: Quartiles;
  /** Mastery score quartiles (0–100). */
  mastery: Quartiles;
}

/** `race_metadata.ghost_data`. */
export interface RaceGhostData {
  builtAt: string;
  ghosts: ModuleGhost[];
  /**
   * Every eligible cohort pooled: the "cohort median" a race is run against by default. Null
   * when no cohort qualified (then targets come from calibration or the estimated time).
   */
  pooled: Omit<ModuleGhost, "cohortId" | "name" | "university" | "semester"> | null;
}

/** `race_metadata.time_targets`. */
export interface RaceTimeTargets extends TimeTargets {
  source: "ghosts" | "calibration" | "estimate";
}

/** One cached leaderboard row: a student's best listed run. Names are looked up when shown. */
export interface CachedLeaderboardEntry {
  runId: number;
  studentId: string;
  timeSeconds: number;
  masteryScore: number;
  medal: Medal | null;
  finishedAt: string;
}

/** `race_metadata.leaderboard_data`, rewritten in the transaction that finishes a race. */
export interface RaceLeaderboardCache {
  /** The best listed run of each student, fastest first, ties to the earlier finish; at most LEADERBOARD_CACHE_SIZE. */
  top: CachedLeaderboardEntry[];
  counts: {
    /** Finished race runs of the module. */
    finished: number;
    /** Students with at least one listed run. */
    listedStudents: number;
    /** Runs waiting for faculty review. */
    flagged: number;
  };
  updatedAt: string;
}

export const LEADERBOARD_CACHE_SIZE = 25;

/**
 * Ghost keys a race can be run against (`race_runs.ghost`): the pooled cohorts' median (default)
 * or quartiles, the student's own best run, the top listed time, or one cohort (`cohort:<id>`).
 */
export const GHOST_KEYS = ["median", "p25", "p75", "best", "top"] as const;
export type GhostKey = (typeof GHOST_KEYS)[number] | `cohort:${number}`;

export function isGhostKey(value: string): value is GhostKey {
  return (GHOST_KEYS as readonly string[]).includes(value) || /^cohort:[1-9][0-9]{0,9}$/.test(value);
}
