import type { RaceTimeTargets } from "./race-data";
import { timeTargets, type Quartiles } from "./races";
import { SUBSYSTEM_LABELS, type Subsystem } from "./vocabulary";

/**
 * Ghost building's pure rules: which semesters are "earlier", what a ghost is called, how the
 * CADENCE team's pace is read off its tasks, and where a module's medal targets come from. The
 * job (db/races/build-ghosts.ts) aggregates in SQL and applies these to the results.
 */

const SEASONS: Record<string, number> = { winter: 0, spring: 1, summer: 2, fall: 3, autumn: 3 };

/** "Spring 2026" (or "2026 Spring") as a sortable number; null for a name in no such form. */
export function semesterOrder(name: string): number | null {
  const words = name.trim().toLowerCase().split(/\s+/);
  if (words.length !== 2) return null;
  const [a, b] = words as [string, string];
  const [season, year] = /^\d{4}$/.test(a) ? [b, a] : [a, b];
  if (!/^\d{4}$/.test(year) || !(season in SEASONS)) return null;
  return Number(year) * 4 + SEASONS[season]!;
}

export interface SemesterSplit {
  /** The newest semester: its students are racing now, so they are nobody's ghost yet. */
  latest: string | null;
  /** Every readable semester before the latest, oldest first. */
  earlier: string[];
  /** Names not in "<Season> <Year>" form: their place in time is unknown, so they make no ghost. */
  unreadable: string[];
}

/** Which semesters' students may become ghosts: all but the latest one present. */
export function splitSemesters(names: readonly string[]): SemesterSplit {
  const readable = [...new Set(names)]
    .map((name) => ({ name, order: semesterOrder(name) }))
    .filter((s): s is { name: string; order: number } => s.order !== null)
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  const unreadable = [...new Set(names)].filter((name) => semesterOrder(name) === null).sort();
  const last = readable.at(-1);
  if (!last) return { latest: null, earlier: [], unreadable };
  // Two spellings of one term ("Fall 2026", "Autumn 2026") are the same semester.
  return {
    latest: last.name,
    earlier: readable.filter((s) => s.order < last.order).map((s) => s.name),
    unreadable,
  };
}

/** "NIT Spring 2026 · Power": university, semester and subsystem, the ghost's identity. */
export function studentCohortName(university: string, semester: string, subsystem: Subsystem): string {
  return `${university} ${semester} · ${SUBSYSTEM_LABELS[subsystem]}`;
}

export const CADENCE_UNIVERSITY = "CADENCE";

/** "CADENCE Power team": the historical team's pace through one subsystem's tasks. */
export function cadenceCohortName(subsystem: Subsystem): string {
  return `${CADENCE_UNIVERSITY} ${SUBSYSTEM_LABELS[subsystem]} team`;
}

/** The shares of a subsystem's tasks a pace is measured at, in percent. */
export const PACE_SHARES = [25, 50, 75, 100] as const;

/** Tasks that must be completed for `share` % of `total`: rounded up, so 25 % of 10 is 3. */
export function tasksForShare(share: number, total: number): number {
  return Math.max(1, Math.ceil((share * total) / 100));
}

export interface PaceInput {
  /** Every task of the subsystem, whatever its status. */
  total: number;
  /** The earliest due date of any of its tasks (yyyy-mm-dd); the pace's day 0. */
  startedOn: string | null;
  /** Completed tasks that have a due date, in due-date order (then id). */
  completed: readonly { taskId: number; dueDate: string }[];
}

export interface PaceMilestoneResult {
  share: number;
  days: number | null;
  reachedOn: string | null;
  /** The task whose completion reached the share. */
  taskId: number | null;
}

const DAY_MS = 86_400_000;

/** Whole days from one yyyy-mm-dd to another (UTC, so no daylight-saving hour shifts it). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The team's pace: for each of PACE_SHARES, the day the completed tasks reached that share of
 * all the subsystem's tasks. The export has no completion date, so a completed task counts as
 * done on its due date — the closest stand-in there is. A share the record never reached has
 * no day.
 */
export function paceMilestones(input: PaceInput): PaceMilestoneResult[] {
  return PACE_SHARES.map((share) => {
    const needed = tasksForShare(share, input.total);
    const task = input.total > 0 && input.startedOn ? input.completed[needed - 1] : undefined;
    if (!task) return { share, days: null, reachedOn: null, taskId: null };
    return { share, days: Math.max(0, daysBetween(input.startedOn!, task.dueDate)), reachedOn: task.dueDate, taskId: task.taskId };
  });
}

/**
 * A module's medal targets and where they came from: the pooled ghosts' finish quartiles, else
 * the calibrated average time, else the estimated minutes (the rule in `timeTargets`).
 */
export function raceTimeTargets(
  pooledFinish: Quartiles | null,
  calibration: { averageTimeSeconds: number | null; difficultyLevel: string } | null,
  estimatedMinutes: number,
): RaceTimeTargets {
  const average = calibration?.averageTimeSeconds;
  const source: RaceTimeTargets["source"] = pooledFinish ? "ghosts" : average != null && average > 0 ? "calibration" : "estimate";
  return { ...timeTargets(pooledFinish, calibration, estimatedMinutes), source };
}

/** Seconds kept to the millisecond: enough for any split, and free of float noise in JSON. */
export function toMillis(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function roundQuartiles(q: Quartiles): Quartiles {
  return { p25: toMillis(q.p25), median: toMillis(q.median), p75: toMillis(q.p75) };
}
