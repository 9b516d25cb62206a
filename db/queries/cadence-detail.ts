import "server-only";
import { and, asc, count, desc, eq, getTableName, inArray, ne, notInArray, sql } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { Viewer } from "../../app/lib/auth/roles";
import { WORK_STATUSES } from "../../app/lib/domain/vocabulary";
import type { Database } from "../client";
import { getDb } from "../index";
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
import { ANY_ROLE, assertRole } from "./access";

/**
 * The explorer's detail pages: one record with everything it links to. Every signed-in role may
 * read the CADENCE record. Lists are capped (with their full count) so a page stays small at
 * 100× the demo data; the tables hold the rest.
 */

/** Longest list of related records one detail page shows. */
export const DETAIL_LIST_LIMIT = 200;

export type CadenceEntity = "person" | "project" | "task" | "meeting" | "document";

/** A capped list and how many there are in all. */
export interface Capped<T> {
  items: T[];
  total: number;
}

/** Where a record came from: its raw page here, and its page in Notion. */
export interface Provenance {
  notionPageId: string | null;
  /** cadence_raw_content.id of the page the record was built from, when it is stored. */
  rawPageId: number | null;
  notionUrl: string | null;
}

export interface Ref {
  id: number;
  name: string;
}

export interface TaskItem {
  id: number;
  title: string;
  status: string | null;
  /** `YYYY-MM-DD` */
  dueDate: string | null;
  project: Ref | null;
  assignee: Ref | null;
}

export interface MeetingItem {
  id: number;
  name: string;
  /** `YYYY-MM-DDTHH:MM`, the wall-clock time written in Notion (no zone is exported). */
  date: string | null;
  project: Ref | null;
}

export interface DocumentItem {
  id: number;
  title: string;
  docType: string | null;
  subsystem: string | null;
}

export interface PersonDetail extends Provenance {
  id: number;
  name: string;
  role: string | null;
  subsystem: string | null;
  email: string | null;
  /** Names of people merged into this one; their meetings count as this person's. */
  mergedNames: string[];
  tasks: Capped<TaskItem>;
  meetings: Capped<MeetingItem>;
  projects: (Ref & { subsystem: string | null; status: string | null; taskCount: number })[];
}

export interface StatusGroup {
  /** A WORK_STATUSES value, or null for tasks without one. */
  status: string | null;
  count: number;
  tasks: TaskItem[];
}

export interface ProjectDetail extends Provenance {
  id: number;
  name: string;
  description: string | null;
  subsystem: string | null;
  status: string | null;
  owner: Ref | null;
  /** The document built from the same Notion page, when there is one. */
  documentId: number | null;
  taskTotal: number;
  /** In WORK_STATUSES order; counts are complete even when the task lists are capped. */
  tasksByStatus: StatusGroup[];
  meetings: Capped<MeetingItem>;
  /**
   * Documents filed under the project's page in Notion, the same relation the importer uses
   * for tasks and meetings: pages below it whose nearest project ancestor is this project.
   */
  filedDocuments: Capped<DocumentItem>;
  /** Other documents of the same subsystem: related by subject only, not linked in Notion. */
  subsystemDocuments: Capped<DocumentItem>;
}

export interface TaskDetail extends Provenance {
  id: number;
  title: string;
  description: string | null;
  status: string | null;
  dueDate: string | null;
  assignee: Ref | null;
  project: (Ref & { subsystem: string | null }) | null;
}

export interface Attendee {
  name: string;
  /** The person of exactly this name (or the survivor of a person merged under it), if any. */
  personId: number | null;
}

export interface MeetingDetail extends Provenance {
  id: number;
  name: string;
  date: string | null;
  project: Ref | null;
  notes: string | null;
  attendees: Attendee[];
}

export interface DocumentDetail extends Provenance {
  id: number;
  title: string;
  url: string | null;
  docType: string | null;
  category: string | null;
  subsystem: string | null;
  /** The body of the raw page, or null when the page is not stored. */
  body: string | null;
  /** The project built from the same page, when there is one. */
  projectId: number | null;
}

export interface BuiltRecord {
  entity: CadenceEntity;
  id: number;
  label: string;
}

