import { eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Subsystem } from "../../app/lib/domain/vocabulary";
import type { Transaction } from "../client";
import {
  cadenceDocuments,
  cadenceMeetings,
  cadencePeople,
  cadenceProjects,
  cadenceRawContent,
  cadenceTasks,
} from "../schema";
import type { RawPageRow } from "./classify";
import { canonicalPersonKey } from "./rules";
import type { TransformResult } from "./transform";

export const CADENCE_TABLES = [
  "cadence_raw_content",
  "cadence_people",
  "cadence_projects",
  "cadence_tasks",
  "cadence_meetings",
  "cadence_documents",
] as const;
export type CadenceTable = (typeof CADENCE_TABLES)[number];

export interface TableChanges {
  added: number;
  changed: number;
  unchanged: number;
}

export interface LoadResult {
  tables: Record<CadenceTable, TableChanges>;
  /** Raw pages the previous imports had that this export no longer has (flagged, kept). */
  flaggedMissing: number;
  /** Rows added or changed, per subsystem and table ("unassigned" when none was inferred). */
  perSubsystem: Record<string, Partial<Record<CadenceTable, { added: number; changed: number }>>>;
}

const BATCH = 500;

/**
 * Writes one run's rows inside the caller's transaction. Rows are matched by notion_page_id and
 * only written when something differs, so importing the same export twice changes nothing.
 */
