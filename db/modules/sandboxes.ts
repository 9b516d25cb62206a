import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { can, type Viewer } from "../../app/lib/auth/roles";
import type { EnvironmentStatus, ModuleStatus, SandboxStatus, SimulationKind, Subsystem } from "../../app/lib/domain/vocabulary";
import { recordAudit } from "../audit";
import type { Database, Executor } from "../client";
import { getDb } from "../index";
import { missingPrerequisites } from "../learning/attempts";
import { AccessDenied, ANY_ROLE, assertRole } from "../queries/access";
import { queryRows } from "../rows";
import { moduleEnvironments, modules, sandboxes, simulationEnvironments, students } from "../schema";

/**
 * Simulation environments attached to a module as its sandboxes, and each student's own
 * instance of them (a `sandboxes` row with `module_id`).
 *
 * Rules decided here:
 * - Staff (`modules.edit`) attach an AVAILABLE environment once per module, with instructions,
 *   and detach it after confirming; both audited (`module_environment.attach`, `.detach`).
 *   Detaching keeps the students' rows: their work is theirs, the module just stops listing it.
 * - A student opens a sandbox only on a published module they have unlocked (the same rule as
 *   starting an attempt: a locked module's tools would spoil its prerequisites' order), and
 *   only in an available environment. Opening creates their one row, or restarts a stopped
 *   one with a new instance; opening one that is already ready or running changes nothing.
 *   Two opens at once meet at the partial unique index (student, module, environment).
 * - A student's own actions are not agent-log entries: nothing automated happened.
 * - Staff see how many students have an instance: faculty count their own university's
 *   students, admins everyone's.
 */

export interface SandboxInstance {
  sandboxId: number;
  instanceId: string | null;
  status: SandboxStatus;
  openedAt: string | null;
  stoppedAt: string | null;
}

export interface AttachedEnvironment {
  environmentId: number;
  name: string;
  kind: SimulationKind | null;
  subsystem: Subsystem | null;
  /** Null in the record counts as available: nothing says otherwise. */
  status: EnvironmentStatus;
  available: boolean;
  config: Record<string, unknown>;
  /** Markdown written by the module's author. */
  instructions: string;
  /** The viewing student's own instance. */
  instance: SandboxInstance | null;
  /** Staff only: students with an instance, and how many of those are ready or running. */
  usage: { students: number; active: number } | null;
}

export interface EnvironmentChoice {
  environmentId: number;
  name: string;
  kind: SimulationKind | null;
}

export interface ModuleSandboxes {
  moduleId: number;
  slug: string;
  title: string;
  moduleStatus: ModuleStatus;
  staff: boolean;
  environments: AttachedEnvironment[];
  /** Staff: available environments not attached yet. */
  attachable: EnvironmentChoice[];
  /** Students: why they cannot open a sandbox here; null when they can. */
  openRefusal: string | null;
  /** Whose instances `usage` counts. */
  usageScope: "all" | "university" | null;
}

export type SandboxRefusal = "not_found" | "unavailable" | "duplicate" | "locked" | "not_linked" | "needs_confirmation";

export type SandboxResult<T = object> = ({ ok: true; message: string } & T) | { ok: false; reason: SandboxRefusal; message: string; instances?: number };

interface ModuleRow {
  id: number;
  slug: string;
  title: string;
  status: ModuleStatus;
}

interface AttachmentRow {
  attachment_id: number;
  environment_id: number;
  position: number;
  instructions: string;
  name: string;
  kind: SimulationKind | null;
  subsystem: Subsystem | null;
  env_status: EnvironmentStatus | null;
  config_json: unknown;
}

/** The Sandboxes section of a module page. Null for an unknown slug, and for a student when the module is not published. */
export async function getModuleSandboxes(viewer: Viewer | null, slug: string, db?: Database): Promise<ModuleSandboxes | null> {
  assertRole(viewer, ANY_ROLE);
  const database = db ?? (await getDb());
  const moduleRow = await findModule(database, slug);
  const staff = can(viewer, "modules.edit");
  if (!moduleRow || (!staff && moduleRow.status !== "published")) return null;

  const attached = await attachmentsOf(database, moduleRow.id);
  const studentId = viewer.role === "student" ? viewer.studentId : null;
  const instances = studentId ? await instancesOf(database, studentId, moduleRow.id) : new Map<number, SandboxInstance>();
  const usage = staff ? await usageOf(database, viewer, moduleRow.id) : new Map<number, { students: number; active: number }>();
  const attachable = staff ? await attachableFor(database, moduleRow.id) : [];

  let openRefusal: string | null = null;
  if (!staff) {
    if (!studentId) {
      openRefusal = "Your account is not linked to a student record yet, so a sandbox could not be kept for you. Ask an admin to link it.";
    } else {
      const missing = await missingPrerequisites(database, studentId, moduleRow.id);
      if (missing.length > 0) openRefusal = `Sandboxes open once the module is unlocked: master ${listTitles(missing.map((m) => m.title))} first.`;
    }
  }

  return {
    moduleId: moduleRow.id,
    slug: moduleRow.slug,
    title: moduleRow.title,
    moduleStatus: moduleRow.status,
    staff,
    environments: attached.map((row) => ({
      environmentId: row.environment_id,
      name: row.name,
      kind: row.kind,
      subsystem: row.subsystem,
      status: row.env_status ?? "available",
      available: isAvailable(row.env_status),
      config: asRecord(row.config_json),
      instructions: row.instructions,
      instance: instances.get(row.environment_id) ?? null,
      usage: staff ? (usage.get(row.environment_id) ?? { students: 0, active: 0 }) : null,
    })),
    attachable,
    openRefusal,
    usageScope: staff ? (viewer.role === "admin" ? "all" : "university") : null,
  };
}

