import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "../../app/lib/auth/roles";
import type { TimelineCursor } from "../../app/lib/agent-log/cursor";
import type { TimelineFilters } from "../../app/lib/agent-log/filters";
import { metadataLinks, type RecordLink } from "../../app/lib/agent-log/links";
import type { Database } from "../client";
import { getDb } from "../index";
import { queryRows } from "../rows";
import { modules, students } from "../schema";
import { ANY_ROLE, assertRole } from "./access";
import { parseRunDetails, type ImportRunDetails } from "./imports";

/**
 * The agent-log timeline (`ascent_basecamp_agent_log`) and the sync runs (`notion_sync_metadata`)
 * with their stage entries.
 *
 * Metadata conventions: every agent (the importer, the ingest API's callers) writes these
 * top-level keys when they apply, and the timeline links them:
 * - `syncId` (number): the notion_sync_metadata run the entry belongs to → /agent-log/runs/<syncId>.
 *   The importer (`notion-importer`) writes one entry per stage (extract, classify, transform)
 *   with it, which is how a run finds its entries.
 * - `studentId` (string, students.id): the student the entry is about. A student sees exactly
 *   the entries carrying their own studentId and nothing else; faculty and admins see the name.
 * - `moduleId` (number, modules.id): the learning module touched; links to /modules/<slug>.
 * - `records` (array of `{ "entity": "person"|"project"|"task"|"meeting"|"document"|"raw",
 *   "id": number }`): CADENCE records touched → /cadence/<entity plural>/<id>.
 * Other keys are free-form and shown as JSON. Metadata filters match top-level keys by JSONB
 * containment (`metadata @> '{"key": value}'`), which the GIN index on metadata answers.
 *
 * Speed at 1,000,000 entries: pages are keyset-paged on (timestamp, log_id) in exactly the order
 * of the timeline indexes (`timestamp DESC NULLS LAST, log_id DESC NULLS LAST`), so a page is an
 * index range scan from the cursor whatever page it is; nothing counts the table.
 */

export const TIMELINE_PAGE_SIZE = 50;
export const RUNS_PAGE_SIZE = 20;
/** Stage entries nested under each run of the runs list; the run's own page shows up to RUN_ENTRY_LIMIT. */
export const RUN_LIST_ENTRY_LIMIT = 20;
export const RUN_ENTRY_LIMIT = 1000;
/** A select of agents or action types lists at most this many. */
const MAX_OPTIONS = 200;

export interface TimelineEntry {
  logId: number;
  /** ISO time (UTC, to the millisecond), or null when the entry has none. */
  timestamp: string | null;
  agentName: string;
  actionType: string;
  subsystem: string | null;
  status: string | null;
  message: string | null;
  error: string | null;
  resolution: string | null;
  metadata: unknown;
  links: {
    syncId: number | null;
    records: RecordLink[];
    module: { id: number; slug: string; title: string } | null;
    /** Only for faculty and admins; a student's own entries need no name. */
    student: { id: string; name: string } | null;
  };
}

export interface TimelinePage {
  entries: TimelineEntry[];
  /** The cursor of the next (older) page, or null on the last page. */
  next: TimelineCursor | null;
  /** A student viewer whose account has no student record: nothing can be about them. */
  unlinkedStudent: boolean;
}

export interface TimelineOptions {
  agents: string[];
  actions: string[];
}

interface EntryRow {
  log_id: number;
  /** to_char(…) of the timestamp, to the microsecond; the cursor is made from it. */
  ts: string | null;
  agent_name: string;
  action_type: string;
  subsystem: string | null;
  status: string | null;
  message: string | null;
  error: string | null;
  resolution: string | null;
  metadata: unknown;
}

const ENTRY_COLUMNS = sql`l.log_id, to_char(l."timestamp", 'YYYY-MM-DD"T"HH24:MI:SS.US') AS ts, l.agent_name,
  l.action_type, l.subsystem, l.status, l.message, l.error, l.resolution, l.metadata`;
// Exactly the timeline indexes' order. log_id is never null, but PostgreSQL matches an index only
// when NULLS LAST is spelled out for it too; without it a page adds an incremental sort.
const TIMELINE_ORDER = sql`l."timestamp" DESC NULLS LAST, l.log_id DESC NULLS LAST`;

