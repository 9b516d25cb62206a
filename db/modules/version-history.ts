import "server-only";
import { sql } from "drizzle-orm";
import { can, type Viewer } from "../../app/lib/auth/roles";
import { diffSpecs, type SpecDiff } from "../../app/lib/domain/module-diff";
import { ModuleSpec } from "../../app/lib/domain/module-spec";
import type { Difficulty, ModuleStatus } from "../../app/lib/domain/vocabulary";
import type { Database } from "../client";
import { getDb } from "../index";
import { AccessDenied } from "../queries/access";
import { queryRows } from "../rows";
import { listArchivedCalibrations, majorOf, type ArchivedCalibration } from "./calibration-archive";

/**
 * A module's version history for faculty and admins: every version, newest first, the figures
 * calibration measured on each major version, and a comparison of any two versions.
 */

/** How a version's number moved from the one saved before it; "first" for the first. */
export type VersionStep = "first" | "major" | "minor" | "patch" | "other";

export interface VersionEntry {
  versionId: number;
  versionNumber: string;
  createdAt: string | null;
  createdBy: string | null;
  changeDescription: string | null;
  step: VersionStep;
  /** Whether its spec can still be read (and so compared or restored). */
  readable: boolean;
}

export interface MajorCalibration {
  majorVersion: number;
  difficultyLevel: Difficulty | null;
  sampleSize: number;
  /** Percentage 0–100 of completed attempts that reached mastery. */
  successRate: number | null;
  averageTimeSeconds: number | null;
  /** The current major's live figures rather than an archived row. */
  current: boolean;
}

export interface VersionComparison {
  from: string;
  to: string;
  diff: SpecDiff;
}

export interface ModuleHistory {
  module: { id: number; slug: string; title: string; status: ModuleStatus; currentVersion: string | null };
  versions: VersionEntry[];
  /** Per major version, oldest first: archived figures, then the current major's live ones. */
  calibrations: MajorCalibration[];
  /** Null when the module has fewer than two readable versions or a named version is unknown. */
  comparison: VersionComparison | null;
  /** Set when `from`/`to` named a version the module does not have (or cannot read). */
  comparisonProblem: string | null;
}

interface VersionRow {
  version_id: number;
  version_number: string;
  created_at: string | null;
  created_by: string | null;
  change_description: string | null;
  spec_json: unknown;
}

/**
 * The history of one module; null for an unknown slug. `compare` picks the two versions to
 * compare; left out, it is the version before the current one against the current one.
 */
export async function getModuleHistory(
  viewer: Viewer | null,
  slug: string,
  compare: { from?: string | null; to?: string | null } = {},
  db?: Database,
): Promise<ModuleHistory | null> {
  if (!can(viewer, "modules.edit")) throw new AccessDenied();
  const database = db ?? (await getDb());
  const [module] = await queryRows<{ id: number; slug: string; title: string; status: ModuleStatus; current_version: string | null }>(
    database,
    sql`SELECT id, slug, title, status, current_version FROM modules WHERE slug = ${slug}`,
  );
  if (!module) return null;
  const [rows, archived, live] = await Promise.all([
    queryRows<VersionRow>(
      database,
      sql`SELECT version_id, version_number, to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at, created_by,
          change_description, spec_json
        FROM module_version_history WHERE module_id = ${module.id} AND version_number IS NOT NULL
        ORDER BY created_at DESC NULLS LAST, version_id DESC`,
    ),
    listArchivedCalibrations(database, module.id),
    queryRows<{ difficulty_level: string | null; sample_size: number | null; success_rate: number | string | null; average_time_seconds: number | null }>(
      database,
      sql`SELECT difficulty_level, sample_size, success_rate::float8 AS success_rate, average_time_seconds
        FROM module_difficulty_calibrations WHERE module_id = ${module.id} ORDER BY calibration_id LIMIT 1`,
    ),
  ]);

  const specs = new Map<string, ModuleSpec>();
  for (const row of rows) {
    const parsed = ModuleSpec.safeParse(row.spec_json);
    if (parsed.success) specs.set(row.version_number, parsed.data);
  }
  const versions = rows.map((row, i): VersionEntry => ({
    versionId: row.version_id,
    versionNumber: row.version_number,
    createdAt: row.created_at,
    createdBy: row.created_by,
    changeDescription: row.change_description,
    step: stepBetween(rows[i + 1]?.version_number ?? null, row.version_number),
    readable: specs.has(row.version_number),
  }));

  const { comparison, problem } = compareVersions(versions, specs, module.current_version, compare);
  return {
    module: { id: module.id, slug: module.slug, title: module.title, status: module.status, currentVersion: module.current_version },
    versions,
    calibrations: majorCalibrations(archived, live[0], majorOf(module.current_version)),
    comparison,
    comparisonProblem: problem,
  };
}

/** How `current` moved from `previous`, read from the numbers. */
export function stepBetween(previous: string | null, current: string): VersionStep {
  if (previous === null) return "first";
  const parse = (v: string) => /^(\d+)\.(\d+)\.(\d+)$/.exec(v.trim())?.slice(1, 4).map(Number) ?? null;
  const a = parse(previous);
  const b = parse(current);
  if (!a || !b) return "other";
  if (a[0] !== b[0]) return "major";
  if (a[1] !== b[1]) return "minor";
  return a[2] !== b[2] ? "patch" : "other";
}

function compareVersions(
  versions: VersionEntry[],
  specs: Map<string, ModuleSpec>,
  currentVersion: string | null,
  compare: { from?: string | null; to?: string | null },
): { comparison: VersionComparison | null; problem: string | null } {
  const unknown = [compare.from, compare.to].find((v) => v && !specs.has(v));
  if (unknown) return { comparison: null, problem: `This module has no readable version ${unknown} to compare.` };
  const newestReadable = versions.find((v) => v.readable)?.versionNumber;
  const to = compare.to || (currentVersion && specs.has(currentVersion) ? currentVersion : newestReadable);
  const toIndex = versions.findIndex((v) => v.versionNumber === to);
  // The list is newest first, so the default "from" is the next readable entry after "to".
  const from = compare.from || versions.slice(toIndex + 1).find((v) => v.readable)?.versionNumber;
  const before = from ? specs.get(from) : undefined;
  const after = to ? specs.get(to) : undefined;
  if (!from || !to || !before || !after) return { comparison: null, problem: null };
  return { comparison: { from, to, diff: diffSpecs(before, after) }, problem: null };
}

function majorCalibrations(
  archived: ArchivedCalibration[],
  live: { difficulty_level: string | null; sample_size: number | null; success_rate: number | string | null; average_time_seconds: number | null } | undefined,
  currentMajor: number | null,
): MajorCalibration[] {
  const list: MajorCalibration[] = archived.map((a) => ({
    majorVersion: a.majorVersion,
    difficultyLevel: a.difficultyLevel,
    sampleSize: a.sampleSize,
    successRate: a.successRate,
    averageTimeSeconds: a.averageTimeSeconds,
    current: false,
  }));
  if (currentMajor !== null && !archived.some((a) => a.majorVersion === currentMajor)) {
    const sampleSize = live?.sample_size ?? 0;
    list.push({
      majorVersion: currentMajor,
      difficultyLevel: sampleSize > 0 ? ((live?.difficulty_level ?? null) as Difficulty | null) : null,
      sampleSize,
      successRate: sampleSize > 0 && live?.success_rate != null ? Number(live.success_rate) : null,
      averageTimeSeconds: sampleSize > 0 ? (live?.average_time_seconds ?? null) : null,
      current: true,
    });
  }
  return list;
}
