import { z } from "zod";
import { SUBSYSTEM_LABELS, SUBSYSTEMS, type Subsystem } from "@/app/lib/domain/vocabulary";
import { COHORT_LEVELS, isCohortLevel } from "@/db/queries/cohort-levels";
import {
  DEFAULT_QUIET_DAYS,
  defaultStudentQuery,
  DESC_FIRST,
  isSubsystem,
  MAX_QUIET_DAYS,
  MIN_QUIET_DAYS,
  STUDENT_PAGE_SIZES,
  STUDENT_SORT_IDS,
  type CohortStudentQuery,
  type StudentPageSize,
  type StudentSortId,
} from "@/db/queries/cohort-query";

/**
 * The cohort review's state in the query string, parsed and written back. One page holds two
 * sortable views, so they keep apart: the heat map uses `hsort`, `hdir`, `hpage`; the students
 * table uses the shared table keys (`sort`, `dir`, `page`, `size`, `cols`) and its filters
 * (`q`, `subsystem`, `level`, `behind`). `team` picks the cohort, `days` the quiet period.
 * What cannot be used is dropped with a notice, never an error.
 */

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

export type HeatSort = "name" | Subsystem;

export const STUDENT_COLUMN_IDS = ["name", "team", "mastered", "mean", "lastActivity", "behind", ...SUBSYSTEMS] as const;
export type StudentColumnId = (typeof STUDENT_COLUMN_IDS)[number];
export const FIXED_STUDENT_COLUMNS: StudentColumnId[] = ["name"];

export interface CohortParams {
  /** null: the viewer's default cohort. */
  teamId: number | null;
  quietDays: number;
  heat: { sort: HeatSort; desc: boolean; page: number };
  students: CohortStudentQuery;
  columns: StudentColumnId[];
  notices: string[];
}

const MAX_TEXT = 100;
const MAX_PAGE = 10_000;
const Id = z.coerce.number().int().positive().max(2_147_483_647);
const Page = z.coerce.number().int().min(1);
const Days = z.coerce.number().int().min(MIN_QUIET_DAYS).max(MAX_QUIET_DAYS);
const Size = z.coerce.number().pipe(z.literal(STUDENT_PAGE_SIZES));
const Dir = z.enum(["asc", "desc"]);