/** Attaches an available environment to a module, listed after those already there. */
export async function attachModuleEnvironment(
  viewer: Viewer | null,
  input: { slug: string; environmentId: number; instructions: string },
  db?: Database,
): Promise<SandboxResult> {
  if (!can(viewer, "modules.edit")) throw new AccessDenied();
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    // Locks the module so two attaches cannot take the same position.
    const moduleRow = await findModule(tx, input.slug, { lock: true });
    if (!moduleRow) return { ok: false, reason: "not_found", message: "This module no longer exists. Nothing changed." };
    const [environment] = await tx
      .select({ name: simulationEnvironments.name, kind: simulationEnvironments.type, status: simulationEnvironments.status })
      .from(simulationEnvironments)
      .where(eq(simulationEnvironments.envId, input.environmentId));
    if (!environment) return { ok: false, reason: "not_found", message: "Choose one of the listed environments." };
    if (!isAvailable(environment.status)) {
      return { ok: false, reason: "unavailable", message: `${environment.name} is ${environment.status === "retired" ? "retired" : "in maintenance"}, so it cannot be attached. Nothing changed.` };
    }

    const [created] = await tx
      .insert(moduleEnvironments)
      .values({
        moduleId: moduleRow.id,
        environmentId: input.environmentId,
        instructions: input.instructions,
        position: sql`(SELECT COALESCE(MAX(position), 0) + 1 FROM module_environments WHERE module_id = ${moduleRow.id})`,
      })
      .onConflictDoNothing({ target: [moduleEnvironments.moduleId, moduleEnvironments.environmentId] })
      .returning({ id: moduleEnvironments.id, position: moduleEnvironments.position });
    if (!created) {
      return { ok: false, reason: "duplicate", message: `${environment.name} is already attached to ${moduleRow.title}. Nothing changed.` };
    }
    await recordAudit(tx, {
      ...actor(viewer),
      action: "module_environment.attach",
      entityType: "module_environment",
      entityId: String(created.id),
      before: null,
      after: { module: moduleRow.slug, environmentId: input.environmentId, environment: environment.name, position: created.position, instructions: input.instructions },
    });
    return { ok: true, message: `${environment.name} is attached to ${moduleRow.title}.` };
  });
}

/**
 * Detaches an environment from a module. Without `confirm` nothing is removed and the answer
 * says how many students have an instance there; their rows are kept either way.
 */
export async function detachModuleEnvironment(
  viewer: Viewer | null,
  input: { slug: string; environmentId: number; confirm: boolean },
  db?: Database,
): Promise<SandboxResult> {
  if (!can(viewer, "modules.edit")) throw new AccessDenied();
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    const moduleRow = await findModule(tx, input.slug, { lock: true });
    if (!moduleRow) return { ok: false, reason: "not_found", message: "This module no longer exists. Nothing changed." };
    const attachment = (await attachmentsOf(tx, moduleRow.id)).find((a) => a.environment_id === input.environmentId);
    if (!attachment) return { ok: false, reason: "not_found", message: `That environment is not attached to ${moduleRow.title}. Nothing changed.` };

    const [counted] = await queryRows<{ n: number }>(
      tx,
      sql`SELECT COUNT(*)::int AS n FROM sandboxes
        WHERE module_id = ${moduleRow.id} AND environment_id = ${input.environmentId} AND student_id IS NOT NULL`,
    );
    const instances = Number(counted?.n ?? 0);
    if (!input.confirm) {
      const who =
        instances === 0
          ? "No student has opened it yet."
          : `${instances === 1 ? "1 student has" : `${instances} students have`} opened it (in every university); their sandboxes are kept but will no longer show on this moduleRow.`;
      return { ok: false, reason: "needs_confirmation", instances, message: `Detach ${attachment.name} from ${moduleRow.title}? ${who}` };
    }

    await tx.delete(moduleEnvironments).where(eq(moduleEnvironments.id, attachment.attachment_id));
    await recordAudit(tx, {
      ...actor(viewer),
      action: "module_environment.detach",
      entityType: "module_environment",
      entityId: String(attachment.attachment_id),
      before: {
        module: moduleRow.slug,
        environmentId: input.environmentId,
        environment: attachment.name,
        position: attachment.position,
        instructions: attachment.instructions,
        studentInstances: instances,
      },
      after: null,
    });
    return { ok: true, message: `${attachment.name} is detached from ${moduleRow.title}.` };
  });
}

