/**
 * Groups timeline entries under their day. Days are UTC days: the page is rendered on the
 * server, which cannot know the reader's time zone, and says so.
 */
export interface DayGroup<T> {
  /** `YYYY-MM-DD`, or null for entries without a time. */
  day: string | null;
  label: string;
  entries: T[];
}

// Spelled out here rather than by Intl: ICU versions differ in punctuation, and the heading is
// also what tests and screen-reader users find the day by.
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "Wednesday 4 March 2026" for `2026-03-04`. */
export function dayLabel(day: string | null): string {
  if (!day) return "Time not recorded";
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Keeps the order it is given; consecutive entries of one day share a group. */
export function groupByDay<T extends { timestamp: string | null }>(entries: readonly T[]): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const entry of entries) {
    const day = entry.timestamp ? entry.timestamp.slice(0, 10) : null;
    const last = groups.at(-1);
    if (last && last.day === day) last.entries.push(entry);
    else groups.push({ day, label: dayLabel(day), entries: [entry] });
  }
  return groups;
}
