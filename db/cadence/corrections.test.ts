import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "../client";
import { writeDemoExportFolder, writeDemoExportZip } from "../import/demo/generate-export";
import { runImport } from "../import/run";
import { queryRows } from "../rows";
import { appUsers, auditLogs, cadenceCorrections, cadencePeople, cadencePersonMerges, cadenceTasks } from "../schema";
import { importDemoCadence } from "../seed/cadence";
import { tableChecksums } from "../testing/checksums";
import { testTargets, type TestDatabase } from "../testing/databases";
import {
  correctTaskRecord,
  getCorrectionNotes,
  getMergedInto,
  getTaskCorrectionForm,
  mergePeopleRecord,
  parseRecordRef,
  setRecordSubsystemRecord,
  type Actor,
} from "./corrections";

// Each import records itself; everything else must be left as it was.
const RUN_RECORD = ["notion_sync_metadata", "ascent_basecamp_agent_log"];
const ADMIN: Actor = { userId: "corrections-admin", email: "corrections-admin@example.edu" };
const VIEWER = { userId: ADMIN.userId, role: "admin", name: "Admin", email: ADMIN.email, studentId: null, facultyId: null, universityId: null } as const;

let work: string;
let demoZip: string;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "corrections-test-"));
  demoZip = path.join(work, "cadence-demo.zip");
  await writeDemoExportZip(demoZip);
});
afterAll(() => fs.rm(work, { recursive: true, force: true }));

describe("parseRecordRef: what an admin types in a person or project box", () => {
  test.each([
    ["empty is none", "  ", null],
    ["a suggestion", "Ada Lovelace (#12)", { id: 12 }],
    ["a suggestion whose name has brackets", "Kim (Comms) (#7)", { id: 7 }],
    ["a bare #id", "#40", { id: 40 }],
    ["a bare number", "40", { id: 40 }],
    ["a name", "  Ada Lovelace ", { name: "Ada Lovelace" }],
    ["a name with a number in it", "Team 7 lead", { name: "Team 7 lead" }],
  ])("%s", (_label, text, expected) => {
    expect(parseRecordRef(text)).toEqual(expected);
  });
});

async function lastAudit(db: Database) {
  const [row] = await db.select().from(auditLogs).orderBy(desc(auditLogs.id)).limit(1);
  return row!;
}

async function correctionsOf(db: Database, entity: string, recordId: number) {
  return db
    .select({ field: cadenceCorrections.field, value: cadenceCorrections.value, sourceValue: cadenceCorrections.sourceValue, notionPageId: cadenceCorrections.notionPageId })
    .from(cadenceCorrections)
    .where(sql`${cadenceCorrections.entityType} = ${entity} AND ${cadenceCorrections.recordId} = ${recordId}`)
    .orderBy(cadenceCorrections.field);
}

