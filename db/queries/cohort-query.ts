import { SUBSYSTEMS, type Subsystem } from "../../app/lib/domain/vocabulary";
import type { CohortLevel } from "./cohort-levels";

/**
 * What the cohort's students table asks for: filters, sort and page, as plain data shared by
 * the page, its URL parsing, the CSV route and the query. No database import here.
 */

export const STUDENT_SORT_IDS = ["name", "team", "mastered", "mean", "lastActivity", ...SUBSYSTEMS] as const;
export type StudentSortId = (typeof STUDENT_SORT_IDS)[number];

/** Columns whose first sort is descending: more modules, higher scores and levels, latest activity first. */
export const DESC_FIRST: ReadonlySet<StudentSortId> = new Set<StudentSortId>(["mastered", "mean", "lastActivity", ...SUBSYSTEMS]);

export const STUDENT_PAGE_SIZES = [25, 50, 100] as const;
export type StudentPageSize = (typeof STUDENT_PAGE_SIZES)[number];

/** "No activity for N days": N when the URL does not say, and the range the UI accepts. */
export const DEFAULT_QUIET_DAYS = 14;
export const MIN_QUIET_DAYS = 1;
export const MAX_QUIET_DAYS = 365;

/** The filters' names in the query string (`level` holds `levels`, comma-separated). */
export const STUDENT_FILTER_NAMES = ["q", "subsystem", "level", "behind"] as const;

export interface CohortStudentFilters {
  /** Part of the student's name, case-insensitive. */
  q: string | null;
  /** The subsystem whose level `levels` filters on; levels without a subsystem filter nothing. */
  subsystem: Subsystem | null;
  levels: CohortLevel[];
  /** Only students falling behind. */
  behind: boolean;
}

export interface CohortStudentQuery extends CohortStudentFilters {
  sort: StudentSortId;
  desc: boolean;
  page: number;
  size: StudentPageSize;
}

export interface FallingBehindRule {
  /** No activity for at least this many whole days counts as falling behind. */
  quietDays: number;
  /** "Today"; tests pin it. */
  now?: Date;
}

export function defaultStudentQuery(): CohortStudentQuery {
  return { q: null, subsystem: null, levels: [], behind: false, sort: "name", desc: false, page: 1, size: 25 };
}

export function isSubsystem(value: string): value is Subsystem {
  return (SUBSYSTEMS as readonly string[]).includes(value);
}
