import { z } from "zod";
import type { RaceTimeTargets } from "../../app/lib/domain/race-data";
import { medalFor, type Medal } from "../../app/lib/domain/races";

/**
 * Ghost rows on a leaderboard: each earlier cohort's median finish (and every cohort pooled),
 * read from `race_metadata.ghost_data` and placed among the students at their times. They are
 * benchmarks, not competitors: never ranked, and a university filter keeps that university's
 * cohorts only (the pooled ghost mixes universities, so it goes too).
 */

export interface GhostRow {
  kind: "ghost";
  key: string;
  /** "Ghost · NIT Spring 2026 · Power (median)". */
  label: string;
  timeSeconds: number;
  masteryScore: number | null;
  medal: Medal | null;
  /** Students whose finishes the median is taken over. */
  students: number;
}

const Quartiles = z.object({ p25: z.number(), median: z.number(), p75: z.number() });
const GhostData = z.object({
  ghosts: z.array(
    z.object({
      cohortId: z.number(),
      name: z.string(),
      university: z.string(),
      semester: z.string(),
      students: z.number(),
      finish: Quartiles,
      mastery: Quartiles,
    }),
  ),
  pooled: z.object({ students: z.number(), finish: Quartiles, mastery: Quartiles }).nullable().optional(),
});
export type LeaderboardGhostData = z.infer<typeof GhostData>;

/** The parts of `race_metadata.ghost_data` a leaderboard shows; null when missing or unreadable. */
export function parseGhostData(value: unknown): LeaderboardGhostData | null {
  const parsed = GhostData.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The ghost rows for a board, fastest first. `universityNames` is null without a university
 * filter, else the short and full names of the university filtered on (matched against the
 * ghost's `university`, whichever the builder wrote).
 */
export function ghostRowsFor(
  data: LeaderboardGhostData | null,
  targets: RaceTimeTargets | null,
  universityNames: string[] | null,
): GhostRow[] {
  if (!data) return [];
  const row = (key: string, label: string, students: number, finish: number, mastery: number): GhostRow => ({
    kind: "ghost",
    key,
    label,
    timeSeconds: finish,
    masteryScore: mastery,
    medal: targets ? medalFor(finish, mastery, targets) : null,
    students,
  });
  const rows = data.ghosts
    .filter((g) => universityNames === null || universityNames.includes(g.university))
    .map((g) => row(`cohort:${g.cohortId}`, `Ghost · ${g.name} (median)`, g.students, g.finish.median, g.mastery.median));
  if (data.pooled && universityNames === null) {
    rows.push(row("median", "Ghost · all earlier cohorts (median)", data.pooled.students, data.pooled.finish.median, data.pooled.mastery.median));
  }
  return rows.sort((a, b) => a.timeSeconds - b.timeSeconds || a.label.localeCompare(b.label));
}

/**
 * Students and ghosts in one list: a ghost goes after every student at or under its time (a
 * tie goes to the real student). A ghost slower than the last student shown is left out unless
 * the page holds the whole board (`complete`): it would belong on a later page.
 */
export function interleaveGhosts<T extends { timeSeconds: number }>(entries: T[], ghosts: GhostRow[], complete: boolean): (T | GhostRow)[] {
  const last = entries.at(-1);
  const shown = ghosts.filter((g) => complete || (last !== undefined && g.timeSeconds <= last.timeSeconds));
  const rows: (T | GhostRow)[] = [];
  let next = 0;
  for (const entry of entries) {
    while (next < shown.length && shown[next]!.timeSeconds < entry.timeSeconds) rows.push(shown[next++]!);
    rows.push(entry);
  }
  while (next < shown.length) rows.push(shown[next++]!);
  return rows;
}
