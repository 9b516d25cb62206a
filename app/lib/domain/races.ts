/**
 * Races: a student runs a module against the pace of earlier cohorts ("ghosts"). Pure rules only
 * (no database, React or Next) so the ghost builder, the race pages, the finish transaction and
 * the tests all read the same figures.
 *
 * Method (documented here because `race_metadata` stores the results, not the reasoning):
 * - Quartiles use linear interpolation between closest ranks (R's type 7, Excel's
 *   `PERCENTILE.INC`, NumPy's default): for sorted x₀…xₙ₋₁ and share p, h = (n − 1)·p and the
 *   value is x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). It never leaves the observed range, so a ghost's
 *   band is always a pace some real student ran.
 * - Split deltas are mine − ghost in seconds: negative = ahead. A tie is "not behind", so it
 *   shows as ahead (green): matching the cohort's pace exactly is not a loss.
 * - Time targets come from the ghosts' finish quartiles (gold = p25, silver = median,
 *   bronze = p75: beating three quarters, half, a quarter of the cohort). With no ghosts they
 *   come from the module's calibrated average time, then from its estimated time, scaled by
 *   `fallbackFactors`. Targets are whole seconds and strictly increasing (see `timeTargets`).
 * - A medal needs mastery ≥ `masteryThreshold` (the calibration's success line) and a time at or
 *   under the target: a fast run that did not learn the material wins nothing.
 * - Integrity: a finish under `integrityFloorShareOfGold` of the gold time is not plausible
 *   (skipped content or a tampered client) and stays off the leaderboard for faculty review, as
 *   does a finish under the mastery threshold; every reason that applies is listed.
 * - Cohorts under `minCohortSize` students never become ghosts: a handful of people is both
 *   identifiable (privacy) and too noisy to be a pace worth racing.
 */

export const RACE_RULES = {
  /** Fewest students a cohort needs to become a ghost (privacy and noise). */
  minCohortSize: 5,
  /** A finish faster than this share of the gold time is implausible and goes to review. */
  integrityFloorShareOfGold: 0.3,
  /** Mastery needed for a medal and for the leaderboard; the calibration's success line. */
  masteryThreshold: 70,
  /** Which quartile of the ghosts' finish times sets each medal's target. */
  medalQuartiles: { gold: "p25", silver: "median", bronze: "p75" } as const,
  /**
   * Targets without ghosts, as multiples of the calibrated average (or estimated) time: the
   * average is silver; a quarter faster is gold, a quarter slower bronze — roughly the spread of
   * a cohort's inner quartiles around its median.
   */
  fallbackFactors: { gold: 0.75, silver: 1, bronze: 1.25 },
};

export type RaceRules = typeof RACE_RULES;

export interface Quartiles {
  p25: number;
  median: number;
  p75: number;
}

export type Medal = "gold" | "silver" | "bronze";

/** Whole seconds at or under which each medal is won; always gold < silver < bronze. */
export interface TimeTargets {
  gold: number;
  silver: number;
  bronze: number;
}

/** The value at share p of an ascending, non-empty list (R-7 interpolation). */
function quantileSorted(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * p25, median and p75 of `values` by linear interpolation between closest ranks (R-7 / Excel
 * `PERCENTILE.INC`). Order does not matter; non-finite values are ignored; null when nothing is
 * left. One value is all three quartiles.
 */
export function quartiles(values: readonly number[]): Quartiles | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return { p25: quantileSorted(sorted, 0.25), median: quantileSorted(sorted, 0.5), p75: quantileSorted(sorted, 0.75) };
}

export interface SplitDelta {
  /** Mine − ghost, seconds (to the millisecond): negative means ahead. */
  deltaSeconds: number;
  /** Faster than or equal to the ghost: a tie is not behind. */
  ahead: boolean;
}

/** Rounded to the millisecond so float noise (0.1 + 0.2) cannot turn a tie into "behind"; never −0. */
const toMillis = (x: number) => {
  const r = Math.round(x * 1000) / 1000;
  return r === 0 ? 0 : r;
};

