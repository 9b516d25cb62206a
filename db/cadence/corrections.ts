import "server-only";
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "../../app/lib/auth/roles";
import type { Subsystem, WorkStatus } from "../../app/lib/domain/vocabulary";
import { recordAudit } from "../audit";
import type { Database, Transaction } from "../client";
import { canonicalPersonKey } from "../import/rules";
import { getDb } from "../index";
import { ANY_ROLE, assertRole } from "../queries/access";
import { queryRows } from "../rows";
import {
  cadenceCorrections,
  cadenceDocuments,
  cadenceMeetings,
  cadencePeople,
  cadencePersonMerges,
  cadenceProjects,
  cadenceTasks,
} from "../schema";
import type { CorrectableEntity } from "../schema/corrections";
import type { RecordRef } from "./record-ref";
import { renameAttendees, sameValue, type CorrectionField, type CorrectionValue } from "./reimport";

export { optionLabel, parseRecordRef, type RecordRef } from "./record-ref";

/**
 * Admins' corrections of the imported CADENCE record. Each write changes the record, keeps a
 * cadence_corrections row per corrected field (so a re-import writes the correction instead of
 * the export's value, see ./reimport.ts) and writes one audit entry, all in one transaction.
 *
 * A correction remembers what the export said when it was first made (`source_value`).
 * Correcting a field back to that value deletes the correction: the field follows Notion again.
 */

/** The admin acting; their e-mail is the audit label so the log reads without a join. */
export interface Actor {
  userId: string;
  email: string;
}

export interface WriteOptions {
  db?: Database;
}

/** The records that have a subsystem column (a task's subsystem is its project's). */
export const SUBSYSTEM_ENTITIES = ["person", "project", "document"] as const;
export type SubsystemEntity = (typeof SUBSYSTEM_ENTITIES)[number];

export const TASK_FIELDS = ["status", "assigneeId", "projectId", "dueDate"] as const;
export type TaskField = (typeof TASK_FIELDS)[number];

export type CorrectionErrorCode = "not_found" | "unknown_reference" | "ambiguous_reference" | "same_person";

export interface CorrectionFailure {
  ok: false;
  code: CorrectionErrorCode;
  message: string;
  /** The form field the message belongs to, when there is one. */
  field?: string;
}

export type CorrectionResult<T> = ({ ok: true } & T) | CorrectionFailure;

class CorrectionRefused extends Error {
  constructor(readonly failure: CorrectionFailure) {
    super(failure.message);
  }
}

function fail(code: CorrectionErrorCode, message: string, field?: string): never {
  throw new CorrectionRefused({ ok: false, code, message, ...(field ? { field } : {}) });
}

/** A refused write rolls its transaction back and comes out as a result, not an exception. */
async function runWrite<T>(write: () => Promise<CorrectionResult<T>>): Promise<CorrectionResult<T>> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof CorrectionRefused) return error.failure;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Writes

interface CorrectionWrite {
  entity: CorrectableEntity;
  recordId: number;
  notionPageId: string | null;
  field: CorrectionField;
  /** The row's value before this change: the export's, unless a correction already holds it. */
  current: CorrectionValue;
  value: CorrectionValue;
}

/**
 * Keeps one field's correction. The first correction stores what the export said; a correction
 * back to that value is deleted, so the field follows Notion again.
 */
async function keepCorrection(tx: Transaction, write: CorrectionWrite, actor: Actor): Promise<void> {
  const [existing] = await tx
    .select({ id: cadenceCorrections.id, sourceValue: cadenceCorrections.sourceValue })
    .from(cadenceCorrections)
    .where(
      and(
        eq(cadenceCorrections.entityType, write.entity),
        eq(cadenceCorrections.recordId, write.recordId),
        eq(cadenceCorrections.field, write.field),
      ),
    )
    .for("update");
  if (!existing) {
    await tx.insert(cadenceCorrections).values({
      entityType: write.entity,
      recordId: write.recordId,
      notionPageId: write.notionPageId,
      field: write.field,
      value: write.value,
      sourceValue: write.current,
      correctedBy: actor.userId,
    });
    return;
  }
  if (sameValue(write.value, existing.sourceValue)) {
    await tx.delete(cadenceCorrections).where(eq(cadenceCorrections.id, existing.id));
    return;
  }
  await tx
    .update(cadenceCorrections)
    .set({ value: write.value, notionPageId: write.notionPageId, correctedBy: actor.userId, updatedAt: new Date() })
    .where(eq(cadenceCorrections.id, existing.id));
}

