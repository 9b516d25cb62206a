import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Viewer } from "../../app/lib/auth/roles";
import type { RaceTimeTargets } from "../../app/lib/domain/race-data";
import type { Medal } from "../../app/lib/domain/races";
import type { Subsystem } from "../../app/lib/domain/vocabulary";
import type { Database } from "../client";
import { getDb } from "../index";
import { queryRows } from "../rows";
import { students } from "../schema";
import { ANY_ROLE, assertRole } from "./access";
import { listCatalogue, type ModuleRef } from "./modules";

/**
 * The /races index: the modules to race by subsystem, with the student's best time and medal
 * and each module's ghost median and medal targets; and the student's leaderboard opt-in.
 * Project-scale races (the CADENCE team's pace) are in races-pace.ts.
 */

export interface RaceModule {
  id: number;
  slug: string;
  title: string;
  estimatedMinutes: number;
  /** For a student: a required prerequisite not yet mastered. Staff never see locks. */
  locked: boolean;
  missingPrerequisites: ModuleRef[];
  /** The viewing student's best listed run; null for staff or before their first. */
  best: { timeSeconds: number; medal: Medal | null } | null;
  /** Every earlier cohort pooled: the pace a race is run against by default. */
  ghost: { medianSeconds: number; students: number } | null;
  targets: RaceTimeTargets | null;
  /** Students on the module's board, from the cached leaderboard. */
  boardStudents: number;
}

export interface RaceSubsystem {
  subsystem: Subsystem;
  label: string;
  modules: RaceModule[];
}

const TARGET_SOURCES = new Set(["ghosts", "calibration", "estimate"]);

function targetsOf(value: unknown): RaceTimeTargets | null {
  if (typeof value !== "object" || value === null) return null;
  const t = value as Record<string, unknown>;
  const ok = ["gold", "silver", "bronze"].every((k) => typeof t[k] === "number") && TARGET_SOURCES.has(String(t.source));
  return ok ? (value as RaceTimeTargets) : null;
}

/** Published modules by subsystem (empty subsystems left out), in catalogue order. */
export async function listRaceModules(viewer: Viewer | null, db?: Database): Promise<RaceSubsystem[]> {
  assertRole(viewer, ANY_ROLE);
  const database = db ?? (await getDb());
  const me = viewer.role === "student" ? viewer.studentId : null;
  const [catalogue, metadata, bests] = [
    await listCatalogue(viewer, database),
    await queryRows<{ module_id: number; time_targets: unknown; ghost_median: number | string | null; ghost_students: number | null; listed: number | null }>(
      database,
      // Only the figures shown: ghost_data holds every cohort's splits, which this page does not need.
      sql`SELECT module_id, time_targets,
          (ghost_data -> 'pooled' -> 'finish' ->> 'median')::float8 AS ghost_median,
          (ghost_data -> 'pooled' ->> 'students')::int AS ghost_students,
          (leaderboard_data -> 'counts' ->> 'listedStudents')::int AS listed
        FROM race_metadata WHERE module_id IS NOT NULL`,
    ),
    me
      ? await queryRows<{ module_id: number; time_seconds: number; medal: Medal | null }>(
          database,
          sql`SELECT DISTINCT ON (module_id) module_id, time_seconds, medal FROM race_runs
            WHERE student_id = ${me} AND board_status = 'listed' AND time_seconds IS NOT NULL
            ORDER BY module_id, time_seconds, finished_at, id`,
        )
      : [],
  ];
  const meta = new Map(metadata.map((m) => [m.module_id, m]));
  const best = new Map(bests.map((b) => [b.module_id, { timeSeconds: b.time_seconds, medal: b.medal }]));
  return catalogue
    .filter((s) => s.modules.length > 0)
    .map((s) => ({
      subsystem: s.subsystem,
      label: s.label,
      modules: s.modules.map((m): RaceModule => {
        const row = meta.get(m.id);
        const median = row?.ghost_median === null || row?.ghost_median === undefined ? null : Number(row.ghost_median);
        return {
          id: m.id,
          slug: m.slug,
          title: m.title,
          estimatedMinutes: m.estimatedMinutes,
          locked: m.locked,
          missingPrerequisites: m.missingPrerequisites,
          best: best.get(m.id) ?? null,
          ghost: median === null ? null : { medianSeconds: median, students: row?.ghost_students ?? 0 },
          targets: targetsOf(row?.time_targets),
          boardStudents: row?.listed ?? 0,
        };
      }),
    }));
}

/** Whether the viewing student shows their name on leaderboards; null for staff and unlinked accounts. */
export async function getLeaderboardOptIn(viewer: Viewer | null, db?: Database): Promise<boolean | null> {
  assertRole(viewer, ANY_ROLE);
  if (viewer.role !== "student" || !viewer.studentId) return null;
  const database = db ?? (await getDb());
  const [row] = await database.select({ value: students.publicLeaderboard }).from(students).where(eq(students.id, viewer.studentId));
  return row?.value ?? null;
}

/**
 * A student shows or hides their own name on every leaderboard. Names are looked up when a board
 * is shown (the cache holds ids only), so the change is seen on the next page view.
 */
export async function setLeaderboardOptInRecord(
  viewer: Viewer | null,
  publicLeaderboard: boolean,
  db?: Database,
): Promise<{ ok: true; publicLeaderboard: boolean } | { ok: false; message: string }> {
  assertRole(viewer, ["student"]);
  if (!viewer.studentId) return { ok: false, message: "Your account is not linked to a student record, so there is no name to show. Ask an admin to link it." };
  const database = db ?? (await getDb());
  const [row] = await database
    .update(students)
    .set({ publicLeaderboard })
    .where(eq(students.id, viewer.studentId))
    .returning({ value: students.publicLeaderboard });
  if (!row) return { ok: false, message: "Your student record was not found, so nothing was changed." };
  return { ok: true, publicLeaderboard: row.value };
}
