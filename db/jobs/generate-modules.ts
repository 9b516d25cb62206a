import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Viewer } from "../../app/lib/auth/roles";
import { draftSpecFromDocument, uniqueModuleSlug } from "../../app/lib/domain/document-module";
import { bumpReasons, diffSpecs, isEmptyDiff, nextVersion, suggestBump, type Bump } from "../../app/lib/domain/module-diff";
import { ModuleSpec } from "../../app/lib/domain/module-spec";
import type { ModuleStatus } from "../../app/lib/domain/vocabulary";
import { recordAudit } from "../audit";
import type { Database, Transaction } from "../client";
import { getDb } from "../index";
import { assertRole } from "../queries/access";
import { queryRows } from "../rows";
import { agentLog, modules, moduleSections, moduleVersionHistory } from "../schema";

/**
 * `npm run jobs:generate-modules` and the button on /admin/modules: a draft module for every
 * kept CADENCE technical document that has none yet (see app/lib/domain/document-module.ts for
 * how a document becomes a spec).
 *
 * - A draft the generator made and no person has touched since (every version row is
 *   `created_by = 'module-generator'`, status still `draft`) follows its document: when the
 *   document's draft differs from the module's current version, a new version is written with
 *   the bump module-diff suggests. Anything else — edited, published, archived — is the
 *   faculty's now and is left alone, reported as skipped with the reason.
 * - A run is one transaction and writes one agent-log entry, even when nothing changed; a run
 *   with nothing to do writes nothing else. An admin's run that changed modules is audited too.
 * - Two runs at once would each see "no module yet" and draft the same document twice, so a
 *   run first takes a transaction-scoped advisory lock: the second waits, then sees the first's
 *   modules. The modules it may update are also locked (FOR UPDATE) so an author's save cannot
 *   slip between the "never edited" check and the update.
 */

export const GENERATOR_AGENT = "module-generator";
export const GENERATOR_ACTION = "generate_modules";
/** Drafts start below 1.0.0: the first published version is faculty's to make. */
export const FIRST_DRAFT_VERSION = "0.1.0";
/** Any number no other advisory lock in this database uses ("modg" in ASCII). */
const GENERATOR_LOCK_KEY = 0x6d6f6467;

export interface GeneratedModuleRef {
  /** Null for a document skipped before it had a module. */
  moduleId: number | null;
  slug: string | null;
  title: string;
  notionPageId: string;
  documentId: number;
  versionNumber?: string;
  reason?: string;
}

export interface ModuleGenerationResult {
  /** Kept technical documents looked at. */
  documents: number;
  created: GeneratedModuleRef[];
  updated: GeneratedModuleRef[];
  /** Generated drafts whose document has not changed since. */
  unchanged: number;
  skipped: GeneratedModuleRef[];
  logId: number;
  /** In the entry's metadata, so a link can find exactly this run's entry. */
  runId: string;
  message: string;
}

export interface GenerationActor {
  userId: string;
  email: string;
}

/** An admin's run (the button): refused for anyone else before anything is read. */
export async function generateModuleDraftsAs(viewer: Viewer | null, db?: Database): Promise<ModuleGenerationResult> {
  assertRole(viewer, ["admin"]);
  return runModuleGenerator(db ?? (await getDb()), { userId: viewer.userId, email: viewer.email });
}

