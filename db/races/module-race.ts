import { sql } from "drizzle-orm";
import type { GhostKey, ModuleGhost, RaceGhostData, RaceTimeTargets } from "../../app/lib/domain/race-data";
import { timeTargets, type Quartiles } from "../../app/lib/domain/races";
import type { Executor } from "../client";
import { queryRows } from "../rows";
import type { RaceSplit } from "../schema/races";

/**
 * What a module's race is run against: its ghosts (`race_metadata.ghost_data`, written by the
 * ghost builder) and its medal targets. Targets are the stored `time_targets`; before the
 * builder has run for a module they follow the same rule from what there is (the pooled
 * ghost's finish, else the calibration's average time, else the estimated time), so a module
 * can be raced from its first day.
 */

export interface ModuleRace {
  moduleId: number;
  ghostData: RaceGhostData | null;
  targets: RaceTimeTargets;
}

const isTime = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x) && x > 0;

function storedTargets(json: unknown): RaceTimeTargets | null {
  if (!json || typeof json !== "object") return null;
  const t = json as Partial<RaceTimeTargets>;
  if (!isTime(t.gold) || !isTime(t.silver) || !isTime(t.bronze)) return null;
  const source = t.source === "ghosts" || t.source === "calibration" ? t.source : "estimate";
  return { gold: t.gold, silver: t.silver, bronze: t.bronze, source };
}

function storedGhosts(json: unknown): RaceGhostData | null {
  if (!json || typeof json !== "object" || !Array.isArray((json as RaceGhostData).ghosts)) return null;
  return json as RaceGhostData;
}

export async function loadModuleRace(db: Executor, moduleId: number): Promise<ModuleRace> {
  const [row] = await queryRows<{
    estimated_minutes: number;
    ghost_data: unknown;
    time_targets: unknown;
    average_time_seconds: number | null;
    difficulty_level: string | null;
  }>(
    db,
    sql`SELECT m.estimated_minutes, r.ghost_data, r.time_targets, c.average_time_seconds, c.difficulty_level
      FROM modules m
      LEFT JOIN race_metadata r ON r.module_id = m.id
      LEFT JOIN LATERAL (
        SELECT average_time_seconds, difficulty_level FROM module_difficulty_calibrations
        WHERE module_id = m.id ORDER BY calibration_id LIMIT 1
      ) c ON true
      WHERE m.id = ${moduleId}`,
  );
  if (!row) throw new Error(`No module ${moduleId}`);
  const ghostData = storedGhosts(row.ghost_data);
  const stored = storedTargets(row.time_targets);
  if (stored) return { moduleId, ghostData, targets: stored };
  const pooledFinish = ghostData?.pooled?.finish ?? null;
  const calibration = { averageTimeSeconds: row.average_time_seconds, difficultyLevel: row.difficulty_level ?? "medium" };
  const source: RaceTimeTargets["source"] = pooledFinish ? "ghosts" : isTime(row.average_time_seconds) ? "calibration" : "estimate";
  return { moduleId, ghostData, targets: { ...timeTargets(pooledFinish, calibration, row.estimated_minutes), source } };
}

/** A ghost's pace through one module: cumulative seconds per checkpoint and at the finish. */
export interface GhostLine {
  splits: Map<string, number>;
  /** The cohort quartiles behind each split, for the band on the chart. */
  bands: Map<string, Quartiles>;
  finish: number | null;
  finishBand: Quartiles | null;
}

type CohortKey = Exclude<GhostKey, "best" | "top">;

export function cohortOf(data: RaceGhostData | null, key: `cohort:${number}`): ModuleGhost | null {
  const id = Number(key.slice("cohort:".length));
  return data?.ghosts.find((g) => g.cohortId === id) ?? null;
}

/** The pooled cohorts at a quartile, or one cohort at its median; null when there is no such ghost. */
export function cohortGhostLine(data: RaceGhostData | null, key: CohortKey): GhostLine | null {
  const ghost = key.startsWith("cohort:") ? cohortOf(data, key as `cohort:${number}`) : (data?.pooled ?? null);
  if (!ghost) return null;
  const at: keyof Quartiles = key === "p25" || key === "p75" ? key : "median";
  const splits = new Map<string, number>();
  const bands = new Map<string, Quartiles>();
  for (const s of ghost.splits) {
    splits.set(s.checkpointId, s[at]);
    bands.set(s.checkpointId, { p25: s.p25, median: s.median, p75: s.p75 });
  }
  return { splits, bands, finish: ghost.finish[at], finishBand: ghost.finish };
}

/** A recorded run as a ghost (own best, top time), banded by the pooled cohorts where they exist. */
export function runGhostLine(data: RaceGhostData | null, run: { splits: RaceSplit[]; timeSeconds: number | null }): GhostLine {
  const pooled = cohortGhostLine(data, "median");
  return {
    splits: new Map(run.splits.map((s) => [s.checkpointId, s.seconds])),
    bands: pooled?.bands ?? new Map(),
    finish: run.timeSeconds,
    finishBand: pooled?.finishBand ?? null,
  };
}

const QUARTILE_LABELS = {
  median: "Cohort median",
  p25: "Cohorts' fastest quarter (p25)",
  p75: "Cohorts' slowest quarter (p75)",
} as const;

export function ghostLabel(data: RaceGhostData | null, key: GhostKey): string {
  if (key === "best") return "Your best";
  if (key === "top") return "Top time";
  if (key.startsWith("cohort:")) return cohortOf(data, key as `cohort:${number}`)?.name ?? "A cohort no longer on record";
  return QUARTILE_LABELS[key as keyof typeof QUARTILE_LABELS];
}