function contains(object: Record<string, unknown>): SQL {
  return sql`l.metadata @> ${JSON.stringify(object)}::jsonb`;
}

/** The viewer's limit on what they may see, or "none" when nothing can be theirs. */
function scopeOf(viewer: Viewer): SQL | null | "none" {
  if (viewer.role !== "student") return null;
  if (!viewer.studentId) return "none";
  return contains({ studentId: viewer.studentId });
}

function filterConditions(filters: TimelineFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.agent) where.push(sql`l.agent_name = ${filters.agent}`);
  if (filters.action) where.push(sql`l.action_type = ${filters.action}`);
  if (filters.status) where.push(sql`l.status = ${filters.status}`);
  if (filters.subsystem) where.push(sql`l.subsystem = ${filters.subsystem}`);
  if (filters.from) where.push(sql`l."timestamp" >= ${filters.from}::date`);
  if (filters.to) where.push(sql`l."timestamp" < ${filters.to}::date + 1`);
  for (const m of filters.meta) where.push(contains({ [m.key]: m.value }));
  return where;
}

function whereAll(conditions: SQL[]): SQL {
  return conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
}

async function selectEntries(db: Database, conditions: SQL[], limit: number): Promise<EntryRow[]> {
  return queryRows<EntryRow>(
    db,
    sql`SELECT ${ENTRY_COLUMNS} FROM ascent_basecamp_agent_log l ${whereAll(conditions)} ORDER BY ${TIMELINE_ORDER} LIMIT ${limit}`,
  );
}

/**
 * One page of the timeline, newest first. Students get only the entries about themselves,
 * whatever the filters say. Entries without a time sort last; the row comparison below never
 * matches them, so they are read in a second, equally indexed step once the timed ones run out.
 */
export async function listTimeline(
  viewer: Viewer | null,
  filters: TimelineFilters,
  cursor: TimelineCursor | null = null,
  options: { db?: Database; pageSize?: number } = {},
): Promise<TimelinePage> {
  assertRole(viewer, ANY_ROLE);
  const scope = scopeOf(viewer);
  if (scope === "none") return { entries: [], next: null, unlinkedStudent: true };
  const db = options.db ?? (await getDb());
  const pageSize = options.pageSize ?? TIMELINE_PAGE_SIZE;
  const base = [...(scope ? [scope] : []), ...filterConditions(filters)];

  let rows: EntryRow[];
  if (!cursor) {
    rows = await selectEntries(db, base, pageSize + 1);
  } else if (cursor.timestamp === null) {
    rows = await selectEntries(db, [...base, sql`l."timestamp" IS NULL`, sql`l.log_id < ${cursor.logId}`], pageSize + 1);
  } else {
    const after = sql`(l."timestamp", l.log_id) < (${cursor.timestamp}::timestamp, ${cursor.logId})`;
    rows = await selectEntries(db, [...base, after], pageSize + 1);
    if (rows.length <= pageSize) {
      rows.push(...(await selectEntries(db, [...base, sql`l."timestamp" IS NULL`], pageSize + 1 - rows.length)));
    }
  }

  const more = rows.length > pageSize;
  const shown = rows.slice(0, pageSize);
  const last = shown.at(-1);
  return {
    entries: await withLinks(db, viewer, shown),
    next: more && last ? { timestamp: last.ts, logId: last.log_id } : null,
    unlinkedStudent: false,
  };
}

