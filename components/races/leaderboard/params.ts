import { z } from "zod";
import { isCohortLevel } from "@/db/queries/cohort-levels";
import {
  cohortValue,
  LEADERBOARD_WINDOWS,
  NO_FILTERS,
  parseCohortValue,
  type LeaderboardFilters,
} from "@/db/queries/leaderboard-params";

/**
 * The leaderboard's URL state. Unknown or malformed values fall back to "any" rather than
 * failing the page: a shared link with a stale team id still shows a board.
 */

export const LEADERBOARD_PARAM_NAMES = ["cohort", "team", "university", "semester", "window", "level"] as const;

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const id = z.coerce.number().int().positive().max(2_147_483_647).nullable().catch(null);

export function parseLeaderboardParams(params: Params): LeaderboardFilters {
  const text = (name: string) => first(params[name])?.trim() || null;
  const cohort = text("cohort");
  const semester = text("semester");
  const level = text("level");
  const window = text("window");
  return {
    cohort: cohort ? parseCohortValue(cohort) : null,
    teamId: id.parse(text("team")),
    universityId: id.parse(text("university")),
    semester: semester && semester.length <= 100 ? semester : null,
    window: (LEADERBOARD_WINDOWS as readonly string[]).includes(window ?? "") ? (window as LeaderboardFilters["window"]) : "all",
    level: level && isCohortLevel(level) ? level : null,
  };
}

/** The filters as query-string pairs, defaults left out. */
export function leaderboardParams(filters: LeaderboardFilters): [string, string][] {
  const pairs: [string, string][] = [];
  if (filters.cohort) pairs.push(["cohort", cohortValue(filters.cohort)]);
  if (filters.teamId !== null) pairs.push(["team", String(filters.teamId)]);
  if (filters.universityId !== null) pairs.push(["university", String(filters.universityId)]);
  if (filters.semester !== null) pairs.push(["semester", filters.semester]);
  if (filters.window !== NO_FILTERS.window) pairs.push(["window", filters.window]);
  if (filters.level !== null) pairs.push(["level", filters.level]);
  return pairs;
}

/**
 * The page's other query parameters (the race page may keep its own state in the URL), which
 * the filter form carries along as hidden fields and "Clear filters" keeps.
 */
export function otherParams(params: Params): [string, string][] {
  return Object.entries(params).flatMap(([name, value]) =>
    (LEADERBOARD_PARAM_NAMES as readonly string[]).includes(name) || value === undefined
      ? []
      : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v]),
  );
}

export function hrefWith(path: string, pairs: [string, string][], hash = ""): string {
  const search = new URLSearchParams(pairs).toString();
  return `${path}${search ? `?${search}` : ""}${hash}`;
}
