import type { Difficulty } from "./vocabulary";

/**
 * Module difficulty calibrated from real attempts.
 *
 * Method (documented here because the table has no metadata column: the agent-log entry of a
 * calibration keeps the figures, and the UI recomputes them from the row with these functions):
 * - A success is a COMPLETED attempt with mastery ≥ `masteryThreshold`; the caller counts them.
 * - Raw success rate p = successes / n (null when n = 0).
 * - Shrinkage (empirical-Bayes style, a beta prior worth k attempts): the module's rate is
 *   pulled toward its subsystem's pooled rate π with k = `pseudoAttempts` imaginary attempts:
 *   adjusted = (successes + k·π) / (n + k). With n = 0 it is π; with n = k it is halfway; with
 *   n ≫ k it is the raw rate. This keeps one lucky or unlucky attempt from relabelling a module.
 * - The difficulty level comes from the adjusted rate: ≥ bands.easy → easy, ≥ bands.medium →
 *   medium, ≥ bands.hard → hard, otherwise expert.
 * - The uncertainty shown to people is the Wilson score interval of the RAW rate at
 *   `confidence` (two-sided): it never leaves [0, 1], behaves at p = 0 or 1 and with small n,
 *   and narrows as n grows. n = 0 gives [0, 1].
 * - Shares are rounded to 4 decimals, the precision of the stored percentage (decimal(5,2)),
 *   and the level is read from the rounded adjusted rate so the row and its level agree.
 */

export const CALIBRATION_RULES = {
  masteryThreshold: 70,
  pseudoAttempts: 10,
  bands: { easy: 0.8, medium: 0.6, hard: 0.4 },
  confidence: 0.9,
  /** The prior when a subsystem has no completed attempts yet (the mastery rate we design for). */
  defaultPriorRate: 0.7,
};

export type CalibrationRules = typeof CALIBRATION_RULES;

/** Completed attempts of one module. */
export interface AttemptStats {
  sampleSize: number;
  successes: number;
  totalTimeSeconds: number;
}

export interface Calibration {
  sampleSize: number;
  /** Mean time of the completed attempts, whole seconds; null with no attempts. */
  averageTimeSeconds: number | null;
  /** Raw share of successes, 0–1; null with no attempts. */
  successRate: number | null;
  /** Share after shrinkage toward the prior, 0–1. */
  adjustedRate: number;
  difficultyLevel: Difficulty;
  /** Wilson interval of the raw share at `rules.confidence`; [0, 1] with no attempts. */
  interval90: [number, number];
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation, relative error
 * < 1.2 × 10⁻⁹), so `confidence` can be changed without a table of z values.
 */
function inverseNormal(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239] as const;
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572] as const;
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416] as const;
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -inverseNormal(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/** The z of a two-sided interval: 0.9 → 1.6449, 0.95 → 1.9600. */
export function zForConfidence(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError("confidence must be between 0 and 1");
  return inverseNormal(1 - (1 - confidence) / 2);
}

/** Wilson score interval for `successes` of `n`, rounded to 4 decimals; [0, 1] when n = 0. */
export function wilsonInterval(successes: number, n: number, confidence = CALIBRATION_RULES.confidence): [number, number] {
  if (n <= 0) return [0, 1];
  const p = successes / n;
  const z = zForConfidence(confidence);
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return [round4(Math.max(0, centre - halfWidth)), round4(Math.min(1, centre + halfWidth))];
}

/** The level for a success share (already shrunk): the bands are lower bounds, inclusive. */
export function difficultyFromRate(rate: number, rules: CalibrationRules = CALIBRATION_RULES): Difficulty {
  if (rate >= rules.bands.easy) return "easy";
  if (rate >= rules.bands.medium) return "medium";
  if (rate >= rules.bands.hard) return "hard";
  return "expert";
}

/**
 * Calibrates one module from its completed attempts and its subsystem's prior share.
 * Successes are clamped to [0, n] and negative counts read as 0, so bad input cannot yield a
 * share outside [0, 1].
 */
export function calibrate(stats: AttemptStats, priorRate: number, rules: CalibrationRules = CALIBRATION_RULES): Calibration {
  const n = Math.max(0, Math.trunc(stats.sampleSize));
  const successes = Math.min(Math.max(0, Math.trunc(stats.successes)), n);
  const prior = Math.min(Math.max(0, priorRate), 1);
  const k = Math.max(0, rules.pseudoAttempts);
  const adjustedRate = n + k === 0 ? round4(prior) : round4((successes + k * prior) / (n + k));
  return {
    sampleSize: n,
    averageTimeSeconds: n === 0 ? null : Math.round(Math.max(0, stats.totalTimeSeconds) / n),
    successRate: n === 0 ? null : round4(successes / n),
    adjustedRate,
    difficultyLevel: difficultyFromRate(adjustedRate, rules),
    interval90: wilsonInterval(successes, n, rules.confidence),
  };
}

/**
 * The prior for a subsystem: its modules' attempts pooled (Σ successes / Σ attempts), so a
 * module with many attempts weighs more than one with few. `defaultPriorRate` when there are none.
 */
export function subsystemPriorRate(stats: AttemptStats[], rules: CalibrationRules = CALIBRATION_RULES): number {
  let n = 0;
  let successes = 0;
  for (const s of stats) {
    const size = Math.max(0, Math.trunc(s.sampleSize));
    n += size;
    successes += Math.min(Math.max(0, Math.trunc(s.successes)), size);
  }
  return n === 0 ? rules.defaultPriorRate : successes / n;
}
