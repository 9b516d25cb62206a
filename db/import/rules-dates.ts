/**
 * Date parsing for the Notion import (see /work/shared/notion-export-format.md, sections 6 and 7).
 *
 * Everything here works on calendar dates as strings: the export carries no time zone, so turning
 * a value into a `Date` would shift it by the server's offset. Callers decide the zone later.
 * Re-exported from `./rules`; import from there.
 */

/** A day as written in the export, with the wall-clock time when one was given. */
export interface CalendarDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, 24-hour, or null for a date without a time. */
  time: string | null;
}

export type ParsedDateValue =
  | { kind: "date"; start: CalendarDate; end: CalendarDate | null }
  /** `@Today`, `@Last Monday`…: Notion renders mentions near the export date relatively in pages
   *  and file names, and the file does not say what "today" was, so these cannot be resolved. */
  | { kind: "relative"; raw: string }
  | { kind: "invalid"; raw: string };

const MONTH_NUMBERS: Record<string, number> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

// Longest names first so "September" wins over "Sep" in the alternation.
const MONTH = `(?<mon>${Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?`;
const TIME = String.raw`(?<h>\d{1,2}):(?<min>\d{2})(?:\s*(?<ap>[ap])\.?m\.?)?`;
/** Notion may append the zone of a timed date; it is ignored because nothing here shifts times. */
const ZONE = String.raw`(?:\s*\((?:GMT|UTC)[^)]*\))?`;
const ORDINAL = "(?:st|nd|rd|th)?";

/** The date shapes accepted, without anchors so titles can be searched with the same sources. */
const DATE_SOURCES = [
  // November 5, 2025 · Nov 05, 2025 · Sept. 5 2025
  String.raw`(?<![\p{L}])${MONTH}\s+(?<d>\d{1,2})${ORDINAL},?\s+(?<y>\d{4})(?!\d)`,
  // 5 November 2025 (how people type dates into titles outside the US)
  String.raw`(?<!\d)(?<d>\d{1,2})${ORDINAL}\.?\s+${MONTH},?\s+(?<y>\d{4})(?!\d)`,
  // 2025-11-05 · 2025/11/05
  String.raw`(?<!\d)(?<y>\d{4})[-/](?<m>\d{1,2})[-/](?<d>\d{1,2})(?!\d)`,
  // 11/05/2025: Notion's numeric format is US month/day
  String.raw`(?<!\d)(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>\d{4})(?!\d)`,
];
const WITH_TIME = String.raw`(?:(?:\s+|T)${TIME}(?![\d:]))?${ZONE}`;

const ANCHORED_DATES = DATE_SOURCES.map((src) => new RegExp(`^${src}${WITH_TIME}$`, "iu"));
const SEARCH_DATES = DATE_SOURCES.map((src) => new RegExp(`${src}${WITH_TIME}`, "giu"));
const ANCHORED_TIME = new RegExp(`^${TIME}${ZONE}$`, "iu");

/** Relative renderings of date mentions, optionally with a time (`@Today 3:00 PM`). */
const RELATIVE = new RegExp(
  String.raw`^(?:today|yesterday|tomorrow|now|(?:last|next|this)\s+(?:${WEEKDAYS}|week|month|year)|${WEEKDAYS})(?:\s+${TIME})?$`,
  "iu",
);

const pad = (n: number): string => String(n).padStart(2, "0");

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

type Groups = Record<string, string | undefined>;

/** `HH:MM` from the TIME groups, null when absent, undefined when impossible (25:00, 13:00 PM). */
function timeFromGroups(g: Groups): string | null | undefined {
  if (g.h === undefined || g.min === undefined) return null;
  let hour = Number(g.h);
  const minute = Number(g.min);
  if (minute > 59) return undefined;
  if (g.ap !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = g.ap.toLowerCase() === "p";
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) {
    return undefined;
  }
  return `${pad(hour)}:${pad(minute)}`;
}

/** The calendar date the groups describe, or null for an impossible one (February 30). */
function dateFromGroups(g: Groups): CalendarDate | null {
  const year = Number(g.y);
  const month = g.mon !== undefined ? MONTH_NUMBERS[g.mon.toLowerCase()] : Number(g.m);
  const day = Number(g.d);
  if (month === undefined || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const time = timeFromGroups(g);
  if (time === undefined) return null;
  return { date: `${year}-${pad(month)}-${pad(day)}`, time };
}

/** True for `Today`, `@Last Monday`, `Friday`… with or without the `@`. */
export function isRelativeDate(raw: string): boolean {
  return RELATIVE.test(raw.trim().replace(/^@\s*/u, ""));
}

/** True when `word` is an English month name or its abbreviation (`Nov`, `Sept.`). */
export function isMonthName(word: string): boolean {
  return word.toLowerCase().replace(/\.$/u, "") in MONTH_NUMBERS;
}

function parseSingle(raw: string): CalendarDate | null {
  const text = raw.trim().replace(/^@\s*/u, "");
  for (const re of ANCHORED_DATES) {
    const m = re.exec(text);
    if (m?.groups) return dateFromGroups(m.groups);
  }
  return null;
}

/**
 * Parses a date property value or date mention. A range's end may be a bare time
 * (`November 5, 2025 3:00 PM → 4:00 PM`); it then takes the start's date. `raw` in the
 * relative/invalid results is the trimmed input, so callers can keep it for display.
 */
export function parseNotionDate(raw: string): ParsedDateValue {
  const text = raw.trim();
  const parts = text.split(/\s*(?:→|->)\s*/u);
  if (text === "" || parts.length > 2) return { kind: "invalid", raw: text };
  const [startText = "", endText] = parts;
  if (isRelativeDate(startText) || (endText !== undefined && isRelativeDate(endText))) {
    return { kind: "relative", raw: text };
  }
  const start = parseSingle(startText);
  if (!start) return { kind: "invalid", raw: text };
  if (endText === undefined) return { kind: "date", start, end: null };

  const end = parseSingle(endText);
  if (end) return { kind: "date", start, end };
  const timeOnly = ANCHORED_TIME.exec(endText.replace(/^@\s*/u, ""));
  const endTime = timeOnly?.groups ? timeFromGroups(timeOnly.groups) : undefined;
  // A bare end time only makes sense after a timed start.
  if (!endTime || start.time === null) return { kind: "invalid", raw: text };
  return { kind: "date", start, end: { date: start.date, time: endTime } };
}

/**
 * The first valid date written anywhere in a title ("Weekly sync — October 14, 2025",
 * "2025-10-14 Standup", "Design review 10/14/2025"), used when a meeting has no date property.
 */
export function dateFromTitle(title: string): CalendarDate | null {
  let best: { index: number; value: CalendarDate } | null = null;
  for (const re of SEARCH_DATES) {
    re.lastIndex = 0;
    for (const m of title.matchAll(re)) {
      const value = m.groups ? dateFromGroups(m.groups) : null;
      if (value && (best === null || m.index < best.index)) best = { index: m.index, value };
    }
  }
  return best?.value ?? null;
}