async function resolvePerson(tx: Transaction, ref: RecordRef, field: string): Promise<number | null> {
  if (ref === null) return null;
  if (ref.id !== undefined) {
    const [row] = await tx.select({ id: cadencePeople.personId }).from(cadencePeople).where(eq(cadencePeople.personId, ref.id));
    if (!row) fail("unknown_reference", `There is no person #${ref.id}. Pick someone from the list.`, field);
    return row.id;
  }
  // The importer's identity rule (canonicalPersonKey), in SQL; a few thousand rows at most.
  const rows = await queryRows<{ person_id: number }>(
    tx,
    sql`SELECT person_id FROM ${cadencePeople}
      WHERE lower(regexp_replace(btrim(name), '\\s+', ' ', 'g')) = ${canonicalPersonKey(ref.name)}
      ORDER BY person_id LIMIT 2`,
  );
  if (rows.length === 0) fail("unknown_reference", `No one called "${ref.name}" is in the record. Pick someone from the list.`, field);
  if (rows.length > 1) fail("ambiguous_reference", `Several people are called "${ref.name}". Pick one from the list or type their #id.`, field);
  return Number(rows[0]!.person_id);
}

async function resolveProject(tx: Transaction, ref: RecordRef, field: string): Promise<number | null> {
  if (ref === null) return null;
  if (ref.id !== undefined) {
    const [row] = await tx.select({ id: cadenceProjects.projectId }).from(cadenceProjects).where(eq(cadenceProjects.projectId, ref.id));
    if (!row) fail("unknown_reference", `There is no project #${ref.id}. Pick one from the list.`, field);
    return row.id;
  }
  const rows = await tx
    .select({ id: cadenceProjects.projectId })
    .from(cadenceProjects)
    .where(sql`lower(btrim(${cadenceProjects.name})) = ${ref.name.toLowerCase()}`)
    .orderBy(asc(cadenceProjects.projectId))
    .limit(2);
  if (rows.length === 0) fail("unknown_reference", `No project is called "${ref.name}". Pick one from the list.`, field);
  if (rows.length > 1) fail("ambiguous_reference", `Several projects are called "${ref.name}". Pick one from the list or type its #id.`, field);
  return rows[0]!.id;
}

export interface TaskCorrection {
  taskId: number;
  status: WorkStatus;
  assignee: RecordRef;
  project: RecordRef;
  /** `YYYY-MM-DD`, or null for none. */
  dueDate: string | null;
}

export interface TaskCorrected {
  title: string;
  /** The fields this call changed (none when the form said what the task already says). */
  changed: TaskField[];
}

