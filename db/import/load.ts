import { eq, sql } from "drizzle-orm";
import type { Subsystem } from "../../app/lib/domain/vocabulary";
import type { Transaction } from "../client";
import { KeptCorrections, renameAttendees, type CorrectionConflict } from "../cadence/reimport";
import { queryRows } from "../rows";
import {
  cadenceDocuments,
  cadenceMeetings,
  cadencePeople,
  cadenceProjects,
  cadenceRawContent,
  cadenceTasks,
} from "../schema";
import type { ImportWarning } from "./errors";
import { canonicalPersonKey } from "./rules";
import type { TransformResult } from "./transform";
import { changes, RecordUpserter, upsert, type RecordTable, type TableChanges } from "./upsert";

export type { TableChanges } from "./upsert";
export type { CorrectionConflict } from "../cadence/reimport";

export const CADENCE_TABLES = [
  "cadence_raw_content",
  "cadence_people",
  "cadence_projects",
  "cadence_tasks",
  "cadence_meetings",
  "cadence_documents",
] as const;
export type CadenceTable = (typeof CADENCE_TABLES)[number];

export interface LoadResult {
  tables: Record<CadenceTable, TableChanges>;
  /** Raw pages the previous imports had that this export no longer has (flagged, kept). */
  flaggedMissing: number;
  /** Rows added or changed, per subsystem and table ("unassigned" when none was inferred). */
  perSubsystem: Record<string, Partial<Record<CadenceTable, { added: number; changed: number }>>>;
  /** Corrected fields of records in this export, written as the admin corrected them. */
  correctionsKept: number;
  /** Corrected fields the export has changed since they were corrected (the correction was kept). */
  conflicts: CorrectionConflict[];
}

/** Tables whose text is the page body: it is copied from cadence_raw_content, not sent again. */
const PROJECTS: RecordTable<typeof cadenceProjects> = {
  table: cadenceProjects,
  body: cadenceProjects.description,
  columns: ["notionPageId", "name", "subsystem", "status", "ownerId"],
};
const TASKS: RecordTable<typeof cadenceTasks> = {
  table: cadenceTasks,
  body: cadenceTasks.description,
  columns: ["notionPageId", "title", "status", "dueDate", "assigneeId", "projectId"],
};
const MEETINGS: RecordTable<typeof cadenceMeetings> = {
  table: cadenceMeetings,
  body: cadenceMeetings.notes,
  columns: ["notionPageId", "name", "meetingDate", "attendees", "projectId"],
};

/**
 * Gives page warnings without a path the export path of their page, from the page's
 * cadence_raw_content row (written earlier in the same transaction).
 */