describe.each(testTargets)("CADENCE corrections on $name", (target) => {
  let t: TestDatabase;
  let db: Database;
  /** A blocked task with an assignee and a project: corrected to completed, reassigned, moved. */
  let task: { id: number; title: string; notionPageId: string; assigneeId: number; projectId: number; dueDate: string | null };
  let otherPerson: number;
  let otherProject: number;
  /** The person whose subsystem is corrected; kept out of the merge. */
  let correctedPerson = 0;

  beforeAll(async () => {
    t = await target.open();
    db = t.handle.db;
    const summary = await importDemoCadence(db);
    expect(summary?.error).toBeNull();
    await db.insert(appUsers).values({ id: ADMIN.userId, email: ADMIN.email, name: "Corrections Admin", role: "admin" });
    const [row] = await queryRows<{ task_id: number; title: string; notion_page_id: string; assignee_id: number; project_id: number; due_date: string | null }>(
      db,
      sql`SELECT task_id, title, notion_page_id, assignee_id, project_id, due_date::text AS due_date FROM cadence_tasks
        WHERE status = 'blocked' AND assignee_id IS NOT NULL AND project_id IS NOT NULL AND title NOT LIKE '%,%'
        ORDER BY task_id LIMIT 1`,
    );
    task = { id: row!.task_id, title: row!.title, notionPageId: row!.notion_page_id, assigneeId: row!.assignee_id, projectId: row!.project_id, dueDate: row!.due_date };
    const [person] = await db.select({ id: cadencePeople.personId }).from(cadencePeople).where(sql`${cadencePeople.personId} <> ${task.assigneeId}`).limit(1);
    otherPerson = person!.id;
    const [project] = await queryRows<{ project_id: number }>(db, sql`SELECT project_id FROM cadence_projects WHERE project_id <> ${task.projectId} ORDER BY project_id LIMIT 1`);
    otherProject = project!.project_id;
  });
  afterAll(() => t?.dispose());

  test("correcting a task writes the fields, one correction each with the export's value, and an audit entry", async () => {
    const result = await correctTaskRecord(
      { taskId: task.id, status: "completed", assignee: { id: otherPerson }, project: { id: otherProject }, dueDate: "2026-01-15" },
      ADMIN,
      { db },
    );
    expect(result).toMatchObject({ ok: true, changed: ["status", "assigneeId", "projectId", "dueDate"] });
    const [row] = await db.select().from(cadenceTasks).where(eq(cadenceTasks.taskId, task.id));
    expect(row).toMatchObject({ status: "completed", assigneeId: otherPerson, projectId: otherProject, dueDate: "2026-01-15" });
    expect(await correctionsOf(db, "task", task.id)).toEqual([
      { field: "assigneeId", value: otherPerson, sourceValue: task.assigneeId, notionPageId: task.notionPageId },
      { field: "dueDate", value: "2026-01-15", sourceValue: task.dueDate, notionPageId: task.notionPageId },
      { field: "projectId", value: otherProject, sourceValue: task.projectId, notionPageId: task.notionPageId },
      { field: "status", value: "completed", sourceValue: "blocked", notionPageId: task.notionPageId },
    ]);
    const audit = await lastAudit(db);
    expect(audit).toMatchObject({
      actorId: ADMIN.userId,
      actorLabel: ADMIN.email,
      action: "cadence_task.correct",
      entityType: "cadence_task",
      entityId: String(task.id),
      before: { status: "blocked", assigneeId: task.assigneeId, projectId: task.projectId, dueDate: task.dueDate },
      after: { status: "completed", assigneeId: otherPerson, projectId: otherProject, dueDate: "2026-01-15" },
    });
    const notes = await getCorrectionNotes({ ...VIEWER, role: "student" }, "task", task.id, db);
    expect(notes.fields.map((f) => f.field)).toEqual(["assigneeId", "dueDate", "projectId", "status"]);
    expect(notes.fields.find((f) => f.field === "status")?.value).toBe("completed");
  });

  test("the same correction again changes nothing; back to the export's value drops the correction", async () => {
    const before = await tableChecksums(db);
    const same = await correctTaskRecord(
      { taskId: task.id, status: "completed", assignee: { id: otherPerson }, project: { id: otherProject }, dueDate: "2026-01-15" },
      ADMIN,
      { db },
    );
    expect(same).toMatchObject({ ok: true, changed: [] });
    expect(await tableChecksums(db)).toEqual(before);

    // The due date back to what Notion says; the other corrections stay.
    const back = await correctTaskRecord(
      { taskId: task.id, status: "completed", assignee: { id: otherPerson }, project: { id: otherProject }, dueDate: task.dueDate },
      ADMIN,
      { db },
    );
    expect(back).toMatchObject({ ok: true, changed: ["dueDate"] });
    expect((await correctionsOf(db, "task", task.id)).map((c) => c.field)).toEqual(["assigneeId", "projectId", "status"]);
    const form = await getTaskCorrectionForm(VIEWER, task.id, db);
    expect(form).toMatchObject({ status: "completed", dueDate: task.dueDate, assignee: { id: otherPerson }, project: { id: otherProject } });
    expect(form!.people.length).toBeGreaterThan(0);
    expect(form!.projects.length).toBeGreaterThan(0);
  });

  test.each([
    ["an unknown assignee id", { assignee: { id: 999_999 } }, "unknown_reference", "assignee"],
    ["an assignee name nobody has", { assignee: { name: "Nobody At All" } }, "unknown_reference", "assignee"],
    ["an unknown project id", { project: { id: 999_999 } }, "unknown_reference", "project"],
    ["a task that does not exist", { taskId: 999_999 }, "not_found", undefined],
  ] as const)("refuses %s and changes nothing", async (_label, change, code, field) => {
    const before = await tableChecksums(db);
    const result = await correctTaskRecord(
      { taskId: task.id, status: "todo", assignee: null, project: null, dueDate: null, ...change },
      ADMIN,
      { db },
    );
    expect(result).toMatchObject({ ok: false, code, ...(field ? { field } : {}) });
    expect(await tableChecksums(db)).toEqual(before);
  });

  test("a person's, a project's and a document's subsystem can be set, each with a correction and an audit entry", async () => {
    for (const [entity, table, idColumn] of [
      ["person", "cadence_people", "person_id"],
      ["project", "cadence_projects", "project_id"],
      ["document", "cadence_documents", "doc_id"],
    ] as const) {
      const [row] = await queryRows<{ id: number; subsystem: string | null }>(
        db,
        sql.raw(`SELECT ${idColumn} AS id, subsystem FROM ${table} WHERE subsystem IS DISTINCT FROM 'thermal' ORDER BY ${idColumn} LIMIT 1`),
      );
      if (entity === "person") correctedPerson = row!.id;
      const result = await setRecordSubsystemRecord(entity, row!.id, "thermal", ADMIN, { db });
      expect(result).toMatchObject({ ok: true, unchanged: false });
      const [after] = await queryRows<{ subsystem: string }>(db, sql.raw(`SELECT subsystem FROM ${table} WHERE ${idColumn} = ${row!.id}`));
      expect(after!.subsystem).toBe("thermal");
      expect(await correctionsOf(db, entity, row!.id)).toMatchObject([{ field: "subsystem", value: "thermal", sourceValue: row!.subsystem }]);
      expect(await lastAudit(db)).toMatchObject({
        action: "cadence_record.set_subsystem",
        entityType: `cadence_${entity}`,
        entityId: String(row!.id),
        before: { subsystem: row!.subsystem },
        after: { subsystem: "thermal" },
      });
    }
    const before = await tableChecksums(db);
    expect(await setRecordSubsystemRecord("project", 999_999, "power", ADMIN, { db })).toMatchObject({ ok: false, code: "not_found" });
    expect(await tableChecksums(db)).toEqual(before);
  });

  let merged: { id: number; name: string; email: string | null; notionPageId: string | null };
  let survivor: { id: number; name: string };

  test("merging two people moves tasks, projects and meeting attendance to the survivor and records the merge", async () => {
    // Someone who owns a project, has tasks and attends meetings, merged into someone else.
    const [a] = await queryRows<{ person_id: number; name: string; email: string | null; notion_page_id: string | null }>(
      db,
      sql`SELECT p.person_id, p.name, p.email, p.notion_page_id FROM cadence_people p
        WHERE EXISTS (SELECT 1 FROM cadence_projects WHERE owner_id = p.person_id)
          AND EXISTS (SELECT 1 FROM cadence_tasks WHERE assignee_id = p.person_id)
          AND EXISTS (SELECT 1 FROM cadence_meetings WHERE position(p.name in attendees) > 0)
          AND p.person_id NOT IN (${otherPerson}, ${correctedPerson})
        ORDER BY p.person_id LIMIT 1`,
    );
    const [b] = await queryRows<{ person_id: number; name: string }>(
      db,
      sql`SELECT person_id, name FROM cadence_people WHERE person_id NOT IN (${a!.person_id}, ${otherPerson}, ${correctedPerson}) ORDER BY person_id LIMIT 1`,
    );
    merged = { id: a!.person_id, name: a!.name, email: a!.email, notionPageId: a!.notion_page_id };
    survivor = { id: b!.person_id, name: b!.name };
    const count = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: number }>(db, query))[0]!.n);
    const tasksBefore = await count(sql`SELECT COUNT(*)::int AS n FROM cadence_tasks WHERE assignee_id IN (${merged.id}, ${survivor.id})`);
    const projectsBefore = await count(sql`SELECT COUNT(*)::int AS n FROM cadence_projects WHERE owner_id IN (${merged.id}, ${survivor.id})`);
    const peopleBefore = await count(sql`SELECT COUNT(*)::int AS n FROM cadence_people`);

    // Refused first: into oneself, and without anyone to keep; nothing changes.
    const before = await tableChecksums(db);
    expect(await mergePeopleRecord(merged.id, { id: merged.id }, ADMIN, { db })).toMatchObject({ ok: false, code: "same_person", field: "into" });
    expect(await mergePeopleRecord(merged.id, { id: 999_999 }, ADMIN, { db })).toMatchObject({ ok: false, code: "unknown_reference", field: "into" });
    expect(await tableChecksums(db)).toEqual(before);

    const result = await mergePeopleRecord(merged.id, { name: survivor.name.toUpperCase() }, ADMIN, { db });
    expect(result).toMatchObject({ ok: true, survivorId: survivor.id, mergedName: merged.name });
    if (!result.ok) return;
    expect(result.moved.tasks).toBeGreaterThan(0);
    expect(result.moved.projects).toBeGreaterThan(0);
    expect(result.moved.meetings).toBeGreaterThan(0);

    expect(await count(sql`SELECT COUNT(*)::int AS n FROM cadence_people`)).toBe(peopleBefore - 1);
    expect(await count(sql`SELECT COUNT(*)::int AS n FROM cadence_tasks WHERE assignee_id = ${survivor.id}`)).toBe(tasksBefore);
    expect(await count(sql`SELECT COUNT(*)::int AS n FROM cadence_projects WHERE owner_id = ${survivor.id}`)).toBe(projectsBefore);
    const attendance = await queryRows<{ attendees: string }>(db, sql`SELECT attendees FROM cadence_meetings WHERE attendees IS NOT NULL`);
    for (const { attendees } of attendance) {
      const names = attendees.split(", ");
      expect(names).not.toContain(merged.name);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(attendance.filter((m) => m.attendees.split(", ").includes(survivor.name)).length).toBeGreaterThanOrEqual(result.moved.meetings);

    const [mergeRow] = await db.select().from(cadencePersonMerges).where(eq(cadencePersonMerges.mergedPersonId, merged.id));
    expect(mergeRow).toMatchObject({ mergedName: merged.name, mergedEmail: merged.email, mergedNotionPageId: merged.notionPageId, intoPersonId: survivor.id, mergedBy: ADMIN.userId });
    expect(await getMergedInto(VIEWER, merged.id, db)).toBe(survivor.id);
    expect(await lastAudit(db)).toMatchObject({
      action: "cadence_person.merge",
      entityType: "cadence_person",
      entityId: String(survivor.id),
      before: { merged: { id: merged.id, name: merged.name }, survivor: { id: survivor.id } },
      after: { mergedPersonId: merged.id, moved: result.moved },
    });
    expect((await getCorrectionNotes(VIEWER, "person", survivor.id, db)).merged.map((m) => m.name)).toEqual([merged.name]);
  });

  test("a re-import of the same export keeps every correction and the merge, and changes nothing", async () => {
    const before = await tableChecksums(db, { exclude: RUN_RECORD });
    const summary = await runImport(db, demoZip);
    expect(summary.error).toBeNull();
    for (const [table, changes] of Object.entries(summary.load!.tables)) {
      expect({ table, added: changes.added, changed: changes.changed }).toEqual({ table, added: 0, changed: 0 });
    }
    // Task status, assignee, project; three subsystems.
    expect(summary.load!.correctionsKept).toBe(6);
    expect(summary.load!.conflicts).toEqual([]);
    expect(await tableChecksums(db, { exclude: RUN_RECORD })).toEqual(before);
    const [again] = await db.select({ n: sql<number>`COUNT(*)::int` }).from(cadencePeople).where(eq(cadencePeople.name, merged.name));
    expect(Number(again!.n)).toBe(0);
  });

  test("an export changed in Notion since the correction keeps the correction and reports the conflict once", async () => {
    const folder = path.join(work, `changed-${target.name}`);
    await writeDemoExportFolder(folder);
    await setCsvCell(folder, task.title, "Status", "In progress");

    const summary = await runImport(db, folder);
    expect(summary.error).toBeNull();
    expect(summary.load!.conflicts).toEqual([
      expect.objectContaining({
        entity: "task",
        recordId: task.id,
        notionPageId: task.notionPageId,
        title: task.title,
        field: "status",
        exported: "in_progress",
        kept: "completed",
      }),
    ]);
    expect(summary.load!.tables.cadence_tasks).toMatchObject({ added: 0, changed: 0 });
    const [row] = await db.select({ status: cadenceTasks.status }).from(cadenceTasks).where(eq(cadenceTasks.taskId, task.id));
    expect(row!.status).toBe("completed");

    const [run] = await queryRows<{ error_details: string }>(db, sql`SELECT error_details FROM notion_sync_metadata WHERE sync_id = ${summary.syncId}`);
    const details = JSON.parse(run!.error_details);
    expect(details).toMatchObject({ correctionsKept: 6, conflictCount: 1, conflicts: [{ entity: "task", recordId: task.id, field: "status", exportedLabel: "in_progress", keptLabel: "completed" }] });
    const [entry] = await queryRows<{ message: string; metadata: { conflicts: unknown[]; correctionsKept: number; records: unknown[] } }>(
      db,
      sql`SELECT message, metadata FROM ascent_basecamp_agent_log WHERE action_type = 'transform' AND metadata @> ${JSON.stringify({ syncId: summary.syncId })}::jsonb`,
    );
    expect(entry!.message).toMatch(/6 admin corrections kept, 1 conflict/);
    expect(entry!.metadata).toMatchObject({ correctionsKept: 6, conflicts: [{ field: "status", recordId: task.id }], records: [{ entity: "task", id: task.id }] });

    // Reported once: the correction now compares with the new export value.
    const quiet = await runImport(db, folder);
    expect(quiet.load!.conflicts).toEqual([]);
    expect(quiet.load!.correctionsKept).toBe(6);
    // And correcting to what Notion now says drops the correction: the task follows Notion again.
    const form = (await getTaskCorrectionForm(VIEWER, task.id, db))!;
    await correctTaskRecord(
      { taskId: task.id, status: "in_progress", assignee: { id: form.assignee!.id }, project: { id: form.project!.id }, dueDate: form.dueDate },
      ADMIN,
      { db },
    );
    expect((await correctionsOf(db, "task", task.id)).map((c) => c.field)).toEqual(["assigneeId", "projectId"]);
  });
});

/** Sets one property of one row in the export's database CSV (which wins over the page's own lines). */
async function setCsvCell(folder: string, title: string, column: string, value: string): Promise<void> {
  const files = (await fs.readdir(folder, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && /^Tasks [0-9a-f]{32}_all\.csv$/.test(e.name));
  for (const file of files) {
    const full = path.join(file.parentPath, file.name);
    const rows = parse(await fs.readFile(full, "utf8"), { bom: true, relax_column_count: true }) as string[][];
    const header = rows[0]!;
    const at = header.indexOf(column);
    const row = rows.find((r, i) => i > 0 && r[0] === title);
    if (at < 0 || !row) continue;
    row[at] = value;
    await fs.writeFile(full, `\uFEFF${stringify(rows, { record_delimiter: "\r\n" })}`);
    return;
  }
  throw new Error(`no Tasks row titled "${title}"`);
}
