import type { CohortLevel } from "./cohort-levels";

/**
 * The leaderboard's filters as plain data, with no database import, so the filter form (a
 * client component) and the URL parsing share them with the queries.
 */

export const LEADERBOARD_WINDOWS = ["all", "semester", "week"] as const;
export type LeaderboardWindow = (typeof LEADERBOARD_WINDOWS)[number];

export const LEADERBOARD_WINDOW_LABELS: Record<LeaderboardWindow, string> = {
  all: "All time",
  semester: "This semester",
  week: "This week",
};

/** A cohort as races mean it: one university's students of one semester (ghost cohorts are the same cut). */
export interface CohortKey {
  universityId: number;
  semester: string;
}

export interface LeaderboardFilters {
  cohort: CohortKey | null;
  teamId: number | null;
  universityId: number | null;
  semester: string | null;
  window: LeaderboardWindow;
  /** The student's recorded level in the module's subsystem; "none" while none is recorded. */
  level: CohortLevel | null;
}

export const NO_FILTERS: LeaderboardFilters = { cohort: null, teamId: null, universityId: null, semester: null, window: "all", level: null };

/** The all-time board of everyone: the one view the cached leaderboard answers. */
export function isUnfiltered(filters: LeaderboardFilters): boolean {
  return (
    filters.cohort === null &&
    filters.teamId === null &&
    filters.universityId === null &&
    filters.semester === null &&
    filters.window === "all" &&
    filters.level === null
  );
}

/** `?cohort=` values: "1:Fall 2026". */
export function cohortValue(cohort: CohortKey): string {
  return `${cohort.universityId}:${cohort.semester}`;
}

export function parseCohortValue(value: string): CohortKey | null {
  const match = /^([1-9][0-9]{0,8}):(.{1,100})$/.exec(value);
  return match ? { universityId: Number(match[1]), semester: match[2]! } : null;
}