/** Corrects a task's status, assignee, project and due date; only fields that differ are touched. */
export async function correctTaskRecord(
  input: TaskCorrection,
  actor: Actor,
  options: WriteOptions = {},
): Promise<CorrectionResult<TaskCorrected>> {
  const db = options.db ?? (await getDb());
  return runWrite(() =>
    db.transaction(async (tx): Promise<CorrectionResult<TaskCorrected>> => {
      const [task] = await tx
        .select({
          title: cadenceTasks.title,
          notionPageId: cadenceTasks.notionPageId,
          status: cadenceTasks.status,
          assigneeId: cadenceTasks.assigneeId,
          projectId: cadenceTasks.projectId,
          dueDate: cadenceTasks.dueDate,
        })
        .from(cadenceTasks)
        .where(eq(cadenceTasks.taskId, input.taskId))
        .for("update");
      if (!task) fail("not_found", "This task no longer exists.");
      const next: Record<TaskField, CorrectionValue> = {
        status: input.status,
        assigneeId: await resolvePerson(tx, input.assignee, "assignee"),
        projectId: await resolveProject(tx, input.project, "project"),
        dueDate: input.dueDate,
      };
      const changed = TASK_FIELDS.filter((field) => !sameValue(task[field], next[field]));
      if (changed.length === 0) return { ok: true, title: task.title, changed };
      const set = Object.fromEntries(changed.map((field) => [field, next[field]]));
      await tx.update(cadenceTasks).set({ ...set, updatedAt: new Date() }).where(eq(cadenceTasks.taskId, input.taskId));
      for (const field of changed) {
        await keepCorrection(
          tx,
          { entity: "task", recordId: input.taskId, notionPageId: task.notionPageId, field, current: task[field], value: next[field] },
          actor,
        );
      }
      await recordAudit(tx, {
        actorId: actor.userId,
        actorLabel: actor.email,
        action: "cadence_task.correct",
        entityType: "cadence_task",
        entityId: String(input.taskId),
        before: Object.fromEntries(changed.map((field) => [field, task[field]])),
        after: set,
      });
      return { ok: true, title: task.title, changed };
    }),
  );
}

function subsystemTable(entity: SubsystemEntity) {
  switch (entity) {
    case "person":
      return { table: cadencePeople, id: cadencePeople.personId, title: cadencePeople.name, subsystem: cadencePeople.subsystem, notionPageId: cadencePeople.notionPageId };
    case "project":
      return { table: cadenceProjects, id: cadenceProjects.projectId, title: cadenceProjects.name, subsystem: cadenceProjects.subsystem, notionPageId: cadenceProjects.notionPageId };
    case "document":
      return { table: cadenceDocuments, id: cadenceDocuments.docId, title: cadenceDocuments.title, subsystem: cadenceDocuments.subsystem, notionPageId: cadenceDocuments.notionPageId };
  }
}

export interface SubsystemSet {
  title: string;
  unchanged: boolean;
}

/** Sets the subsystem of a person, project or document (null: none). */
export async function setRecordSubsystemRecord(
  entity: SubsystemEntity,
  recordId: number,
  subsystem: Subsystem | null,
  actor: Actor,
  options: WriteOptions = {},
): Promise<CorrectionResult<SubsystemSet>> {
  const db = options.db ?? (await getDb());
  const t = subsystemTable(entity);
  return runWrite(() =>
    db.transaction(async (tx): Promise<CorrectionResult<SubsystemSet>> => {
      const [row] = await tx
        .select({ title: t.title, subsystem: t.subsystem, notionPageId: t.notionPageId })
        .from(t.table)
        .where(eq(t.id, recordId))
        .for("update");
      if (!row) fail("not_found", `This ${entity} no longer exists.`);
      if (sameValue(row.subsystem, subsystem)) return { ok: true, title: row.title, unchanged: true };
      await tx.update(t.table).set({ subsystem, updatedAt: new Date() }).where(eq(t.id, recordId));
      await keepCorrection(
        tx,
        { entity, recordId, notionPageId: row.notionPageId, field: "subsystem", current: row.subsystem, value: subsystem },
        actor,
      );
      await recordAudit(tx, {
        actorId: actor.userId,
        actorLabel: actor.email,
        action: "cadence_record.set_subsystem",
        entityType: `cadence_${entity}`,
        entityId: String(recordId),
        before: { subsystem: row.subsystem },
        after: { subsystem },
      });
      return { ok: true, title: row.title, unchanged: false };
    }),
  );
}

export interface PeopleMerged {
  survivorId: number;
  survivorName: string;
  mergedName: string;
  moved: { tasks: number; projects: number; meetings: number; corrections: number };
}

/**
 * Merges one person into another. The merged person's tasks, projects and meeting attendance
 * (and the corrections naming them) follow the survivor; the merged row is deleted and recorded
 * in cadence_person_merges so a re-import maps it onto the survivor. The survivor keeps its own
 * fields and takes the merged one's e-mail, role, subsystem and Notion page where its own are empty.
 */
