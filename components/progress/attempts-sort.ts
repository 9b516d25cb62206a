import type { SortState } from "@/components/data-table/url-state";
import type { AttemptRow } from "@/db/queries/progress";

/**
 * How the recent-attempts table sorts. The rows are at most fifty, already read, so the server
 * page sorts them here; the sort travels in the URL (`?sort=mastery&dir=desc`) like every
 * other table of the app.
 */
export const ATTEMPT_COLUMNS = [
  { id: "module", label: "Module", descFirst: false },
  { id: "date", label: "Date", descFirst: true },
  { id: "attempt", label: "Attempt", descFirst: false },
  { id: "time", label: "Time", descFirst: false },
  { id: "errors", label: "Errors", descFirst: false },
  { id: "mastery", label: "Mastery", descFirst: true },
  { id: "result", label: "Result", descFirst: true },
] as const;
export type AttemptColumnId = (typeof ATTEMPT_COLUMNS)[number]["id"];

export const DEFAULT_ATTEMPT_SORT: SortState = { id: "date", desc: true };

const IDS: readonly string[] = ATTEMPT_COLUMNS.map((c) => c.id);

/** The sort the URL asks for; anything unknown falls back to newest first. */
export function parseAttemptSort(params: Record<string, string | string[] | undefined>): SortState {
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const id = one(params.sort);
  const dir = one(params.dir);
  if (!id || !IDS.includes(id)) return DEFAULT_ATTEMPT_SORT;
  return { id, desc: dir === undefined ? ATTEMPT_COLUMNS.find((c) => c.id === id)!.descFirst : dir === "desc" };
}

/** Result as a rank: mastered above completed below the threshold above unfinished. */
const resultRank = (row: AttemptRow) => (row.mastered ? 2 : row.completed ? 1 : 0);

const VALUE: Record<AttemptColumnId, (row: AttemptRow) => string | number | null> = {
  module: (r) => r.moduleTitle.toLowerCase(),
  date: (r) => r.at,
  attempt: (r) => r.attemptNumber,
  time: (r) => r.timeSpentSeconds,
  errors: (r) => r.errorsCount,
  mastery: (r) => r.masteryScore,
  result: resultRank,
};

/** A new array in the asked order; missing values last either way, then newest first. */
export function sortAttempts(rows: readonly AttemptRow[], sort: SortState): AttemptRow[] {
  const value = VALUE[sort.id as AttemptColumnId] ?? VALUE.date;
  const newest = (a: AttemptRow, b: AttemptRow) => (b.at ?? "").localeCompare(a.at ?? "") || b.logId - a.logId;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? newest(a, b) : x === null ? 1 : -1;
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return (sort.desc ? -order : order) || newest(a, b);
  });
}
