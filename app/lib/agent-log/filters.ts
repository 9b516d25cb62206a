import { z } from "zod";
import { RUN_STATUSES, SUBSYSTEMS, type RunStatus, type Subsystem } from "../domain/vocabulary";
import { decodeCursor, encodeCursor, type TimelineCursor } from "./cursor";

/**
 * The timeline's filters as they travel in the URL:
 * `/agent-log?agent=&action=&status=&subsystem=&from=&to=&meta=key%3Dvalue&meta=…&cursor=`.
 *
 * A metadata filter is `key=value` and matches entries whose metadata has that top-level key
 * with that value (JSONB containment). The value is read as JSON would type it: `12` and
 * `-1.5` are numbers, `true` / `false` booleans, anything else a string; wrap it in double
 * quotes to force a string (`zip="01234"`, `code="12"`). Several metadata filters must all
 * match. Numbers with leading zeros (`007`) stay strings, so ids written as text still match.
 */

export type MetaValue = string | number | boolean;

export interface MetaFilter {
  key: string;
  value: MetaValue;
}

export interface TimelineFilters {
  agent: string | null;
  action: string | null;
  status: RunStatus | null;
  subsystem: Subsystem | null;
  /** Inclusive UTC days, `YYYY-MM-DD`. */
  from: string | null;
  to: string | null;
  meta: MetaFilter[];
}

export interface TimelineQuery {
  filters: TimelineFilters;
  cursor: TimelineCursor | null;
  /** What was in the URL but ignored, said back to the reader. */
  problems: string[];
}

export const NO_FILTERS: TimelineFilters = {
  agent: null,
  action: null,
  status: null,
  subsystem: null,
  from: null,
  to: null,
  meta: [],
};

/** More would only make the URL unwieldy; each one is another index condition. */
export const MAX_META_FILTERS = 5;
const META_KEY = /^[A-Za-z0-9_.:-]{1,64}$/;
const NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d{1,15})?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type MetaParse = { ok: true; filter: MetaFilter } | { ok: false; message: string };

export function parseMetaFilter(text: string): MetaParse {
  const at = text.indexOf("=");
  if (at < 0) return { ok: false, message: `“${text}” is not key=value.` };
  const key = text.slice(0, at).trim();
  const raw = text.slice(at + 1).trim();
  if (!META_KEY.test(key)) {
    return { ok: false, message: `“${key}” is not a metadata key (letters, digits, _ . : - only, up to 64).` };
  }
  if (raw === "") return { ok: false, message: `Give a value for “${key}”.` };
  if (raw.length > 200) return { ok: false, message: `The value for “${key}” is longer than 200 characters.` };
  return { ok: true, filter: { key, value: metaValue(raw) } };
}

function metaValue(raw: string): MetaValue {
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) return raw.slice(1, -1);
  if (raw === "true") return true;
  if (raw === "false") return false;
  if (NUMBER.test(raw)) return Number(raw);
  return raw;
}

/** The inverse of parseMetaFilter: quotes a string that would otherwise read as another type. */
export function formatMetaFilter({ key, value }: MetaFilter): string {
  if (typeof value !== "string") return `${key}=${String(value)}`;
  const plain = value !== "" && value === value.trim() && metaValue(value) === value;
  return plain ? `${key}=${value}` : `${key}="${value}"`;
}

const Text = z.string().trim().min(1).max(100);

function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

function all(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => v.trim()).filter(Boolean);
}

/** Never throws: anything it cannot use is dropped and named in `problems`. */
export function parseTimelineQuery(params: SearchParams): TimelineQuery {
  const problems: string[] = [];
  const text = (name: string, label: string): string | null => {
    const raw = first(params[name]);
    if (!raw) return null;
    const parsed = Text.safeParse(raw);
    if (parsed.success) return parsed.data;
    problems.push(`The ${label} filter is longer than 100 characters and was ignored.`);
    return null;
  };
  const oneOf = <T extends string>(name: string, label: string, values: readonly T[]): T | null => {
    const raw = first(params[name]);
    if (!raw) return null;
    if ((values as readonly string[]).includes(raw)) return raw as T;
    problems.push(`“${raw}” is not a ${label}; that filter was ignored.`);
    return null;
  };
  const day = (name: string, label: string): string | null => {
    const raw = first(params[name]);
    if (!raw) return null;
    if (isDay(raw)) return raw;
    problems.push(`The ${label} date “${raw}” is not a date (YYYY-MM-DD) and was ignored.`);
    return null;
  };

  const meta: MetaFilter[] = [];
  for (const raw of all(params.meta)) {
    const parsed = parseMetaFilter(raw);
    if (!parsed.ok) problems.push(`Metadata filter ignored: ${parsed.message}`);
    else if (meta.length >= MAX_META_FILTERS) problems.push(`Only the first ${MAX_META_FILTERS} metadata filters are used.`);
    else if (!meta.some((m) => m.key === parsed.filter.key && m.value === parsed.filter.value)) meta.push(parsed.filter);
  }

  const filters: TimelineFilters = {
    agent: text("agent", "agent"),
    action: text("action", "action"),
    status: oneOf("status", "status", RUN_STATUSES),
    subsystem: oneOf("subsystem", "subsystem", SUBSYSTEMS),
    from: day("from", "from"),
    to: day("to", "to"),
    meta,
  };
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.push("The from date is after the to date, so nothing can match.");
  }

  const rawCursor = first(params.cursor);
  const cursor = decodeCursor(rawCursor);
  if (rawCursor && !cursor) problems.push("The page link was not valid; showing the newest entries.");
  return { filters, cursor, problems };
}

/** The query string of a timeline view (without the leading `?`); empty for the plain timeline. */
export function timelineSearch(filters: TimelineFilters, cursor: TimelineCursor | null = null): string {
  const params = new URLSearchParams();
  if (filters.agent) params.set("agent", filters.agent);
  if (filters.action) params.set("action", filters.action);
  if (filters.status) params.set("status", filters.status);
  if (filters.subsystem) params.set("subsystem", filters.subsystem);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  for (const m of filters.meta) params.append("meta", formatMetaFilter(m));
  if (cursor) params.set("cursor", encodeCursor(cursor));
  return params.toString();
}

export function timelineHref(filters: Partial<TimelineFilters> = {}, cursor: TimelineCursor | null = null): string {
  const search = timelineSearch({ ...NO_FILTERS, ...filters }, cursor);
  return search ? `/agent-log?${search}` : "/agent-log";
}

export function hasFilters(filters: TimelineFilters): boolean {
  return timelineSearch(filters) !== "";
}
