import "server-only";
import { SQL, sql } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import type { Viewer } from "../../app/lib/auth/roles";
import {
  ENTITY_SPECS,
  FILTER_LABELS,
  MULTI_FILTERS,
  NONE,
  NONE_LABELS,
  valueLabel,
  type CadenceEntity,
  type IdChoice,
  type IdFilterKey,
  type MultiFilterKey,
  type TableFilters,
  type TableQuery,
} from "../../app/lib/explorer/table-params";
import type { Executor } from "../client";
import { getDb } from "../index";
import { queryRows } from "../rows";
import { ANY_ROLE, assertRole } from "./access";

/**
 * The five CADENCE tables of the explorer: one page of rows, the total, the facet counts and
 * the CSV export, all filtered, sorted and paged in SQL. Sorting always ends on the primary
 * key, so equal values keep one order and pages neither repeat nor skip rows; empty values
 * sort last in both directions.
 */

export interface PersonRow {
  id: number;
  name: string;
  role: string | null;
  subsystem: string | null;
  email: string | null;
  taskCount: number;
  projectCount: number;
}

export interface ProjectRow {
  id: number;
  name: string;
  status: string | null;
  subsystem: string | null;
  ownerId: number | null;
  ownerName: string | null;
  taskCount: number;
}

export interface TaskRow {
  id: number;
  title: string;
  status: string | null;
  /** `YYYY-MM-DD` */
  dueDate: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
  projectId: number | null;
  projectName: string | null;
  /** The project's subsystem: tasks have none of their own. */
  subsystem: string | null;
}

export interface MeetingRow {
  id: number;
  name: string;
  /** `YYYY-MM-DDTHH:MM:SS`, the export's wall-clock time. */
  date: string | null;
  projectId: number | null;
  projectName: string | null;
  subsystem: string | null;
  attendees: string | null;
}

export interface DocumentRow {
  id: number;
  title: string;
  type: string | null;
  category: string | null;
  subsystem: string | null;
  url: string | null;
}

export interface CadenceRowOf {
  people: PersonRow;
  projects: ProjectRow;
  tasks: TaskRow;
  meetings: MeetingRow;
  documents: DocumentRow;
}

