import { createHash } from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { ModuleSpec } from "../../app/lib/domain/module-spec";
import { AccessDenied } from "../queries/access";
import { getModuleOverview, listCatalogue, listDrafts } from "../queries/modules";
import { queryRows } from "../rows";
import { agentLog, auditLogs, cadenceDocuments, cadenceRawContent } from "../schema";
import { importDemoCadence } from "../seed/cadence";
import { seedDemoData } from "../seed/index";
import { tableChecksums } from "../testing/checksums";
import { testTargets, type TestDatabase } from "../testing/databases";
import { FIRST_DRAFT_VERSION, generateModuleDraftsAs, GENERATOR_AGENT, runModuleGenerator, type ModuleGenerationResult } from "./generate-modules";
import { getGeneratorOverview } from "./generated-modules";

const ADMIN = { userId: "demo-admin", role: "admin", name: "Robin Admin", email: "admin@basecamp.example.edu", studentId: null, facultyId: null, universityId: null } as const satisfies Viewer;
const FACULTY = { userId: "demo-faculty", role: "faculty", name: "Dr. Helen Achterberg", email: "faculty@basecamp.example.edu", studentId: null, facultyId: 1, universityId: 1 } as const satisfies Viewer;
const STUDENT = { userId: "demo-student", role: "student", name: "Emeka Eze", email: "student@basecamp.example.edu", studentId: "nit-26f-01", facultyId: null, universityId: 1 } as const satisfies Viewer;
const AGENT_LOG = "ascent_basecamp_agent_log";

