import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { can, type Viewer } from "../../app/lib/auth/roles";
import { describeCycle, findCycle, unreachableAfterRemoval, type GraphModule } from "../../app/lib/domain/prerequisite-graph";
import { recordAudit } from "../audit";
import type { Database, Transaction } from "../client";
import { getDb } from "../index";
import { AccessDenied } from "../queries/access";
import { queryRows } from "../rows";
import { modulePrerequisites } from "../schema";

/**
 * Faculty's and admins' edits of the prerequisite graph (`module_prerequisites`).
 *
 * Each edit is one transaction that first locks the table against other edits (SHARE ROW
 * EXCLUSIVE conflicts with itself, while plain reads go on), then reads the whole graph, checks
 * the edit against it and writes. Without the lock two edits could each check a graph without
 * the other's edge and together close a cycle neither would allow alone.
 *
 * Refusals change nothing and come back as results with a message a person can act on;
 * every change writes an audit entry (`module_prerequisite.add`, `.update`, `.remove`) with the
 * edge before and after, by slug so the log reads without a join.
 */

export interface PrerequisiteRef {
  slug: string;
  title: string;
}

/** "moduleSlug needs prerequisiteSlug". */
export interface PrerequisiteEdgeInput {
  moduleSlug: string;
  prerequisiteSlug: string;
}

export type AddPrerequisiteResult =
  | { ok: true; change: "added" | "updated"; module: PrerequisiteRef; prerequisite: PrerequisiteRef; required: boolean }
  | { ok: false; reason: "not_found" | "self" | "duplicate"; message: string }
  | { ok: false; reason: "cycle"; message: string; cycle: PrerequisiteRef[] };

export type RemovePrerequisiteResult =
  | { ok: true; module: PrerequisiteRef; prerequisite: PrerequisiteRef; required: boolean; unreachable: PrerequisiteRef[] }
  | { ok: false; reason: "not_found" | "no_edge"; message: string }
  /** Removing would strand modules: nothing was removed; ask again with `confirm`. */
  | { ok: false; reason: "needs_confirmation"; message: string; unreachable: PrerequisiteRef[] };

interface GraphRow extends GraphModule {
  slug: string;
}

interface EdgeRow {
  prereq_id: number;
  module_id: number;
  prerequisite_module_id: number;
  required: boolean;
}

/**
 * Adds "module needs prerequisite", or changes whether an existing one is required (an
 * upsert). Refused: an unknown module, a module needing itself, the same edge again, and an
 * edge that would close a cycle (named, in learning order).
 */
export async function addPrerequisiteEdge(
  viewer: Viewer | null,
  input: PrerequisiteEdgeInput & { required: boolean },
  db?: Database,
): Promise<AddPrerequisiteResult> {
  if (!can(viewer, "prerequisites.edit")) throw new AccessDenied();
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    const graph = await lockAndReadGraph(tx);
    const ends = resolveEnds(graph, input);
    if (!ends.ok) return ends;
    const { module, prerequisite } = ends;
    if (module.id === prerequisite.id) {
      return { ok: false, reason: "self", message: `“${module.title}” cannot be a prerequisite of itself. Choose two different modules.` };
    }

    const existing = graph.edges.find((e) => e.module_id === module.id && e.prerequisite_module_id === prerequisite.id);
    if (existing) {
      if (existing.required === input.required) {
        return {
          ok: false,
          reason: "duplicate",
          message: `“${module.title}” already needs “${prerequisite.title}” as ${kindOf(existing.required)}. Nothing changed.`,
        };
      }
      await tx.update(modulePrerequisites).set({ required: input.required }).where(eq(modulePrerequisites.prereqId, existing.prereq_id));
      await recordAudit(tx, {
        ...actor(viewer),
        action: "module_prerequisite.update",
        entityType: "module_prerequisite",
        entityId: String(existing.prereq_id),
        before: edgeRecord(module, prerequisite, existing.required),
        after: edgeRecord(module, prerequisite, input.required),
      });
      return { ok: true, change: "updated", module: ref(module), prerequisite: ref(prerequisite), required: input.required };
    }

    const candidate = { moduleId: module.id, prerequisiteModuleId: prerequisite.id, required: input.required };
    const cycle = findCycle(graph.modules, graph.edges.map(toGraphEdge), candidate);
    if (cycle) {
      return {
        ok: false,
        reason: "cycle",
        message: `Refused: this would make a cycle: ${describeCycle(cycle, graph.modules)}. Nothing changed.`,
        cycle: cycle.map((id) => ref(graph.byId.get(id)!)),
      };
    }

    const [created] = await tx
      .insert(modulePrerequisites)
      .values({ moduleId: module.id, prerequisiteModuleId: prerequisite.id, required: input.required })
      .returning({ id: modulePrerequisites.prereqId });
    await recordAudit(tx, {
      ...actor(viewer),
      action: "module_prerequisite.add",
      entityType: "module_prerequisite",
      entityId: String(created!.id),
      before: null,
      after: edgeRecord(module, prerequisite, input.required),
    });
    return { ok: true, change: "added", module: ref(module), prerequisite: ref(prerequisite), required: input.required };
  });
}