export interface CadenceTablePage<Row> {
  rows: Row[];
  total: number;
  /** The page shown: the one asked for, or the last one when it asked past the end. */
  page: number;
  pageCount: number;
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface CadenceFacets {
  /** One list per filter of the table, in vocabulary order (fixed lists) or by name (records). */
  options: Partial<Record<MultiFilterKey | IdFilterKey, FacetCount[]>>;
  /** Record facets that list only their most frequent values, with how many there are in all. */
  truncated: Partial<Record<IdFilterKey, number>>;
}

/** Record facets (assignee, owner, project) list this many values, the most frequent first. */
export const FACET_LIMIT = 100;

// ---- the SQL of each table ----

type SortType = "text" | "date" | "timestamp";
type Condition = "q" | MultiFilterKey | IdFilterKey | "dates";

/** A value read through a foreign key: a task's subsystem is its project's. */
interface Via {
  fk: SQL;
  table: SQL;
  key: SQL;
  column: SQL;
}

/** A filter on a related record; its facet names the record from `table`.`name`. */
interface IdColumn {
  expr: SQL;
  table: SQL;
  key: SQL;
}

/**
 * Every filter is a condition on the base table alone (related tables only through `IN
 * (SELECT …)`), so counts and facets never join, and a page sorted by a base column is cut to
 * its rows before the joins that name assignees and projects. Only a sort by a related name
 * (assignee, project, subsystem) joins every matching row.
 */
interface TableSql {
  /** `cadence_tasks t` */
  base: SQL;
  /** `t`, the base table's alias, which the select list and conditions use. */
  alias: SQL;
  joins: SQL;
  id: SQL;
  select: SQL;
  sorts: Record<string, { expr: SQL; type: SortType; joined?: boolean }>;
  text: SQL;
  multi: Partial<Record<MultiFilterKey, SQL | Via>>;
  ids: Partial<Record<IdFilterKey, IdColumn>>;
  date: { expr: SQL; type: "date" | "timestamp" } | null;
}

const PEOPLE = sql`cadence_people`;
const PROJECTS = sql`cadence_projects`;

const TABLES: Record<CadenceEntity, TableSql> = {
  people: {
    base: sql`cadence_people pe`,
    alias: sql.raw("pe"),
    joins: sql``,
    id: sql`pe.person_id`,
    select: sql`pe.person_id AS id, pe.name, pe.role, pe.subsystem, pe.email`,
    sorts: {
      name: { expr: sql`pe.name`, type: "text" },
      role: { expr: sql`pe.role`, type: "text" },
      subsystem: { expr: sql`pe.subsystem`, type: "text" },
      email: { expr: sql`pe.email`, type: "text" },
    },
    text: sql`pe.name`,
    multi: { subsystem: sql`pe.subsystem` },
    ids: {},
    date: null,
  },
  projects: {
    base: sql`cadence_projects pr`,
    alias: sql.raw("pr"),
    joins: sql`LEFT JOIN cadence_people o ON o.person_id = pr.owner_id`,
    id: sql`pr.project_id`,
    select: sql`pr.project_id AS id, pr.name, pr.status, pr.subsystem, pr.owner_id AS "ownerId", o.name AS "ownerName"`,
    sorts: {
      name: { expr: sql`pr.name`, type: "text" },
      status: { expr: sql`pr.status`, type: "text" },
      subsystem: { expr: sql`pr.subsystem`, type: "text" },
      owner: { expr: sql`o.name`, type: "text", joined: true },
    },
    text: sql`pr.name`,
    multi: { status: sql`pr.status`, subsystem: sql`pr.subsystem` },
    ids: { owner: { expr: sql`pr.owner_id`, table: PEOPLE, key: sql`person_id` } },
    date: null,
  },
  tasks: {
    base: sql`cadence_tasks t`,
    alias: sql.raw("t"),
    joins: sql`LEFT JOIN cadence_people a ON a.person_id = t.assignee_id LEFT JOIN cadence_projects p ON p.project_id = t.project_id`,
    id: sql`t.task_id`,
    select: sql`t.task_id AS id, t.title, t.status, t.due_date::text AS "dueDate", t.assignee_id AS "assigneeId",
      a.name AS "assigneeName", t.project_id AS "projectId", p.name AS "projectName", p.subsystem`,
    sorts: {
      title: { expr: sql`t.title`, type: "text" },
      status: { expr: sql`t.status`, type: "text" },
      due: { expr: sql`t.due_date`, type: "date" },
      assignee: { expr: sql`a.name`, type: "text", joined: true },
      project: { expr: sql`p.name`, type: "text", joined: true },
      subsystem: { expr: sql`p.subsystem`, type: "text", joined: true },
    },
    text: sql`t.title`,
    multi: { status: sql`t.status`, subsystem: { fk: sql`t.project_id`, table: PROJECTS, key: sql`project_id`, column: sql`subsystem` } },
    ids: {
      assignee: { expr: sql`t.assignee_id`, table: PEOPLE, key: sql`person_id` },
      project: { expr: sql`t.project_id`, table: PROJECTS, key: sql`project_id` },
    },
    date: { expr: sql`t.due_date`, type: "date" },
  },
  meetings: {
    base: sql`cadence_meetings m`,
    alias: sql.raw("m"),
    joins: sql`LEFT JOIN cadence_projects p ON p.project_id = m.project_id`,
    id: sql`m.meeting_id`,
    select: sql`m.meeting_id AS id, m.name, to_char(m.meeting_date, 'YYYY-MM-DD"T"HH24:MI:SS') AS "date",
      m.project_id AS "projectId", p.name AS "projectName", p.subsystem, m.attendees`,
    sorts: {
      name: { expr: sql`m.name`, type: "text" },
      date: { expr: sql`m.meeting_date`, type: "timestamp" },
      project: { expr: sql`p.name`, type: "text", joined: true },
      subsystem: { expr: sql`p.subsystem`, type: "text", joined: true },
    },
    text: sql`m.name`,
    multi: { subsystem: { fk: sql`m.project_id`, table: PROJECTS, key: sql`project_id`, column: sql`subsystem` } },
    ids: { project: { expr: sql`m.project_id`, table: PROJECTS, key: sql`project_id` } },
    date: { expr: sql`m.meeting_date`, type: "timestamp" },
  },
  documents: {
    base: sql`cadence_documents d`,
    alias: sql.raw("d"),
    joins: sql``,
    id: sql`d.doc_id`,
    select: sql`d.doc_id AS id, d.title, d.doc_type AS "type", d.category, d.subsystem, d.url`,
    sorts: {
      title: { expr: sql`d.title`, type: "text" },
      type: { expr: sql`d.doc_type`, type: "text" },
      category: { expr: sql`d.category`, type: "text" },
      subsystem: { expr: sql`d.subsystem`, type: "text" },
    },
    text: sql`d.title`,
    multi: { type: sql`d.doc_type`, category: sql`d.category`, subsystem: sql`d.subsystem` },
    ids: {},
    date: null,
  },
};

const isVia = (value: SQL | Via): value is Via => !(value instanceof SQL);

/** `%` and `_` typed by the reader are literal characters, not wildcards. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function inValues(expr: SQL, values: string[]): SQL {
  const real = values.filter((v) => v !== NONE);
  const parts: SQL[] = [];
  if (real.length > 0) parts.push(sql`${expr} IN (${sql.join(real.map((v) => sql`${v}`), sql`, `)})`);
  if (values.includes(NONE)) parts.push(sql`${expr} IS NULL`);
  return parts.length === 1 ? parts[0]! : sql`(${sql.join(parts, sql` OR `)})`;
}

/** Rows whose related record has one of the values; `none` also takes rows without one. */
function viaValues(via: Via, values: string[]): SQL {
  const related = sql`${via.fk} IN (SELECT ${via.key} FROM ${via.table} WHERE ${inValues(via.column, values)})`;
  return values.includes(NONE) ? sql`(${via.fk} IS NULL OR ${related})` : related;
}

function idIs(expr: SQL, choice: IdChoice): SQL {
  return choice === NONE ? sql`${expr} IS NULL` : sql`${expr} = ${choice}`;
}

/** Each active filter as one condition, keyed so a facet can leave its own out. */
function conditions(table: TableSql, filters: TableFilters): Map<Condition, SQL> {
  const where = new Map<Condition, SQL>();
  if (filters.q) where.set("q", sql`${table.text} ILIKE ${containsPattern(filters.q)}`);
  for (const [key, column] of Object.entries(table.multi) as [MultiFilterKey, SQL | Via][]) {
    const values = filters[key];
    if (values.length > 0) where.set(key, isVia(column) ? viaValues(column, values) : inValues(column, values));
  }
  for (const [key, column] of Object.entries(table.ids) as [IdFilterKey, IdColumn][]) {
    const choice = filters[key];
    if (choice !== null) where.set(key, idIs(column.expr, choice));
  }
  if (table.date && (filters.from || filters.to)) {
    const parts: SQL[] = [];
    if (filters.from) parts.push(sql`${table.date.expr} >= ${filters.from}::date`);
    if (filters.to) {
      // A meeting on the last day counts whatever its time: compare against the next midnight.
      parts.push(table.date.type === "date" ? sql`${table.date.expr} <= ${filters.to}::date` : sql`${table.date.expr} < ${filters.to}::date + 1`);
    }
    where.set("dates", sql.join(parts, sql` AND `));
  }
  return where;
}

function whereClause(where: Map<Condition, SQL>, except?: Condition, extra?: SQL): SQL {
  const parts = [...where].filter(([key]) => key !== except).map(([, part]) => part);
  if (extra) parts.push(extra);
  return parts.length > 0 ? sql`WHERE ${sql.join(parts, sql` AND `)}` : sql``;
}

function sortOf(table: TableSql, query: TableQuery) {
  const sort = table.sorts[query.sort] ?? table.sorts[ENTITY_SPECS[query.entity].defaultSort.id]!;
  return { ...sort, desc: query.desc };
}

function orderBy(table: TableSql, query: TableQuery): SQL {
  const sort = sortOf(table, query);
  const dir = sql.raw(sort.desc ? "DESC" : "ASC");
  return sql`ORDER BY ${sort.expr} ${dir} NULLS LAST, ${table.id} ${dir}`;
}

// ---- rows ----

interface KeysetPosition {
  sortKey: string | null;
  id: number;
}

/**
 * Rows after `after` in the view's order (keyset paging, for the export), or at an offset.
 * Text sort keys compare with the column's collation, dates after a cast back to their type.
 */
async function selectRows<E extends CadenceEntity>(
  db: Executor,
  query: TableQuery & { entity: E },
  where: Map<Condition, SQL>,
  page: { limit: number; offset?: number; after?: KeysetPosition },
): Promise<(CadenceRowOf[E] & { sortKey: string | null })[]> {
  const table = TABLES[query.entity];
  const sort = sortOf(table, query);
  let keyset: SQL | undefined;
  if (page.after) {
    const { sortKey, id } = page.after;
    const key = sort.type === "text" ? sql`${sortKey}` : sql`cast(${sortKey} as ${sql.raw(sort.type)})`;
    const beyond = sql.raw(sort.desc ? "<" : ">");
    keyset =
      sortKey === null
        ? sql`(${sort.expr} IS NULL AND ${table.id} ${beyond} ${id})`
        : sql`(${sort.expr} ${beyond} ${key} OR (${sort.expr} = ${key} AND ${table.id} ${beyond} ${id}) OR ${sort.expr} IS NULL)`;
  }
  const filter = whereClause(where, undefined, keyset);
  const order = orderBy(table, query);
  const limit = sql`LIMIT ${page.limit} ${page.offset ? sql`OFFSET ${page.offset}` : sql``}`;
  const from = sort.joined
    ? sql`${table.base} ${table.joins} ${filter} ${order} ${limit}`
    : // The page is cut before the joins; the subquery keeps the base alias for the select list.
      sql`(SELECT * FROM ${table.base} ${filter} ${order} ${limit}) ${table.alias} ${table.joins} ${order}`;
  const rows = await queryRows<CadenceRowOf[E] & { sortKey: string | null }>(db, sql`SELECT ${table.select}, ${sort.expr}::text AS "sortKey" FROM ${from}`);
  await addCounts(db, query.entity, rows);
  return rows;
}

/** The per-row counts of people and projects, in one grouped query per page, never per row. */
async function addCounts(db: Executor, entity: CadenceEntity, rows: object[]): Promise<void> {
  if (rows.length === 0 || (entity !== "people" && entity !== "projects")) return;
  const ids = (rows as { id: number }[]).map((r) => r.id);
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  if (entity === "people") {
    const counts = await queryRows<{ id: number; tasks: number; projects: number }>(
      db,
      sql`SELECT pe.person_id AS id,
            (SELECT count(*)::int FROM cadence_tasks t WHERE t.assignee_id = pe.person_id) AS tasks,
            (SELECT count(*)::int FROM cadence_projects pr WHERE pr.owner_id = pe.person_id) AS projects
          FROM cadence_people pe WHERE pe.person_id IN (${list})`,
    );
    const byId = new Map(counts.map((c) => [c.id, c]));
    for (const row of rows as PersonRow[]) {
      row.taskCount = byId.get(row.id)?.tasks ?? 0;
      row.projectCount = byId.get(row.id)?.projects ?? 0;
    }
  } else {
    const counts = await queryRows<{ id: number; tasks: number }>(
      db,
      sql`SELECT t.project_id AS id, count(*)::int AS tasks FROM cadence_tasks t WHERE t.project_id IN (${list}) GROUP BY t.project_id`,
    );
    const byId = new Map(counts.map((c) => [c.id, c.tasks]));
    for (const row of rows as ProjectRow[]) row.taskCount = byId.get(row.id) ?? 0;
  }
}

function withoutSortKey<Row>(rows: (Row & { sortKey: string | null })[]): Row[] {
  return rows.map(({ sortKey: _sortKey, ...row }) => row as Row);
}

async function countRows(db: Executor, table: TableSql, where: Map<Condition, SQL>): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${table.base} ${whereClause(where)}`);
  return row?.n ?? 0;
}

/** One page of a table with the total count of matching rows. */
export async function listCadenceTable<E extends CadenceEntity>(
  viewer: Viewer | null,
  query: TableQuery & { entity: E },
  db?: Executor,
): Promise<CadenceTablePage<CadenceRowOf[E]>> {
  assertRole(viewer, ANY_ROLE);
  const d = db ?? (await getDb());
  const table = TABLES[query.entity];
  const where = conditions(table, query.filters);
  const offset = (query.page - 1) * query.size;
  const [total, rows] = await Promise.all([countRows(d, table, where), selectRows(d, query, where, { limit: query.size, offset })]);
  const pageCount = Math.max(1, Math.ceil(total / query.size));
  if (query.page > pageCount && total > 0) {
    // Asked past the end (rows were removed since the link was made): show the last page.
    const last = await selectRows(d, query, where, { limit: query.size, offset: (pageCount - 1) * query.size });
    return { rows: withoutSortKey(last), total, page: pageCount, pageCount };
  }
  return { rows: withoutSortKey(rows), total, page: Math.min(query.page, pageCount), pageCount };
}

// ---- facets ----

/**
 * The choices of every filter the table offers, each counted under all the other active
 * filters (not its own, so picking one status still shows how many the others have). Counts
 * group the base table by its own column or foreign key; names are joined to the groups only.
 */
export async function getCadenceFacets(viewer: Viewer | null, query: TableQuery, db?: Executor): Promise<CadenceFacets> {
  assertRole(viewer, ANY_ROLE);
  const d = db ?? (await getDb());
  const table = TABLES[query.entity];
  const where = conditions(table, query.filters);
  const offered = new Set(ENTITY_SPECS[query.entity].filters);
  const result: CadenceFacets = { options: {}, truncated: {} };

  const multi = (Object.entries(table.multi) as [MultiFilterKey, SQL | Via][]).filter(([key]) => offered.has(key));
  const ids = (Object.entries(table.ids) as [IdFilterKey, IdColumn][]).filter(([key]) => offered.has(key));

  await Promise.all([
    ...multi.map(async ([key, column]) => {
      const counts = await queryRows<{ value: string | null; count: number }>(
        d,
        isVia(column)
          ? sql`SELECT x.${column.column} AS value, sum(f.n)::int AS count
                FROM (SELECT ${column.fk} AS fk, count(*) AS n FROM ${table.base} ${whereClause(where, key)} GROUP BY 1) f
                LEFT JOIN ${column.table} x ON x.${column.key} = f.fk GROUP BY 1`
          : sql`SELECT ${column} AS value, count(*)::int AS count FROM ${table.base} ${whereClause(where, key)} GROUP BY 1`,
      );
      const byValue = new Map(counts.map((c) => [c.value ?? NONE, c.count]));
      const options: FacetCount[] = MULTI_FILTERS[key].map((value) => ({ value, label: valueLabel(key, value), count: byValue.get(value) ?? 0 }));
      if (byValue.has(NONE) || query.filters[key].includes(NONE)) {
        options.push({ value: NONE, label: NONE_LABELS[key], count: byValue.get(NONE) ?? 0 });
      }
      result.options[key] = options;
    }),
    ...ids.map(async ([key, column]) => {
      const rows = await queryRows<{ value: number | null; label: string | null; count: number; groups: number }>(
        d,
        sql`SELECT f.value, x.name AS label, f.count, f.groups
            FROM (SELECT ${column.expr} AS value, count(*)::int AS count, (count(*) OVER ())::int AS groups
                  FROM ${table.base} ${whereClause(where, key)} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT + 1}) f
            LEFT JOIN ${column.table} x ON x.${column.key} = f.value`,
      );
      const groups = rows[0]?.groups ?? 0;
      const options: FacetCount[] = rows
        .filter((r) => r.value !== null)
        .sort((a, b) => b.count - a.count || a.value! - b.value!)
        .slice(0, FACET_LIMIT)
        .map((r) => ({ value: String(r.value), label: r.label ?? `#${r.value}`, count: r.count }));
      const selected = query.filters[key];
      if (typeof selected === "number" && !options.some((o) => o.value === String(selected))) {
        options.push(await selectedOption(d, table, where, key, column, selected));
      }
      options.sort((a, b) => a.label.localeCompare(b.label) || Number(a.value) - Number(b.value));
      const none = rows.find((r) => r.value === null);
      if (none || selected === NONE) options.push({ value: NONE, label: NONE_LABELS[key], count: none?.count ?? 0 });
      // More records than listed (the group without one is not a record).
      const named = groups - (none ? 1 : 0);
      if (named > FACET_LIMIT) result.truncated[key] = named;
      result.options[key] = options;
    }),
  ]);
  return result;
}