/** Opens the student's sandbox for one of a module's environments: creates it, restarts it, or finds it open. */
export async function openModuleSandbox(
  viewer: Viewer | null,
  input: { slug: string; environmentId: number },
  db?: Database,
): Promise<SandboxResult<{ change: "opened" | "reopened" | "already_open"; instance: SandboxInstance }>> {
  if (viewer?.role !== "student") throw new AccessDenied();
  const studentId = viewer.studentId;
  if (!studentId) return notLinked();
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    const moduleRow = await findModule(tx, input.slug);
    if (!moduleRow || moduleRow.status !== "published") return { ok: false, reason: "not_found", message: "This module is not available." };
    const missing = await missingPrerequisites(tx, studentId, moduleRow.id);
    if (missing.length > 0) {
      return { ok: false, reason: "locked", message: `${moduleRow.title} is locked: master ${listTitles(missing.map((m) => m.title))} first.` };
    }
    const environment = (await attachmentsOf(tx, moduleRow.id)).find((a) => a.environment_id === input.environmentId);
    if (!environment) return { ok: false, reason: "not_found", message: `That sandbox is not part of ${moduleRow.title}.` };
    if (!isAvailable(environment.env_status)) {
      return { ok: false, reason: "unavailable", message: `${environment.name} is ${environment.env_status === "retired" ? "retired" : "in maintenance"}, so it cannot be opened now.` };
    }

    const [student] = await tx.select({ name: students.name }).from(students).where(eq(students.id, studentId));
    const config = asRecord(environment.config_json);
    const openedAt = new Date().toISOString();
    const instanceConfig = {
      instanceId: randomUUID(),
      environment: { id: environment.environment_id, name: environment.name, kind: environment.kind },
      template: typeof config.template === "string" ? config.template : null,
      environmentConfig: config,
      openedAt,
    };
    const name = `${student?.name ?? "Student"}'s ${environment.kind ?? "simulation"} sandbox — ${moduleRow.title}`.slice(0, 255);

    // A stopped (or failed) instance restarts in place; a ready or running one is left alone.
    const [written] = await tx
      .insert(sandboxes)
      .values({ environmentId: environment.environment_id, studentId, moduleId: moduleRow.id, name, configJson: instanceConfig, status: "ready" })
      .onConflictDoUpdate({
        target: [sandboxes.studentId, sandboxes.moduleId, sandboxes.environmentId],
        targetWhere: sql`module_id IS NOT NULL AND student_id IS NOT NULL`,
        set: { name, configJson: instanceConfig, status: "ready", updatedAt: sql`CURRENT_TIMESTAMP` },
        setWhere: sql`${sandboxes.status} NOT IN ('ready', 'running')`,
      })
      .returning({ id: sandboxes.id, created: sql<boolean>`(xmax = 0)` });
    if (written) {
      const instance = toInstance(written.id, "ready", instanceConfig);
      return written.created
        ? { ok: true, change: "opened", instance, message: `${environment.name} sandbox opened. It is ready.` }
        : { ok: true, change: "reopened", instance, message: `${environment.name} sandbox reopened with a new instance. It is ready.` };
    }
    const existing = (await instancesOf(tx, studentId, moduleRow.id)).get(environment.environment_id);
    if (!existing) throw new Error("A module sandbox vanished while opening it.");
    return { ok: true, change: "already_open", instance: existing, message: `Your ${environment.name} sandbox is already open.` };
  });
}

