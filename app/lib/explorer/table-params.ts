import { z } from "zod";
import { DOC_TYPES, RAW_CATEGORIES, SUBSYSTEMS, SUBSYSTEM_LABELS, WORK_STATUSES, type Subsystem } from "../domain/vocabulary";

/**
 * The state of a CADENCE explorer table as it travels in the URL:
 * `/cadence/tasks?q=&status=todo,blocked&subsystem=power&assignee=12&project=none&from=&to=
 * &sort=due&dir=asc&page=2&size=50&cols=status,due`.
 *
 * Multi-valued filters are comma-separated (repeated keys, as a plain HTML form sends them, are
 * read too). `none` selects the rows without a value (no status, no subsystem, unassigned…).
 * Values equal to the defaults are left out, so the plain table is the bare path. Parsing never
 * throws: whatever it cannot use is dropped and named in `notices` for the page to show.
 *
 * Pure (no db, no next/*): the pages, the CSV route and the queries all read it.
 */

export const CADENCE_ENTITIES = ["people", "projects", "tasks", "meetings", "documents"] as const;
export type CadenceEntity = (typeof CADENCE_ENTITIES)[number];

export function isCadenceEntity(value: string): value is CadenceEntity {
  return (CADENCE_ENTITIES as readonly string[]).includes(value);
}

/** The token for "has no value" in a facet: no status, no subsystem, no assignee… */
export const NONE = "none";

const DOCUMENT_CATEGORIES = RAW_CATEGORIES.filter((c) => c.startsWith("documents_"));

/** Filters that pick from a fixed vocabulary, several values at once. */
export const MULTI_FILTERS = {
  status: WORK_STATUSES,
  subsystem: SUBSYSTEMS,
  type: DOC_TYPES,
  category: DOCUMENT_CATEGORIES,
} as const;
export type MultiFilterKey = keyof typeof MULTI_FILTERS;

/** Filters that pick one related record by id (or `none`). */
export const ID_FILTERS = ["assignee", "owner", "project"] as const;
export type IdFilterKey = (typeof ID_FILTERS)[number];
export type IdChoice = number | typeof NONE;

export type FilterKey = "q" | MultiFilterKey | IdFilterKey | "from" | "to";

