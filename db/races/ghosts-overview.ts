import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../../app/lib/auth/roles";
import { CADENCE_UNIVERSITY } from "../../app/lib/domain/ghosts";
import type { RaceTimeTargets } from "../../app/lib/domain/race-data";
import { SUBSYSTEMS, type Subsystem } from "../../app/lib/domain/vocabulary";
import type { Executor } from "../client";
import { getDb } from "../index";
import { assertRole } from "../queries/access";
import { queryRows } from "../rows";
import type { PaceMilestone } from "../schema/races";
import { GHOST_BUILDER_ACTION, GHOST_BUILDER_AGENT } from "./build-ghosts";

/**
 * What /admin/races shows: the ghosts as stored, the last build's report (cohort sizes, dropped
 * cohorts — only the build's log entry knows those), the CADENCE paces and each published
 * module's targets. Admins only. A few small reads: ghost_cohorts and race_metadata hold one row
 * per cohort and module, and the last build is one index probe on the agent log.
 */

export interface GhostRow {
  cohortId: number;
  name: string;
  university: string | null;
  semester: string | null;
  subsystem: Subsystem | null;
  /** From the last build's report; null when the ghost predates it. */
  students: number | null;
  modules: number | null;
}

export interface DroppedRow {
  university: string;
  semester: string;
  subsystem: Subsystem | null;
  students: number;
  reason: string;
}

export interface PaceRow {
  cohortId: number;
  name: string;
  subsystem: Subsystem;
  totalItems: number;
  completedItems: number;
  startedOn: string | null;
  milestones: PaceMilestone[];
}

export interface ModuleTargetRow {
  moduleId: number;
  slug: string;
  title: string;
  subsystem: Subsystem;
  estimatedMinutes: number;
  /** Null until the first build reached the module. */
  targets: RaceTimeTargets | null;
  ghosts: number;
  pooledStudents: number | null;
}

export interface LastBuild {
  logId: number;
  runId: string | null;
  at: string | null;
  message: string;
  earlierSemesters: string[];
  dropped: DroppedRow[];
  cadenceDropped: { subsystem: Subsystem; reason: string }[];
  durationMs: number | null;
}

export interface GhostOverview {
  lastBuild: LastBuild | null;
  ghosts: GhostRow[];
  paces: PaceRow[];
  modules: ModuleTargetRow[];
}

const Subsystem = z.enum(SUBSYSTEMS);
// The entry's metadata is JSON anyone with an agent token could imitate: read it defensively.
const BuildReport = z.object({
  runId: z.string().optional().catch(undefined),
  earlierSemesters: z.array(z.string()).catch([]),
  durationMs: z.number().optional().catch(undefined),
  ghosts: z.array(z.object({ cohortId: z.number(), students: z.number(), modules: z.number() })).catch([]),
  dropped: z
    .array(z.object({ university: z.string(), semester: z.string(), subsystem: Subsystem.nullable(), students: z.number(), reason: z.string() }))
    .catch([]),
  cadenceDropped: z.array(z.object({ subsystem: Subsystem, reason: z.string() })).catch([]),
});

const TARGET_SOURCES = ["ghosts", "calibration", "estimate"] as const;
const Targets = z.object({ gold: z.number(), silver: z.number(), bronze: z.number(), source: z.enum(TARGET_SOURCES) });

