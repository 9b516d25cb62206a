import { isDeepStrictEqual } from "node:util";
import { sql } from "drizzle-orm";
import { raceTimeTargets } from "../../app/lib/domain/ghosts";
import type { GhostSplit, ModuleGhost, RaceCheckpoint, RaceGhostData, RaceTimeTargets } from "../../app/lib/domain/race-data";
import type { Subsystem } from "../../app/lib/domain/vocabulary";
import type { Executor } from "../client";
import { queryRows } from "../rows";
import { cohortKey, type PaceStats, type SplitStats, type StudentCohortStats } from "./build-ghosts-cohorts";
import { computeLeaderboardCache, refreshLeaderboardCache } from "./leaderboard-cache";

/**
 * From the cohort aggregates to `race_metadata`: every published module's checkpoints (its
 * current version's, in order), its ghosts, the pooled ghost and its medal targets. A row is
 * written only when something in it changed, so a rebuild over the same history leaves the
 * table exactly as it was (`builtAt` says when the ghosts last changed).
 */

export interface GhostCohortRef {
  cohortId: number;
  name: string;
  university: string;
  universityId: number;
  semester: string;
  subsystem: Subsystem;
}

export interface ModuleRaceWrite {
  moduleId: number;
  slug: string;
  checkpoints: RaceCheckpoint[];
  ghostData: RaceGhostData;
  timeTargets: RaceTimeTargets;
}

interface PublishedModule {
  id: number;
  slug: string;
  subsystem: Subsystem;
  estimated_minutes: number | null;
  checkpoints: { id: string; title: string }[] | null;
  average_time_seconds: number | null;
  difficulty_level: string | null;
}

export async function publishedModules(tx: Executor): Promise<PublishedModule[]> {
  // Only the checkpoints' ids and titles leave the database, not the specs' full text.
  return queryRows<PublishedModule>(
    tx,
    sql`SELECT m.id, m.slug, m.subsystem, m.estimated_minutes,
        CASE WHEN jsonb_typeof(v.spec_json -> 'checkpoints') = 'array' THEN (
          SELECT jsonb_agg(jsonb_build_object('id', c ->> 'id', 'title', COALESCE(c ->> 'title', c ->> 'id')) ORDER BY i)
          FROM jsonb_array_elements(v.spec_json -> 'checkpoints') WITH ORDINALITY AS e(c, i)
          WHERE jsonb_typeof(c) = 'object' AND c ? 'id'
        ) END AS checkpoints,
        cal.average_time_seconds, cal.difficulty_level
      FROM modules m
      LEFT JOIN module_version_history v ON v.module_id = m.id AND v.version_number = m.current_version
      LEFT JOIN LATERAL (
        -- The race engine reads the same row (its first calibration) when it has no stored targets.
        SELECT average_time_seconds, difficulty_level FROM module_difficulty_calibrations
        WHERE module_id = m.id ORDER BY calibration_id LIMIT 1
      ) cal ON true
      WHERE m.status = 'published'
      ORDER BY m.id`,
  );
}

