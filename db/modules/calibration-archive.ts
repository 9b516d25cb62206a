import { asc, eq, sql } from "drizzle-orm";
import type { Difficulty } from "../../app/lib/domain/vocabulary";
import type { Executor } from "../client";
import { queryRows } from "../rows";
import { moduleCalibrationArchive, moduleDifficultyCalibrations } from "../schema";

/**
 * Calibration across major versions. A major version changes what is scored, so the figures
 * measured on the old one are kept in `module_calibration_archive` (one row per module and
 * major version) and the module's live calibration starts from nothing.
 */

export interface ArchivedCalibration {
  majorVersion: number;
  difficultyLevel: Difficulty | null;
  sampleSize: number;
  /** Percentage 0–100 of completed attempts that reached mastery. */
  successRate: number | null;
  averageTimeSeconds: number | null;
  archivedAt: string;
}

/** The major number of a plain "x.y.z" version; null for none or anything else. */
export function majorOf(version: string | null): number | null {
  const match = version === null ? null : /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(version.trim());
  if (!match) return null;
  const major = Number(match[1]);
  return Number.isSafeInteger(major) ? major : null;
}

/**
 * Moves the module's calibration into the archive under `majorVersion` and removes the live
 * row(s), so its authored difficulty shows until attempts on the new major version come in.
 * A calibration without a single completed attempt measured nothing and is not archived.
 * Returns what was archived, or null. Run inside the transaction that creates the version.
 */
export async function archiveCalibration(tx: Executor, moduleId: number, majorVersion: number): Promise<ArchivedCalibration | null> {
  const [live] = await tx
    .select()
    .from(moduleDifficultyCalibrations)
    .where(eq(moduleDifficultyCalibrations.moduleId, moduleId))
    .orderBy(asc(moduleDifficultyCalibrations.calibrationId))
    .limit(1);
  await tx.delete(moduleDifficultyCalibrations).where(eq(moduleDifficultyCalibrations.moduleId, moduleId));
  if (!live || (live.sampleSize ?? 0) === 0) return null;

  const values = {
    difficultyLevel: live.difficultyLevel,
    averageTimeSeconds: live.averageTimeSeconds,
    successRate: live.successRate,
    sampleSize: live.sampleSize ?? 0,
  };
  // A major number comes back only if the history was rewritten by hand; the latest figures win.
  const [row] = await tx
    .insert(moduleCalibrationArchive)
    .values({ moduleId, majorVersion, ...values })
    .onConflictDoUpdate({ target: [moduleCalibrationArchive.moduleId, moduleCalibrationArchive.majorVersion], set: { ...values, archivedAt: sql`CURRENT_TIMESTAMP` } })
    .returning();
  return toArchived(row!);
}

/** The archived figures of one module, by major version, oldest first. */
export async function listArchivedCalibrations(db: Executor, moduleId: number): Promise<ArchivedCalibration[]> {
  const rows = await queryRows<{
    major_version: number;
    difficulty_level: string | null;
    average_time_seconds: number | null;
    success_rate: number | string | null;
    sample_size: number;
    archived_at: Date | string;
  }>(
    db,
    sql`SELECT major_version, difficulty_level, average_time_seconds, success_rate::float8 AS success_rate, sample_size,
        to_char(archived_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS archived_at
      FROM module_calibration_archive WHERE module_id = ${moduleId} ORDER BY major_version`,
  );
  return rows.map((r) => ({
    majorVersion: r.major_version,
    difficultyLevel: r.difficulty_level as Difficulty | null,
    sampleSize: r.sample_size,
    successRate: r.success_rate === null ? null : Number(r.success_rate),
    averageTimeSeconds: r.average_time_seconds,
    archivedAt: String(r.archived_at),
  }));
}

function toArchived(row: typeof moduleCalibrationArchive.$inferSelect): ArchivedCalibration {
  return {
    majorVersion: row.majorVersion,
    difficultyLevel: row.difficultyLevel as Difficulty | null,
    sampleSize: row.sampleSize,
    successRate: row.successRate === null ? null : Number(row.successRate),
    averageTimeSeconds: row.averageTimeSeconds,
    archivedAt: row.archivedAt.toISOString(),
  };
}
