import "server-only";
import { sql } from "drizzle-orm";
import { canViewStudent, type Viewer } from "../../app/lib/auth/roles";
import { wilsonInterval } from "../../app/lib/domain/calibration";
import { isMastered } from "../../app/lib/domain/competency";
import { ModuleSpec, publicSpec, type PublicModuleSpec } from "../../app/lib/domain/module-spec";
import {
  SUBSYSTEM_LABELS,
  SUBSYSTEMS,
  type Difficulty,
  type ModuleStatus,
  type ProgressStatus,
  type Subsystem,
} from "../../app/lib/domain/vocabulary";
import type { Database, Executor } from "../client";
import { getDb } from "../index";
import { listArchivedCalibrations, type ArchivedCalibration } from "../modules/calibration-archive";
import { queryRows } from "../rows";
import { AccessDenied, ANY_ROLE, assertRole } from "./access";

/**
 * The module catalogue as a viewer sees it: published modules by subsystem with their
 * calibrated difficulty and, for a student, their status and which modules are locked.
 *
 * - Difficulty shown is the calibrated level once a module has completed attempts, otherwise
 *   the author's.
 * - A module is locked while a REQUIRED prerequisite is not mastered (a completed attempt with
 *   mastery ≥ 70, COMPETENCY_RULES), exactly as `startAttempt` decides.
 * - The learning path is a topological order of the prerequisite graph (required and
 *   recommended edges), ties broken by catalogue order; "next up" walks it.
 * Faculty and admins (no student record) see the catalogue without status or locks.
 */

export interface ModuleRef {
  slug: string;
  title: string;
}

export interface CalibrationSummary {
  difficultyLevel: Difficulty;
  sampleSize: number;
  /** Percentage 0–100 of completed attempts that reached mastery. */
  successRate: number | null;
  averageTimeSeconds: number | null;
  /** 90 % Wilson interval of the success share (0–1), recomputed from the stored figures. */
  interval90: [number, number];
}

export interface CatalogueModule {
  id: number;
  slug: string;
  title: string;
  summary: string;
  subsystem: Subsystem;
  /** Calibrated when there is evidence, else authored. */
  difficulty: Difficulty;
  authoredDifficulty: Difficulty;
  calibration: CalibrationSummary | null;
  estimatedMinutes: number;
  /** The viewing student's; null for staff. */
  status: ProgressStatus | null;
  percentComplete: number | null;
  bestMastery: number | null;
  mastered: boolean;
  locked: boolean;
  missingPrerequisites: ModuleRef[];
  prerequisites: (ModuleRef & { required: boolean })[];
}

export interface CatalogueSubsystem {
  subsystem: Subsystem;
  label: string;
  modules: CatalogueModule[];
}

export interface PastAttempt {
  attemptNumber: number;
  masteryScore: number | null;
  timeSpentSeconds: number | null;
  errorsCount: number | null;
  completed: boolean;
  at: string | null;
}

export interface ModuleOverview extends CatalogueModule {
  moduleStatus: ModuleStatus;
  versionNumber: string | null;
  /** The current version without answers; null when it has no valid spec. */
  spec: PublicModuleSpec | null;
  /** Modules that list this one as a prerequisite. */
  dependents: ModuleRef[];
  /** The viewing student's attempts, newest first. */
  attempts: PastAttempt[];
  inProgressAttemptId: number | null;
  /**
   * What calibration measured on earlier major versions, oldest first: a major version changes
   * scoring, so `calibration` counts only the current major's attempts.
   */
  previousCalibrations: ArchivedCalibration[];
}

/** Published modules grouped by subsystem, in catalogue order. */
export async function listCatalogue(viewer: Viewer | null, db?: Database): Promise<CatalogueSubsystem[]> {
  assertRole(viewer, ANY_ROLE);
  const database = db ?? (await getDb());
  const catalogue = await loadCatalogue(database, studentOf(viewer));
  const published = catalogue.modules.filter((m) => m.published);
  return SUBSYSTEMS.map((subsystem) => ({
    subsystem,
    label: SUBSYSTEM_LABELS[subsystem],
    modules: published.filter((m) => m.subsystem === subsystem).map(({ published: _p, moduleStatus: _s, ...m }) => m),
  }));
}