/** Each published module's race metadata from the aggregates; `cohorts` are the written ghosts. */
export function assembleModuleRaces(
  modules: readonly PublishedModule[],
  stats: Pick<StudentCohortStats, "paces" | "splits">,
  cohorts: readonly GhostCohortRef[],
  builtAt: string,
): ModuleRaceWrite[] {
  const cohortByKey = new Map(cohorts.map((c) => [cohortKey(c), c]));
  const pacesByModule = groupBy(stats.paces, (p) => p.moduleId);
  const splitsByModule = groupBy(stats.splits, (s) => s.moduleId);

  return modules.map((m) => {
    const checkpoints: RaceCheckpoint[] = (m.checkpoints ?? []).map((c, i) => ({ id: c.id, title: c.title, position: i + 1 }));
    const order = new Map(checkpoints.map((c) => [c.id, c.position]));
    const splitsOf = (cohort: PaceStats["cohort"]): GhostSplit[] =>
      (splitsByModule.get(m.id) ?? [])
        .filter((s) => sameCohort(s.cohort, cohort) && order.has(s.checkpointId))
        .sort((a, b) => order.get(a.checkpointId)! - order.get(b.checkpointId)!)
        .map((s: SplitStats) => ({ checkpointId: s.checkpointId, ...s.seconds, n: s.n }));

    const ghosts: ModuleGhost[] = [];
    let pooled: RaceGhostData["pooled"] = null;
    for (const pace of pacesByModule.get(m.id) ?? []) {
      if (pace.cohort === null) {
        pooled = { subsystem: m.subsystem, students: pace.students, attempts: pace.students, splits: splitsOf(null), finish: pace.finish, mastery: pace.mastery };
        continue;
      }
      const cohort = cohortByKey.get(cohortKey(pace.cohort));
      if (!cohort) continue;
      ghosts.push({
        cohortId: cohort.cohortId,
        name: cohort.name,
        university: cohort.university,
        semester: cohort.semester,
        subsystem: cohort.subsystem,
        students: pace.students,
        attempts: pace.students,
        splits: splitsOf(pace.cohort),
        finish: pace.finish,
        mastery: pace.mastery,
      });
    }
    ghosts.sort((a, b) => a.name.localeCompare(b.name));
    const calibration = { averageTimeSeconds: m.average_time_seconds, difficultyLevel: m.difficulty_level ?? "medium" };
    return {
      moduleId: m.id,
      slug: m.slug,
      checkpoints,
      ghostData: { builtAt, ghosts, pooled },
      timeTargets: raceTimeTargets(pooled?.finish ?? null, calibration, m.estimated_minutes ?? 0),
    };
  });
}

/** Writes the modules whose checkpoints, ghosts or targets changed; returns their ids. */
export async function writeModuleRaces(tx: Executor, races: readonly ModuleRaceWrite[]): Promise<number[]> {
  if (races.length === 0) return [];
  const payload = races.map((r) => ({ module_id: r.moduleId, checkpoints: r.checkpoints, ghost_data: r.ghostData, time_targets: r.timeTargets }));
  const rows = await queryRows<{ module_id: number }>(
    tx,
    sql`INSERT INTO race_metadata (module_id, checkpoints, ghost_data, time_targets)
      SELECT x.module_id, x.checkpoints, x.ghost_data, x.time_targets
      FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS x(module_id int, checkpoints jsonb, ghost_data jsonb, time_targets jsonb)
      ON CONFLICT (module_id) DO UPDATE SET
        checkpoints = EXCLUDED.checkpoints, ghost_data = EXCLUDED.ghost_data, time_targets = EXCLUDED.time_targets,
        updated_at = CURRENT_TIMESTAMP
      WHERE race_metadata.checkpoints IS DISTINCT FROM EXCLUDED.checkpoints
        OR race_metadata.time_targets IS DISTINCT FROM EXCLUDED.time_targets
        OR (race_metadata.ghost_data - 'builtAt') IS DISTINCT FROM (EXCLUDED.ghost_data - 'builtAt')
      RETURNING module_id`,
  );
  return rows.map((r) => Number(r.module_id));
}

/**
 * Brings every raced module's cached leaderboard in line with its runs (after an import or a
 * seed wrote runs without going through a finish). A cache that already matches is left
 * alone; one that does not is rewritten by the engine's own refresh, under its row lock.
 */
export async function refreshLeaderboards(tx: Executor): Promise<number[]> {
  const modules = await queryRows<{ id: number; leaderboard_data: Record<string, unknown> | null }>(
    tx,
    sql`SELECT m.id, r.leaderboard_data FROM modules m LEFT JOIN race_metadata r ON r.module_id = m.id
      WHERE m.status = 'published' OR r.race_id IS NOT NULL ORDER BY m.id`,
  );
  const refreshed: number[] = [];
  for (const m of modules) {
    const computed = JSON.parse(JSON.stringify(await computeLeaderboardCache(tx, m.id))) as Record<string, unknown>;
    const { updatedAt: _stamp, ...stored } = m.leaderboard_data ?? {};
    if (m.leaderboard_data && isDeepStrictEqual(stored, computed)) continue;
    await refreshLeaderboardCache(tx, m.id);
    refreshed.push(m.id);
  }
  return refreshed;
}

function sameCohort(a: PaceStats["cohort"], b: PaceStats["cohort"]): boolean {
  if (a === null || b === null) return a === b;
  return cohortKey(a) === cohortKey(b);
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const list = map.get(key(item)) ?? [];
    list.push(item);
    map.set(key(item), list);
  }
  return map;
}