export interface TableFilters {
  /** Words the name or title contains (case-insensitive substring). */
  q: string | null;
  status: string[];
  subsystem: string[];
  type: string[];
  category: string[];
  assignee: IdChoice | null;
  owner: IdChoice | null;
  project: IdChoice | null;
  /** Inclusive days, `YYYY-MM-DD`, on the entity's date (a task's due date, a meeting's date). */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: TableFilters = {
  q: null,
  status: [],
  subsystem: [],
  type: [],
  category: [],
  assignee: null,
  owner: null,
  project: null,
  from: null,
  to: null,
};

export interface ColumnSpec {
  id: string;
  label: string;
  sortable: boolean;
  /** The first column names the row and is always shown. */
  hideable: boolean;
  defaultVisible: boolean;
  /** Dates read newest first on the first click. */
  descFirst?: boolean;
}

export interface EntitySpec {
  entity: CadenceEntity;
  /** "Tasks" */
  title: string;
  /** "task" / "tasks", for sentences. */
  singular: string;
  plural: string;
  columns: readonly ColumnSpec[];
  defaultSort: { id: string; desc: boolean };
  /** Which filters this table offers, in the order the form shows them. */
  filters: readonly FilterKey[];
  /** Label of the name/title text filter and of the date range, when there is one. */
  textLabel: string;
  dateLabel: string | null;
}

const column = (id: string, label: string, options: Partial<Omit<ColumnSpec, "id" | "label">> = {}): ColumnSpec => ({
  id,
  label,
  sortable: true,
  hideable: true,
  defaultVisible: true,
  ...options,
});

export const ENTITY_SPECS: Readonly<Record<CadenceEntity, EntitySpec>> = {
  people: {
    entity: "people",
    title: "People",
    singular: "person",
    plural: "people",
    columns: [
      column("name", "Name", { hideable: false }),
      column("role", "Role"),
      column("subsystem", "Subsystem"),
      column("email", "E-mail", { defaultVisible: false }),
      column("tasks", "Tasks", { sortable: false }),
      column("projects", "Projects owned", { sortable: false }),
    ],
    defaultSort: { id: "name", desc: false },
    filters: ["q", "subsystem"],
    textLabel: "Name contains",
    dateLabel: null,
  },
  projects: {
    entity: "projects",
    title: "Projects",
    singular: "project",
    plural: "projects",
    columns: [
      column("name", "Name", { hideable: false }),
      column("status", "Status"),
      column("subsystem", "Subsystem"),
      column("owner", "Owner"),
      column("tasks", "Tasks", { sortable: false }),
    ],
    defaultSort: { id: "name", desc: false },
    filters: ["q", "status", "subsystem", "owner"],
    textLabel: "Name contains",
    dateLabel: null,
  },
  tasks: {
    entity: "tasks",
    title: "Tasks",
    singular: "task",
    plural: "tasks",
    columns: [
      column("title", "Title", { hideable: false }),
      column("status", "Status"),
      column("due", "Due date", { descFirst: true }),
      column("assignee", "Assignee"),
      column("project", "Project"),
      column("subsystem", "Subsystem"),
    ],
    defaultSort: { id: "due", desc: true },
    filters: ["q", "status", "subsystem", "assignee", "project", "from", "to"],
    textLabel: "Title contains",
    dateLabel: "Due date",
  },
  meetings: {
    entity: "meetings",
    title: "Meetings",
    singular: "meeting",
    plural: "meetings",
    columns: [
      column("name", "Name", { hideable: false }),
      column("date", "Date", { descFirst: true }),
      column("project", "Project"),
      column("subsystem", "Subsystem"),
      column("attendees", "Attendees", { sortable: false }),
    ],
    defaultSort: { id: "date", desc: true },
    filters: ["q", "subsystem", "project", "from", "to"],
    textLabel: "Name contains",
    dateLabel: "Date",
  },
  documents: {
    entity: "documents",
    title: "Documents",
    singular: "document",
    plural: "documents",
    columns: [
      column("title", "Title", { hideable: false }),
      column("type", "Type"),
      column("category", "Category"),
      column("subsystem", "Subsystem"),
      column("url", "Notion page", { sortable: false, defaultVisible: false }),
    ],
    defaultSort: { id: "title", desc: false },
    filters: ["q", "type", "category", "subsystem"],
    textLabel: "Title contains",
    dateLabel: null,
  },
};

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;
/** Deeper than any real table; keeps OFFSET arithmetic and the URL sane. */
export const MAX_PAGE = 100_000;
const MAX_TEXT = 100;

export interface TableQuery {
  entity: CadenceEntity;
  filters: TableFilters;
  sort: string;
  desc: boolean;
  page: number;
  size: PageSize;
  /** Ids of the visible columns, in the table's order (the first column always among them). */
  columns: string[];
}

export interface ParsedTableQuery {
  query: TableQuery;
  /** What was in the URL but ignored, said back to the reader. */
  notices: string[];
}

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

export function defaultColumns(entity: CadenceEntity): string[] {
  return ENTITY_SPECS[entity].columns.filter((c) => c.defaultVisible || !c.hideable).map((c) => c.id);
}

export function defaultTableQuery(entity: CadenceEntity): TableQuery {
  const spec = ENTITY_SPECS[entity];
  return {
    entity,
    filters: { ...NO_FILTERS },
    sort: spec.defaultSort.id,
    desc: spec.defaultSort.desc,
    page: 1,
    size: DEFAULT_PAGE_SIZE,
    columns: defaultColumns(entity),
  };
}

/** Human words for a stored value: `in_progress` → "In progress", `documents_program` → "Program". */
export function valueLabel(key: MultiFilterKey, value: string): string {
  if (key === "subsystem" && value in SUBSYSTEM_LABELS) return SUBSYSTEM_LABELS[value as Subsystem];
  const words = (key === "category" ? value.replace(/^documents_/, "") : value).replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The label of the `none` choice of each filter. */
export const NONE_LABELS: Record<MultiFilterKey | IdFilterKey, string> = {
  status: "No status",
  subsystem: "No subsystem",
  type: "No type",
  category: "No category",
  assignee: "Unassigned",
  owner: "No owner",
  project: "No project",
};

export const FILTER_LABELS: Record<MultiFilterKey | IdFilterKey, string> = {
  status: "Status",
  subsystem: "Subsystem",
  type: "Type",
  category: "Category",
  assignee: "Assignee",
  owner: "Owner",
  project: "Project",
};

// ---- parsing ----

const Day = z.iso.date();
const Id = z.coerce.number().int().positive().max(2_147_483_647);
const Page = z.coerce.number().int().min(1);
const Size = z.coerce.number().pipe(z.literal(PAGE_SIZES));
const Dir = z.enum(["asc", "desc"]);

function valuesOf(params: SearchParamsInput, name: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = params[name];
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** Keeps what a reader would recognise of an odd value, and no more. */
function quoted(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `“${short}”`;
}

/** Never throws: anything it cannot use is dropped and named in `notices`. */
export function parseTableQuery(entity: CadenceEntity, params: SearchParamsInput): ParsedTableQuery {
  const spec = ENTITY_SPECS[entity];
  const query = defaultTableQuery(entity);
  const notices: string[] = [];
  const first = (name: string): string => (valuesOf(params, name)[0] ?? "").trim();
  const list = (name: string): string[] =>
    valuesOf(params, name)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean);

  for (const key of spec.filters) {
    if (key === "q") {
      const raw = first("q");
      if (raw.length > MAX_TEXT) notices.push(`The text filter is longer than ${MAX_TEXT} characters; only its start was used.`);
      query.filters.q = raw ? raw.slice(0, MAX_TEXT) : null;
    } else if (key === "from" || key === "to") {
      const raw = first(key);
      if (!raw) continue;
      if (Day.safeParse(raw).success) query.filters[key] = raw;
      else notices.push(`Ignored the ${key === "from" ? "start" : "end"} date ${quoted(raw)}: not a date (YYYY-MM-DD).`);
    } else if (key in MULTI_FILTERS) {
      const multiKey = key as MultiFilterKey;
      const allowed: readonly string[] = [...MULTI_FILTERS[multiKey], NONE];
      const chosen = new Set<string>();
      for (const raw of list(multiKey)) {
        if (allowed.includes(raw)) chosen.add(raw);
        else notices.push(`Ignored ${FILTER_LABELS[multiKey].toLowerCase()} ${quoted(raw)}: not a known value.`);
      }
      // Canonical order, so equal filters give equal URLs.
      query.filters[multiKey] = allowed.filter((v) => chosen.has(v));
    } else {
      const idKey = key as IdFilterKey;
      const raw = first(idKey);
      if (!raw) continue;
      if (raw === NONE) query.filters[idKey] = NONE;
      else {
        const id = Id.safeParse(raw);
        if (id.success) query.filters[idKey] = id.data;
        else notices.push(`Ignored ${FILTER_LABELS[idKey].toLowerCase()} ${quoted(raw)}: not a record number.`);
      }
    }
  }
  if (query.filters.from && query.filters.to && query.filters.from > query.filters.to) {
    notices.push("The start date was after the end date; the two were swapped.");
    [query.filters.from, query.filters.to] = [query.filters.to, query.filters.from];
  }

  const rawSort = first("sort");
  const rawDir = first("dir");
  if (rawSort) {
    const sortable = spec.columns.find((c) => c.id === rawSort && c.sortable);
    if (sortable) {
      query.sort = sortable.id;
      query.desc = Boolean(sortable.descFirst);
    } else notices.push(`Ignored sort ${quoted(rawSort)}: not a column this table sorts by.`);
  }
  if (rawDir) {
    const dir = Dir.safeParse(rawDir);
    if (dir.success) query.desc = dir.data === "desc";
    else notices.push(`Ignored sort direction ${quoted(rawDir)}: use asc or desc.`);
  }

  const rawPage = first("page");
  if (rawPage) {
    const page = Page.safeParse(rawPage);
    if (!page.success) notices.push(`Ignored page ${quoted(rawPage)}: not a page number.`);
    else if (page.data > MAX_PAGE) notices.push(`Ignored page ${quoted(rawPage)}: too far.`);
    else query.page = page.data;
  }
  const rawSize = first("size");
  if (rawSize) {
    const size = Size.safeParse(rawSize);
    if (size.success) query.size = size.data;
    else notices.push(`Ignored page size ${quoted(rawSize)}: choose ${PAGE_SIZES.join(", ")}.`);
  }

  const rawCols = valuesOf(params, "cols");
  if (rawCols.length > 0) {
    const wanted = new Set(list("cols"));
    for (const id of wanted) {
      if (!spec.columns.some((c) => c.id === id)) notices.push(`Ignored column ${quoted(id)}: this table has no such column.`);
    }
    query.columns = spec.columns.filter((c) => !c.hideable || wanted.has(c.id)).map((c) => c.id);
  }

  return { query, notices };
}

// ---- writing ----

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export interface SearchOptions {
  /** Leave out page and size (the CSV export has neither). */
  withoutPaging?: boolean;
}

/** The query string of a table view, without the `?`; empty for the plain table. */
export function tableSearch(query: TableQuery, options: SearchOptions = {}): string {
  const spec = ENTITY_SPECS[query.entity];
  const defaults = defaultTableQuery(query.entity);
  const params = new URLSearchParams();
  const f = query.filters;
  for (const key of spec.filters) {
    if (key === "q" || key === "from" || key === "to") {
      if (f[key]) params.set(key, f[key]);
    } else if (key in MULTI_FILTERS) {
      const values = f[key as MultiFilterKey];
      if (values.length > 0) params.set(key, values.join(","));
    } else {
      const id = f[key as IdFilterKey];
      if (id !== null) params.set(key, String(id));
    }
  }
  if (query.sort !== defaults.sort || query.desc !== defaults.desc) {
    params.set("sort", query.sort);
    params.set("dir", query.desc ? "desc" : "asc");
  }
  if (!options.withoutPaging) {
    if (query.page !== 1) params.set("page", String(query.page));
    if (query.size !== defaults.size) params.set("size", String(query.size));
  }
  if (!sameList(query.columns, defaults.columns)) {
    const hideable = new Set(spec.columns.filter((c) => c.hideable).map((c) => c.id));
    params.set("cols", query.columns.filter((id) => hideable.has(id)).join(","));
  }
  // Commas are legal in a query string and keep lists readable; `q` is never split on them.
  return params.toString().replace(/%2C/gi, ",");
}

export function tablePath(entity: CadenceEntity): string {
  return `/cadence/${entity}`;
}

export function tableHref(query: TableQuery): string {
  const search = tableSearch(query);
  return search ? `${tablePath(query.entity)}?${search}` : tablePath(query.entity);
}

/** The CSV of the same rows: filters, sort and columns, every page. */
export function exportHref(query: TableQuery): string {
  const search = tableSearch(query, { withoutPaging: true });
  return `/api/cadence/${query.entity}/export${search ? `?${search}` : ""}`;
}

export function hasActiveFilters(filters: TableFilters): boolean {
  return (
    Boolean(filters.q || filters.from || filters.to) ||
    filters.status.length + filters.subsystem.length + filters.type.length + filters.category.length > 0 ||
    filters.assignee !== null ||
    filters.owner !== null ||
    filters.project !== null
  );
}

/** The same view without filters (sort, size and columns kept), for "clear filters". */
export function clearedHref(query: TableQuery): string {
  return tableHref({ ...query, filters: { ...NO_FILTERS }, page: 1 });
}