/** Unlocked, not yet mastered published modules for a student, in learning-path order. */
export async function nextUp(viewer: Viewer | null, studentId: string, limit: number, db?: Database): Promise<CatalogueModule[]> {
  assertRole(viewer, ANY_ROLE);
  const database = db ?? (await getDb());
  const [student] = await queryRows<{ id: string; university_id: number }>(database, sql`SELECT id, university_id FROM students WHERE id = ${studentId}`);
  if (!student || !canViewStudent(viewer, { id: student.id, universityId: student.university_id })) throw new AccessDenied();
  const catalogue = await loadCatalogue(database, student.id);
  return learningPath(catalogue)
    .filter((m) => m.published && !m.locked && !m.mastered)
    .slice(0, Math.max(0, limit))
    .map(({ published: _p, moduleStatus: _s, ...m }) => m);
}

/**
 * One module for its page: the catalogue entry, the current version without answers, and for a
 * student their attempts and the attempt in progress. Null for an unknown slug, and for a
 * student when the module is not published.
 */
export async function getModuleOverview(viewer: Viewer | null, slug: string, db?: Database): Promise<ModuleOverview | null> {
  assertRole(viewer, ANY_ROLE);
  const database = db ?? (await getDb());
  const studentId = studentOf(viewer);
  const catalogue = await loadCatalogue(database, studentId);
  const entry = catalogue.modules.find((m) => m.slug === slug);
  if (!entry || (viewer.role === "student" && !entry.published)) return null;

  const [version] = await queryRows<{ version_number: string | null; spec_json: unknown }>(
    database,
    sql`SELECT v.version_number, v.spec_json FROM module_version_history v JOIN modules m ON m.id = v.module_id
      WHERE v.module_id = ${entry.id} AND v.version_number = m.current_version`,
  );
  const parsed = ModuleSpec.safeParse(version?.spec_json);
  const dependents = catalogue.edges
    .filter((e) => e.prerequisiteId === entry.id)
    .map((e) => catalogue.byId.get(e.moduleId))
    .filter((m): m is CatalogueEntry => m !== undefined && m.published)
    .map((m) => ({ slug: m.slug, title: m.title }));

  let attempts: PastAttempt[] = [];
  let inProgressAttemptId: number | null = null;
  if (studentId) {
    const [rows, open] = [
      await queryRows<{ attempt_number: number; mastery: number | string | null; time: number | null; errors: number | null; completed: boolean | null; at_epoch: number | string | null }>(
        database,
        sql`SELECT attempt_number, mastery_score::float8 AS mastery, time_spent_seconds AS time, errors_count AS errors, completed,
            EXTRACT(EPOCH FROM "timestamp")::float8 AS at_epoch
          FROM learner_performance WHERE student_id = ${studentId} AND module_id = ${entry.id}
          ORDER BY attempt_number DESC`,
      ),
      await queryRows<{ id: number }>(
        database,
        sql`SELECT id FROM module_attempts WHERE student_id = ${studentId} AND module_id = ${entry.id} AND status = 'in_progress'`,
      ),
    ];
    attempts = rows.map((r) => ({
      attemptNumber: r.attempt_number,
      masteryScore: r.mastery === null ? null : Number(r.mastery),
      timeSpentSeconds: r.time,
      errorsCount: r.errors,
      completed: r.completed ?? false,
      at: r.at_epoch === null ? null : new Date(Math.round(Number(r.at_epoch) * 1000)).toISOString(),
    }));
    inProgressAttemptId = open[0]?.id ?? null;
  }

  const { published: _p, ...rest } = entry;
  return {
    ...rest,
    versionNumber: version?.version_number ?? null,
    spec: parsed.success ? publicSpec(parsed.data) : null,
    dependents,
    attempts,
    inProgressAttemptId,
    previousCalibrations: await listArchivedCalibrations(database, entry.id),
  };
}

