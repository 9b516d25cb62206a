import "server-only";
import { eq, sql } from "drizzle-orm";
import { can, type Viewer } from "../../app/lib/auth/roles";
import { diffSpecs, isEmptyDiff, nextVersion, suggestBump } from "../../app/lib/domain/module-diff";
import { ModuleSpec, publishProblems } from "../../app/lib/domain/module-spec";
import type { ModuleStatus } from "../../app/lib/domain/vocabulary";
import { recordAudit } from "../audit";
import type { Database, Transaction } from "../client";
import { getDb } from "../index";
import { AccessDenied } from "../queries/access";
import { queryRows } from "../rows";
import { moduleSections, moduleVersionHistory, modules } from "../schema";
import { archiveCalibration, majorOf } from "./calibration-archive";

/**
 * Module versions as faculty and admins write them: every save is a new
 * `module_version_history` row with the full spec, and the module follows it.
 *
 * Rules decided here:
 * - Saves of one module are serialised by locking its row (FOR UPDATE). The author names the
 *   version they started from (`baseVersion`); if another save landed meanwhile, theirs is
 *   refused as a conflict instead of silently overwriting it.
 * - A spec whose diff against the current version is empty (`isEmptyDiff`) is not saved: a
 *   version nobody can tell apart from the one before only clutters the history.
 * - A published module keeps at least one checkpoint (`publishProblems`), because students
 *   can only start modules that have one; move it back to draft first to save one without.
 * - A MAJOR version changes what is scored, so old and new results are not comparable: the
 *   calibration measured so far is archived under the old major version and the module's
 *   calibration starts again (its authored difficulty shows until new attempts come in).
 * Refusals change nothing and come back as results with a message a person can act on.
 */

export type VersionBump = "patch" | "minor" | "major";

export interface SaveModuleInput {
  slug: string;
  /** Already validated with ModuleSpec. */
  spec: ModuleSpec;
  /** The author's choice (the UI defaults it to suggestBump of the diff). */
  bump: VersionBump;
  /** 1..2000 characters. */
  changeDescription: string;
  /** The version the author started editing from; a different current version → conflict error. */
  baseVersion: string | null;
}

export type SaveModuleResult =
  | { ok: true; versionNumber: string; versionId: number; unchanged?: false }
  | { ok: false; reason: "not_found" | "conflict" | "unchanged" | "invalid"; message: string };

export interface RestoreModuleInput {
  slug: string;
  versionNumber: string;
  baseVersion: string | null;
  /** Added after "Restored version V." in the change description. */
  note?: string;
}

export interface ModuleForEditing {
  id: number;
  slug: string;
  status: ModuleStatus;
  currentVersion: string | null;
  /** The current version's full spec, answers included; null when the module has no readable version. */
  spec: ModuleSpec | null;
  notionPageId: string | null;
}

const MAX_DESCRIPTION = 2000;
const BUMPS: readonly VersionBump[] = ["patch", "minor", "major"];

/**
 * Saves a new version of a module. One transaction: module_version_history row (created_by =
 * actor name), modules row updated (title, summary, subsystem, difficulty, estimated_minutes,
 * current_version), module_sections rewritten from spec.sections, audit entry
 * `module.version_create`; on a MAJOR bump the module's calibration row is archived into
 * module_calibration_archive and calibration restarts.
 */
export async function saveModuleVersion(viewer: Viewer | null, input: SaveModuleInput, db?: Database): Promise<SaveModuleResult> {
  if (!can(viewer, "modules.edit")) throw new AccessDenied();
  const parsed = ModuleSpec.safeParse(input.spec);
  if (!parsed.success) return invalid("The module is not valid: check the highlighted fields and save again.");
  if (!BUMPS.includes(input.bump)) return invalid("Choose patch, minor or major for the new version.");
  const description = input.changeDescription.trim();
  if (description.length === 0) return invalid("Describe what changed in this version.");
  if (description.length > MAX_DESCRIPTION) return invalid(`Keep the change description under ${MAX_DESCRIPTION} characters.`);

  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    const locked = await lockModule(tx, input.slug, input.baseVersion);
    if (!locked.ok) return locked;
    return writeVersion(tx, viewer, locked.module, {
      spec: parsed.data,
      bump: input.bump,
      description,
      action: "module.version_create",
    });
  });
}

/**
 * Restores version `versionNumber` as a NEW version whose spec is that version's; the bump is
 * what the diff from the current version suggests. Audited as `module.version_restore`.
 */