export async function mergePeopleRecord(
  mergedId: number,
  into: RecordRef,
  actor: Actor,
  options: WriteOptions = {},
): Promise<CorrectionResult<PeopleMerged>> {
  const db = options.db ?? (await getDb());
  return runWrite(() =>
    db.transaction(async (tx): Promise<CorrectionResult<PeopleMerged>> => {
      if (into === null) fail("unknown_reference", "Choose the person to keep.", "into");
      const survivorId = await resolvePerson(tx, into, "into");
      if (survivorId === mergedId) fail("same_person", "Choose someone else: a person cannot be merged into themselves.", "into");
      // Locked in id order, so two merges of the same pair cannot deadlock.
      const rows = await tx
        .select()
        .from(cadencePeople)
        .where(inArray(cadencePeople.personId, [mergedId, survivorId!]))
        .orderBy(asc(cadencePeople.personId))
        .for("update");
      const merged = rows.find((r) => r.personId === mergedId);
      const survivor = rows.find((r) => r.personId === survivorId);
      if (!merged) fail("not_found", "This person no longer exists: they may have been merged already.");
      if (!survivor) fail("unknown_reference", "The person to keep no longer exists.", "into");

      const tasks = await tx
        .update(cadenceTasks)
        .set({ assigneeId: survivor.personId, updatedAt: new Date() })
        .where(eq(cadenceTasks.assigneeId, merged.personId))
        .returning({ id: cadenceTasks.taskId });
      const projects = await tx
        .update(cadenceProjects)
        .set({ ownerId: survivor.personId, updatedAt: new Date() })
        .where(eq(cadenceProjects.ownerId, merged.personId))
        .returning({ id: cadenceProjects.projectId });
      const meetings = await renameAttendance(tx, merged.name, survivor.name);

      const gained = {
        email: survivor.email ?? merged.email,
        role: survivor.role ?? merged.role,
        subsystem: survivor.subsystem ?? merged.subsystem,
        notionPageId: survivor.notionPageId ?? merged.notionPageId,
      };
      const corrections = await moveCorrections(tx, merged.personId, survivor.personId, {
        // The merged one's subsystem correction is worth keeping only if the survivor takes that subsystem.
        keepSubsystem: survivor.subsystem === null && merged.subsystem !== null,
        survivorNotionPageId: gained.notionPageId,
      });

      // Earlier merges into the merged person now point at the survivor (the FK would delete them).
      await tx.update(cadencePersonMerges).set({ intoPersonId: survivor.personId }).where(eq(cadencePersonMerges.intoPersonId, merged.personId));
      await tx.insert(cadencePersonMerges).values({
        mergedPersonId: merged.personId,
        mergedName: merged.name,
        mergedEmail: merged.email,
        mergedNotionPageId: merged.notionPageId,
        intoPersonId: survivor.personId,
        mergedBy: actor.userId,
      });
      // Deleted before the survivor takes its e-mail and page: both are unique.
      await tx.delete(cadencePeople).where(eq(cadencePeople.personId, merged.personId));
      await tx.update(cadencePeople).set({ ...gained, updatedAt: new Date() }).where(eq(cadencePeople.personId, survivor.personId));

      const moved = { tasks: tasks.length, projects: projects.length, meetings, corrections };
      const person = (p: typeof merged) => ({ id: p.personId, name: p.name, email: p.email, role: p.role, subsystem: p.subsystem, notionPageId: p.notionPageId });
      await recordAudit(tx, {
        actorId: actor.userId,
        actorLabel: actor.email,
        action: "cadence_person.merge",
        entityType: "cadence_person",
        entityId: String(survivor.personId),
        before: { merged: person(merged), survivor: person(survivor) },
        after: { survivor: { ...person(survivor), ...gained }, mergedPersonId: merged.personId, moved },
      });
      return { ok: true, survivorId: survivor.personId, survivorName: survivor.name, mergedName: merged.name, moved };
    }),
  );
}