/** A chosen record outside the most frequent ones still appears, with its own count. */
async function selectedOption(
  db: Executor,
  table: TableSql,
  where: Map<Condition, SQL>,
  key: IdFilterKey,
  column: IdColumn,
  id: number,
): Promise<FacetCount> {
  const [row] = await queryRows<{ count: number; name: string | null }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM ${table.base} ${whereClause(where, key, sql`${column.expr} = ${id}`)}) AS count,
          (SELECT name FROM ${column.table} WHERE ${column.key} = ${id}) AS name`,
  );
  return { value: String(id), label: row?.name ?? `${FILTER_LABELS[key]} #${id} (not found)`, count: row?.count ?? 0 };
}

// ---- CSV ----

/** How each visible column reads in the CSV. */
const CSV_VALUES: { [E in CadenceEntity]: Record<string, (row: CadenceRowOf[E]) => string | number | null> } = {
  people: {
    name: (r) => r.name,
    role: (r) => r.role,
    subsystem: (r) => r.subsystem,
    email: (r) => r.email,
    tasks: (r) => r.taskCount,
    projects: (r) => r.projectCount,
  },
  projects: {
    name: (r) => r.name,
    status: (r) => r.status,
    subsystem: (r) => r.subsystem,
    owner: (r) => r.ownerName,
    tasks: (r) => r.taskCount,
  },
  tasks: {
    title: (r) => r.title,
    status: (r) => r.status,
    due: (r) => r.dueDate,
    assignee: (r) => r.assigneeName,
    project: (r) => r.projectName,
    subsystem: (r) => r.subsystem,
  },
  meetings: {
    name: (r) => r.name,
    date: (r) => r.date,
    project: (r) => r.projectName,
    subsystem: (r) => r.subsystem,
    attendees: (r) => r.attendees,
  },
  documents: {
    title: (r) => r.title,
    type: (r) => r.type,
    category: (r) => r.category,
    subsystem: (r) => r.subsystem,
    url: (r) => r.url,
  },
};

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
 * leading apostrophe: the export is opened in Excel, and page titles are free text.
 */
