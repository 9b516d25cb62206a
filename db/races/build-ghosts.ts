import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Viewer } from "../../app/lib/auth/roles";
import { CADENCE_UNIVERSITY, splitSemesters, studentCohortName, type PaceMilestoneResult } from "../../app/lib/domain/ghosts";
import { cohortEligibleForGhost, RACE_RULES } from "../../app/lib/domain/races";
import type { RaceTimeTargets } from "../../app/lib/domain/race-data";
import type { Subsystem } from "../../app/lib/domain/vocabulary";
import { recordAudit } from "../audit";
import type { Database, Executor } from "../client";
import { getDb } from "../index";
import { assertRole } from "../queries/access";
import { queryRows } from "../rows";
import { agentLog } from "../schema";
import type { PaceMilestone } from "../schema/races";
import { collectCadencePaces, type CadenceDropped, type CadencePace } from "./build-ghosts-cadence";
import { cohortKey, collectStudentCohorts } from "./build-ghosts-cohorts";
import { assembleModuleRaces, publishedModules, refreshLeaderboards, writeModuleRaces, type GhostCohortRef } from "./build-ghosts-modules";

/**
 * `npm run jobs:build-ghosts` and the button on /admin/races: ghost cohorts from history.
 *
 * - Student ghosts: every semester before the latest one present in `students` (the latest is
 *   racing now). One ghost per university × semester × subsystem whose students finished that
 *   subsystem's modules, holding per module the quartiles of their first finished attempts'
 *   checkpoint splits, finish times and mastery (db/races/build-ghosts-cohorts.ts). Cohorts
 *   under RACE_RULES.minCohortSize students are dropped and reported.
 * - CADENCE ghosts: per subsystem, the historical team's pace through its tasks
 *   (db/races/build-ghosts-cadence.ts), stored in `ghost_paces`.
 * - `race_metadata` for every published module: checkpoints, ghost data, time targets, and the
 *   cached leaderboard brought in line with the runs.
 *
 * One transaction and ONE agent-log entry per build, even when nothing changed. Ghosts are
 * upserted by name, so a cohort keeps its id (and a `cohort:<id>` race key stays valid) across
 * rebuilds; a ghost that no longer qualifies is removed. Rows that would not change are not
 * rewritten, so a rebuild over the same history changes nothing but the log. Two builds at once
 * queue on an advisory lock rather than upserting the same names together.
 */

export const GHOST_BUILDER_AGENT = "ghost-builder";
export const GHOST_BUILDER_ACTION = "build_ghosts";
/** Any number no other advisory lock in this database uses ("ghst" in ASCII). */
const BUILD_LOCK_KEY = 0x67687374;

export interface BuiltGhost {
  cohortId: number;
  name: string;
  university: string;
  semester: string;
  subsystem: Subsystem;
  students: number;
  /** Published modules on which the cohort has a ghost (5 or more of its students finished). */
  modules: number;
}

export interface DroppedCohort {
  university: string;
  semester: string;
  subsystem: Subsystem | null;
  students: number;
  reason: string;
}

export interface BuiltPace extends Omit<CadencePace, "milestones"> {
  cohortId: number;
  milestones: PaceMilestoneResult[];
}

export interface BuildGhostsResult {
  logId: number;
  /** In the entry's metadata, so a link can find exactly this build's entry. */
  runId: string;
  message: string;
  latestSemester: string | null;
  earlierSemesters: string[];
  ghosts: BuiltGhost[];
  dropped: DroppedCohort[];
  paces: BuiltPace[];
  cadenceDropped: CadenceDropped[];
  /** Ghost names removed because they no longer qualify. */
  removed: string[];
  modules: { published: number; written: number; targets: Record<RaceTimeTargets["source"], number> };
  leaderboardsRefreshed: number;
  durationMs: number;
}

export interface BuildGhostsOptions {
  /** Who started the build, for the log: an email, or the command line when absent. */
  actor?: string;
  /** The admin's user id: a build started by a person is audited too. */
  actorId?: string;
}

/** An admin's build (the button): refused for anyone else before anything is read. */
export async function buildGhostsAs(viewer: Viewer | null, db?: Database): Promise<BuildGhostsResult> {
  assertRole(viewer, ["admin"]);
  return buildGhosts(db ?? (await getDb()), { actor: viewer.email, actorId: viewer.userId });
}