export interface DraftModule {
  id: number;
  slug: string;
  title: string;
  subsystem: Subsystem;
  versionNumber: string | null;
  /** Drafted from a CADENCE document by the module generator. */
  fromCadence: boolean;
}

/** Draft modules, for faculty and admins only: students never learn that a draft exists. */
export async function listDrafts(viewer: Viewer | null, db?: Database): Promise<DraftModule[]> {
  assertRole(viewer, ["faculty", "admin"]);
  const database = db ?? (await getDb());
  const rows = await queryRows<{ id: number; slug: string; title: string; subsystem: Subsystem; current_version: string | null; from_cadence: boolean }>(
    database,
    sql`SELECT id, slug, title, subsystem, current_version, notion_page_id IS NOT NULL AS from_cadence
      FROM modules WHERE status = 'draft' ORDER BY title, id`,
  );
  const order = new Map<string, number>(SUBSYSTEMS.map((s, i) => [s, i]));
  return rows
    .map((r) => ({ id: r.id, slug: r.slug, title: r.title, subsystem: r.subsystem, versionNumber: r.current_version, fromCadence: r.from_cadence }))
    .sort((a, b) => (order.get(a.subsystem) ?? 0) - (order.get(b.subsystem) ?? 0));
}

// ---------------------------------------------------------------------------------------------

interface CatalogueEntry extends CatalogueModule {
  published: boolean;
  moduleStatus: ModuleStatus;
}

interface Edge {
  moduleId: number;
  prerequisiteId: number;
  required: boolean;
}

interface LoadedCatalogue {
  /** Every module (drafts too, so a prerequisite can be named), in catalogue order. */
  modules: CatalogueEntry[];
  byId: Map<number, CatalogueEntry>;
  edges: Edge[];
}

function studentOf(viewer: Viewer): string | null {
  return viewer.role === "student" ? viewer.studentId : null;
}