export function csvSafe(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return typeof value === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Rows per query of the export: small enough to stream, large enough to be few queries. */
export const EXPORT_BATCH = 1000;

/**
 * The CSV of a view, every page, in its order and with its visible columns (the record id
 * first), produced in batches read by keyset, so memory stays flat whatever the row count.
 */
export async function* cadenceCsvChunks(
  viewer: Viewer | null,
  query: TableQuery,
  options: { db?: Executor; batchSize?: number } = {},
): AsyncGenerator<string> {
  assertRole(viewer, ANY_ROLE);
  const d = options.db ?? (await getDb());
  const batchSize = options.batchSize ?? EXPORT_BATCH;
  const spec = ENTITY_SPECS[query.entity];
  const values = CSV_VALUES[query.entity] as Record<string, (row: object) => string | number | null>;
  const columns = spec.columns.filter((c) => query.columns.includes(c.id));
  const where = conditions(TABLES[query.entity], query.filters);

  yield stringify([["id", ...columns.map((c) => c.label)]]);
  let after: KeysetPosition | undefined;
  for (;;) {
    const rows = await selectRows(d, query, where, { limit: batchSize, after });
    if (rows.length === 0) return;
    yield stringify(rows.map((row) => [String(row.id), ...columns.map((c) => csvSafe(values[c.id]!(row)))]));
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1]!;
    after = { sortKey: last.sortKey, id: last.id };
  }
}

/** `cadence-tasks-2026-11-25.csv` */
export function exportFileName(entity: CadenceEntity, now: Date = new Date()): string {
  return `cadence-${entity}-${now.toISOString().slice(0, 10)}.csv`;
}