export interface RawPageDetail {
  id: number;
  notionPageId: string;
  notionUrl: string | null;
  title: string;
  exportPath: string;
  databaseName: string | null;
  category: string;
  keep: boolean;
  excludeReason: string | null;
  /** ISO time a later export first lacked the page, or null while it is still exported. */
  missingSince: string | null;
  syncId: number | null;
  properties: [name: string, value: string][];
  body: string;
  parentPageId: string | null;
  /** The parent's raw page when it is stored (database pages are not). */
  parent: { id: number; title: string } | null;
  children: Capped<{ id: number; title: string; category: string; keep: boolean }>;
  /** The CADENCE records built from this page (a project page is also a document). */
  builtRecords: BuiltRecord[];
}

/** The page on notion.so, or null when the id is not a Notion id. */
export function notionUrlOf(notionPageId: string | null): string | null {
  const hex = notionPageId?.replace(/-/g, "").toLowerCase() ?? "";
  return /^[0-9a-f]{32}$/.test(hex) ? `https://www.notion.so/${hex}` : null;
}

function provenance(notionPageId: string | null, rawPageId: number | null): Provenance {
  return { notionPageId, rawPageId, notionUrl: notionUrlOf(notionPageId) };
}

function ref(id: number | null, name: string | null): Ref | null {
  return id === null || name === null ? null : { id, name };
}

const dueDateText = sql<string | null>`to_char(${cadenceTasks.dueDate}, 'YYYY-MM-DD')`;
const meetingDateText = sql<string | null>`to_char(${cadenceMeetings.meetingDate}, 'YYYY-MM-DD"T"HH24:MI')`;
const totalOver = sql<number>`(count(*) over ())::int`;

const taskProject = alias(cadenceProjects, "task_project");
const taskAssignee = alias(cadencePeople, "task_assignee");

const taskColumns = {
  id: cadenceTasks.taskId,
  title: cadenceTasks.title,
  status: cadenceTasks.status,
  dueDate: dueDateText,
  projectId: taskProject.projectId,
  projectName: taskProject.name,
  assigneeId: taskAssignee.personId,
  assigneeName: taskAssignee.name,
  total: totalOver,
};

type TaskRow = { id: number; title: string; status: string | null; dueDate: string | null; projectId: number | null; projectName: string | null; assigneeId: number | null; assigneeName: string | null; total: number };

function taskItem(row: TaskRow): TaskItem {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    dueDate: row.dueDate,
    project: ref(row.projectId, row.projectName),
    assignee: ref(row.assigneeId, row.assigneeName),
  };
}

function capped<R extends { total: number }, T>(rows: R[], map: (row: R) => T): Capped<T> {
  return { items: rows.map(map), total: rows[0]?.total ?? 0 };
}

function selectTasks(d: Database) {
  return d
    .select(taskColumns)
    .from(cadenceTasks)
    .leftJoin(taskProject, eq(taskProject.projectId, cadenceTasks.projectId))
    .leftJoin(taskAssignee, eq(taskAssignee.personId, cadenceTasks.assigneeId));
}

const meetingProject = alias(cadenceProjects, "meeting_project");

function selectMeetings(d: Database) {
  return d
    .select({
      id: cadenceMeetings.meetingId,
      name: cadenceMeetings.name,
      date: meetingDateText,
      projectId: meetingProject.projectId,
      projectName: meetingProject.name,
      total: totalOver,
    })
    .from(cadenceMeetings)
    .leftJoin(meetingProject, eq(meetingProject.projectId, cadenceMeetings.projectId));
}

function meetingItem(row: { id: number; name: string; date: string | null; projectId: number | null; projectName: string | null }): MeetingItem {
  return { id: row.id, name: row.name, date: row.date, project: ref(row.projectId, row.projectName) };
}

/**
 * A column with its table's name, for correlated subqueries: drizzle leaves the table off the
 * columns of a single-table select, and `notion_page_id = notion_page_id` would match every row.
 */