const quoted = (value: string) => `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;

function valuesOf(params: SearchParamsInput, name: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = params[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function parseCohortParams(params: SearchParamsInput): CohortParams {
  const notices: string[] = [];
  const first = (name: string) => (valuesOf(params, name)[0] ?? "").trim();
  const list = (name: string) =>
    valuesOf(params, name)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean);

  let teamId: number | null = null;
  const rawTeam = first("team");
  if (rawTeam) {
    const id = Id.safeParse(rawTeam);
    if (id.success) teamId = id.data;
    else notices.push(`Ignored team ${quoted(rawTeam)}: not a team number; showing your default cohort.`);
  }

  let quietDays = DEFAULT_QUIET_DAYS;
  const rawDays = first("days");
  if (rawDays) {
    const days = Days.safeParse(rawDays);
    if (days.success) quietDays = days.data;
    else notices.push(`Ignored ${quoted(rawDays)} days without activity: choose a whole number from ${MIN_QUIET_DAYS} to ${MAX_QUIET_DAYS}.`);
  }

  const heat: CohortParams["heat"] = { sort: "name", desc: false, page: 1 };
  const rawHeatSort = first("hsort");
  if (rawHeatSort) {
    if (rawHeatSort === "name" || isSubsystem(rawHeatSort)) heat.sort = rawHeatSort;
    else notices.push(`Ignored heat-map sort ${quoted(rawHeatSort)}: sort by student or by a subsystem.`);
  }
  heat.desc = heat.sort !== "name";
  const rawHeatDir = first("hdir");
  if (rawHeatDir) {
    const dir = Dir.safeParse(rawHeatDir);
    if (dir.success) heat.desc = dir.data === "desc";
    else notices.push(`Ignored heat-map sort direction ${quoted(rawHeatDir)}: use asc or desc.`);
  }
  heat.page = parsePage(first("hpage"), "heat-map page", notices) ?? 1;

  const students = defaultStudentQuery();
  const rawQ = first("q");
  if (rawQ.length > MAX_TEXT) notices.push(`The name filter is longer than ${MAX_TEXT} characters; only its start was used.`);
  students.q = rawQ ? rawQ.slice(0, MAX_TEXT) : null;
  const rawSubsystem = first("subsystem");
  if (rawSubsystem) {
    if (isSubsystem(rawSubsystem)) students.subsystem = rawSubsystem;
    else notices.push(`Ignored subsystem ${quoted(rawSubsystem)}: not one of the seven.`);
  }
  const chosen = new Set<string>();
  for (const raw of list("level")) {
    if (isCohortLevel(raw)) chosen.add(raw);
    else notices.push(`Ignored level ${quoted(raw)}: not a competency level.`);
  }
  students.levels = COHORT_LEVELS.filter((level) => chosen.has(level));
  if (students.levels.length > 0 && !students.subsystem) {
    notices.push("Ignored the level filter: pick the subsystem whose level it filters on.");
    students.levels = [];
  }
  const rawBehind = first("behind");
  if (rawBehind) {
    if (rawBehind === "yes") students.behind = true;
    else notices.push(`Ignored behind=${quoted(rawBehind)}: use behind=yes for students falling behind.`);
  }

  const rawSort = first("sort");
  if (rawSort) {
    if ((STUDENT_SORT_IDS as readonly string[]).includes(rawSort)) {
      students.sort = rawSort as StudentSortId;
      students.desc = DESC_FIRST.has(students.sort);
    } else notices.push(`Ignored sort ${quoted(rawSort)}: not a column the students table sorts by.`);
  }
  const rawDir = first("dir");
  if (rawDir) {
    const dir = Dir.safeParse(rawDir);
    if (dir.success) students.desc = dir.data === "desc";
    else notices.push(`Ignored sort direction ${quoted(rawDir)}: use asc or desc.`);
  }
  students.page = parsePage(first("page"), "page", notices) ?? 1;
  const rawSize = first("size");
  if (rawSize) {
    const size = Size.safeParse(rawSize);
    if (size.success) students.size = size.data as StudentPageSize;
    else notices.push(`Ignored page size ${quoted(rawSize)}: choose ${STUDENT_PAGE_SIZES.join(", ")}.`);
  }

  let columns: StudentColumnId[] = [...STUDENT_COLUMN_IDS];
  if (valuesOf(params, "cols").length > 0) {
    const wanted = new Set(list("cols"));
    for (const id of wanted) {
      if (!(STUDENT_COLUMN_IDS as readonly string[]).includes(id)) notices.push(`Ignored column ${quoted(id)}: not a column of the students table.`);
    }
    columns = STUDENT_COLUMN_IDS.filter((id) => FIXED_STUDENT_COLUMNS.includes(id) || wanted.has(id));
  }

  return { teamId, quietDays, heat, students, columns, notices };
}

function parsePage(raw: string, what: string, notices: string[]): number | null {
  if (!raw) return null;
  const page = Page.safeParse(raw);
  if (!page.success) notices.push(`Ignored ${what} ${quoted(raw)}: not a page number.`);
  else if (page.data > MAX_PAGE) notices.push(`Ignored ${what} ${quoted(raw)}: too far.`);
  else return page.data;
  return null;
}

/**
 * The canonical query string of a view (defaults left out, the cohort always named), so equal
 * views have equal URLs and every link on the page keeps the rest of the state.
 */
export function cohortSearch(view: Omit<CohortParams, "notices" | "teamId">, teamId: number): string {
  const params = new URLSearchParams({ team: String(teamId) });
  if (view.quietDays !== DEFAULT_QUIET_DAYS) params.set("days", String(view.quietDays));
  if (view.heat.sort !== "name") params.set("hsort", view.heat.sort);
  if (view.heat.desc !== (view.heat.sort !== "name")) params.set("hdir", view.heat.desc ? "desc" : "asc");
  if (view.heat.page > 1) params.set("hpage", String(view.heat.page));
  const s = view.students;
  const defaults = defaultStudentQuery();
  if (s.q) params.set("q", s.q);
  if (s.subsystem) params.set("subsystem", s.subsystem);
  if (s.levels.length > 0) params.set("level", s.levels.join(","));
  if (s.behind) params.set("behind", "yes");
  if (s.sort !== defaults.sort || s.desc !== defaults.desc) {
    params.set("sort", s.sort);
    params.set("dir", s.desc ? "desc" : "asc");
  }
  if (s.page > 1) params.set("page", String(s.page));
  if (s.size !== defaults.size) params.set("size", String(s.size));
  if (view.columns.length !== STUDENT_COLUMN_IDS.length) {
    params.set("cols", view.columns.filter((id) => !FIXED_STUDENT_COLUMNS.includes(id)).join(","));
  }
  return params.toString().replace(/%2C/gi, ",");
}

/** `/cohorts?…` with the heat map sorted by `sort`: first in its natural direction, then flipping. */
export function heatSortHref(view: Omit<CohortParams, "notices" | "teamId">, teamId: number, sort: HeatSort): string {
  const natural = sort !== "name";
  const desc = view.heat.sort === sort ? !view.heat.desc : natural;
  return `/cohorts?${cohortSearch({ ...view, heat: { sort, desc, page: 1 } }, teamId)}`;
}

export function heatPageHref(view: Omit<CohortParams, "notices" | "teamId">, teamId: number, page: number): string {
  return `/cohorts?${cohortSearch({ ...view, heat: { ...view.heat, page } }, teamId)}`;
}

/** The students table's filters only (for the CSV link and "clear filters"). */
export function studentFilterSearch(view: Omit<CohortParams, "notices" | "teamId">, teamId: number, withFilters: boolean): string {
  const students = withFilters ? { ...view.students, page: 1 } : { ...defaultStudentQuery(), sort: view.students.sort, desc: view.students.desc, size: view.students.size };
  return cohortSearch({ ...view, students }, teamId);
}

export function heatSortLabel(sort: HeatSort): string {
  return sort === "name" ? "student" : SUBSYSTEM_LABELS[sort];
}