/** Where I stand against the ghost at one point: ahead when faster; equal counts as ahead. */
export function splitDelta(elapsedSeconds: number, ghostSeconds: number): SplitDelta {
  const deltaSeconds = toMillis(elapsedSeconds - ghostSeconds);
  return { deltaSeconds, ahead: deltaSeconds <= 0 };
}

export interface SplitComparison {
  /** 0-based position of the checkpoint in the module's order. */
  checkpoint: number;
  /** My time for this segment alone (since the previous checkpoint, or the start). */
  splitSeconds: number;
  /** The ghost's time for the same segment. */
  ghostSplitSeconds: number;
  /** This segment against the ghost's: did I gain or lose time here? */
  split: SplitDelta;
  /** Cumulative time against the ghost's: where I stand in the race now. */
  cumulative: SplitDelta;
}

/**
 * My checkpoints against a ghost's. Both lists are cumulative times from the start, in the
 * module's checkpoint order. A race in progress has fewer splits than the ghost, so only the
 * checkpoints both have are compared.
 */
export function splitsAgainst(ghost: readonly number[], mine: readonly number[]): SplitComparison[] {
  const n = Math.min(ghost.length, mine.length);
  const result: SplitComparison[] = [];
  for (let i = 0; i < n; i++) {
    const splitSeconds = toMillis(mine[i]! - (i === 0 ? 0 : mine[i - 1]!));
    const ghostSplitSeconds = toMillis(ghost[i]! - (i === 0 ? 0 : ghost[i - 1]!));
    result.push({
      checkpoint: i,
      splitSeconds,
      ghostSplitSeconds,
      split: splitDelta(splitSeconds, ghostSplitSeconds),
      cumulative: splitDelta(mine[i]!, ghost[i]!),
    });
  }
  return result;
}

/**
 * Whether a split (or finish) beats the previous best. No previous best makes it one; equalling
 * the best does not (a new best has to be strictly faster, so the marker means progress).
 */
export function isNewBest(split: number, previousBest: number | null): boolean {
  if (!Number.isFinite(split)) return false;
  return previousBest === null || split < previousBest;
}

/**
 * Makes targets whole seconds and strictly increasing while keeping silver where it is:
 * silver ≥ 2 s, gold ≤ silver − 1 (and ≥ 1), bronze ≥ silver + 1. Ghost quartiles can coincide
 * (every ghost finished in 600 s) and a tiny estimate can round to 0; the medals must still be
 * three distinct, reachable times.
 */
function ordered(gold: number, silver: number, bronze: number): TimeTargets {
  const s = Math.max(2, Math.round(silver));
  return {
    gold: Math.max(1, Math.min(Math.round(gold), s - 1)),
    silver: s,
    bronze: Math.max(Math.round(bronze), s + 1),
  };
}

/**
 * Gold / silver / bronze times for a module, in whole seconds, always gold < silver < bronze.
 * - With ghosts: the quartiles of their finish times named by `rules.medalQuartiles`.
 * - Otherwise from the calibration's average time of completed attempts, or when there is none
 *   from the module's estimated minutes, times `rules.fallbackFactors`. The calibration's
 *   difficulty level is not applied on top: the average time already measures how hard the
 *   module is, and scaling it again would count difficulty twice.
 */
export function timeTargets(
  ghostFinishQuartiles: Quartiles | null,
  calibration: { averageTimeSeconds: number | null; difficultyLevel: string } | null,
  estimatedMinutes: number,
  rules: RaceRules = RACE_RULES,
): TimeTargets {
  if (ghostFinishQuartiles) {
    const q = rules.medalQuartiles;
    return ordered(ghostFinishQuartiles[q.gold], ghostFinishQuartiles[q.silver], ghostFinishQuartiles[q.bronze]);
  }
  const average = calibration?.averageTimeSeconds;
  const base = average != null && average > 0 ? average : Math.max(0, estimatedMinutes) * 60;
  const f = rules.fallbackFactors;
  return ordered(base * f.gold, base * f.silver, base * f.bronze);
}