/** Replaces a name in the meetings' attendee lists (display names joined by ", "). */
async function renameAttendance(tx: Transaction, from: string, to: string): Promise<number> {
  const key = canonicalPersonKey(from);
  const candidates = await tx
    .select({ id: cadenceMeetings.meetingId, attendees: cadenceMeetings.attendees })
    .from(cadenceMeetings)
    .where(sql`position(${from.toLowerCase()} in lower(${cadenceMeetings.attendees})) > 0`);
  let changed = 0;
  for (const meeting of candidates) {
    const attendees = renameAttendees(meeting.attendees, (name) => (canonicalPersonKey(name) === key ? to : undefined));
    if (attendees === meeting.attendees) continue;
    await tx.update(cadenceMeetings).set({ attendees, updatedAt: new Date() }).where(eq(cadenceMeetings.meetingId, meeting.id));
    changed++;
  }
  return changed;
}

/** The merged person's own corrections, and task corrections naming them, follow the survivor. */
async function moveCorrections(
  tx: Transaction,
  mergedId: number,
  survivorId: number,
  options: { keepSubsystem: boolean; survivorNotionPageId: string | null },
): Promise<number> {
  let moved = 0;
  const own = await tx
    .select({ id: cadenceCorrections.id, field: cadenceCorrections.field })
    .from(cadenceCorrections)
    .where(and(eq(cadenceCorrections.entityType, "person"), eq(cadenceCorrections.recordId, mergedId)));
  for (const c of own) {
    if (c.field === "subsystem" && options.keepSubsystem) {
      await tx
        .update(cadenceCorrections)
        .set({ recordId: survivorId, notionPageId: options.survivorNotionPageId })
        .where(eq(cadenceCorrections.id, c.id));
      moved++;
    } else {
      await tx.delete(cadenceCorrections).where(eq(cadenceCorrections.id, c.id));
    }
  }
  const from = JSON.stringify(mergedId);
  const to = JSON.stringify(survivorId);
  const named = await tx
    .update(cadenceCorrections)
    .set({
      value: sql`CASE WHEN ${cadenceCorrections.value} = ${from}::jsonb THEN ${to}::jsonb ELSE ${cadenceCorrections.value} END`,
      sourceValue: sql`CASE WHEN ${cadenceCorrections.sourceValue} = ${from}::jsonb THEN ${to}::jsonb ELSE ${cadenceCorrections.sourceValue} END`,
    })
    .where(
      and(
        eq(cadenceCorrections.field, "assigneeId"),
        sql`(${cadenceCorrections.value} = ${from}::jsonb OR ${cadenceCorrections.sourceValue} = ${from}::jsonb)`,
      ),
    )
    .returning({ id: cadenceCorrections.id });
  moved += named.length;
  // A correction from the merged person to the survivor corrects nothing any more.
  await tx
    .delete(cadenceCorrections)
    .where(and(eq(cadenceCorrections.field, "assigneeId"), sql`${cadenceCorrections.value} IS NOT DISTINCT FROM ${cadenceCorrections.sourceValue}`));
  return moved;
}

// ---------------------------------------------------------------------------------------------
// Reads

export interface Option {
  id: number;
  name: string;
}

export interface TaskCorrectionForm {
  taskId: number;
  title: string;
  status: WorkStatus | null;
  dueDate: string | null;
  assignee: Option | null;
  project: Option | null;
  /** The task's subsystem (its project's), which the suggestions are drawn from. */
  subsystem: Subsystem | null;
  /** Suggestions for the assignee box: the people of the task's subsystem first. */
  people: Option[];
  projects: Option[];
  correctedFields: CorrectionField[];
}

/** Suggestions stay a short list however large the record: anyone else can be typed. */
export const SUGGESTIONS = 200;

async function database(db?: Database): Promise<Database> {
  return db ?? (await getDb());
}

async function correctedFieldsOf(db: Database, entity: CorrectableEntity, recordId: number): Promise<CorrectionField[]> {
  const rows = await db
    .select({ field: cadenceCorrections.field })
    .from(cadenceCorrections)
    .where(and(eq(cadenceCorrections.entityType, entity), eq(cadenceCorrections.recordId, recordId)));
  return rows.map((r) => r.field as CorrectionField);
}

