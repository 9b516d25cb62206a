import { COMPETENCY_LEVELS, type CompetencyLevel } from "../../app/lib/domain/vocabulary";

/**
 * A student's level in one subsystem as the cohort review shows it: the recorded
 * `subsystem_competency` level, or "none" while no level is recorded. Plain data with no
 * database import, so the review's client components can share it.
 */
export type CohortLevel = "none" | CompetencyLevel;

/** Lowest first: the rank of a level is its index here (none 0 … autonomy 4). */
export const COHORT_LEVELS: readonly CohortLevel[] = ["none", ...COMPETENCY_LEVELS];

/** Bench depth counts students at this level or above (competency, integration, autonomy). */
export const BENCH_LEVEL: CompetencyLevel = "competency";

export function levelRank(level: CohortLevel): number {
  return COHORT_LEVELS.indexOf(level);
}

export function levelOfRank(rank: number | null | undefined): CohortLevel {
  return COHORT_LEVELS[rank ?? 0] ?? "none";
}

export function isCohortLevel(value: string): value is CohortLevel {
  return (COHORT_LEVELS as readonly string[]).includes(value);
}
