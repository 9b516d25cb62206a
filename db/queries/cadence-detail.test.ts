import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { WORK_STATUSES } from "../../app/lib/domain/vocabulary";
import { queryRows } from "../rows";
import {
  cadenceDocuments,
  cadenceMeetings,
  cadencePeople,
  cadencePersonMerges,
  cadenceProjects,
  cadenceRawContent,
  cadenceTasks,
} from "../schema";
import { importDemoCadence } from "../seed/cadence";
import { testTargets, type TestDatabase } from "../testing/databases";
import { AccessDenied } from "./access";
import {
  findMergedPersonSurvivor,
  getDocumentDetail,
  getMeetingDetail,
  getPersonDetail,
  getProjectDetail,
  getRawPageDetail,
  getRawPageLinks,
  getTaskDetail,
  notionUrlOf,
} from "./cadence-detail";

const STUDENT = {
  userId: "demo-student",
  role: "student",
  name: "Emeka Eze",
  email: "student@basecamp.example.edu",
  studentId: "nit-26f-01",
  facultyId: null,
  universityId: 1,
} as const satisfies Viewer;

describe("notionUrlOf", () => {
  test.each<[string, string | null, string | null]>([
    ["a dashed id", "1a2b3c4d-e5f6-80c1-c69f-56e329e3ae58", "https://www.notion.so/1a2b3c4de5f680c1c69f56e329e3ae58"],
    ["an undashed upper-case id", "1A2B3C4DE5F680C1C69F56E329E3AE58", "https://www.notion.so/1a2b3c4de5f680c1c69f56e329e3ae58"],
    ["no id", null, null],
    ["not a Notion id", "javascript:alert(1)", null],
  ])("%s", (_label, id, expected) => {
    expect(notionUrlOf(id)).toBe(expected);
  });
});

