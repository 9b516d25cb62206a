import "server-only";
import { sql } from "drizzle-orm";
import { canViewStudent, can, type Viewer } from "../../app/lib/auth/roles";
import { isMastered } from "../../app/lib/domain/competency";
import { describeCycle, PrerequisiteCycleError, topologicalOrder } from "../../app/lib/domain/prerequisite-graph";
import { SUBSYSTEMS, type Difficulty, type ModuleStatus, type ProgressStatus, type Subsystem } from "../../app/lib/domain/vocabulary";
import type { Database, Executor } from "../client";
import { getDb } from "../index";
import { queryRows } from "../rows";
import { AccessDenied, ANY_ROLE, assertRole } from "./access";

/**
 * The learning path (`/paths`): the prerequisite graph as one viewer may see it, in one view
 * (a subsystem, or all of them), with a student's status on each module when there is one.
 *
 * - Students see published modules only, and only the edges between them: a draft, and that a
 *   draft will come after a module, stays unseen until faculty publish it.
 * - Staff see every module, drafts and archived ones marked by `moduleStatus`, so they can
 *   wire a draft in before publishing it and unhook a retired one.
 * - A subsystem view holds that subsystem's modules plus, as `ghost` modules, the modules of
 *   other subsystems joined to them by an edge (drawn as stubs); edges between two ghosts are
 *   not part of the view.
 * - A student's status on a module: `mastered` (a completed attempt at the mastery threshold);
 *   else `in_progress` once they have started it; else `locked` while a REQUIRED prerequisite
 *   is not mastered (every prerequisite counts, published or not, exactly as `startAttempt`
 *   refuses); else `unlocked`.
 */

export const PATH_VIEWS = ["all", ...SUBSYSTEMS] as const;
export type PathView = (typeof PATH_VIEWS)[number];

export const PATH_STATUSES = ["mastered", "in_progress", "unlocked", "locked"] as const;
export type PathStatus = (typeof PATH_STATUSES)[number];

export interface PathModuleRef {
  slug: string;
  title: string;
}

export interface PathModule {
  id: number;
  slug: string;
  title: string;
  subsystem: Subsystem;
  /** Calibrated once attempts exist (`sampleSize` > 0), else the author's. */
  difficulty: Difficulty;
  sampleSize: number;
  moduleStatus: ModuleStatus;
  /** In another subsystem than the view, shown because an edge joins it to the view. */
  ghost: boolean;
  /** The chosen student's status; null when no student is chosen. */
  status: PathStatus | null;
  /** Required prerequisites the student has not mastered that the viewer may see. */
  missing: PathModuleRef[];
  /** Of `missing`, how many the viewer may not see (drafts, for a student). */
  hiddenMissing: number;
}

export interface PathEdge {
  moduleId: number;
  prerequisiteModuleId: number;
  required: boolean;
  crossSubsystem: boolean;
}

export interface LearningPath {
  view: PathView;
  /** Whose statuses are shown; null for none. */
  student: { id: string; name: string } | null;
  /** The view's modules in learning order, then its ghost modules in catalogue order. */
  modules: PathModule[];
  edges: PathEdge[];
  /** The cycle in words when the stored graph has one (edits refuse them); null normally. */
  cycle: string | null;
}

export interface PathStudentChoice {
  id: string;
  name: string;
  /** "Orbital Falcons · Fall 2026", or the semester when the student has no team. */
  group: string;
}

export interface PrerequisiteModuleChoice {
  slug: string;
  title: string;
  subsystem: Subsystem;
  moduleStatus: ModuleStatus;
}

interface ModuleRow {
  id: number;
  slug: string;
  title: string;
  subsystem: Subsystem;
  difficulty: Difficulty;
  status: ModuleStatus;
  calibrated: Difficulty | null;
  sample_size: number | null;
}

interface EdgeRow {
  module_id: number;
  prerequisite_module_id: number;
  required: boolean;
}