export async function loadRows(
  tx: Transaction,
  syncId: number,
  raw: RawPageRow[],
  data: TransformResult,
  onProgress?: (processed: number, total: number) => void,
): Promise<LoadResult> {
  const total = raw.length + data.people.length + data.projects.length + data.tasks.length + data.meetings.length + data.documents.length;
  let processed = 0;
  const tick = (n: number) => {
    processed += n;
    onProgress?.(processed, total);
  };
  const tables = {} as Record<CadenceTable, TableChanges>;
  const perSubsystem: LoadResult["perSubsystem"] = {};
  const tally = (table: CadenceTable, subsystem: Subsystem | null | undefined, inserted: boolean) => {
    const bucket = ((perSubsystem[subsystem ?? "unassigned"] ??= {})[table] ??= { added: 0, changed: 0 });
    if (inserted) bucket.added++;
    else bucket.changed++;
  };

  // ---- raw pages ----
  const rawResults = await upsert(
    tx,
    cadenceRawContent,
    cadenceRawContent.notionPageId,
    raw,
    (r) => ({
      notionPageId: r.notionPageId,
      title: r.title,
      exportPath: r.exportPath,
      parentPageId: r.parentPageId,
      databaseName: r.databaseName,
      properties: r.properties,
      contentMarkdown: r.contentMarkdown,
      contentHash: r.contentHash,
      category: r.category,
      keep: r.keep,
      excludeReason: r.excludeReason,
      syncId,
      missingSince: null,
    }),
    ["title", "exportPath", "parentPageId", "databaseName", "properties", "contentMarkdown", "contentHash", "category", "keep", "excludeReason", "missingSince"],
    tick,
  );
  tables.cadence_raw_content = changes(rawResults, raw.length);
  const missing = await tx.execute(sql`
    UPDATE ${cadenceRawContent} SET missing_since = CURRENT_TIMESTAMP
    WHERE missing_since IS NULL
      AND notion_page_id NOT IN (SELECT jsonb_array_elements_text(${JSON.stringify(raw.map((r) => r.notionPageId))}::jsonb))
    RETURNING notion_page_id`);
  const flaggedMissing = (missing as unknown as { rows: unknown[] }).rows.length;

  // ---- people: matched by roster page, e-mail or canonical name ----
  const existing = await tx
    .select({ id: cadencePeople.personId, name: cadencePeople.name, email: cadencePeople.email, notionPageId: cadencePeople.notionPageId, role: cadencePeople.role, subsystem: cadencePeople.subsystem })
    .from(cadencePeople);
  const byNotion = new Map(existing.filter((p) => p.notionPageId).map((p) => [p.notionPageId!, p]));
  const byEmail = new Map(existing.filter((p) => p.email).map((p) => [p.email!.toLowerCase(), p]));
  const byName = new Map(existing.map((p) => [canonicalPersonKey(p.name), p]));
  const personIds = new Map<string, number>();
  const peopleChanges: TableChanges = { added: 0, changed: 0, unchanged: 0 };
  for (const person of data.people) {
    const match =
      (person.notionPageId && byNotion.get(person.notionPageId)) ||
      (person.email && byEmail.get(person.email)) ||
      byName.get(person.key);
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
    const next = {
      ...values,
      // An earlier import or a correction may know more than this export; never erase it.
      role: values.role ?? match.role,
      email: values.email ?? match.email,
      notionPageId: values.notionPageId ?? match.notionPageId,
      subsystem: values.subsystem ?? match.subsystem,
    };
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
  const projectResults = await upsert(
    tx,
    cadenceProjects,
    cadenceProjects.notionPageId,
    data.projects,
    (p) => ({
      notionPageId: p.notionPageId,
      name: p.name,
      description: p.description,
      subsystem: p.subsystem,
      status: p.status,
      ownerId: p.ownerKey ? (personIds.get(p.ownerKey) ?? null) : null,
    }),
    ["name", "description", "subsystem", "status", "ownerId"],
    tick,
  );
  tables.cadence_projects = changes(projectResults, data.projects.length);
  const projectSubsystem = new Map(data.projects.map((p) => [p.notionPageId, p.subsystem]));
  for (const r of projectResults) tally("cadence_projects", projectSubsystem.get(r.key), r.inserted);
  const projectIds = new Map(
    (await tx.select({ id: cadenceProjects.projectId, notionPageId: cadenceProjects.notionPageId }).from(cadenceProjects)).map((p) => [p.notionPageId, p.id]),
  );
  const projectId = (notionId: string | null) => (notionId ? (projectIds.get(notionId) ?? null) : null);

  const taskResults = await upsert(
    tx,
    cadenceTasks,
    cadenceTasks.notionPageId,
    data.tasks,
    (t) => ({
      notionPageId: t.notionPageId,
      title: t.title,
      description: t.description,
      status: t.status,
      dueDate: t.dueDate,
      assigneeId: t.assigneeKey ? (personIds.get(t.assigneeKey) ?? null) : null,
      projectId: projectId(t.projectNotionId),
    }),
    ["title", "description", "status", "dueDate", "assigneeId", "projectId"],
    tick,
  );
  tables.cadence_tasks = changes(taskResults, data.tasks.length);
  const taskProject = new Map(data.tasks.map((t) => [t.notionPageId, t.projectNotionId]));
  for (const r of taskResults) tally("cadence_tasks", projectSubsystem.get(taskProject.get(r.key) ?? ""), r.inserted);

  const meetingResults = await upsert(
    tx,
    cadenceMeetings,
    cadenceMeetings.notionPageId,
    data.meetings,
    (m) => ({
      notionPageId: m.notionPageId,
      name: m.name,
      meetingDate: m.meetingDate ? new Date(`${m.meetingDate.replace(" ", "T")}Z`) : null,
      attendees: m.attendees,
      projectId: projectId(m.projectNotionId),
      notes: m.notes,
    }),
    ["name", "meetingDate", "attendees", "projectId", "notes"],
    tick,
  );
  tables.cadence_meetings = changes(meetingResults, data.meetings.length);
  const meetingProject = new Map(data.meetings.map((m) => [m.notionPageId, m.projectNotionId]));
  for (const r of meetingResults) tally("cadence_meetings", projectSubsystem.get(meetingProject.get(r.key) ?? ""), r.inserted);

  const documentResults = await upsert(
    tx,
    cadenceDocuments,
    cadenceDocuments.notionPageId,
    data.documents,
    (d) => ({
      notionPageId: d.notionPageId,
      title: d.title,
      url: d.url,
      docType: d.docType,
      category: d.category,
      subsystem: d.subsystem,
    }),
    ["title", "url", "docType", "category", "subsystem"],
    tick,
  );
  tables.cadence_documents = changes(documentResults, data.documents.length);
  const documentSubsystem = new Map(data.documents.map((d) => [d.notionPageId, d.subsystem]));
  for (const r of documentResults) tally("cadence_documents", documentSubsystem.get(r.key), r.inserted);

  return { tables, flaggedMissing, perSubsystem };
}

interface UpsertResult {
  key: string;
  inserted: boolean;
}

/**
 * INSERT … ON CONFLICT (notion_page_id) DO UPDATE … WHERE something differs, in batches.
 * `xmax = 0` tells a fresh insert from an update; rows that did not differ are not returned.
 */
async function upsert<T extends PgTable, I>(
  tx: Transaction,
  table: T,
  keyColumn: PgColumn,
  items: readonly I[],
  toRow: (item: I) => Record<string, unknown>,
  compared: string[],
  tick: (n: number) => void,
): Promise<UpsertResult[]> {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const set: Record<string, SQL> = {};
  for (const name of compared) set[name] = sql.raw(`excluded."${columns[name]!.name}"`);
  if (columns.updatedAt) set.updatedAt = sql`CURRENT_TIMESTAMP`;
  if (columns.syncId) set.syncId = sql.raw(`excluded."sync_id"`);
  const current = sql.join(compared.map((name) => sql`${columns[name]!}`), sql`, `);
  const incoming = sql.raw(compared.map((name) => `excluded."${columns[name]!.name}"`).join(", "));
  const results: UpsertResult[] = [];
  // Rows are built a batch at a time: the whole export's rows at once would double the memory.
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH).map(toRow);
    const returned = (await tx
      .insert(table)
      .values(batch as never)
      .onConflictDoUpdate({
        target: keyColumn,
        set: set as never,
        setWhere: sql`(${current}) IS DISTINCT FROM (${incoming})`,
      })
      .returning({ key: keyColumn, inserted: sql<boolean>`(xmax = 0)` })) as { key: string; inserted: boolean }[];
    results.push(...returned);
    tick(batch.length);
  }
  return results;
}

function changes(results: UpsertResult[], total: number): TableChanges {
  const added = results.filter((r) => r.inserted).length;
  const changed = results.length - added;
  return { added, changed, unchanged: total - added - changed };
}