/** Same subsystem first, then by name; `include` (the current value) is always among them. */
function suggestionOrder(subsystem: SQL, wanted: Subsystem | null, name: SQL) {
  return wanted ? [sql`(${subsystem} IS NOT DISTINCT FROM ${wanted}) DESC`, asc(name)] : [asc(name)];
}

export async function getTaskCorrectionForm(viewer: Viewer | null, taskId: number, db?: Database): Promise<TaskCorrectionForm | null> {
  assertRole(viewer, ["admin"]);
  const d = await database(db);
  const [task] = await d
    .select({
      title: cadenceTasks.title,
      status: cadenceTasks.status,
      dueDate: cadenceTasks.dueDate,
      assigneeId: cadenceTasks.assigneeId,
      assigneeName: cadencePeople.name,
      projectId: cadenceTasks.projectId,
      projectName: cadenceProjects.name,
      subsystem: cadenceProjects.subsystem,
    })
    .from(cadenceTasks)
    .leftJoin(cadencePeople, eq(cadencePeople.personId, cadenceTasks.assigneeId))
    .leftJoin(cadenceProjects, eq(cadenceProjects.projectId, cadenceTasks.projectId))
    .where(eq(cadenceTasks.taskId, taskId));
  if (!task) return null;
  const subsystem = task.subsystem as Subsystem | null;
  const [people, projects, correctedFields] = await Promise.all([
    d
      .select({ id: cadencePeople.personId, name: cadencePeople.name })
      .from(cadencePeople)
      .orderBy(...suggestionOrder(sql`${cadencePeople.subsystem}`, subsystem, sql`${cadencePeople.name}`))
      .limit(SUGGESTIONS),
    d
      .select({ id: cadenceProjects.projectId, name: cadenceProjects.name })
      .from(cadenceProjects)
      .orderBy(...suggestionOrder(sql`${cadenceProjects.subsystem}`, subsystem, sql`${cadenceProjects.name}`))
      .limit(SUGGESTIONS),
    correctedFieldsOf(d, "task", taskId),
  ]);
  return {
    taskId,
    title: task.title,
    status: task.status as WorkStatus | null,
    dueDate: task.dueDate,
    assignee: task.assigneeId !== null ? { id: task.assigneeId, name: task.assigneeName ?? `#${task.assigneeId}` } : null,
    project: task.projectId !== null ? { id: task.projectId, name: task.projectName ?? `#${task.projectId}` } : null,
    subsystem,
    people,
    projects,
    correctedFields,
  };
}

export interface SubsystemForm {
  entity: SubsystemEntity;
  recordId: number;
  title: string;
  subsystem: Subsystem | null;
  corrected: boolean;
}

export async function getSubsystemForm(viewer: Viewer | null, entity: SubsystemEntity, recordId: number, db?: Database): Promise<SubsystemForm | null> {
  assertRole(viewer, ["admin"]);
  const d = await database(db);
  const t = subsystemTable(entity);
  const [row] = await d.select({ title: t.title, subsystem: t.subsystem }).from(t.table).where(eq(t.id, recordId));
  if (!row) return null;
  const corrected = (await correctedFieldsOf(d, entity, recordId)).includes("subsystem");
  return { entity, recordId, title: row.title, subsystem: row.subsystem as Subsystem | null, corrected };
}

export interface MergeForm {
  personId: number;
  name: string;
  /** Likely duplicates first (a word of the name in common), then the same subsystem. */
  candidates: Option[];
}