/** Resolves the modules and students the entries name, in one query each. */
async function withLinks(db: Database, viewer: Viewer, rows: EntryRow[]): Promise<TimelineEntry[]> {
  const parsed = rows.map((row) => ({ row, links: metadataLinks(row.metadata) }));
  const moduleIds = [...new Set(parsed.flatMap((p) => (p.links.moduleId === null ? [] : [p.links.moduleId])))];
  const studentIds =
    viewer.role === "student" ? [] : [...new Set(parsed.flatMap((p) => (p.links.studentId === null ? [] : [p.links.studentId])))];
  const [moduleRows, studentRows] = await Promise.all([
    moduleIds.length > 0
      ? db.select({ id: modules.id, slug: modules.slug, title: modules.title }).from(modules).where(inArray(modules.id, moduleIds))
      : Promise.resolve([]),
    studentIds.length > 0
      ? db.select({ id: students.id, name: students.name }).from(students).where(inArray(students.id, studentIds))
      : Promise.resolve([]),
  ]);
  const moduleTitles = new Map(moduleRows.map((m) => [m.id, m]));
  const studentNames = new Map(studentRows.map((s) => [s.id, s.name]));

  return parsed.map(({ row, links }) => {
    const moduleTitle = links.moduleId === null ? undefined : moduleTitles.get(links.moduleId);
    const studentName = links.studentId === null ? undefined : studentNames.get(links.studentId);
    return {
      logId: row.log_id,
      timestamp: row.ts ? `${row.ts.slice(0, 23)}Z` : null,
      agentName: row.agent_name,
      actionType: row.action_type,
      subsystem: row.subsystem,
      status: row.status,
      message: row.message,
      error: row.error,
      resolution: row.resolution,
      metadata: row.metadata,
      links: {
        syncId: links.syncId,
        records: links.records,
        module: links.moduleId !== null && moduleTitle !== undefined ? { id: links.moduleId, slug: moduleTitle.slug, title: moduleTitle.title } : null,
        student: links.studentId !== null && studentName !== undefined ? { id: links.studentId, name: studentName } : null,
      },
    };
  });
}

/**
 * The agents and action types the filter selects offer. For staff they are read with a
 * "loose index scan": each step jumps to the next distinct value in the (agent_name, …) or
 * (action_type, …) index, so the cost grows with the number of distinct values, not entries.
 * A student's options come from their own entries only.
 */
export async function listTimelineOptions(viewer: Viewer | null, options: { db?: Database } = {}): Promise<TimelineOptions> {
  assertRole(viewer, ANY_ROLE);
  const scope = scopeOf(viewer);
  if (scope === "none") return { agents: [], actions: [] };
  const db = options.db ?? (await getDb());
  if (scope) {
    // One pass over the student's own entries (a GIN look-up), both columns at once.
    const pairs = await queryRows<{ agent: string; action: string }>(
      db,
      sql`SELECT DISTINCT l.agent_name AS agent, l.action_type AS action FROM ascent_basecamp_agent_log l WHERE ${scope} LIMIT ${MAX_OPTIONS * 10}`,
    );
    const sorted = (values: string[]) => [...new Set(values)].sort().slice(0, MAX_OPTIONS);
    return { agents: sorted(pairs.map((p) => p.agent)), actions: sorted(pairs.map((p) => p.action)) };
  }
  const [agents, actions] = await Promise.all([distinctValues(db, sql`agent_name`), distinctValues(db, sql`action_type`)]);
  return { agents, actions };
}

async function distinctValues(db: Database, column: SQL): Promise<string[]> {
  const rows = await queryRows<{ value: string }>(
    db,
    sql`WITH RECURSIVE v(value) AS (
      (SELECT ${column} FROM ascent_basecamp_agent_log ORDER BY ${column} LIMIT 1)
      UNION ALL
      SELECT (SELECT ${column} FROM ascent_basecamp_agent_log WHERE ${column} > v.value ORDER BY ${column} LIMIT 1)
      FROM v WHERE v.value IS NOT NULL
    )
    SELECT value FROM v WHERE value IS NOT NULL LIMIT ${MAX_OPTIONS}`,
  );
  return rows.map((r) => r.value);
}

// ---------------------------------------------------------------------------------------------
// Sync runs

export interface SyncRun {
  syncId: number;
  syncType: string | null;
  /** ISO time the run started, or null when the row has none. */
  startedAt: string | null;
  status: string | null;
  recordsSynced: number;
  errors: number;
  details: ImportRunDetails | null;
  /** The run's stage entries, oldest first. */
  entries: TimelineEntry[];
  /** True when the run has more entries than were read. */
  moreEntries: boolean;
}