export async function buildGhosts(db: Database, options: BuildGhostsOptions = {}): Promise<BuildGhostsResult> {
  const started = performance.now();
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${BUILD_LOCK_KEY})`);
    const [clock] = await queryRows<{ now: string }>(tx, sql`SELECT to_char(LOCALTIMESTAMP, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS now`);
    const semesters = splitSemesters(
      (await queryRows<{ semester: string }>(tx, sql`SELECT DISTINCT semester FROM students`)).map((r) => r.semester),
    );

    const stats = await collectStudentCohorts(tx, semesters.earlier);
    const cadence = await collectCadencePaces(tx);
    const qualifying = stats.cohorts.filter((c) => cohortEligibleForGhost(c.students));
    const dropped: DroppedCohort[] = [
      ...stats.cohorts
        .filter((c) => !cohortEligibleForGhost(c.students))
        .map((c) => ({
          university: c.universityShort,
          semester: c.semester,
          subsystem: c.subsystem,
          students: c.students,
          reason: `Only ${c.students} ${c.students === 1 ? "student" : "students"} finished a module of this subsystem; a ghost needs at least ${RACE_RULES.minCohortSize} (privacy and noise).`,
        })),
      ...(await unreadableSemesters(tx, semesters.unreadable)),
    ];

    const names = [
      ...qualifying.map((c) => ({ name: studentCohortName(c.universityShort, c.semester, c.subsystem), university: c.universityShort, semester: c.semester as string | null, subsystem: c.subsystem })),
      ...cadence.paces.map((p) => ({ name: p.name, university: CADENCE_UNIVERSITY, semester: null, subsystem: p.subsystem })),
    ];
    const ids = await upsertCohorts(tx, names);
    const removed = await removeStaleCohorts(tx, names.map((n) => n.name));

    const refs: GhostCohortRef[] = qualifying.map((c) => {
      const name = studentCohortName(c.universityShort, c.semester, c.subsystem);
      return { cohortId: ids.get(name)!, name, university: c.universityShort, universityId: c.universityId, semester: c.semester, subsystem: c.subsystem };
    });
    const paces: BuiltPace[] = cadence.paces.map((p) => ({ ...p, cohortId: ids.get(p.name)! }));
    await writePaces(tx, paces);

    const modules = await publishedModules(tx);
    const races = assembleModuleRaces(modules, stats, refs, clock!.now);
    const written = await writeModuleRaces(tx, races);
    const refreshed = await refreshLeaderboards(tx);

    const covered = new Map<number, number>();
    for (const race of races) for (const g of race.ghostData.ghosts) covered.set(g.cohortId, (covered.get(g.cohortId) ?? 0) + 1);
    const ghosts: BuiltGhost[] = refs.map((r) => ({
      cohortId: r.cohortId,
      name: r.name,
      university: r.university,
      semester: r.semester,
      subsystem: r.subsystem,
      students: qualifying.find((c) => cohortKey(c) === cohortKey(r))!.students,
      modules: covered.get(r.cohortId) ?? 0,
    }));
    const targets = { ghosts: 0, calibration: 0, estimate: 0 };
    for (const race of races) targets[race.timeTargets.source] += 1;

    const runId = randomUUID();
    const durationMs = Math.round(performance.now() - started);
    const result = {
      runId,
      latestSemester: semesters.latest,
      earlierSemesters: semesters.earlier,
      ghosts,
      dropped,
      paces,
      cadenceDropped: cadence.dropped,
      removed,
      modules: { published: modules.length, written: written.length, targets },
      leaderboardsRefreshed: refreshed.length,
      durationMs,
    };
    const message = summarise(result);
    const [entry] = await tx
      .insert(agentLog)
      .values({
        agentName: GHOST_BUILDER_AGENT,
        actionType: GHOST_BUILDER_ACTION,
        status: "success",
        message,
        metadata: {
          ...result,
          startedBy: options.actor ?? "command line",
          minCohortSize: RACE_RULES.minCohortSize,
          // The tasks that reached each milestone: the agent log links them.
          records: paces.flatMap((p) => p.milestones.filter((m) => m.taskId !== null).map((m) => ({ entity: "task", id: m.taskId }))),
        },
      })
      .returning({ logId: agentLog.logId });
    if (options.actorId) {
      await recordAudit(tx, {
        actorId: options.actorId,
        actorLabel: options.actor ?? null,
        action: "ghosts.build",
        entityType: "ghost_cohorts",
        entityId: String(entry!.logId),
        after: { ghosts: ghosts.length, dropped: dropped.length, paces: paces.length, removed, modulesWritten: written.length },
      });
    }
    return { ...result, logId: entry!.logId, message };
  });
}

/** Students of a semester whose name says nothing about when it was: reported, never a ghost. */
async function unreadableSemesters(tx: Executor, semesters: readonly string[]): Promise<DroppedCohort[]> {
  if (semesters.length === 0) return [];
  const rows = await queryRows<{ short_name: string; semester: string; students: number }>(
    tx,
    sql`SELECT u.short_name, s.semester, COUNT(*)::int AS students FROM students s JOIN universities u ON u.id = s.university_id
      WHERE s.semester IN (${sql.join(semesters.map((s) => sql`${s}`), sql`, `)})
      GROUP BY u.short_name, s.semester ORDER BY u.short_name, s.semester`,
  );
  return rows.map((r) => ({
    university: r.short_name,
    semester: r.semester,
    subsystem: null,
    students: Number(r.students),
    reason: `"${r.semester}" is not a "<Season> <Year>" semester, so it cannot be placed before the current one.`,
  }));
}

async function upsertCohorts(
  tx: Executor,
  cohorts: readonly { name: string; university: string; semester: string | null; subsystem: Subsystem }[],
): Promise<Map<string, number>> {
  if (cohorts.length === 0) return new Map();
  const payload = JSON.stringify(cohorts);
  await tx.execute(sql`INSERT INTO ghost_cohorts (cohort_name, university, semester, subsystem)
    SELECT x.name, x.university, x.semester, x.subsystem
    FROM jsonb_to_recordset(${payload}::jsonb) AS x(name text, university text, semester text, subsystem text)
    ON CONFLICT (cohort_name) DO UPDATE SET university = EXCLUDED.university, semester = EXCLUDED.semester, subsystem = EXCLUDED.subsystem
    WHERE (ghost_cohorts.university, ghost_cohorts.semester, ghost_cohorts.subsystem)
      IS DISTINCT FROM (EXCLUDED.university, EXCLUDED.semester, EXCLUDED.subsystem)`);
  const rows = await queryRows<{ cohort_id: number; cohort_name: string }>(
    tx,
    sql`SELECT cohort_id, cohort_name FROM ghost_cohorts WHERE cohort_name IN (${sql.join(cohorts.map((c) => sql`${c.name}`), sql`, `)})`,
  );
  return new Map(rows.map((r) => [r.cohort_name, Number(r.cohort_id)]));
}

/** Every ghost this build did not produce: the builder owns `ghost_cohorts` (paces cascade). */
async function removeStaleCohorts(tx: Executor, keep: readonly string[]): Promise<string[]> {
  const rows = await queryRows<{ cohort_name: string }>(
    tx,
    keep.length === 0
      ? sql`DELETE FROM ghost_cohorts RETURNING cohort_name`
      : sql`DELETE FROM ghost_cohorts WHERE cohort_name NOT IN (${sql.join(keep.map((k) => sql`${k}`), sql`, `)}) RETURNING cohort_name`,
  );
  return rows.map((r) => r.cohort_name).sort();
}

async function writePaces(tx: Executor, paces: readonly BuiltPace[]): Promise<void> {
  if (paces.length === 0) return;
  const payload = paces.map((p) => ({
    cohort_id: p.cohortId,
    subsystem: p.subsystem,
    total_items: p.totalItems,
    completed_items: p.completedItems,
    started_on: p.startedOn,
    milestones: p.milestones.map(({ share, days, reachedOn }): PaceMilestone => ({ share, days, reachedOn })),
  }));
  await tx.execute(sql`INSERT INTO ghost_paces (cohort_id, source, subsystem, total_items, completed_items, started_on, milestones)
    SELECT x.cohort_id, 'cadence_tasks', x.subsystem, x.total_items, x.completed_items, x.started_on, x.milestones
    FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb)
      AS x(cohort_id int, subsystem text, total_items int, completed_items int, started_on date, milestones jsonb)
    ON CONFLICT (cohort_id) DO UPDATE SET subsystem = EXCLUDED.subsystem, total_items = EXCLUDED.total_items,
      completed_items = EXCLUDED.completed_items, started_on = EXCLUDED.started_on, milestones = EXCLUDED.milestones,
      computed_at = CURRENT_TIMESTAMP
    WHERE (ghost_paces.subsystem, ghost_paces.total_items, ghost_paces.completed_items, ghost_paces.started_on, ghost_paces.milestones)
      IS DISTINCT FROM (EXCLUDED.subsystem, EXCLUDED.total_items, EXCLUDED.completed_items, EXCLUDED.started_on, EXCLUDED.milestones)`);
}

function summarise(r: Omit<BuildGhostsResult, "logId" | "message">): string {
  const from = r.earlierSemesters.length > 0 ? `from ${r.earlierSemesters.join(", ")}` : "(no semester before the current one yet)";
  const ghosts = `Built ${r.ghosts.length} cohort ${r.ghosts.length === 1 ? "ghost" : "ghosts"} ${from}`;
  const dropped = r.dropped.length > 0 ? `, ${r.dropped.length} ${r.dropped.length === 1 ? "cohort" : "cohorts"} dropped` : "";
  const cadence = `${r.paces.length} CADENCE team ${r.paces.length === 1 ? "pace" : "paces"}${r.cadenceDropped.length > 0 ? ` (${r.cadenceDropped.length} ${r.cadenceDropped.length === 1 ? "subsystem" : "subsystems"} without one)` : ""}`;
  const t = r.modules.targets;
  const modules = `race metadata for ${r.modules.published} published modules (${r.modules.written} changed; targets from ghosts ${t.ghosts}, calibration ${t.calibration}, estimate ${t.estimate})`;
  const removed = r.removed.length > 0 ? `; removed ${r.removed.length} that no longer qualify` : "";
  return `${ghosts}${dropped} and ${cadence}; ${modules}${removed}.`;
}