export async function getMergeForm(viewer: Viewer | null, personId: number, db?: Database): Promise<MergeForm | null> {
  assertRole(viewer, ["admin"]);
  const d = await database(db);
  const [person] = await d
    .select({ name: cadencePeople.name, subsystem: cadencePeople.subsystem })
    .from(cadencePeople)
    .where(eq(cadencePeople.personId, personId));
  if (!person) return null;
  const words = [...new Set(canonicalPersonKey(person.name).split(" ").filter((w) => w.length >= 2))];
  const sharesWord = words.length
    ? sql`(string_to_array(lower(${cadencePeople.name}), ' ') && ${sql`ARRAY[${sql.join(words.map((w) => sql`${w}`), sql`, `)}]::text[]`})`
    : sql`false`;
  const candidates = await d
    .select({ id: cadencePeople.personId, name: cadencePeople.name })
    .from(cadencePeople)
    .where(ne(cadencePeople.personId, personId))
    .orderBy(desc(sharesWord), sql`(${cadencePeople.subsystem} IS NOT DISTINCT FROM ${person.subsystem}) DESC`, asc(cadencePeople.name))
    .limit(SUGGESTIONS);
  return { personId, name: person.name, candidates };
}

export interface CorrectedFieldNote {
  field: CorrectionField;
  /** The corrected value as people read it (a name for an assignee or project). */
  value: string | null;
  /** ISO time of the latest correction of the field. */
  correctedAt: string;
}

export interface MergeNote {
  name: string;
  mergedAt: string;
}

export interface CorrectionNotes {
  fields: CorrectedFieldNote[];
  /** For a person: the people merged into them. */
  merged: MergeNote[];
}

/** Which fields of a record an admin corrected, and when; everyone signed in may see it. */
export async function getCorrectionNotes(viewer: Viewer | null, entity: CorrectableEntity, recordId: number, db?: Database): Promise<CorrectionNotes> {
  assertRole(viewer, ANY_ROLE);
  const d = await database(db);
  const [rows, merged] = await Promise.all([
    d
      .select({ field: cadenceCorrections.field, value: cadenceCorrections.value, updatedAt: cadenceCorrections.updatedAt })
      .from(cadenceCorrections)
      .where(and(eq(cadenceCorrections.entityType, entity), eq(cadenceCorrections.recordId, recordId)))
      .orderBy(asc(cadenceCorrections.field)),
    entity === "person"
      ? d
          .select({ name: cadencePersonMerges.mergedName, createdAt: cadencePersonMerges.createdAt })
          .from(cadencePersonMerges)
          .where(eq(cadencePersonMerges.intoPersonId, recordId))
          .orderBy(asc(cadencePersonMerges.createdAt), asc(cadencePersonMerges.id))
      : Promise.resolve([]),
  ]);
  const ids = (field: string) => rows.filter((r) => r.field === field && typeof r.value === "number").map((r) => r.value as number);
  const [people, projects] = await Promise.all([
    ids("assigneeId").length
      ? d.select({ id: cadencePeople.personId, name: cadencePeople.name }).from(cadencePeople).where(inArray(cadencePeople.personId, ids("assigneeId")))
      : Promise.resolve([]),
    ids("projectId").length
      ? d.select({ id: cadenceProjects.projectId, name: cadenceProjects.name }).from(cadenceProjects).where(inArray(cadenceProjects.projectId, ids("projectId")))
      : Promise.resolve([]),
  ]);
  const names = { assigneeId: new Map(people.map((p) => [p.id, p.name])), projectId: new Map(projects.map((p) => [p.id, p.name])) };
  return {
    fields: rows.map((r) => {
      const field = r.field as CorrectionField;
      const raw = r.value as CorrectionValue;
      const value = raw === null ? null : field === "assigneeId" || field === "projectId" ? (names[field].get(Number(raw)) ?? `#${raw}`) : String(raw);
      return { field, value, correctedAt: r.updatedAt.toISOString() };
    }),
    merged: merged.map((m) => ({ name: m.name, mergedAt: m.createdAt.toISOString() })),
  };
}

/** The person a merged person's id now stands for (for redirecting old links), or null. */
export async function getMergedInto(viewer: Viewer | null, personId: number, db?: Database): Promise<number | null> {
  assertRole(viewer, ANY_ROLE);
  const d = await database(db);
  const [row] = await d
    .select({ into: cadencePersonMerges.intoPersonId })
    .from(cadencePersonMerges)
    .where(eq(cadencePersonMerges.mergedPersonId, personId))
    .orderBy(desc(cadencePersonMerges.id))
    .limit(1);
  return row?.into ?? null;
}
