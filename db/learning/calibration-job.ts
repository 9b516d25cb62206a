import type { Database } from "../client";
import { agentLog } from "../schema";
import { calibrationDetails, recomputeAllCalibrations } from "./recompute";

/**
 * `npm run jobs:calibrate`: recalibrates every module from its completed attempts on its
 * current major version, the same rule as the per-attempt recompute (earlier majors' figures
 * stay in module_calibration_archive). The per-attempt recompute keeps them current; this
 * catches up after imports, edits or a change of the rules. It writes ONE agent-log entry
 * summarising what moved, with each module's figures (raw and adjusted rate, prior, 90 %
 * interval) in its metadata since the table has no column for them. One transaction: the rows and the entry commit together.
 */
export interface CalibrationJobResult {
  modules: number;
  attempts: number;
  /** Modules whose difficulty level changed. */
  moved: { moduleId: number; slug: string; title: string; from: string | null; to: string }[];
  /** Modules whose stored figures changed at all (level, rate, time or sample size). */
  updated: number;
  logId: number;
  message: string;
}

export async function runCalibrationJob(db: Database): Promise<CalibrationJobResult> {
  return db.transaction(async (tx) => {
    const changes = await recomputeAllCalibrations(tx);
    const attempts = changes.reduce((sum, c) => sum + c.after.sampleSize, 0);
    const moved = changes
      .filter((c) => c.before?.difficultyLevel !== c.after.difficultyLevel)
      .map((c) => ({ moduleId: c.moduleId, slug: c.slug, title: c.title, from: c.before?.difficultyLevel ?? null, to: c.after.difficultyLevel }));
    const updated = changes.filter((c) => c.written).length;
    const message = summarise(changes.length, attempts, moved, updated);
    const [entry] = await tx
      .insert(agentLog)
      .values({
        agentName: "calibration-job",
        actionType: "calibrate",
        status: "success",
        message,
        metadata: {
          modules: changes.length,
          attempts,
          updated,
          moved,
          calibrations: changes.map((c) => ({ moduleId: c.moduleId, slug: c.slug, ...calibrationDetails(c.after, c.priorRate) })),
        },
      })
      .returning({ logId: agentLog.logId });
    return { modules: changes.length, attempts, moved, updated, logId: entry!.logId, message };
  });
}

function summarise(modules: number, attempts: number, moved: CalibrationJobResult["moved"], updated: number): string {
  const head = `Recalibrated ${modules} modules from ${attempts.toLocaleString("en")} completed attempts`;
  if (moved.length === 0) return `${head}: no difficulty changed (${updated} modules' figures updated).`;
  const shown = moved.slice(0, 5).map((m) => `${m.title} ${m.from ?? "uncalibrated"} → ${m.to}`);
  const more = moved.length > shown.length ? ` and ${moved.length - shown.length} more` : "";
  return `${head}: ${moved.length} changed difficulty (${shown.join("; ")}${more}); ${updated} modules' figures updated.`;
}