/** Stops the student's own sandbox for one of a module's environments. */
export async function stopModuleSandbox(
  viewer: Viewer | null,
  input: { slug: string; environmentId: number },
  db?: Database,
): Promise<SandboxResult<{ change: "stopped" | "already_stopped" }>> {
  if (viewer?.role !== "student") throw new AccessDenied();
  const studentId = viewer.studentId;
  if (!studentId) return notLinked();
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    const moduleRow = await findModule(tx, input.slug);
    if (!moduleRow) return { ok: false, reason: "not_found", message: "This module is not available." };
    const mine = and(eq(sandboxes.studentId, studentId), eq(sandboxes.moduleId, moduleRow.id), eq(sandboxes.environmentId, input.environmentId));
    const [stopped] = await tx
      .update(sandboxes)
      .set({ status: "stopped", configJson: sql`${sandboxes.configJson} || jsonb_build_object('stoppedAt', ${new Date().toISOString()}::text)` })
      .where(and(mine, sql`${sandboxes.status} <> 'stopped'`))
      .returning({ id: sandboxes.id });
    if (stopped) return { ok: true, change: "stopped", message: "Sandbox stopped. Open it again to start a new instance." };
    const [existing] = await tx.select({ id: sandboxes.id }).from(sandboxes).where(mine);
    if (!existing) return { ok: false, reason: "not_found", message: "You have no sandbox here to stop." };
    return { ok: true, change: "already_stopped", message: "This sandbox was already stopped." };
  });
}

// ---------------------------------------------------------------------------------------------

async function findModule(db: Executor, slug: string, options: { lock?: boolean } = {}): Promise<ModuleRow | null> {
  const query = db
    .select({ id: modules.id, slug: modules.slug, title: modules.title, status: modules.status })
    .from(modules)
    .where(eq(modules.slug, slug));
  const [row] = options.lock ? await query.for("update") : await query;
  return row ? { ...row, status: row.status as ModuleStatus } : null;
}

async function attachmentsOf(db: Executor, moduleId: number): Promise<AttachmentRow[]> {
  return queryRows<AttachmentRow>(
    db,
    sql`SELECT me.id AS attachment_id, me.environment_id, me.position, me.instructions,
        e.name, e.type AS kind, e.subsystem, e.status AS env_status, e.config_json
      FROM module_environments me JOIN simulation_environments e ON e.env_id = me.environment_id
      WHERE me.module_id = ${moduleId}
      ORDER BY me.position, me.id`,
  );
}

async function instancesOf(db: Executor, studentId: string, moduleId: number): Promise<Map<number, SandboxInstance>> {
  const rows = await db
    .select({ id: sandboxes.id, environmentId: sandboxes.environmentId, status: sandboxes.status, configJson: sandboxes.configJson })
    .from(sandboxes)
    .where(and(eq(sandboxes.studentId, studentId), eq(sandboxes.moduleId, moduleId)))
    .orderBy(asc(sandboxes.id));
  return new Map(rows.map((r) => [r.environmentId, toInstance(r.id, r.status as SandboxStatus, r.configJson)]));
}

async function usageOf(db: Executor, viewer: Viewer, moduleId: number): Promise<Map<number, { students: number; active: number }>> {
  const scope = viewer.role === "admin" ? sql`true` : viewer.universityId === null ? sql`false` : sql`st.university_id = ${viewer.universityId}`;
  const rows = await queryRows<{ environment_id: number; students: number; active: number }>(
    db,
    sql`SELECT s.environment_id, COUNT(DISTINCT s.student_id)::int AS students,
        (COUNT(DISTINCT s.student_id) FILTER (WHERE s.status IN ('ready', 'running')))::int AS active
      FROM sandboxes s JOIN students st ON st.id = s.student_id
      WHERE s.module_id = ${moduleId} AND ${scope}
      GROUP BY s.environment_id`,
  );
  return new Map(rows.map((r) => [r.environment_id, { students: Number(r.students), active: Number(r.active) }]));
}

async function attachableFor(db: Executor, moduleId: number): Promise<EnvironmentChoice[]> {
  return queryRows<EnvironmentChoice>(
    db,
    sql`SELECT e.env_id AS "environmentId", e.name, e.type AS kind FROM simulation_environments e
      WHERE COALESCE(e.status, 'available') = 'available'
        AND NOT EXISTS (SELECT 1 FROM module_environments me WHERE me.module_id = ${moduleId} AND me.environment_id = e.env_id)
      ORDER BY e.env_id`,
  );
}

function toInstance(sandboxId: number, status: SandboxStatus, configJson: unknown): SandboxInstance {
  const config = asRecord(configJson);
  const text = (key: string) => (typeof config[key] === "string" ? (config[key] as string) : null);
  const stoppedAt = status === "stopped" ? text("stoppedAt") : null;
  return { sandboxId, instanceId: text("instanceId"), status, openedAt: text("openedAt"), stoppedAt };
}

function isAvailable(status: string | null): boolean {
  return status === null || status === "available";
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function notLinked(): { ok: false; reason: "not_linked"; message: string } {
  return { ok: false, reason: "not_linked", message: "Your account is not linked to a student record yet, so a sandbox could not be kept for you. Ask an admin to link it." };
}

function listTitles(titles: string[]): string {
  if (titles.length <= 1) return titles.join("");
  return `${titles.slice(0, -1).join(", ")} and ${titles.at(-1)}`;
}

const actor = (viewer: Viewer) => ({ actorId: viewer.userId, actorLabel: viewer.email });
