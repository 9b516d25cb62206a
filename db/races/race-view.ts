import "server-only";
import { sql } from "drizzle-orm";
import type { Viewer } from "../../app/lib/auth/roles";
import { ModuleSpec } from "../../app/lib/domain/module-spec";
import type { GhostKey, RaceCheckpoint, RaceTimeTargets } from "../../app/lib/domain/race-data";
import type { Medal } from "../../app/lib/domain/races";
import type { Subsystem } from "../../app/lib/domain/vocabulary";
import type { Database, Executor } from "../client";
import { getDb } from "../index";
import { getAttempt, missingPrerequisites, type AttemptView } from "../learning/attempts";
import { ANY_ROLE, assertRole } from "../queries/access";
import { queryRows } from "../rows";
import type { RaceSplit } from "../schema/races";
import { raceFinishOf, resolveGhost, type RaceFinish } from "./feedback";
import { ghostLabel, loadModuleRace, type ModuleRace } from "./module-race";
import { ISO_FORMAT, lastFinishedRun, personalBestRun, runningRun } from "./runs";

export interface RaceView {
  module: {
    id: number;
    slug: string;
    title: string;
    subsystem: Subsystem;
    estimatedMinutes: number;
    locked: boolean;
    missingPrerequisites: { slug: string; title: string }[];
  };
  checkpoints: RaceCheckpoint[];
  /** Cumulative seconds per checkpoint (in `checkpoints` order; null where the ghost has none) and at the finish. */
  ghostOptions: { key: GhostKey; label: string; splits: (number | null)[]; finish: number | null }[];
  targets: RaceTimeTargets;
  run: { runId: number; attemptId: number; ghost: GhostKey; startedAt: string; serverNow: string; splits: RaceSplit[] } | null;
  attempt: AttemptView | null;
  personalBest: { timeSeconds: number; splits: (number | null)[]; medal: Medal | null } | null;
  lastFinish: RaceFinish | null;
}

interface ModuleRow {
  id: number;
  slug: string;
  title: string;
  subsystem: Subsystem;
  estimated_minutes: number;
  status: string;
  spec_json: unknown;
  race_checkpoints: RaceCheckpoint[] | null;
  now: string;
}

/** The current version's checkpoints, or the ones the ghost builder stored when the spec cannot be read. */
function currentCheckpoints(row: ModuleRow): RaceCheckpoint[] {
  const spec = ModuleSpec.safeParse(row.spec_json);
  if (spec.success) return spec.data.checkpoints.map((c, i) => ({ id: c.id, title: c.title, position: i + 1 }));
  return Array.isArray(row.race_checkpoints) ? row.race_checkpoints : [];
}

async function ghostOptions(db: Executor, race: ModuleRace, studentId: string | null, checkpoints: RaceCheckpoint[]): Promise<RaceView["ghostOptions"]> {
  const keys: GhostKey[] = ["median"];
  if (race.ghostData?.pooled) keys.push("p25", "p75");
  if (studentId) keys.push("best");
  keys.push("top", ...(race.ghostData?.ghosts ?? []).map((g) => `cohort:${g.cohortId}` as const));
  const options: RaceView["ghostOptions"] = [];
  for (const key of keys) {
    const line = await resolveGhost(db, race, key, studentId, null);
    // The median is the default race: offered even before any cohort has run the module
    // (then it has no splits and the race is run against the medal targets alone).
    if (!line && key !== "median") continue;
    options.push({
      key,
      label: ghostLabel(race.ghostData, key),
      splits: checkpoints.map((c) => line?.splits.get(c.id) ?? null),
      finish: line?.finish ?? null,
    });
  }
  return options;
}

/**
 * Everything the race page shows for a module. Students get their race in progress (with its
 * attempt), their personal best and their last finish; staff see the module, its ghosts and
 * targets without a run. Null for an unknown module, and for a student when it is not published.
 */
export async function getRaceView(viewer: Viewer | null, slug: string, db?: Database): Promise<RaceView | null> {
  assertRole(viewer, ANY_ROLE);
  const database = db ?? (await getDb());
  const [module] = await queryRows<ModuleRow>(
    database,
    sql`SELECT m.id, m.slug, m.title, m.subsystem, m.estimated_minutes, m.status, v.spec_json, r.checkpoints AS race_checkpoints,
        to_char(LOCALTIMESTAMP, ${ISO_FORMAT}) AS now
      FROM modules m
      LEFT JOIN module_version_history v ON v.module_id = m.id AND v.version_number = m.current_version
      LEFT JOIN race_metadata r ON r.module_id = m.id
      WHERE m.slug = ${slug}`,
  );
  if (!module || (viewer.role === "student" && module.status !== "published")) return null;
  const studentId = viewer.role === "student" ? viewer.studentId : null;

  const race = await loadModuleRace(database, module.id);
  const missing = studentId ? await missingPrerequisites(database, studentId, module.id) : [];
  const running = studentId ? await runningRun(database, studentId, module.id) : null;
  const attempt = running ? await getAttempt(viewer, running.attemptId, database) : null;
  // A race in progress keeps the checkpoints of the version it was started on.
  const checkpoints = attempt
    ? attempt.spec.checkpoints.map((c, i) => ({ id: c.id, title: c.title, position: i + 1 }))
    : currentCheckpoints(module);

  const best = studentId ? await personalBestRun(database, studentId, module.id, null) : null;
  const last = studentId ? await lastFinishedRun(database, studentId, module.id) : null;
  const bestSplits = new Map(best?.splits.map((s) => [s.checkpointId, s.seconds]) ?? []);

  return {
    module: {
      id: module.id,
      slug: module.slug,
      title: module.title,
      subsystem: module.subsystem,
      estimatedMinutes: module.estimated_minutes,
      locked: missing.length > 0,
      missingPrerequisites: missing,
    },
    checkpoints,
    ghostOptions: await ghostOptions(database, race, studentId, checkpoints),
    targets: race.targets,
    run: running
      ? {
          runId: running.id,
          attemptId: running.attemptId,
          ghost: running.ghost,
          startedAt: running.startedAt,
          serverNow: module.now,
          splits: running.splits,
        }
      : null,
    attempt,
    personalBest:
      best && best.timeSeconds !== null
        ? { timeSeconds: best.timeSeconds, splits: checkpoints.map((c) => bestSplits.get(c.id) ?? null), medal: best.medal }
        : null,
    lastFinish: last ? await raceFinishOf(database, race, last) : null,
  };
}