export async function restoreModuleVersion(viewer: Viewer | null, input: RestoreModuleInput, db?: Database): Promise<SaveModuleResult> {
  if (!can(viewer, "modules.edit")) throw new AccessDenied();
  const note = input.note?.trim() ?? "";
  const description = `Restored version ${input.versionNumber}.${note ? ` ${note}` : ""}`;
  if (description.length > MAX_DESCRIPTION) return invalid(`Keep the note under ${MAX_DESCRIPTION - 40} characters.`);

  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    const locked = await lockModule(tx, input.slug, input.baseVersion);
    if (!locked.ok) return locked;
    const { module } = locked;
    if (input.versionNumber === module.currentVersion) {
      return { ok: false, reason: "unchanged", message: `Version ${input.versionNumber} is already the current version. Nothing changed.` };
    }
    const [old] = await tx
      .select({ specJson: moduleVersionHistory.specJson })
      .from(moduleVersionHistory)
      .where(sql`${moduleVersionHistory.moduleId} = ${module.id} AND ${moduleVersionHistory.versionNumber} = ${input.versionNumber}`);
    if (!old) return { ok: false, reason: "not_found", message: `${module.title} has no version ${input.versionNumber}.` };
    const spec = ModuleSpec.safeParse(old.specJson);
    if (!spec.success) {
      return { ok: false, reason: "invalid", message: `Version ${input.versionNumber} can no longer be read as a module, so it cannot be restored.` };
    }
    const bump = module.spec ? suggestBump(diffSpecs(module.spec, spec.data)) : "major";
    return writeVersion(tx, viewer, module, {
      spec: spec.data,
      bump,
      description,
      action: "module.version_restore",
      restoredFrom: input.versionNumber,
    });
  });
}

/** For the editor: the module, its current version's full spec (with answers), status. Staff only. */
export async function getModuleForEditing(viewer: Viewer | null, slug: string, db?: Database): Promise<ModuleForEditing | null> {
  if (!can(viewer, "modules.edit")) throw new AccessDenied();
  const database = db ?? (await getDb());
  const [row] = await queryRows<{
    id: number;
    slug: string;
    status: ModuleStatus;
    current_version: string | null;
    notion_page_id: string | null;
    spec_json: unknown;
  }>(
    database,
    sql`SELECT m.id, m.slug, m.status, m.current_version, m.notion_page_id, v.spec_json
      FROM modules m
      LEFT JOIN module_version_history v ON v.module_id = m.id AND v.version_number = m.current_version
      WHERE m.slug = ${slug}`,
  );
  if (!row) return null;
  const spec = ModuleSpec.safeParse(row.spec_json);
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    currentVersion: row.current_version,
    spec: spec.success ? spec.data : null,
    notionPageId: row.notion_page_id,
  };
}

/**
 * Publish, move back to draft, or archive. Publishing needs a current version that
 * `publishProblems` accepts. Setting the status a module already has is a no-op (a repeated
 * click), not an error. Audited as `module.status_change`.
 */
export async function setModuleStatusRecord(
  viewer: Viewer | null,
  input: { slug: string; status: ModuleStatus },
  db?: Database,
): Promise<{ ok: true } | { ok: false; message: string }> {
  if (!can(viewer, "modules.edit")) throw new AccessDenied();
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    const locked = await lockModule(tx, input.slug, undefined);
    if (!locked.ok) return { ok: false, message: locked.message };
    const { module } = locked;
    if (module.status === input.status) return { ok: true };
    if (input.status === "published") {
      if (!module.spec) return { ok: false, message: `${module.title} has no saved version to publish yet. Save it first.` };
      const problems = publishProblems(module.spec);
      if (problems.length > 0) return { ok: false, message: `${module.title} cannot be published yet: ${problems.join(" ")}` };
    }
    await tx.update(modules).set({ status: input.status, updatedAt: sql`CURRENT_TIMESTAMP` }).where(eq(modules.id, module.id));
    await recordAudit(tx, {
      ...actor(viewer),
      action: "module.status_change",
      entityType: "module",
      entityId: String(module.id),
      before: { slug: module.slug, status: module.status },
      after: { slug: module.slug, status: input.status },
    });
    return { ok: true };
  });
}

// ---------------------------------------------------------------------------------------------

interface LockedModule {
  id: number;
  slug: string;
  title: string;
  status: ModuleStatus;
  currentVersion: string | null;
  /** The current version's spec; null when there is none or it cannot be read. */
  spec: ModuleSpec | null;
}

type Refusal = Extract<SaveModuleResult, { ok: false }>;

/**
 * Locks the module row so saves, restores and status changes of one module run one after the
 * other, and reads its current spec. `baseVersion` undefined skips the conflict check.
 */