function qualified(column: AnyPgColumn) {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

/** The raw page of a record: the stored page with the same Notion id. */
function rawPageIdOf(notionPageId: AnyPgColumn) {
  return sql<number | null>`(select raw_page.id from ${cadenceRawContent} as raw_page where raw_page.notion_page_id = ${qualified(notionPageId)})`;
}

const validId = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647;

// ---------------------------------------------------------------------------------------------
// People

/**
 * The person a merged-away id now lives on, or null when the id was never merged. A merge row
 * always points at an existing person (it is deleted with its survivor).
 */
export async function findMergedPersonSurvivor(viewer: Viewer | null, personId: number, db?: Database): Promise<number | null> {
  assertRole(viewer, ANY_ROLE);
  if (!validId(personId)) return null;
  const d = db ?? (await getDb());
  const [row] = await d
    .select({ into: cadencePersonMerges.intoPersonId })
    .from(cadencePersonMerges)
    .where(eq(cadencePersonMerges.mergedPersonId, personId))
    .orderBy(desc(cadencePersonMerges.createdAt), desc(cadencePersonMerges.id))
    .limit(1);
  return row?.into ?? null;
}

export async function getPersonDetail(viewer: Viewer | null, personId: number, db?: Database): Promise<PersonDetail | null> {
  assertRole(viewer, ANY_ROLE);
  if (!validId(personId)) return null;
  const d = db ?? (await getDb());
  const [person] = await d
    .select({
      id: cadencePeople.personId,
      name: cadencePeople.name,
      role: cadencePeople.role,
      subsystem: cadencePeople.subsystem,
      email: cadencePeople.email,
      notionPageId: cadencePeople.notionPageId,
      rawPageId: rawPageIdOf(cadencePeople.notionPageId),
    })
    .from(cadencePeople)
    .where(eq(cadencePeople.personId, personId));
  if (!person) return null;

  const [tasks, meetings, projects, merged] = await Promise.all([
    selectTasks(d)
      .where(eq(cadenceTasks.assigneeId, personId))
      .orderBy(sql`${cadenceTasks.dueDate} desc nulls last`, asc(cadenceTasks.taskId))
      .limit(DETAIL_LIST_LIMIT),
    selectMeetings(d)
      .where(attendedBy(personId, person.name))
      .orderBy(sql`${cadenceMeetings.meetingDate} desc nulls last`, desc(cadenceMeetings.meetingId))
      .limit(DETAIL_LIST_LIMIT),
    d
      .select({
        id: cadenceProjects.projectId,
        name: cadenceProjects.name,
        subsystem: cadenceProjects.subsystem,
        status: cadenceProjects.status,
        taskCount: sql<number>`(select count(*) from ${cadenceTasks} as owned_task where owned_task.project_id = ${qualified(cadenceProjects.projectId)})::int`,
      })
      .from(cadenceProjects)
      .where(eq(cadenceProjects.ownerId, personId))
      .orderBy(asc(cadenceProjects.name), asc(cadenceProjects.projectId))
      .limit(DETAIL_LIST_LIMIT),
    d
      .selectDistinct({ name: cadencePersonMerges.mergedName })
      .from(cadencePersonMerges)
      .where(and(eq(cadencePersonMerges.intoPersonId, personId), ne(cadencePersonMerges.mergedName, person.name)))
      .orderBy(asc(cadencePersonMerges.mergedName)),
  ]);

  return {
    ...person,
    ...provenance(person.notionPageId, person.rawPageId),
    mergedNames: merged.map((m) => m.name),
    tasks: capped(tasks, taskItem),
    meetings: capped(meetings, meetingItem),
    projects,
  };
}

/**
 * Meetings list attendees as display names joined by ", ". A person attended when their exact
 * name is one of them, or the name of someone merged into them.
 */
function attendedBy(personId: number, name: string) {
  return sql`exists (
    select 1 from unnest(string_to_array(${cadenceMeetings.attendees}, ',')) as attendee(name)
    where btrim(attendee.name) = ${name}
       or btrim(attendee.name) in (select ${cadencePersonMerges.mergedName} from ${cadencePersonMerges} where ${cadencePersonMerges.intoPersonId} = ${personId})
  )`;
}

// ---------------------------------------------------------------------------------------------
// Projects

export async function getProjectDetail(viewer: Viewer | null, projectId: number, db?: Database): Promise<ProjectDetail | null> {
  assertRole(viewer, ANY_ROLE);
  if (!validId(projectId)) return null;
  const d = db ?? (await getDb());
  const owner = alias(cadencePeople, "owner");
  const [project] = await d
    .select({
      id: cadenceProjects.projectId,
      name: cadenceProjects.name,
      description: cadenceProjects.description,
      subsystem: cadenceProjects.subsystem,
      status: cadenceProjects.status,
      notionPageId: cadenceProjects.notionPageId,
      ownerId: owner.personId,
      ownerName: owner.name,
      rawPageId: rawPageIdOf(cadenceProjects.notionPageId),
      documentId: sql<number | null>`(select same_page.doc_id from ${cadenceDocuments} as same_page where same_page.notion_page_id = ${qualified(cadenceProjects.notionPageId)})`,
    })
    .from(cadenceProjects)
    .leftJoin(owner, eq(owner.personId, cadenceProjects.ownerId))
    .where(eq(cadenceProjects.projectId, projectId));
  if (!project) return null;

  const [statusCounts, tasks, meetings, filed] = await Promise.all([
    d
      .select({ status: cadenceTasks.status, count: count() })
      .from(cadenceTasks)
      .where(eq(cadenceTasks.projectId, projectId))
      .groupBy(cadenceTasks.status),
    selectTasks(d)
      .where(eq(cadenceTasks.projectId, projectId))
      .orderBy(sql`${cadenceTasks.dueDate} asc nulls last`, asc(cadenceTasks.taskId))
      .limit(DETAIL_LIST_LIMIT),
    selectMeetings(d)
      .where(eq(cadenceMeetings.projectId, projectId))
      .orderBy(sql`${cadenceMeetings.meetingDate} desc nulls last`, desc(cadenceMeetings.meetingId))
      .limit(DETAIL_LIST_LIMIT),
    project.notionPageId ? filedDocuments(d, project.notionPageId) : Promise.resolve([]),
  ]);

  const filedIds = filed.map((doc) => doc.id);
  const subsystemDocs = project.subsystem
    ? await d
        .select({
          id: cadenceDocuments.docId,
          title: cadenceDocuments.title,
          docType: cadenceDocuments.docType,
          subsystem: cadenceDocuments.subsystem,
          total: totalOver,
        })
        .from(cadenceDocuments)
        .where(
          and(
            eq(cadenceDocuments.subsystem, project.subsystem),
            project.documentId === null ? undefined : ne(cadenceDocuments.docId, project.documentId),
            filedIds.length > 0 ? notInArray(cadenceDocuments.docId, filedIds) : undefined,
          ),
        )
        .orderBy(asc(cadenceDocuments.title), asc(cadenceDocuments.docId))
        .limit(DETAIL_LIST_LIMIT)
    : [];

  const taskItems = tasks.map(taskItem);
  const statusOrder = (status: string | null) => {
    const index = (WORK_STATUSES as readonly (string | null)[]).indexOf(status);
    return index === -1 ? WORK_STATUSES.length : index;
  };
  const tasksByStatus = statusCounts
    .map((group) => ({ status: group.status, count: group.count, tasks: taskItems.filter((t) => t.status === group.status) }))
    .sort((a, b) => statusOrder(a.status) - statusOrder(b.status));

  return {
    id: project.id,
    name: project.name,
    description: project.description,
    subsystem: project.subsystem,
    status: project.status,
    owner: ref(project.ownerId, project.ownerName),
    documentId: project.documentId,
    ...provenance(project.notionPageId, project.rawPageId),
    taskTotal: statusCounts.reduce((n, group) => n + group.count, 0),
    tasksByStatus,
    meetings: capped(meetings, meetingItem),
    filedDocuments: capped(filed, (row) => ({ id: row.id, title: row.title, docType: row.doc_type, subsystem: row.subsystem })),
    subsystemDocuments: capped(subsystemDocs, ({ total: _total, ...doc }) => doc),
  };
}

/**
 * Walks the raw page tree down from the project's page, not below pages that are projects of
 * their own (their documents are theirs), and keeps the pages that became documents. Depth is
 * bounded in case an export ever links a page under its own descendant.
 */
async function filedDocuments(d: Database, projectPageId: string) {
  return queryRows<{ id: number; title: string; doc_type: string | null; subsystem: string | null; total: number }>(
    d,
    sql`with recursive below(page, depth) as (
          select ${cadenceRawContent.notionPageId}, 1 from ${cadenceRawContent}
           where ${cadenceRawContent.parentPageId} = ${projectPageId}
          union all
          select child.notion_page_id, below.depth + 1
            from below join ${cadenceRawContent} as child on child.parent_page_id = below.page
           where below.depth < 32
             and not exists (select 1 from ${cadenceProjects} where ${cadenceProjects.notionPageId} = below.page)
        )
        select doc.doc_id as id, doc.title, doc.doc_type, doc.subsystem, (count(*) over ())::int as total
          from (select distinct page from below) as filed
          join ${cadenceDocuments} as doc on doc.notion_page_id = filed.page
         order by doc.title, doc.doc_id
         limit ${DETAIL_LIST_LIMIT}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Tasks, meetings, documents

export async function getTaskDetail(viewer: Viewer | null, taskId: number, db?: Database): Promise<TaskDetail | null> {
  assertRole(viewer, ANY_ROLE);
  if (!validId(taskId)) return null;
  const d = db ?? (await getDb());
  const [task] = await d
    .select({
      ...taskColumns,
      description: cadenceTasks.description,
      projectSubsystem: taskProject.subsystem,
      notionPageId: cadenceTasks.notionPageId,
      rawPageId: rawPageIdOf(cadenceTasks.notionPageId),
    })
    .from(cadenceTasks)
    .leftJoin(taskProject, eq(taskProject.projectId, cadenceTasks.projectId))
    .leftJoin(taskAssignee, eq(taskAssignee.personId, cadenceTasks.assigneeId))
    .where(eq(cadenceTasks.taskId, taskId));
  if (!task) return null;
  const item = taskItem(task);
  return {
    ...item,
    description: task.description,
    project: item.project ? { ...item.project, subsystem: task.projectSubsystem } : null,
    ...provenance(task.notionPageId, task.rawPageId),
  };
}

export async function getMeetingDetail(viewer: Viewer | null, meetingId: number, db?: Database): Promise<MeetingDetail | null> {
  assertRole(viewer, ANY_ROLE);
  if (!validId(meetingId)) return null;
  const d = db ?? (await getDb());
  const [meeting] = await d
    .select({
      id: cadenceMeetings.meetingId,
      name: cadenceMeetings.name,
      date: meetingDateText,
      notes: cadenceMeetings.notes,
      projectId: meetingProject.projectId,
      projectName: meetingProject.name,
      notionPageId: cadenceMeetings.notionPageId,
      rawPageId: rawPageIdOf(cadenceMeetings.notionPageId),
    })
    .from(cadenceMeetings)
    .leftJoin(meetingProject, eq(meetingProject.projectId, cadenceMeetings.projectId))
    .where(eq(cadenceMeetings.meetingId, meetingId));
  if (!meeting) return null;

  // Same-named people are one person to the importer; should two remain, the oldest is linked.
  const attendees = await queryRows<{ name: string; person_id: number | null }>(
    d,
    sql`select attendee.name,
               coalesce(
                 (select min(${cadencePeople.personId}) from ${cadencePeople} where ${cadencePeople.name} = attendee.name),
                 (select min(${cadencePersonMerges.intoPersonId}) from ${cadencePersonMerges} where ${cadencePersonMerges.mergedName} = attendee.name)
               ) as person_id
          from (
            select btrim(part) as name, position
              from ${cadenceMeetings}, unnest(string_to_array(${cadenceMeetings.attendees}, ',')) with ordinality as list(part, position)
             where ${cadenceMeetings.meetingId} = ${meetingId}
          ) as attendee
         where attendee.name <> ''
         order by attendee.position`,
  );

  return {
    id: meeting.id,
    name: meeting.name,
    date: meeting.date,
    notes: meeting.notes,
    project: ref(meeting.projectId, meeting.projectName),
    attendees: attendees.map((a) => ({ name: a.name, personId: a.person_id === null ? null : Number(a.person_id) })),
    ...provenance(meeting.notionPageId, meeting.rawPageId),
  };
}

export async function getDocumentDetail(viewer: Viewer | null, docId: number, db?: Database): Promise<DocumentDetail | null> {
  assertRole(viewer, ANY_ROLE);
  if (!validId(docId)) return null;
  const d = db ?? (await getDb());
  const [doc] = await d
    .select({
      id: cadenceDocuments.docId,
      title: cadenceDocuments.title,
      url: cadenceDocuments.url,
      docType: cadenceDocuments.docType,
      category: cadenceDocuments.category,
      subsystem: cadenceDocuments.subsystem,
      notionPageId: cadenceDocuments.notionPageId,
      rawPageId: cadenceRawContent.id,
      body: cadenceRawContent.contentMarkdown,
      projectId: sql<number | null>`(select same_page.project_id from ${cadenceProjects} as same_page where same_page.notion_page_id = ${qualified(cadenceDocuments.notionPageId)})`,
    })
    .from(cadenceDocuments)
    .leftJoin(cadenceRawContent, eq(cadenceRawContent.notionPageId, cadenceDocuments.notionPageId))
    .where(eq(cadenceDocuments.docId, docId));
  if (!doc) return null;
  return { ...doc, ...provenance(doc.notionPageId, doc.rawPageId) };
}

// ---------------------------------------------------------------------------------------------
// Raw pages

export async function getRawPageDetail(viewer: Viewer | null, rawId: number, db?: Database): Promise<RawPageDetail | null> {
  assertRole(viewer, ANY_ROLE);
  if (!validId(rawId)) return null;
  const d = db ?? (await getDb());
  const parent = alias(cadenceRawContent, "parent");
  const [page] = await d
    .select({
      id: cadenceRawContent.id,
      notionPageId: cadenceRawContent.notionPageId,
      title: cadenceRawContent.title,
      exportPath: cadenceRawContent.exportPath,
      parentPageId: cadenceRawContent.parentPageId,
      databaseName: cadenceRawContent.databaseName,
      properties: cadenceRawContent.properties,
      body: cadenceRawContent.contentMarkdown,
      category: cadenceRawContent.category,
      keep: cadenceRawContent.keep,
      excludeReason: cadenceRawContent.excludeReason,
      syncId: cadenceRawContent.syncId,
      missingSince: cadenceRawContent.missingSince,
      parentId: parent.id,
      parentTitle: parent.title,
    })
    .from(cadenceRawContent)
    .leftJoin(parent, eq(parent.notionPageId, cadenceRawContent.parentPageId))
    .where(eq(cadenceRawContent.id, rawId));
  if (!page) return null;

  const [children, built] = await Promise.all([
    d
      .select({
        id: cadenceRawContent.id,
        title: cadenceRawContent.title,
        category: cadenceRawContent.category,
        keep: cadenceRawContent.keep,
        total: totalOver,
      })
      .from(cadenceRawContent)
      .where(eq(cadenceRawContent.parentPageId, page.notionPageId))
      .orderBy(asc(cadenceRawContent.title), asc(cadenceRawContent.id))
      .limit(DETAIL_LIST_LIMIT),
    queryRows<{ entity: CadenceEntity; id: number; label: string }>(
      d,
      sql`select 'person' as entity, ${cadencePeople.personId} as id, ${cadencePeople.name} as label from ${cadencePeople} where ${cadencePeople.notionPageId} = ${page.notionPageId}
          union all
          select 'project', ${cadenceProjects.projectId}, ${cadenceProjects.name} from ${cadenceProjects} where ${cadenceProjects.notionPageId} = ${page.notionPageId}
          union all
          select 'task', ${cadenceTasks.taskId}, ${cadenceTasks.title} from ${cadenceTasks} where ${cadenceTasks.notionPageId} = ${page.notionPageId}
          union all
          select 'meeting', ${cadenceMeetings.meetingId}, ${cadenceMeetings.name} from ${cadenceMeetings} where ${cadenceMeetings.notionPageId} = ${page.notionPageId}
          union all
          select 'document', ${cadenceDocuments.docId}, ${cadenceDocuments.title} from ${cadenceDocuments} where ${cadenceDocuments.notionPageId} = ${page.notionPageId}`,
    ),
  ]);

  const { parentId, parentTitle, properties, missingSince, ...rest } = page;
  return {
    ...rest,
    notionUrl: notionUrlOf(page.notionPageId),
    missingSince: missingSince ? missingSince.toISOString() : null,
    properties: Object.entries(properties ?? {}).map(([name, value]) => [name, String(value)]),
    parent: parentId === null || parentTitle === null ? null : { id: parentId, title: parentTitle },
    children: capped(children, ({ total: _total, ...child }) => child),
    builtRecords: built.map((r) => ({ entity: r.entity, id: Number(r.id), label: r.label })),
  };
}

/**
 * The stored raw pages of these Notion ids, as links on this site: what export links in a body
 * point at (see components/markdown/notion-links.ts).
 */
export async function getRawPageLinks(viewer: Viewer | null, notionPageIds: readonly string[], db?: Database): Promise<Record<string, string>> {
  assertRole(viewer, ANY_ROLE);
  if (notionPageIds.length === 0) return {};
  const d = db ?? (await getDb());
  const rows = await d
    .select({ id: cadenceRawContent.id, notionPageId: cadenceRawContent.notionPageId })
    .from(cadenceRawContent)
    .where(inArray(cadenceRawContent.notionPageId, [...notionPageIds]));
  return Object.fromEntries(rows.map((row) => [row.notionPageId, `/cadence/raw/${row.id}`]));
}