describe.each(testTargets)("the module generator on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  let first: ModuleGenerationResult;

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(db());
    await importDemoCadence(db());
  }, 120_000);
  afterAll(() => database?.dispose());

  /** Kept, still exported technical documents with a subsystem and no module: what a run drafts. */
  const eligible = () =>
    queryRows<{ doc_id: number; title: string; notion_page_id: string }>(
      db(),
      sql`SELECT d.doc_id, d.title, d.notion_page_id FROM cadence_documents d JOIN cadence_raw_content r ON r.notion_page_id = d.notion_page_id
        WHERE d.doc_type = 'technical' AND r.keep AND d.subsystem IS NOT NULL AND btrim(r.content_markdown) <> ''
          AND NOT EXISTS (SELECT 1 FROM modules m WHERE m.notion_page_id = d.notion_page_id)
        ORDER BY d.doc_id`,
    );
  const moduleOf = async (notionPageId: string) =>
    (await queryRows<{ id: number; slug: string; status: string; current_version: string; title: string; summary: string }>(
      db(),
      sql`SELECT id, slug, status, current_version, title, summary FROM modules WHERE notion_page_id = ${notionPageId} ORDER BY id`,
    ))[0]!;
  const versionsOf = (moduleId: number) =>
    queryRows<{ version_number: string; created_by: string; change_description: string; spec_json: unknown }>(
      db(),
      sql`SELECT version_number, created_by, change_description, spec_json FROM module_version_history WHERE module_id = ${moduleId} ORDER BY version_id`,
    );
  const editMarkdown = (notionPageId: string, change: (markdown: string) => string) =>
    db().transaction(async (tx) => {
      const [row] = await tx.select({ markdown: cadenceRawContent.contentMarkdown }).from(cadenceRawContent).where(eq(cadenceRawContent.notionPageId, notionPageId));
      const markdown = change(row!.markdown);
      await tx
        .update(cadenceRawContent)
        .set({ contentMarkdown: markdown, contentHash: createHash("sha256").update(markdown).digest("hex") })
        .where(eq(cadenceRawContent.notionPageId, notionPageId));
    });
  let pageCounter = 0;
  const newDocument = async (title: string, subsystem: string | null, markdown: string) => {
    const notionPageId = `feedface-0000-4000-8000-${String(++pageCounter).padStart(12, "0")}`;
    await db().insert(cadenceRawContent).values({
      notionPageId,
      title,
      exportPath: `Engineering/${title}.md`,
      contentMarkdown: markdown,
      contentHash: createHash("sha256").update(markdown).digest("hex"),
      category: "documents_technical",
      keep: true,
    });
    const [doc] = await db()
      .insert(cadenceDocuments)
      .values({ title, docType: "technical", category: "documents_technical", subsystem, notionPageId })
      .returning({ id: cadenceDocuments.docId });
    return { notionPageId, docId: doc!.id };
  };

  test("students and faculty cannot run it or read its page, and nothing is written", async () => {
    const before = await tableChecksums(db());
    await expect(generateModuleDraftsAs(STUDENT, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(generateModuleDraftsAs(FACULTY, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(generateModuleDraftsAs(null, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(getGeneratorOverview(FACULTY, db())).rejects.toBeInstanceOf(AccessDenied);
    expect(await tableChecksums(db())).toEqual(before);
  });

  test("an admin's first run drafts one module per eligible document", async () => {
    const documents = await eligible();
    expect(documents.length).toBeGreaterThan(40);
    const overviewBefore = await getGeneratorOverview(ADMIN, db());
    expect(overviewBefore.documentsWithoutModule).toBe(documents.length);
    expect(overviewBefore.modules).toEqual([]);

    first = await generateModuleDraftsAs(ADMIN, db());
    expect(first.created).toHaveLength(documents.length);
    expect(first.created.map((c) => c.notionPageId)).toEqual(documents.map((d) => d.notion_page_id));
    expect(first).toMatchObject({ documents: documents.length, updated: [], skipped: [], unchanged: 0 });
    expect(await eligible()).toEqual([]);

    const created = await queryRows<{ slug: string; status: string; current_version: string; difficulty: string; estimated_minutes: number; sections: number | string; versions: number | string; created_by: string }>(
      db(),
      sql`SELECT m.slug, m.status, m.current_version, m.difficulty, m.estimated_minutes,
          (SELECT COUNT(*) FROM module_sections s WHERE s.module_id = m.id) AS sections,
          (SELECT COUNT(*) FROM module_version_history v WHERE v.module_id = m.id) AS versions,
          (SELECT string_agg(DISTINCT v.created_by, ',') FROM module_version_history v WHERE v.module_id = m.id) AS created_by
        FROM modules m WHERE m.notion_page_id IS NOT NULL`,
    );
    expect(created).toHaveLength(documents.length);
    expect(new Set(created.map((m) => m.slug)).size).toBe(documents.length);
    for (const m of created) {
      expect(m.slug).toMatch(/^cadence-[a-z0-9-]+$/);
      expect(m).toMatchObject({ status: "draft", current_version: FIRST_DRAFT_VERSION, difficulty: "medium", created_by: GENERATOR_AGENT });
      expect(m.estimated_minutes).toBeGreaterThanOrEqual(5);
      expect(Number(m.versions)).toBe(1);
      expect(Number(m.sections)).toBeGreaterThan(0);
    }

    const overview = await getGeneratorOverview(ADMIN, db());
    expect(overview.modules).toHaveLength(documents.length);
    expect(overview.documentsWithoutModule).toBe(0);
    expect(overview.lastRun).toMatchObject({ logId: first.logId, runId: first.runId });
    expect(overview.modules.every((m) => !m.editedByPerson && m.document !== null && m.rawPageId !== null)).toBe(true);

    const [audit] = await db().select().from(auditLogs).orderBy(desc(auditLogs.id)).limit(1);
    expect(audit).toMatchObject({ actorId: ADMIN.userId, action: "module.generate_drafts", entityType: "module" });
  });

  test("a draft follows its document's headings, first paragraph and title", async () => {
    const [doc] = await queryRows<{ notion_page_id: string; title: string; subsystem: string }>(
      db(),
      sql`SELECT notion_page_id, title, subsystem FROM cadence_documents WHERE title = 'ADCS Detumble Analysis'`,
    );
    const generated = await moduleOf(doc!.notion_page_id);
    expect(generated).toMatchObject({ slug: "cadence-adcs-detumble-analysis", title: "ADCS Detumble Analysis" });
    expect(generated.summary).toMatch(/^Prepared by @Grace Kim for the CADENCE avionics subsystem work\./);
    const [version] = await versionsOf(generated.id);
    expect(version!.change_description).toContain("“ADCS Detumble Analysis”");
    const spec = ModuleSpec.parse(version!.spec_json);
    expect(spec).toMatchObject({ subsystem: doc!.subsystem, checkpoints: [], difficulty: "medium" });
    expect(spec.sections.map((s) => s.title)).toEqual([
      "Overview",
      "Purpose",
      "Method",
      "Simulated detumble times",
      "Results",
      "Conclusions",
      "Open items",
      "References",
      "Revision history",
    ]);
    const sections = await queryRows<{ title: string; position: number }>(db(), sql`SELECT title, position FROM module_sections WHERE module_id = ${generated.id} ORDER BY position`);
    expect(sections.map((s) => s.title)).toEqual(spec.sections.map((s) => s.title));
  });

  test("its agent-log entry lists what it created, linked to the documents", async () => {
    const [entry] = await db().select().from(agentLog).where(eq(agentLog.logId, first.logId));
    expect(entry).toMatchObject({ agentName: GENERATOR_AGENT, actionType: "generate_modules", status: "success", message: first.message });
    expect(first.message).toBe(`Checked ${first.documents} kept CADENCE technical documents: ${first.created.length} drafted, 0 updated, 0 unchanged, 0 skipped.`);
    const metadata = entry!.metadata as Record<string, unknown>;
    expect(metadata).toMatchObject({ runId: first.runId, startedBy: ADMIN.email, created: first.created, updated: [], skipped: [] });
    expect(metadata.records).toEqual(first.created.map((c) => ({ entity: "document", id: c.documentId })));
    expect(first.created[0]).toEqual({
      moduleId: expect.any(Number),
      slug: expect.stringMatching(/^cadence-/),
      title: expect.any(String),
      notionPageId: expect.any(String),
      documentId: expect.any(Number),
      versionNumber: FIRST_DRAFT_VERSION,
    });
  });

  test("a second run changes nothing but its own agent-log entry", async () => {
    const before = await tableChecksums(db(), { exclude: [AGENT_LOG] });
    const again = await runModuleGenerator(db());
    expect(again).toMatchObject({ created: [], updated: [], skipped: [], unchanged: first.created.length });
    expect(await tableChecksums(db(), { exclude: [AGENT_LOG] })).toEqual(before);
    const [entry] = await db().select().from(agentLog).where(eq(agentLog.logId, again.logId));
    expect(entry?.metadata).toMatchObject({ startedBy: "command line", unchanged: first.created.length });
  });

  test("a changed document updates its never-edited draft with a suggested bump", async () => {
    const [added, reworded] = first.created;
    await editMarkdown(added!.notionPageId, (md) => `${md}\n\n## Lessons learned\n\nStart the analysis earlier.`);
    await editMarkdown(reworded!.notionPageId, (md) => md.replace(".", ", as agreed."));

    const result = await runModuleGenerator(db());
    expect(result.updated.map((u) => [u.slug, u.versionNumber])).toEqual([
      [added!.slug, "0.2.0"],
      [reworded!.slug, "0.1.1"],
    ]);
    expect(result).toMatchObject({ created: [], skipped: [], unchanged: first.created.length - 2 });

    const generated = await moduleOf(added!.notionPageId);
    expect(generated.current_version).toBe("0.2.0");
    const versions = await versionsOf(generated.id);
    expect(versions.map((v) => [v.version_number, v.created_by])).toEqual([
      ["0.1.0", GENERATOR_AGENT],
      ["0.2.0", GENERATOR_AGENT],
    ]);
    expect(versions[1]!.change_description).toContain('Section "Lessons learned" added');
    const sections = await queryRows<{ title: string }>(db(), sql`SELECT title FROM module_sections WHERE module_id = ${generated.id} ORDER BY position`);
    expect(sections.at(-1)?.title).toBe("Lessons learned");
  });

  test("an edited draft and a published module are left alone, with the reason", async () => {
    const [edited, published] = first.created.slice(2);
    const editedModule = await moduleOf(edited!.notionPageId);
    await db().execute(
      sql`INSERT INTO module_version_history (module_id, version_number, spec_json, change_description, created_by)
        SELECT module_id, '0.1.1', spec_json, 'Reworded the overview', ${FACULTY.name} FROM module_version_history WHERE module_id = ${editedModule.id}`,
    );
    await db().execute(sql`UPDATE modules SET current_version = '0.1.1' WHERE id = ${editedModule.id}`);
    await db().execute(sql`UPDATE modules SET status = 'published' WHERE notion_page_id = ${published!.notionPageId}`);
    for (const page of [edited!.notionPageId, published!.notionPageId]) await editMarkdown(page, (md) => `${md}\n\n## Added later\n\nMore text.`);

    const before = await tableChecksums(db(), { exclude: [AGENT_LOG] });
    const result = await runModuleGenerator(db());
    expect(result.updated).toEqual([]);
    expect(result.skipped).toEqual([
      { moduleId: editedModule.id, slug: edited!.slug, title: edited!.title, notionPageId: edited!.notionPageId, documentId: edited!.documentId, reason: "A person has edited the draft: it is theirs now." },
      expect.objectContaining({ slug: published!.slug, reason: "The module is published: faculty look after it now." }),
    ]);
    expect(result.message).toContain("2 skipped (1 × A person has edited the draft: it is theirs now; 1 × The module is published: faculty look after it now)");
    expect(await tableChecksums(db(), { exclude: [AGENT_LOG] })).toEqual(before);

    const overview = await getGeneratorOverview(ADMIN, db());
    expect(overview.modules.find((m) => m.slug === edited!.slug)).toMatchObject({ editedByPerson: true, currentVersion: "0.1.1", versionCount: 2, lastChange: { by: FACULTY.name } });
  });

  test("a document without a subsystem is skipped; a repeated title gets its own slug", async () => {
    const orphan = await newDocument("Loose Notes", null, "Some text.\n\n## More\n\nText.");
    const twin = await newDocument("ADCS Detumble Analysis", "avionics", "A second analysis.\n\n## Results\n\nSame.");
    const overview = await getGeneratorOverview(ADMIN, db());
    expect(overview).toMatchObject({ documentsWithoutModule: 2, withoutSubsystem: 1 });

    const result = await runModuleGenerator(db());
    expect(result.created.map((c) => [c.slug, c.documentId])).toEqual([["cadence-adcs-detumble-analysis-2", twin.docId]]);
    expect(result.skipped).toContainEqual({
      moduleId: null,
      slug: null,
      title: "Loose Notes",
      notionPageId: orphan.notionPageId,
      documentId: orphan.docId,
      reason: "The document has no subsystem.",
    });
    const [entry] = await db().select().from(agentLog).where(eq(agentLog.logId, result.logId));
    expect((entry!.metadata as { records: unknown[] }).records).toContainEqual({ entity: "document", id: orphan.docId });
  });

  test("two runs at once draft a new document once", async () => {
    const fresh = await newDocument("Radiator Sizing Note", "thermal", "Why the radiator is this big.\n\n## Sizing\n\n0.04 m².");
    const runs = await Promise.all([runModuleGenerator(db()), runModuleGenerator(db())]);
    expect(runs.map((r) => r.created.length).sort()).toEqual([0, 1]);
    const [count] = await queryRows<{ n: number | string }>(db(), sql`SELECT COUNT(*) AS n FROM modules WHERE notion_page_id = ${fresh.notionPageId}`);
    expect(Number(count!.n)).toBe(1);
  });

  test("students never see a draft; faculty find it under drafts", async () => {
    const draft = first.created[5]!;
    expect(await getModuleOverview(STUDENT, draft.slug!, db())).toBeNull();
    const draftSlugs = new Set((await queryRows<{ slug: string }>(db(), sql`SELECT slug FROM modules WHERE status = 'draft'`)).map((r) => r.slug));
    expect(draftSlugs.has(draft.slug!)).toBe(true);
    const catalogue = await listCatalogue(STUDENT, db());
    expect(catalogue.flatMap((g) => g.modules).filter((m) => draftSlugs.has(m.slug))).toEqual([]);
    await expect(listDrafts(STUDENT, db())).rejects.toBeInstanceOf(AccessDenied);

    expect(await getModuleOverview(FACULTY, draft.slug!, db())).toMatchObject({ slug: draft.slug, moduleStatus: "draft", versionNumber: FIRST_DRAFT_VERSION });
    const drafts = await listDrafts(FACULTY, db());
    expect(drafts).toContainEqual({ id: draft.moduleId, slug: draft.slug, title: draft.title, subsystem: expect.any(String), versionNumber: FIRST_DRAFT_VERSION, fromCadence: true });
    expect(drafts.every((d) => d.slug !== first.created[3]!.slug)).toBe(true);
  });
});