export async function fillWarningPaths(tx: Transaction, warnings: ImportWarning[]): Promise<void> {
  const pending = warnings.filter((w) => w.path === undefined && w.notionPageId);
  if (pending.length === 0) return;
  const ids = [...new Set(pending.map((w) => w.notionPageId!))];
  const rows = await queryRows<{ notion_page_id: string; export_path: string }>(
    tx,
    sql`SELECT notion_page_id, export_path FROM ${cadenceRawContent}
      WHERE notion_page_id IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
  );
  const paths = new Map(rows.map((r) => [r.notion_page_id, r.export_path]));
  for (const warning of pending) warning.path = paths.get(warning.notionPageId!);
}

/** The run's cadence_raw_content rows, already written while the export was read. */
export interface RawLoad {
  /** Every page of the export, by notion_page_id. */
  ids: readonly string[];
  changes: TableChanges;
}

/**
 * Writes one run's CADENCE rows inside the caller's transaction, after its raw pages. Rows are
 * matched by notion_page_id and only written when something differs, so importing the same
 * export twice changes nothing. An admin's correction (cadence_corrections) is written instead
 * of the export's value, and a person merged into another (cadence_person_merges) maps onto the
 * survivor instead of coming back.
 */
export async function loadRows(
  tx: Transaction,
  raw: RawLoad,
  data: TransformResult,
  onProgress?: (processed: number, total: number) => void,
): Promise<LoadResult> {
  const total = raw.ids.length + data.people.length + data.projects.length + data.tasks.length + data.meetings.length + data.documents.length;
  let processed = 0;
  const tick = (n: number) => {
    processed += n;
    onProgress?.(processed, total);
  };
  tick(raw.ids.length);
  const tables = {} as Record<CadenceTable, TableChanges>;
  const perSubsystem: LoadResult["perSubsystem"] = {};
  const tally = (table: CadenceTable, subsystem: Subsystem | null | undefined, inserted: boolean) => {
    const bucket = ((perSubsystem[subsystem ?? "unassigned"] ??= {})[table] ??= { added: 0, changed: 0 });
    if (inserted) bucket.added++;
    else bucket.changed++;
  };

  // ---- raw pages: written already; flag those this export no longer has ----
  tables.cadence_raw_content = raw.changes;
  const missing = await tx.execute(sql`
    UPDATE ${cadenceRawContent} SET missing_since = CURRENT_TIMESTAMP
    WHERE missing_since IS NULL
      AND notion_page_id NOT IN (SELECT jsonb_array_elements_text(${JSON.stringify(raw.ids)}::jsonb))
    RETURNING notion_page_id`);
  const flaggedMissing = (missing as unknown as { rows: unknown[] }).rows.length;
  const kept = await KeptCorrections.load(tx);

  // ---- people: matched by roster page, e-mail or canonical name ----
  const existing = await tx
    .select({ id: cadencePeople.personId, name: cadencePeople.name, email: cadencePeople.email, notionPageId: cadencePeople.notionPageId, role: cadencePeople.role, subsystem: cadencePeople.subsystem })
    .from(cadencePeople);
  const byNotion = new Map(existing.filter((p) => p.notionPageId).map((p) => [p.notionPageId!, p]));
  const byEmail = new Map(existing.filter((p) => p.email).map((p) => [p.email!.toLowerCase(), p]));
  const byName = new Map(existing.map((p) => [canonicalPersonKey(p.name), p]));
  const merged = kept.merged;
  // Final names by id, and the export's names of merged people → their survivor, for attendees.
  const names = new Map(existing.map((p) => [p.id, p.name]));
  const mergedNames = new Map<string, number>();
  const personIds = new Map<string, number>();
  const peopleChanges: TableChanges = { added: 0, changed: 0, unchanged: 0 };
  for (const person of data.people) {
    // At each level a merge wins over a row: the survivor may have taken the merged one's e-mail or page.
    let match: (typeof existing)[number] | undefined;
    let survivor: number | undefined;
    for (const [id, mergedMap, rows] of [
      [person.notionPageId, merged.byNotion, byNotion],
      [person.email, merged.byEmail, byEmail],
      [person.key, merged.byName, byName],
    ] as const) {
      if (!id) continue;
      survivor = mergedMap.get(id);
      match = survivor === undefined ? rows.get(id) : undefined;
      if (survivor !== undefined || match) break;
    }
    if (survivor !== undefined) {
      // The survivor keeps its own fields; the merged person's export entry changes nothing.
      personIds.set(person.key, survivor);
      mergedNames.set(person.name, survivor);
      peopleChanges.unchanged++;
      continue;
    }
    const values = {
      name: person.name,
      role: person.role,
      subsystem: person.subsystem,
      email: person.email,
      notionPageId: person.notionPageId,
    };
    if (!match) {
      const [row] = await tx.insert(cadencePeople).values(values).returning({ id: cadencePeople.personId });
      personIds.set(person.key, row!.id);
      peopleChanges.added++;
      tally("cadence_people", person.subsystem, true);
      continue;
    }
    personIds.set(person.key, match.id);
    const corrected = kept.of("person", match.id);
    const next = {
      ...values,
      // An earlier import or a correction may know more than this export; never erase it.
      role: values.role ?? match.role,
      email: values.email ?? match.email,
      notionPageId: values.notionPageId ?? match.notionPageId,
      subsystem: corrected
        ? corrected.value("subsystem", values.subsystem, person.name, values.subsystem !== null)
        : (values.subsystem ?? match.subsystem),
    };
    names.set(match.id, next.name);
    if (next.name === match.name && next.role === match.role && next.email === match.email && next.notionPageId === match.notionPageId && next.subsystem === match.subsystem) {
      peopleChanges.unchanged++;
      continue;
    }
    await tx.update(cadencePeople).set({ ...next, updatedAt: new Date() }).where(eq(cadencePeople.personId, match.id));
    peopleChanges.changed++;
    tally("cadence_people", next.subsystem as Subsystem | null, false);
  }
  tables.cadence_people = peopleChanges;
  tick(data.people.length);

  // ---- projects, then the rows that point at them ----
  const projectRows = data.projects.map((p) => {
    const corrected = kept.of("project", p.notionPageId);
    return {
      notionPageId: p.notionPageId,
      name: p.name,
      subsystem: corrected ? corrected.value("subsystem", p.subsystem, p.name) : p.subsystem,
      status: p.status,
      ownerId: p.ownerKey ? (personIds.get(p.ownerKey) ?? null) : null,
    };
  });
  const projectResults = await new RecordUpserter(PROJECTS).write(tx, projectRows, { onBatch: tick });
  tables.cadence_projects = changes(projectResults, data.projects.length);
  const projectSubsystem = new Map(projectRows.map((p) => [p.notionPageId, p.subsystem]));
  for (const r of projectResults) tally("cadence_projects", projectSubsystem.get(r.key), r.inserted);
  const projectIds = new Map(
    (await tx.select({ id: cadenceProjects.projectId, notionPageId: cadenceProjects.notionPageId }).from(cadenceProjects)).map((p) => [p.notionPageId, p.id]),
  );
  const projectId = (notionId: string | null) => (notionId ? (projectIds.get(notionId) ?? null) : null);

  const taskResults = await new RecordUpserter(TASKS).write(
    tx,
    data.tasks.map((t) => {
      const row = {
        notionPageId: t.notionPageId,
        title: t.title,
        status: t.status,
        dueDate: t.dueDate,
        assigneeId: t.assigneeKey ? (personIds.get(t.assigneeKey) ?? null) : null,
        projectId: projectId(t.projectNotionId),
      };
      const corrected = kept.of("task", t.notionPageId);
      if (!corrected) return row;
      return {
        ...row,
        status: corrected.value("status", row.status, t.title),
        dueDate: corrected.value("dueDate", row.dueDate, t.title),
        assigneeId: corrected.value("assigneeId", row.assigneeId, t.title),
        projectId: corrected.value("projectId", row.projectId, t.title),
      };
    }),
    { onBatch: tick },
  );
  tables.cadence_tasks = changes(taskResults, data.tasks.length);
  const taskProject = new Map(data.tasks.map((t) => [t.notionPageId, t.projectNotionId]));
  for (const r of taskResults) tally("cadence_tasks", projectSubsystem.get(taskProject.get(r.key) ?? ""), r.inserted);

  const meetingResults = await new RecordUpserter(MEETINGS).write(
    tx,
    data.meetings.map((m) => ({
      notionPageId: m.notionPageId,
      name: m.name,
      // Wall-clock time as written in Notion, into a timestamp without time zone.
      meetingDate: m.meetingDate,
      attendees: mergedNames.size > 0 ? renameAttendees(m.attendees, (name) => {
        const survivor = mergedNames.get(name);
        return survivor === undefined ? undefined : names.get(survivor);
      }) : m.attendees,
      projectId: projectId(m.projectNotionId),
    })),
    { onBatch: tick },
  );
  tables.cadence_meetings = changes(meetingResults, data.meetings.length);
  const meetingProject = new Map(data.meetings.map((m) => [m.notionPageId, m.projectNotionId]));
  for (const r of meetingResults) tally("cadence_meetings", projectSubsystem.get(meetingProject.get(r.key) ?? ""), r.inserted);

  const documentSubsystem = new Map(data.documents.map((d) => [d.notionPageId, d.subsystem]));
  const documentResults = await upsert(
    tx,
    cadenceDocuments,
    cadenceDocuments.notionPageId,
    data.documents,
    (d) => {
      const corrected = kept.of("document", d.notionPageId);
      const subsystem = corrected ? corrected.value("subsystem", d.subsystem, d.title) : d.subsystem;
      if (corrected) documentSubsystem.set(d.notionPageId, subsystem as Subsystem | null);
      return { notionPageId: d.notionPageId, title: d.title, url: d.url, docType: d.docType, category: d.category, subsystem };
    },
    ["title", "url", "docType", "category", "subsystem"],
    tick,
  );
  tables.cadence_documents = changes(documentResults, data.documents.length);
  for (const r of documentResults) tally("cadence_documents", documentSubsystem.get(r.key), r.inserted);

  await kept.finish(tx);
  return { tables, flaggedMissing, perSubsystem, correctionsKept: kept.kept, conflicts: kept.conflicts };
}