async function loadCatalogue(db: Executor, studentId: string | null): Promise<LoadedCatalogue> {
  const [moduleRows, edgeRows, progressRows, bestRows] = [
    await queryRows<{
      id: number;
      slug: string;
      title: string;
      summary: string | null;
      subsystem: Subsystem;
      difficulty: Difficulty;
      estimated_minutes: number;
      status: ModuleStatus;
      calibrated: Difficulty | null;
      sample_size: number | null;
      success_rate: number | string | null;
      average_time_seconds: number | null;
    }>(
      db,
      sql`SELECT m.id, m.slug, m.title, m.summary, m.subsystem, m.difficulty, m.estimated_minutes, m.status,
          c.difficulty_level AS calibrated, c.sample_size, c.success_rate::float8 AS success_rate, c.average_time_seconds
        FROM modules m
        LEFT JOIN LATERAL (
          SELECT difficulty_level, sample_size, success_rate, average_time_seconds FROM module_difficulty_calibrations
          WHERE module_id = m.id ORDER BY calibration_id LIMIT 1
        ) c ON true
        ORDER BY m.id`,
    ),
    await queryRows<{ module_id: number; prerequisite_module_id: number; required: boolean }>(
      db,
      sql`SELECT module_id, prerequisite_module_id, COALESCE(required, true) AS required FROM module_prerequisites
        WHERE module_id IS NOT NULL AND prerequisite_module_id IS NOT NULL ORDER BY prerequisite_module_id, module_id`,
    ),
    studentId
      ? await queryRows<{ module_id: number; status: ProgressStatus; percent_complete: number }>(
          db,
          sql`SELECT module_id, status, percent_complete FROM module_progress WHERE student_id = ${studentId}`,
        )
      : [],
    studentId
      ? await queryRows<{ module_id: number; best: number | string | null }>(
          db,
          sql`SELECT module_id, (MAX(mastery_score) FILTER (WHERE completed))::float8 AS best
            FROM learner_performance WHERE student_id = ${studentId} GROUP BY module_id`,
        )
      : [],
  ];

  const progress = new Map(progressRows.map((r) => [r.module_id, r]));
  const best = new Map(bestRows.map((r) => [r.module_id, r.best === null ? null : Number(r.best)]));
  const edges: Edge[] = edgeRows.map((r) => ({ moduleId: r.module_id, prerequisiteId: r.prerequisite_module_id, required: r.required }));
  const refs = new Map(moduleRows.map((m) => [m.id, { slug: m.slug, title: m.title }]));

  const modules = moduleRows.map((m): CatalogueEntry => {
    const calibration: CalibrationSummary | null =
      m.calibrated && (m.sample_size ?? 0) > 0
        ? {
            difficultyLevel: m.calibrated,
            sampleSize: m.sample_size ?? 0,
            successRate: m.success_rate === null ? null : Number(m.success_rate),
            averageTimeSeconds: m.average_time_seconds,
            interval90: wilsonInterval(Math.round(((Number(m.success_rate ?? 0)) / 100) * (m.sample_size ?? 0)), m.sample_size ?? 0),
          }
        : null;
    const prerequisites = edges
      .filter((e) => e.moduleId === m.id)
      .map((e) => ({ ...refs.get(e.prerequisiteId)!, required: e.required, id: e.prerequisiteId }));
    const bestMastery = best.get(m.id) ?? null;
    const missing = studentId ? prerequisites.filter((p) => p.required && !isMastered(best.get(p.id) ?? null)) : [];
    const own = progress.get(m.id);
    return {
      id: m.id,
      slug: m.slug,
      title: m.title,
      summary: m.summary ?? "",
      subsystem: m.subsystem,
      difficulty: calibration?.difficultyLevel ?? m.difficulty,
      authoredDifficulty: m.difficulty,
      calibration,
      estimatedMinutes: m.estimated_minutes,
      status: studentId ? (own?.status ?? "not_started") : null,
      percentComplete: studentId ? (own?.percent_complete ?? 0) : null,
      bestMastery,
      mastered: isMastered(bestMastery),
      locked: missing.length > 0,
      missingPrerequisites: missing.map((p) => ({ slug: p.slug, title: p.title })),
      prerequisites: prerequisites.map((p) => ({ slug: p.slug, title: p.title, required: p.required })),
      published: m.status === "published",
      moduleStatus: m.status,
    };
  });
  return { modules, byId: new Map(modules.map((m) => [m.id, m])), edges };
}

/**
 * Kahn's algorithm over the prerequisite graph, always taking the ready module earliest in the
 * catalogue. Modules caught in a cycle (the editor should prevent one) follow in catalogue order.
 */
export function learningPathOrder(ids: number[], edges: { moduleId: number; prerequisiteId: number }[]): number[] {
  const known = new Set(ids);
  const position = new Map(ids.map((id, i) => [id, i]));
  const waitingOn = new Map(ids.map((id) => [id, 0]));
  const unlocks = new Map<number, number[]>();
  for (const e of edges) {
    if (!known.has(e.moduleId) || !known.has(e.prerequisiteId)) continue;
    waitingOn.set(e.moduleId, waitingOn.get(e.moduleId)! + 1);
    unlocks.set(e.prerequisiteId, [...(unlocks.get(e.prerequisiteId) ?? []), e.moduleId]);
  }
  const ready = ids.filter((id) => waitingOn.get(id) === 0);
  const order: number[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => position.get(a)! - position.get(b)!);
    const next = ready.shift()!;
    order.push(next);
    for (const dependent of unlocks.get(next) ?? []) {
      const left = waitingOn.get(dependent)! - 1;
      waitingOn.set(dependent, left);
      if (left === 0) ready.push(dependent);
    }
  }
  const placed = new Set(order);
  return [...order, ...ids.filter((id) => !placed.has(id))];
}

function learningPath(catalogue: LoadedCatalogue): CatalogueEntry[] {
  return learningPathOrder(
    catalogue.modules.map((m) => m.id),
    catalogue.edges,
  ).map((id) => catalogue.byId.get(id)!);
}