/** The job itself; `actor` is the admin who started it, null for the command line. */
export async function runModuleGenerator(db: Database, actor: GenerationActor | null = null): Promise<ModuleGenerationResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${GENERATOR_LOCK_KEY})`);
    const documents = await eligibleDocuments(tx);
    const existing = await generatedModules(tx);
    const taken = new Set((await queryRows<{ slug: string }>(tx, sql`SELECT slug FROM modules`)).map((r) => r.slug));

    const created: GeneratedModuleRef[] = [];
    const updated: GeneratedModuleRef[] = [];
    const skipped: GeneratedModuleRef[] = [];
    let unchanged = 0;

    for (const document of documents) {
      const generated = existing.get(document.notion_page_id);
      const ref = { title: document.title, notionPageId: document.notion_page_id, documentId: document.doc_id };
      const draft = draftSpecFromDocument({ title: document.title, subsystem: document.subsystem, markdown: document.content_markdown });
      if (!draft.ok) {
        skipped.push({ moduleId: generated?.id ?? null, slug: generated?.slug ?? null, ...ref, reason: draft.reason });
        continue;
      }
      if (!generated) {
        const slug = uniqueSlug(draft.spec.title, taken);
        const moduleId = await insertDraft(tx, slug, document, draft.spec);
        created.push({ moduleId, slug, ...ref, versionNumber: FIRST_DRAFT_VERSION });
        continue;
      }
      const moduleRef = { moduleId: generated.id, slug: generated.slug, ...ref };
      if (generated.status !== "draft") {
        skipped.push({ ...moduleRef, reason: `The module is ${generated.status}: faculty look after it now.` });
        continue;
      }
      if (generated.edited) {
        skipped.push({ ...moduleRef, reason: "A person has edited the draft: it is theirs now." });
        continue;
      }
      const current = ModuleSpec.safeParse(generated.spec_json);
      const diff = current.success ? diffSpecs(current.data, draft.spec) : null;
      if (diff && isEmptyDiff(diff)) {
        unchanged += 1;
        continue;
      }
      const bump: Bump = diff ? suggestBump(diff) : "minor";
      const versionNumber = nextVersion(generated.current_version ?? FIRST_DRAFT_VERSION, bump);
      const reasons = diff ? bumpReasons(diff).map((r) => r.reason) : ["the previous version could not be read"];
      await updateDraft(tx, generated.id, versionNumber, document, draft.spec, reasons);
      updated.push({ ...moduleRef, versionNumber });
    }

    const runId = randomUUID();
    const message = summarise(documents.length, created.length, updated.length, unchanged, skipped);
    const touched = [...created, ...updated, ...skipped];
    const [entry] = await tx
      .insert(agentLog)
      .values({
        agentName: GENERATOR_AGENT,
        actionType: GENERATOR_ACTION,
        status: "success",
        message,
        metadata: {
          runId,
          startedBy: actor ? actor.email : "command line",
          documents: documents.length,
          unchanged,
          created,
          updated,
          skipped,
          records: touched.map((r) => ({ entity: "document", id: r.documentId })),
        },
      })
      .returning({ logId: agentLog.logId });
    const logId = entry!.logId;

    if (actor && created.length + updated.length > 0) {
      await recordAudit(tx, {
        actorId: actor.userId,
        actorLabel: actor.email,
        action: "module.generate_drafts",
        entityType: "module",
        after: {
          logId,
          created: created.map((r) => r.slug),
          updated: updated.map((r) => ({ slug: r.slug, version: r.versionNumber })),
        },
      });
    }
    return { documents: documents.length, created, updated, unchanged, skipped, logId, runId, message };
  });
}

// ---------------------------------------------------------------------------------------------

interface DocumentRow {
  doc_id: number;
  title: string;
  subsystem: string | null;
  notion_page_id: string;
  content_markdown: string;
}

/**
 * Kept technical documents, oldest first so slugs come out the same each time. A page a later
 * export no longer has stays in the archive (missing_since is set, the row is never deleted), so
 * it still counts: importing a partial export must not make the generator forget the record.
 */
async function eligibleDocuments(tx: Transaction): Promise<DocumentRow[]> {
  return queryRows<DocumentRow>(
    tx,
    sql`SELECT d.doc_id, d.title, d.subsystem, d.notion_page_id, r.content_markdown
      FROM cadence_documents d JOIN cadence_raw_content r ON r.notion_page_id = d.notion_page_id
      WHERE d.doc_type = 'technical' AND r.keep
      ORDER BY d.doc_id`,
  );
}

interface GeneratedModuleRow {
  id: number;
  slug: string;
  notion_page_id: string;
  status: ModuleStatus;
  current_version: string | null;
  spec_json: unknown;
  edited: boolean;
}

/**
 * Modules made from a document, by page id (the first one when, unusually, several name the
 * same page). "Edited" means any version by someone other than the generator, an unnamed
 * author included: what cannot be attributed is not overwritten.
 */
async function generatedModules(tx: Transaction): Promise<Map<string, GeneratedModuleRow>> {
  const rows = await queryRows<GeneratedModuleRow>(
    tx,
    sql`SELECT m.id, m.slug, m.notion_page_id, m.status, m.current_version, v.spec_json,
        EXISTS (SELECT 1 FROM module_version_history h WHERE h.module_id = m.id AND h.created_by IS DISTINCT FROM ${GENERATOR_AGENT}) AS edited
      FROM modules m
      LEFT JOIN module_version_history v ON v.module_id = m.id AND v.version_number = m.current_version
      WHERE m.notion_page_id IS NOT NULL
      ORDER BY m.id
      FOR UPDATE OF m`,
  );
  const byPage = new Map<string, GeneratedModuleRow>();
  for (const row of rows) if (!byPage.has(row.notion_page_id)) byPage.set(row.notion_page_id, row);
  return byPage;
}

function uniqueSlug(title: string, taken: Set<string>): string {
  const slug = uniqueModuleSlug(title, taken);
  taken.add(slug);
  return slug;
}

async function insertDraft(tx: Transaction, slug: string, document: DocumentRow, spec: ModuleSpec): Promise<number> {
  const [row] = await tx
    .insert(modules)
    .values({ slug, ...moduleFields(spec), status: "draft", notionPageId: document.notion_page_id, currentVersion: FIRST_DRAFT_VERSION })
    .returning({ id: modules.id });
  const moduleId = row!.id;
  await writeSections(tx, moduleId, spec);
  await tx.insert(moduleVersionHistory).values({
    moduleId,
    versionNumber: FIRST_DRAFT_VERSION,
    specJson: spec,
    changeDescription: `Drafted by the module generator from the CADENCE technical document “${document.title}” (Notion page ${document.notion_page_id}). Add checkpoints before publishing.`,
    createdBy: GENERATOR_AGENT,
  });
  return moduleId;
}

async function updateDraft(tx: Transaction, moduleId: number, versionNumber: string, document: DocumentRow, spec: ModuleSpec, reasons: string[]): Promise<void> {
  await tx.update(modules).set({ ...moduleFields(spec), currentVersion: versionNumber }).where(eq(modules.id, moduleId));
  await tx.delete(moduleSections).where(eq(moduleSections.moduleId, moduleId));
  await writeSections(tx, moduleId, spec);
  const why = reasons.length > 0 ? `: ${reasons.join("; ")}` : ": wording changed";
  await tx.insert(moduleVersionHistory).values({
    moduleId,
    versionNumber,
    specJson: spec,
    changeDescription: `Updated by the module generator because the CADENCE technical document “${document.title}” (Notion page ${document.notion_page_id}) changed${why}.`,
    createdBy: GENERATOR_AGENT,
  });
}

function moduleFields(spec: ModuleSpec) {
  return {
    title: spec.title,
    subsystem: spec.subsystem,
    summary: spec.summary,
    difficulty: spec.difficulty,
    estimatedMinutes: spec.estimatedMinutes,
  };
}

async function writeSections(tx: Transaction, moduleId: number, spec: ModuleSpec): Promise<void> {
  await tx.insert(moduleSections).values(
    spec.sections.map((section, index) => ({
      moduleId,
      position: index + 1,
      title: section.title,
      bodyMarkdown: section.bodyMarkdown,
      isCheckpoint: section.isCheckpoint,
    })),
  );
}

function summarise(documents: number, created: number, updated: number, unchanged: number, skipped: GeneratedModuleRef[]): string {
  const head = `Checked ${documents} kept CADENCE technical ${documents === 1 ? "document" : "documents"}: ${created} drafted, ${updated} updated, ${unchanged} unchanged, ${skipped.length} skipped`;
  if (skipped.length === 0) return `${head}.`;
  const reasons = new Map<string, number>();
  for (const s of skipped) reasons.set(s.reason ?? "", (reasons.get(s.reason ?? "") ?? 0) + 1);
  return `${head} (${[...reasons].map(([reason, n]) => `${n} × ${reason.replace(/\.$/, "")}`).join("; ")}).`;
}