/**
 * The path in one view. `studentId` asks for that student's statuses: a student may only ask
 * for their own (they get theirs without asking), staff for students they may see. Null when
 * the student does not exist or the viewer may not see them, so the page answers 404 either way.
 */
export async function getLearningPath(
  viewer: Viewer | null,
  options: { view: PathView; studentId?: string | null },
  db?: Database,
): Promise<LearningPath | null> {
  assertRole(viewer, ANY_ROLE);
  const database = db ?? (await getDb());
  const staff = can(viewer, "prerequisites.edit");

  let student: { id: string; name: string } | null = null;
  const wanted = options.studentId ?? (viewer.role === "student" ? viewer.studentId : null);
  if (wanted) {
    const [row] = await queryRows<{ id: string; name: string; university_id: number }>(
      database,
      sql`SELECT id, name, university_id FROM students WHERE id = ${wanted}`,
    );
    if (!row || !canViewStudent(viewer, { id: row.id, universityId: row.university_id })) return null;
    student = { id: row.id, name: row.name };
  }

  const [moduleRows, edgeRows, progressRows, bestRows] = [
    await loadModules(database),
    await loadEdges(database),
    student
      ? await queryRows<{ module_id: number; status: ProgressStatus }>(
          database,
          sql`SELECT module_id, status FROM module_progress WHERE student_id = ${student.id}`,
        )
      : [],
    student
      ? await queryRows<{ module_id: number; best: number | string | null }>(
          database,
          sql`SELECT module_id, (MAX(mastery_score) FILTER (WHERE completed))::float8 AS best
            FROM learner_performance WHERE student_id = ${student.id} GROUP BY module_id`,
        )
      : [],
  ];

  const visible = moduleRows.filter((m) => staff || m.status === "published");
  const visibleIds = new Set(visible.map((m) => m.id));
  const byId = new Map(moduleRows.map((m) => [m.id, m]));
  const progress = new Map(progressRows.map((r) => [r.module_id, r.status]));
  const mastered = new Set(bestRows.filter((r) => isMastered(r.best === null ? null : Number(r.best))).map((r) => r.module_id));

  const inView = (m: ModuleRow) => options.view === "all" || m.subsystem === options.view;
  const viewIds = new Set(visible.filter(inView).map((m) => m.id));
  const edges: PathEdge[] = edgeRows
    .filter((e) => visibleIds.has(e.module_id) && visibleIds.has(e.prerequisite_module_id))
    .filter((e) => viewIds.has(e.module_id) || viewIds.has(e.prerequisite_module_id))
    .map((e) => ({
      moduleId: e.module_id,
      prerequisiteModuleId: e.prerequisite_module_id,
      required: e.required,
      crossSubsystem: byId.get(e.module_id)!.subsystem !== byId.get(e.prerequisite_module_id)!.subsystem,
    }));
  const ghostIds = new Set(edges.flatMap((e) => [e.moduleId, e.prerequisiteModuleId]).filter((id) => !viewIds.has(id)));

  const toModule = (m: ModuleRow): PathModule => {
    const requiredPrerequisites = edgeRows.filter((e) => e.module_id === m.id && e.required).map((e) => byId.get(e.prerequisite_module_id)!);
    const missing = student ? requiredPrerequisites.filter((p) => !mastered.has(p.id)) : [];
    const shown = missing.filter((p) => visibleIds.has(p.id));
    return {
      id: m.id,
      slug: m.slug,
      title: m.title,
      subsystem: m.subsystem,
      difficulty: m.calibrated && (m.sample_size ?? 0) > 0 ? m.calibrated : m.difficulty,
      sampleSize: m.calibrated ? (m.sample_size ?? 0) : 0,
      moduleStatus: m.status,
      ghost: ghostIds.has(m.id),
      status: student ? statusOf(mastered.has(m.id), progress.get(m.id), missing.length > 0) : null,
      missing: shown.map((p) => ({ slug: p.slug, title: p.title })),
      hiddenMissing: missing.length - shown.length,
    };
  };

  // Catalogue order (subsystem, then the order modules were added) breaks ties in the path.
  const catalogue = [...visible].sort((a, b) => SUBSYSTEMS.indexOf(a.subsystem) - SUBSYSTEMS.indexOf(b.subsystem) || a.id - b.id);
  const members = catalogue.filter((m) => viewIds.has(m.id));
  const graphModules = members.map((m) => ({ id: m.id, title: m.title, subsystem: m.subsystem }));
  const graphEdges = edges.filter((e) => viewIds.has(e.moduleId) && viewIds.has(e.prerequisiteModuleId));
  let order = members.map((m) => m.id);
  let cycle: string | null = null;
  try {
    order = topologicalOrder(graphModules, graphEdges);
  } catch (error) {
    if (!(error instanceof PrerequisiteCycleError)) throw error;
    cycle = describeCycle(error.cycle, graphModules);
  }

  return {
    view: options.view,
    student,
    modules: [...order.map((id) => toModule(byId.get(id)!)), ...catalogue.filter((m) => ghostIds.has(m.id)).map(toModule)],
    edges,
    cycle,
  };
}