async function lockModule(
  tx: Transaction,
  slug: string,
  baseVersion: string | null | undefined,
): Promise<{ ok: true; module: LockedModule } | Refusal> {
  const [row] = await queryRows<{ id: number; slug: string; title: string; status: ModuleStatus; current_version: string | null }>(
    tx,
    sql`SELECT id, slug, title, status, current_version FROM modules WHERE slug = ${slug} FOR UPDATE`,
  );
  if (!row) return { ok: false, reason: "not_found", message: `There is no module “${slug}”.` };
  if (baseVersion !== undefined && (baseVersion ?? null) !== row.current_version) {
    return {
      ok: false,
      reason: "conflict",
      message:
        `Someone saved ${row.title} while you were working: it is now at version ${row.current_version ?? "none"}, ` +
        `and you started from ${baseVersion ?? "no version"}. Nothing was saved. Reload to see the latest version, then make your change again.`,
    };
  }
  const [current] = await tx
    .select({ specJson: moduleVersionHistory.specJson })
    .from(moduleVersionHistory)
    .where(sql`${moduleVersionHistory.moduleId} = ${row.id} AND ${moduleVersionHistory.versionNumber} = ${row.current_version}`);
  const spec = current ? ModuleSpec.safeParse(current.specJson) : null;
  return {
    ok: true,
    module: {
      id: row.id,
      slug: row.slug,
      title: row.title,
      status: row.status,
      currentVersion: row.current_version,
      spec: spec?.success ? spec.data : null,
    },
  };
}

interface NewVersion {
  spec: ModuleSpec;
  bump: VersionBump;
  description: string;
  action: "module.version_create" | "module.version_restore";
  restoredFrom?: string;
}

async function writeVersion(tx: Transaction, viewer: Viewer, module: LockedModule, next: NewVersion): Promise<SaveModuleResult> {
  const { spec } = next;
  if (module.spec && isEmptyDiff(diffSpecs(module.spec, spec))) {
    return { ok: false, reason: "unchanged", message: `Nothing differs from version ${module.currentVersion}, so no new version was saved.` };
  }
  if (module.status === "published") {
    const problems = publishProblems(spec);
    if (problems.length > 0) {
      return { ok: false, reason: "invalid", message: `${module.title} is published, so it must stay takeable: ${problems.join(" ")} Or move it back to draft first.` };
    }
  }

  const versionNumber = nextVersion(module.currentVersion, next.bump);
  const [inserted] = await tx
    .insert(moduleVersionHistory)
    .values({ moduleId: module.id, versionNumber, specJson: spec, changeDescription: next.description, createdBy: viewer.name })
    .onConflictDoNothing()
    .returning({ versionId: moduleVersionHistory.versionId });
  if (!inserted) {
    // Only possible when current_version was set behind the history's back to an older number.
    return {
      ok: false,
      reason: "conflict",
      message: `Version ${versionNumber} of ${module.title} already exists. Choose a larger change (minor or major) and save again.`,
    };
  }

  await tx
    .update(modules)
    .set({
      title: spec.title,
      summary: spec.summary,
      subsystem: spec.subsystem,
      difficulty: spec.difficulty,
      estimatedMinutes: spec.estimatedMinutes,
      currentVersion: versionNumber,
      updatedAt: sql`CURRENT_TIMESTAMP`,
    })
    .where(eq(modules.id, module.id));
  await tx.delete(moduleSections).where(eq(moduleSections.moduleId, module.id));
  const followed = new Set(spec.checkpoints.map((c) => c.afterSection));
  await tx.insert(moduleSections).values(
    spec.sections.map((section, index) => ({
      moduleId: module.id,
      position: index + 1,
      title: section.title,
      bodyMarkdown: section.bodyMarkdown,
      isCheckpoint: followed.has(index),
    })),
  );

  const oldMajor = majorOf(module.currentVersion);
  const newMajor = majorOf(versionNumber);
  const archived = oldMajor !== null && newMajor !== oldMajor ? await archiveCalibration(tx, module.id, oldMajor) : null;

  await recordAudit(tx, {
    ...actor(viewer),
    action: next.action,
    entityType: "module",
    entityId: String(module.id),
    before: { slug: module.slug, version: module.currentVersion },
    after: {
      slug: module.slug,
      version: versionNumber,
      bump: next.bump,
      changeDescription: next.description,
      ...(next.restoredFrom ? { restoredFrom: next.restoredFrom } : {}),
      ...(archived ? { calibrationArchived: archived } : {}),
    },
  });
  return { ok: true, versionNumber, versionId: inserted.versionId };
}

const invalid = (message: string): Refusal => ({ ok: false, reason: "invalid", message });
const actor = (viewer: Viewer) => ({ actorId: viewer.userId, actorLabel: viewer.email });