/**
 * The medal a finish wins: the best target the time is at or under, provided mastery reaches
 * `rules.masteryThreshold`; null for a slower finish or too low a mastery.
 */
export function medalFor(timeSeconds: number, masteryScore: number, targets: TimeTargets, rules: RaceRules = RACE_RULES): Medal | null {
  if (!(masteryScore >= rules.masteryThreshold) || !Number.isFinite(timeSeconds)) return null;
  if (timeSeconds <= targets.gold) return "gold";
  if (timeSeconds <= targets.silver) return "silver";
  if (timeSeconds <= targets.bronze) return "bronze";
  return null;
}

/** Whole seconds, or tenths truncated (never rounded up: 53.96 shows as 53.9, not 54). */
const formatNumber = (x: number) => (Number.isInteger(x) ? String(x) : String(Math.trunc(x * 10) / 10));

export interface IntegrityResult {
  /** May enter the leaderboard; otherwise it is flagged for faculty review with `reasons`. */
  eligible: boolean;
  reasons: string[];
}

/**
 * Whether a finish may enter the leaderboard. The floor is `integrityFloorShareOfGold` of the gold
 * time in whole seconds (rounded); a time at the floor is plausible, under it is not. Mastery
 * under the threshold is the other reason; both are listed when both apply, floor first.
 */
export function integrityCheck(timeSeconds: number, masteryScore: number, targets: TimeTargets, rules: RaceRules = RACE_RULES): IntegrityResult {
  const reasons: string[] = [];
  const floor = Math.round(targets.gold * rules.integrityFloorShareOfGold);
  const share = Math.round(rules.integrityFloorShareOfGold * 100);
  if (!Number.isFinite(timeSeconds) || timeSeconds < 0) {
    reasons.push("The finish time is not a valid measurement");
  } else if (timeSeconds < floor) {
    reasons.push(`Finished in ${formatNumber(timeSeconds)} s, under the plausible floor of ${floor} s (${share} % of the gold time)`);
  }
  if (!(masteryScore >= rules.masteryThreshold)) {
    reasons.push(`Mastery ${formatNumber(masteryScore)} is under ${rules.masteryThreshold}`);
  }
  return { eligible: reasons.length === 0, reasons };
}

export interface LeaderboardSortable {
  attemptId: number | string;
  timeSeconds: number;
  /** When the race finished (server time): a Date or an ISO string. */
  finishedAt: Date | string;
}

/** Milliseconds since the epoch; an unreadable date sorts last. */
const instant = (d: Date | string) => {
  const t = d instanceof Date ? d.getTime() : Date.parse(d);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
};

/** A missing or broken time sorts last rather than breaking the order. */
const sortableTime = (t: number) => (Number.isNaN(t) ? Number.POSITIVE_INFINITY : t);

/**
 * Leaderboard order for `Array.prototype.sort`: faster first; on a tie the earlier finish ranks
 * first (it got there first); then the attempt id, so the order is total and the same on every
 * render and in the cached leaderboard. Numeric ids compare as numbers (9 before 10).
 */
export function compareLeaderboardEntries(a: LeaderboardSortable, b: LeaderboardSortable): number {
  const xa = sortableTime(a.timeSeconds);
  const xb = sortableTime(b.timeSeconds);
  if (xa !== xb) return xa < xb ? -1 : 1;
  const ta = instant(a.finishedAt);
  const tb = instant(b.finishedAt);
  if (ta !== tb) return ta < tb ? -1 : 1;
  if (typeof a.attemptId === "number" && typeof b.attemptId === "number") return a.attemptId - b.attemptId;
  const ia = String(a.attemptId);
  const ib = String(b.attemptId);
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/** Whether a cohort is large enough to become a ghost (privacy and noise). */
export function cohortEligibleForGhost(studentCount: number, rules: RaceRules = RACE_RULES): boolean {
  return studentCount >= rules.minCohortSize;
}