export async function getGhostOverview(viewer: Viewer | null, db?: Executor): Promise<GhostOverview> {
  assertRole(viewer, ["admin"]);
  const d = db ?? (await getDb());

  const [entry] = await queryRows<{ log_id: number; at: string | null; message: string | null; metadata: unknown }>(
    d,
    sql`SELECT log_id, to_char("timestamp", 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at, message, metadata
      FROM ascent_basecamp_agent_log
      WHERE agent_name = ${GHOST_BUILDER_AGENT} AND action_type = ${GHOST_BUILDER_ACTION}
      ORDER BY "timestamp" DESC, log_id DESC LIMIT 1`,
  );
  const report = entry ? BuildReport.safeParse(entry.metadata ?? {}) : null;
  const built = report?.success ? report.data : null;
  const lastBuild: LastBuild | null = entry
    ? {
        logId: Number(entry.log_id),
        runId: built?.runId ?? null,
        at: entry.at,
        message: entry.message ?? "",
        earlierSemesters: built?.earlierSemesters ?? [],
        dropped: built?.dropped ?? [],
        cadenceDropped: built?.cadenceDropped ?? [],
        durationMs: built?.durationMs ?? null,
      }
    : null;
  const sizes = new Map((built?.ghosts ?? []).map((g) => [g.cohortId, g]));

  const cohorts = await queryRows<{ cohort_id: number; cohort_name: string; university: string | null; semester: string | null; subsystem: Subsystem | null }>(
    d,
    sql`SELECT cohort_id, cohort_name, university, semester, subsystem FROM ghost_cohorts
      WHERE university IS DISTINCT FROM ${CADENCE_UNIVERSITY}
      ORDER BY semester, university, subsystem, cohort_name`,
  );
  const ghosts: GhostRow[] = cohorts.map((c) => ({
    cohortId: Number(c.cohort_id),
    name: c.cohort_name,
    university: c.university,
    semester: c.semester,
    subsystem: c.subsystem,
    students: sizes.get(Number(c.cohort_id))?.students ?? null,
    modules: sizes.get(Number(c.cohort_id))?.modules ?? null,
  }));

  const paceRows = await queryRows<{
    cohort_id: number;
    cohort_name: string;
    subsystem: Subsystem;
    total_items: number;
    completed_items: number;
    started_on: string | null;
    milestones: PaceMilestone[];
  }>(
    d,
    sql`SELECT g.cohort_id, g.cohort_name, p.subsystem, p.total_items, p.completed_items,
        to_char(p.started_on, 'YYYY-MM-DD') AS started_on, p.milestones
      FROM ghost_paces p JOIN ghost_cohorts g ON g.cohort_id = p.cohort_id`,
  );
  const paces: PaceRow[] = paceRows
    .map((p) => ({
      cohortId: Number(p.cohort_id),
      name: p.cohort_name,
      subsystem: p.subsystem,
      totalItems: Number(p.total_items),
      completedItems: Number(p.completed_items),
      startedOn: p.started_on,
      milestones: Array.isArray(p.milestones) ? [...p.milestones].sort((a, b) => a.share - b.share) : [],
    }))
    .sort((a, b) => SUBSYSTEMS.indexOf(a.subsystem) - SUBSYSTEMS.indexOf(b.subsystem));

  const moduleRows = await queryRows<{
    id: number;
    slug: string;
    title: string;
    subsystem: Subsystem;
    estimated_minutes: number | null;
    time_targets: unknown;
    ghosts: number | null;
    pooled_students: number | null;
  }>(
    d,
    sql`SELECT m.id, m.slug, m.title, m.subsystem, m.estimated_minutes, r.time_targets,
        CASE WHEN jsonb_typeof(r.ghost_data -> 'ghosts') = 'array' THEN jsonb_array_length(r.ghost_data -> 'ghosts') END AS ghosts,
        CASE WHEN jsonb_typeof(r.ghost_data #> '{pooled,students}') = 'number' THEN (r.ghost_data #>> '{pooled,students}')::int END AS pooled_students
      FROM modules m LEFT JOIN race_metadata r ON r.module_id = m.id
      WHERE m.status = 'published'
      ORDER BY m.subsystem, m.title`,
  );
  const modules: ModuleTargetRow[] = moduleRows.map((m) => {
    const targets = Targets.safeParse(m.time_targets);
    return {
      moduleId: Number(m.id),
      slug: m.slug,
      title: m.title,
      subsystem: m.subsystem,
      estimatedMinutes: Number(m.estimated_minutes ?? 0),
      targets: targets.success ? targets.data : null,
      ghosts: Number(m.ghosts ?? 0),
      pooledStudents: m.pooled_students === null ? null : Number(m.pooled_students),
    };
  });

  return { lastBuild, ghosts, paces, modules };
}