/** The students whose path a faculty member (their university's) or an admin (all) may show. */
export async function listPathStudents(viewer: Viewer | null, db?: Database): Promise<PathStudentChoice[]> {
  assertRole(viewer, ["faculty", "admin"]);
  if (viewer.role === "faculty" && viewer.universityId === null) return [];
  const database = db ?? (await getDb());
  const scope = viewer.role === "admin" ? sql`true` : sql`s.university_id = ${viewer.universityId}`;
  const rows = await queryRows<{ id: string; name: string; team: string | null; semester: string; university: string }>(
    database,
    sql`SELECT s.id, s.name, t.name AS team, s.semester, u.short_name AS university
      FROM students s JOIN universities u ON u.id = s.university_id LEFT JOIN teams t ON t.id = s.team_id
      WHERE ${scope}
      ORDER BY u.id, t.id NULLS LAST, s.semester, s.name, s.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    group: [viewer.role === "admin" ? r.university : null, r.team, r.semester].filter(Boolean).join(" · "),
  }));
}

/** Every module, drafts included, for the edge editor's lists (faculty and admins). */
export async function listPrerequisiteModuleChoices(viewer: Viewer | null, db?: Database): Promise<PrerequisiteModuleChoice[]> {
  if (!can(viewer, "prerequisites.edit")) throw new AccessDenied();
  const rows = await loadModules(db ?? (await getDb()));
  return rows
    .map((m) => ({ slug: m.slug, title: m.title, subsystem: m.subsystem, moduleStatus: m.status }))
    .sort((a, b) => SUBSYSTEMS.indexOf(a.subsystem) - SUBSYSTEMS.indexOf(b.subsystem) || a.title.localeCompare(b.title, "en"));
}

function statusOf(mastered: boolean, progress: ProgressStatus | undefined, locked: boolean): PathStatus {
  if (mastered) return "mastered";
  if (progress === "in_progress" || progress === "completed") return "in_progress";
  return locked ? "locked" : "unlocked";
}

async function loadModules(db: Executor): Promise<ModuleRow[]> {
  return queryRows<ModuleRow>(
    db,
    sql`SELECT m.id, m.slug, m.title, m.subsystem, m.difficulty, m.status, c.difficulty_level AS calibrated, c.sample_size
      FROM modules m
      LEFT JOIN LATERAL (
        SELECT difficulty_level, sample_size FROM module_difficulty_calibrations
        WHERE module_id = m.id ORDER BY calibration_id LIMIT 1
      ) c ON true
      ORDER BY m.id`,
  );
}

async function loadEdges(db: Executor): Promise<EdgeRow[]> {
  return queryRows<EdgeRow>(
    db,
    sql`SELECT module_id, prerequisite_module_id, COALESCE(required, true) AS required FROM module_prerequisites
      WHERE module_id IS NOT NULL AND prerequisite_module_id IS NOT NULL
      ORDER BY prerequisite_module_id, module_id`,
  );
}