/**
 * Removes "module needs prerequisite". When that would leave modules unreachable in the
 * learning path (`unreachableAfterRemoval`), nothing is removed unless `confirm` is set: the
 * first answer names them so the person can decide.
 */
export async function removePrerequisiteEdge(
  viewer: Viewer | null,
  input: PrerequisiteEdgeInput & { confirm: boolean },
  db?: Database,
): Promise<RemovePrerequisiteResult> {
  if (!can(viewer, "prerequisites.edit")) throw new AccessDenied();
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    const graph = await lockAndReadGraph(tx);
    const ends = resolveEnds(graph, input);
    if (!ends.ok) return ends;
    const { module, prerequisite } = ends;
    const existing = graph.edges.find((e) => e.module_id === module.id && e.prerequisite_module_id === prerequisite.id);
    if (!existing) {
      return { ok: false, reason: "no_edge", message: `“${module.title}” does not need “${prerequisite.title}”, so there is nothing to remove.` };
    }

    const unreachable = unreachableAfterRemoval(graph.modules, graph.edges.map(toGraphEdge), toGraphEdge(existing)).map((id) => ref(graph.byId.get(id)!));
    if (unreachable.length > 0 && !input.confirm) {
      return {
        ok: false,
        reason: "needs_confirmation",
        message:
          `Removing this prerequisite would leave ${unreachable.length === 1 ? "this module" : `these ${unreachable.length} modules`} ` +
          `without a way in from the start of the learning path: ${unreachable.map((m) => `“${m.title}”`).join(", ")}. ` +
          "Nothing was removed yet: confirm to remove it anyway.",
        unreachable,
      };
    }

    await tx
      .delete(modulePrerequisites)
      .where(and(eq(modulePrerequisites.moduleId, module.id), eq(modulePrerequisites.prerequisiteModuleId, prerequisite.id)));
    await recordAudit(tx, {
      ...actor(viewer),
      action: "module_prerequisite.remove",
      entityType: "module_prerequisite",
      entityId: String(existing.prereq_id),
      before: edgeRecord(module, prerequisite, existing.required),
      after: unreachable.length > 0 ? { confirmedUnreachable: unreachable.map((m) => m.slug) } : null,
    });
    return { ok: true, module: ref(module), prerequisite: ref(prerequisite), required: existing.required, unreachable };
  });
}

// ---------------------------------------------------------------------------------------------

interface LockedGraph {
  modules: GraphRow[];
  bySlug: Map<string, GraphRow>;
  byId: Map<number, GraphRow>;
  edges: EdgeRow[];
}

async function lockAndReadGraph(tx: Transaction): Promise<LockedGraph> {
  await tx.execute(sql`LOCK TABLE module_prerequisites IN SHARE ROW EXCLUSIVE MODE`);
  const modules = await queryRows<GraphRow>(tx, sql`SELECT id, slug, title, subsystem FROM modules ORDER BY id`);
  const edges = await queryRows<EdgeRow>(
    tx,
    sql`SELECT prereq_id, module_id, prerequisite_module_id, COALESCE(required, true) AS required FROM module_prerequisites
      WHERE module_id IS NOT NULL AND prerequisite_module_id IS NOT NULL ORDER BY prereq_id`,
  );
  return { modules, bySlug: new Map(modules.map((m) => [m.slug, m])), byId: new Map(modules.map((m) => [m.id, m])), edges };
}

function resolveEnds(
  graph: LockedGraph,
  input: PrerequisiteEdgeInput,
): { ok: true; module: GraphRow; prerequisite: GraphRow } | { ok: false; reason: "not_found"; message: string } {
  const dependent = graph.bySlug.get(input.moduleSlug);
  const prerequisite = graph.bySlug.get(input.prerequisiteSlug);
  const unknown = !dependent ? input.moduleSlug : !prerequisite ? input.prerequisiteSlug : null;
  if (unknown !== null || !dependent || !prerequisite) {
    return { ok: false, reason: "not_found", message: `There is no module “${unknown}”. Choose modules from the lists.` };
  }
  return { ok: true, module: dependent, prerequisite };
}

const toGraphEdge = (e: EdgeRow) => ({ moduleId: e.module_id, prerequisiteModuleId: e.prerequisite_module_id, required: e.required });
const ref = (m: GraphRow): PrerequisiteRef => ({ slug: m.slug, title: m.title });
const kindOf = (required: boolean) => (required ? "a required prerequisite" : "a recommended prerequisite");
const edgeRecord = (module: GraphRow, prerequisite: GraphRow, required: boolean) => ({ module: module.slug, prerequisite: prerequisite.slug, required });
const actor = (viewer: Viewer) => ({ actorId: viewer.userId, actorLabel: viewer.email });