describe.each(testTargets)("CADENCE detail pages on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await target.open();
    await importDemoCadence(database.handle.db);
  });
  afterAll(() => database?.dispose());

  async function personNamed(name: string) {
    const [person] = await db().select().from(cadencePeople).where(eq(cadencePeople.name, name));
    if (!person) throw new Error(`no person ${name}`);
    return person;
  }

  async function projectNamed(name: string) {
    const [project] = await db().select().from(cadenceProjects).where(eq(cadenceProjects.name, name));
    if (!project) throw new Error(`no project ${name}`);
    return project;
  }

  /** Meetings whose comma-separated attendee list holds exactly this name, worked out in JS. */
  async function meetingIdsAttendedBy(names: string[]): Promise<number[]> {
    const meetings = await db().select({ id: cadenceMeetings.meetingId, attendees: cadenceMeetings.attendees }).from(cadenceMeetings);
    return meetings
      .filter((m) => (m.attendees ?? "").split(",").some((a) => names.includes(a.trim())))
      .map((m) => m.id)
      .sort((a, b) => a - b);
  }

  test("a person: their tasks, the meetings they attended and the projects they own", async () => {
    const maya = await personNamed("Maya Chen");
    const detail = await getPersonDetail(STUDENT, maya.personId, db());
    expect(detail).not.toBeNull();
    expect(detail).toMatchObject({ id: maya.personId, name: "Maya Chen", email: maya.email, subsystem: maya.subsystem, mergedNames: [] });
    expect(detail?.notionUrl).toBe(`https://www.notion.so/${maya.notionPageId?.replaceAll("-", "")}`);
    const [raw] = await db().select({ id: cadenceRawContent.id }).from(cadenceRawContent).where(eq(cadenceRawContent.notionPageId, maya.notionPageId ?? ""));
    expect(detail?.rawPageId).toBe(raw?.id);

    const tasks = await db().select({ id: cadenceTasks.taskId }).from(cadenceTasks).where(eq(cadenceTasks.assigneeId, maya.personId));
    expect(tasks.length).toBeGreaterThan(0);
    expect(detail?.tasks.total).toBe(tasks.length);
    expect(detail?.tasks.items.map((t) => t.id).sort((a, b) => a - b)).toEqual(tasks.map((t) => t.id).sort((a, b) => a - b));
    expect(detail?.tasks.items.every((t) => t.assignee?.id === maya.personId)).toBe(true);
    // Latest due date first, undated last.
    const dues = detail?.tasks.items.map((t) => t.dueDate ?? "") ?? [];
    expect(dues.filter(Boolean)).toEqual([...dues.filter(Boolean)].sort().reverse());
    expect(dues.every((due) => due === "" || /^\d{4}-\d{2}-\d{2}$/.test(due))).toBe(true);

    const attended = await meetingIdsAttendedBy(["Maya Chen"]);
    expect(attended.length).toBeGreaterThan(0);
    expect(detail?.meetings.total).toBe(attended.length);
    expect(detail?.meetings.items.map((m) => m.id).sort((a, b) => a - b)).toEqual(attended);
    expect(detail?.meetings.items[0]?.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

    const owned = await db().select({ id: cadenceProjects.projectId }).from(cadenceProjects).where(eq(cadenceProjects.ownerId, maya.personId));
    expect(detail?.projects.map((p) => p.id).sort((a, b) => a - b)).toEqual(owned.map((p) => p.id).sort((a, b) => a - b));
  });

  test("a name inside another name is not a match (attendees are matched whole)", async () => {
    const elena = await personNamed("Dr. Elena Marsh");
    const detail = await getPersonDetail(STUDENT, elena.personId, db());
    expect(detail?.meetings.total).toBe((await meetingIdsAttendedBy(["Dr. Elena Marsh"])).length);
    expect(detail?.rawPageId).toBeNull();
    expect(detail?.notionUrl).toBeNull();
  });

  test("a project: tasks grouped by status with counts, meetings, documents", async () => {
    const project = await projectNamed("Structure and deployables");
    const detail = await getProjectDetail(STUDENT, project.projectId, db());
    expect(detail).toMatchObject({ id: project.projectId, name: project.name, subsystem: "structures", status: project.status });
    expect(detail?.owner?.id).toBe(project.ownerId);

    const tasks = await db().select({ id: cadenceTasks.taskId, status: cadenceTasks.status }).from(cadenceTasks).where(eq(cadenceTasks.projectId, project.projectId));
    const expected = new Map<string | null, number>();
    for (const t of tasks) expected.set(t.status, (expected.get(t.status) ?? 0) + 1);
    expect(detail?.taskTotal).toBe(tasks.length);
    expect(new Map(detail?.tasksByStatus.map((g) => [g.status, g.count]))).toEqual(expected);
    for (const group of detail?.tasksByStatus ?? []) {
      expect(group.tasks).toHaveLength(group.count);
      expect(group.tasks.every((t) => t.status === group.status)).toBe(true);
    }
    const order = detail?.tasksByStatus.map((g) => WORK_STATUSES.indexOf(g.status as (typeof WORK_STATUSES)[number])) ?? [];
    expect(order).toEqual([...order].sort((a, b) => a - b));

    const meetings = await db().select({ id: cadenceMeetings.meetingId }).from(cadenceMeetings).where(eq(cadenceMeetings.projectId, project.projectId));
    expect(detail?.meetings.total).toBe(meetings.length);
    expect(detail?.meetings.items.every((m) => m.project?.id === project.projectId)).toBe(true);

    // A program project is a database row with nothing filed under it; its subsystem's documents are offered.
    expect(detail?.filedDocuments.total).toBe(0);
    const structureDocs = await db().select({ id: cadenceDocuments.docId }).from(cadenceDocuments).where(eq(cadenceDocuments.subsystem, "structures"));
    const ownDoc = detail?.documentId;
    expect(detail?.subsystemDocuments.total).toBe(structureDocs.filter((d) => d.id !== ownDoc).length);
    expect(detail?.subsystemDocuments.items.every((d) => d.subsystem === "structures")).toBe(true);
  });

  test("a subsystem page's documents are the pages filed under it, not those of its sub-projects", async () => {
    const avionics = await projectNamed("Avionics Subsystem");
    const detail = await getProjectDetail(STUDENT, avionics.projectId, db());
    const filed = detail?.filedDocuments.items ?? [];
    expect(filed.length).toBeGreaterThan(0);
    expect(detail?.filedDocuments.total).toBe(filed.length);
    // Each filed document's page has this project's page as its nearest project ancestor.
    const parents = await queryRows<{ doc_id: number; parent_page_id: string | null }>(
      db(),
      sql`select d.doc_id, r.parent_page_id from cadence_documents d join cadence_raw_content r on r.notion_page_id = d.notion_page_id`,
    );
    const parentOf = new Map(parents.map((p) => [p.doc_id, p.parent_page_id]));
    for (const doc of filed) expect(parentOf.get(doc.id)).toBe(avionics.notionPageId);
    expect(filed.map((d) => d.id)).not.toContain(detail?.documentId);
    // The same document is never offered twice.
    const offered = new Set(detail?.subsystemDocuments.items.map((d) => d.id));
    expect(filed.some((d) => offered.has(d.id))).toBe(false);
    expect(detail?.documentId).not.toBeNull();
  });

  test("a task: its assignee, project and the project's subsystem", async () => {
    const [task] = await db().select().from(cadenceTasks).where(sql`${cadenceTasks.projectId} is not null and ${cadenceTasks.assigneeId} is not null`).limit(1);
    if (!task) throw new Error("no task");
    const detail = await getTaskDetail(STUDENT, task.taskId, db());
    const [project] = await db().select().from(cadenceProjects).where(eq(cadenceProjects.projectId, task.projectId ?? 0));
    expect(detail).toMatchObject({
      id: task.taskId,
      title: task.title,
      status: task.status,
      description: task.description,
      assignee: { id: task.assigneeId },
      project: { id: task.projectId, name: project?.name, subsystem: project?.subsystem },
    });
    expect(detail?.rawPageId).not.toBeNull();
    expect(detail?.dueDate ?? "").toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
  });

  test("a meeting: attendees in order, each resolved to the person of exactly that name", async () => {
    const [meeting] = await db().select().from(cadenceMeetings).where(sql`${cadenceMeetings.attendees} like '%Dr. Elena Marsh%'`).limit(1);
    if (!meeting) throw new Error("no meeting");
    const detail = await getMeetingDetail(STUDENT, meeting.meetingId, db());
    const names = (meeting.attendees ?? "").split(",").map((n) => n.trim());
    expect(detail?.attendees.map((a) => a.name)).toEqual(names);
    const people = await db().select({ id: cadencePeople.personId, name: cadencePeople.name }).from(cadencePeople);
    for (const attendee of detail?.attendees ?? []) {
      expect(attendee.personId).toBe(people.find((p) => p.name === attendee.name)?.id ?? null);
    }
    expect(detail?.attendees.some((a) => a.personId !== null)).toBe(true);
    expect(detail?.notes).toBe(meeting.notes);
  });

  test("a document: its fields and the body of its raw page", async () => {
    const [doc] = await db().select().from(cadenceDocuments).where(eq(cadenceDocuments.docType, "technical")).limit(1);
    if (!doc) throw new Error("no document");
    const [raw] = await db().select().from(cadenceRawContent).where(eq(cadenceRawContent.notionPageId, doc.notionPageId ?? ""));
    const detail = await getDocumentDetail(STUDENT, doc.docId, db());
    expect(detail).toMatchObject({ id: doc.docId, title: doc.title, url: doc.url, category: doc.category, subsystem: doc.subsystem, rawPageId: raw?.id, body: raw?.contentMarkdown });
  });

  test("a raw page: its properties, parent, children and the records built from it", async () => {
    const avionics = await projectNamed("Avionics Subsystem");
    const [page] = await db().select().from(cadenceRawContent).where(eq(cadenceRawContent.notionPageId, avionics.notionPageId ?? ""));
    if (!page) throw new Error("no page");
    const detail = await getRawPageDetail(STUDENT, page.id, db());
    expect(detail).toMatchObject({ id: page.id, title: page.title, exportPath: page.exportPath, category: page.category, keep: page.keep, body: page.contentMarkdown });
    expect(detail?.builtRecords.map((r) => r.entity).sort()).toEqual(["document", "project"]);
    expect(detail?.builtRecords.find((r) => r.entity === "project")?.id).toBe(avionics.projectId);
    const children = await db().select({ id: cadenceRawContent.id }).from(cadenceRawContent).where(eq(cadenceRawContent.parentPageId, page.notionPageId));
    expect(detail?.children.total).toBe(children.length);
    expect(detail?.children.items.length).toBe(children.length);
    const [parent] = await db().select().from(cadenceRawContent).where(eq(cadenceRawContent.notionPageId, page.parentPageId ?? ""));
    expect(detail?.parent).toEqual(parent ? { id: parent.id, title: parent.title } : null);

    const [taskPage] = await queryRows<{ id: number; properties: Record<string, string> }>(
      db(),
      sql`select r.id, r.properties from cadence_raw_content r join cadence_tasks t on t.notion_page_id = r.notion_page_id limit 1`,
    );
    const taskDetail = await getRawPageDetail(STUDENT, taskPage?.id ?? 0, db());
    expect(taskDetail?.properties).toEqual(Object.entries(taskPage?.properties ?? {}));
    expect(taskDetail?.builtRecords.map((r) => r.entity)).toEqual(["task"]);
  });

  test("export links resolve to raw pages", async () => {
    const [a, b] = await db().select({ id: cadenceRawContent.id, notionPageId: cadenceRawContent.notionPageId }).from(cadenceRawContent).limit(2);
    const links = await getRawPageLinks(STUDENT, [a?.notionPageId ?? "", b?.notionPageId ?? "", "00000000-0000-0000-0000-000000000000"], db());
    expect(links).toEqual({ [a?.notionPageId ?? ""]: `/cadence/raw/${a?.id}`, [b?.notionPageId ?? ""]: `/cadence/raw/${b?.id}` });
    expect(await getRawPageLinks(STUDENT, [], db())).toEqual({});
  });

  test.each([0, -1, 1.5, 2 ** 40, 987654])("id %s finds nothing", async (id) => {
    expect(await getPersonDetail(STUDENT, id, db())).toBeNull();
    expect(await getProjectDetail(STUDENT, id, db())).toBeNull();
    expect(await getTaskDetail(STUDENT, id, db())).toBeNull();
    expect(await getMeetingDetail(STUDENT, id, db())).toBeNull();
    expect(await getDocumentDetail(STUDENT, id, db())).toBeNull();
    expect(await getRawPageDetail(STUDENT, id, db())).toBeNull();
    expect(await findMergedPersonSurvivor(STUDENT, id, db())).toBeNull();
  });

  test("only signed-in viewers may read", async () => {
    await expect(getPersonDetail(null, 1, db())).rejects.toThrow(AccessDenied);
    await expect(getProjectDetail(null, 1, db())).rejects.toThrow(AccessDenied);
    await expect(getTaskDetail(null, 1, db())).rejects.toThrow(AccessDenied);
    await expect(getMeetingDetail(null, 1, db())).rejects.toThrow(AccessDenied);
    await expect(getDocumentDetail(null, 1, db())).rejects.toThrow(AccessDenied);
    await expect(getRawPageDetail(null, 1, db())).rejects.toThrow(AccessDenied);
    await expect(getRawPageLinks(null, [], db())).rejects.toThrow(AccessDenied);
    await expect(findMergedPersonSurvivor(null, 1, db())).rejects.toThrow(AccessDenied);
  });

  // Last: it changes the data. A merge deletes the merged person and remembers them (as the
  // corrections' merge does); meetings still naming them count for the survivor.
  test("a merged person's id resolves to the survivor, who inherits their meetings", async () => {
    const survivor = await personNamed("Priyanka Rao");
    const merged = await personNamed("Dr. Elena Marsh");
    const before = await getPersonDetail(STUDENT, survivor.personId, db());
    await db().transaction(async (tx) => {
      await tx.insert(cadencePersonMerges).values({
        mergedPersonId: merged.personId,
        mergedName: merged.name,
        mergedEmail: merged.email,
        mergedNotionPageId: merged.notionPageId,
        intoPersonId: survivor.personId,
      });
      await tx.delete(cadencePeople).where(eq(cadencePeople.personId, merged.personId));
    });

    expect(await getPersonDetail(STUDENT, merged.personId, db())).toBeNull();
    expect(await findMergedPersonSurvivor(STUDENT, merged.personId, db())).toBe(survivor.personId);
    expect(await findMergedPersonSurvivor(STUDENT, survivor.personId, db())).toBeNull();

    const after = await getPersonDetail(STUDENT, survivor.personId, db());
    expect(after?.mergedNames).toEqual(["Dr. Elena Marsh"]);
    const expected = await meetingIdsAttendedBy(["Priyanka Rao", "Dr. Elena Marsh"]);
    expect(after?.meetings.total).toBe(expected.length);
    expect(after?.meetings.total).toBeGreaterThan(before?.meetings.total ?? 0);

    const [meeting] = await db().select().from(cadenceMeetings).where(sql`${cadenceMeetings.attendees} like '%Dr. Elena Marsh%'`).limit(1);
    const detail = await getMeetingDetail(STUDENT, meeting?.meetingId ?? 0, db());
    expect(detail?.attendees.find((a) => a.name === "Dr. Elena Marsh")?.personId).toBe(survivor.personId);
  });
});