export interface SyncRunPage {
  runs: SyncRun[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: number | null;
}

interface RunRow {
  sync_id: number;
  sync_type: string | null;
  started_at: string | null;
  status: string | null;
  records_synced: number | null;
  errors: number | null;
  error_details: string | null;
}

const RUN_COLUMNS = sql`r.sync_id, r.sync_type, to_char(r.last_sync, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS started_at,
  r.status, r.records_synced, r.errors, r.error_details`;

/** Runs newest first, keyset-paged on sync_id, each with its first stage entries. Staff only. */
export async function listSyncRuns(
  viewer: Viewer | null,
  before: number | null = null,
  options: { db?: Database; pageSize?: number } = {},
): Promise<SyncRunPage> {
  assertRole(viewer, ["faculty", "admin"]);
  const db = options.db ?? (await getDb());
  const pageSize = options.pageSize ?? RUNS_PAGE_SIZE;
  const rows = await queryRows<RunRow>(
    db,
    sql`SELECT ${RUN_COLUMNS} FROM notion_sync_metadata r
      ${before !== null ? sql`WHERE r.sync_id < ${before}` : sql``}
      ORDER BY r.sync_id DESC LIMIT ${pageSize + 1}`,
  );
  const shown = rows.slice(0, pageSize);
  const runs = await withEntries(db, viewer, shown, RUN_LIST_ENTRY_LIMIT);
  return { runs, nextBefore: rows.length > pageSize ? (shown.at(-1)?.sync_id ?? null) : null };
}

/** One run with its entries, or null when there is no such run. Staff only. */
export async function getSyncRun(viewer: Viewer | null, syncId: number, options: { db?: Database } = {}): Promise<SyncRun | null> {
  assertRole(viewer, ["faculty", "admin"]);
  if (!Number.isSafeInteger(syncId) || syncId < 1 || syncId > 2_147_483_647) return null;
  const db = options.db ?? (await getDb());
  const rows = await queryRows<RunRow>(db, sql`SELECT ${RUN_COLUMNS} FROM notion_sync_metadata r WHERE r.sync_id = ${syncId}`);
  if (rows.length === 0) return null;
  const [run] = await withEntries(db, viewer, rows, RUN_ENTRY_LIMIT);
  return run ?? null;
}

/**
 * The entries of several runs in one query: for each run a LATERAL look-up by
 * `metadata @> {"syncId": id}` (the GIN index), cut at `limit` + 1 to know if there are more.
 * The OFFSET 0 keeps the look-up a subquery planned on its own: merged with the ORDER BY …
 * LIMIT, the planner walks the timestamp index and filters every entry (0.7 s at 1,000,000)
 * instead of asking the GIN index for the run's few entries (3 ms).
 */
async function withEntries(db: Database, viewer: Viewer, runs: RunRow[], limit: number): Promise<SyncRun[]> {
  if (runs.length === 0) return [];
  const ids = sql.join(
    runs.map((r) => sql`${r.sync_id}::int`),
    sql`, `,
  );
  const entryRows = await queryRows<EntryRow & { run_id: number }>(
    db,
    sql`SELECT run.id AS run_id, e.* FROM unnest(ARRAY[${ids}]) AS run(id)
      CROSS JOIN LATERAL (
        SELECT l.* FROM (
          SELECT ${ENTRY_COLUMNS}, l."timestamp" AS sort_time FROM ascent_basecamp_agent_log l
          WHERE l.metadata @> jsonb_build_object('syncId', run.id)
          OFFSET 0
        ) l
        ORDER BY l.sort_time ASC NULLS LAST, l.log_id ASC
        LIMIT ${limit + 1}
      ) e`,
  );
  const entries = await withLinks(db, viewer, entryRows);
  const byRun = new Map<number, TimelineEntry[]>();
  entryRows.forEach((row, i) => {
    const list = byRun.get(row.run_id) ?? [];
    list.push(entries[i]!);
    byRun.set(row.run_id, list);
  });
  return runs.map((r) => {
    const list = byRun.get(r.sync_id) ?? [];
    return {
      syncId: r.sync_id,
      syncType: r.sync_type,
      startedAt: r.started_at ? `${r.started_at}Z` : null,
      status: r.status,
      recordsSynced: r.records_synced ?? 0,
      errors: r.errors ?? 0,
      details: parseRunDetails(r.error_details),
      entries: list.slice(0, limit),
      moreEntries: list.length > limit,
    };
  });
}
