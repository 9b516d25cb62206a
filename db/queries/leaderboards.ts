import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { canViewStudent, leaderboardName, type Viewer } from "../../app/lib/auth/roles";
import { LEADERBOARD_CACHE_SIZE, type RaceLeaderboardCache } from "../../app/lib/domain/race-data";
import type { Medal } from "../../app/lib/domain/races";
import type { Subsystem } from "../../app/lib/domain/vocabulary";
import type { Database, Executor } from "../client";
import { getDb } from "../index";
import { queryRows } from "../rows";
import { MEDALS } from "../schema/races";
import { ANY_ROLE, assertRole } from "./access";
import { filterConditions, filterJoins, isUnfiltered, readFilterOptions, windowStart, type LeaderboardFilterOptions, type LeaderboardFilters } from "./leaderboard-filters";
import { ghostRowsFor, interleaveGhosts, parseGhostData, type GhostRow } from "./leaderboard-ghosts";

/**
 * A module's leaderboard: each student's best listed run, fastest first, ties to the earlier
 * finish (then the attempt id, as `compareLeaderboardEntries` orders the cache), with the ghosts of
 * earlier cohorts interleaved at their median times.
 *
 * - The all-time board of everyone is `race_metadata.leaderboard_data`, rewritten by the race
 *   engine in the transaction that finishes a race: a page view reads it and looks up the names
 *   of the ≤ 25 students in it, never every run. Filtered boards read `race_runs` through its
 *   (module_id, board_status, time_seconds, finished_at) index.
 * - Names: `leaderboardName` decides per row, so a student who did not opt in is "Anonymous
 *   student" to other students and to another university's faculty. Rows carry no student id:
 *   the anonymity is a promise about everything sent to the browser.
 * - The viewing student's own best row is always there: in the page, or after it with its true
 *   rank under the same filters.
 */

export interface LeaderboardEntry {
  kind: "student";
  rank: number;
  runId: number;
  /** The name the viewer may see, or "Anonymous student". */
  name: string;
  anonymous: boolean;
  team: string | null;
  university: string;
  timeSeconds: number;
  masteryScore: number;
  medal: Medal | null;
  finishedAt: string;
  isViewer: boolean;
}

export type LeaderboardRow = LeaderboardEntry | GhostRow;

export interface ModuleLeaderboardView {
  module: { id: number; slug: string; title: string; subsystem: Subsystem };
  /** Where the entries came from: the cached board, or a query for a filtered view. */
  source: "cache" | "query";
  /** The page: at most `pageSize` ranked entries with ghost rows interleaved. */
  rows: LeaderboardRow[];
  /** The viewer's own best entry when it is not in `rows`. */
  viewerRow: LeaderboardEntry | null;
  /** For a student with no listed run: their finished runs waiting for review. */
  viewerFlagged: number;
  counts: { students: number; flagged: number };
  pageSize: number;
}

const CachedEntry = z.object({
  runId: z.number().int(),
  studentId: z.string(),
  timeSeconds: z.number(),
  masteryScore: z.number(),
  medal: z.enum(MEDALS).nullable(),
  finishedAt: z.string(),
});
const Cache = z.object({
  top: z.array(CachedEntry),
  counts: z.object({ finished: z.number(), listedStudents: z.number(), flagged: z.number() }),
  updatedAt: z.string(),
}) satisfies z.ZodType<RaceLeaderboardCache>;

const Targets = z.object({ gold: z.number(), silver: z.number(), bronze: z.number(), source: z.enum(["ghosts", "calibration", "estimate"]) });

/** An entry before names are looked up. */
interface RankedRun {
  rank: number;
  runId: number;
  studentId: string;
  timeSeconds: number;
  masteryScore: number;
  medal: Medal | null;
  finishedAt: string;
}

/**
 * The leaderboard of the module `slug` under `filters`; null for an unknown slug, and for a
 * student when the module is not published. Signed-in viewers only.
 */
export async function getModuleLeaderboard(
  viewer: Viewer | null,
  slug: string,
  filters: LeaderboardFilters,
  options: { db?: Database; now?: Date; pageSize?: number } = {},
): Promise<ModuleLeaderboardView | null> {
  assertRole(viewer, ANY_ROLE);
  const db = options.db ?? (await getDb());
  const pageSize = Math.max(1, Math.min(options.pageSize ?? LEADERBOARD_CACHE_SIZE, LEADERBOARD_CACHE_SIZE));
  const [module] = await queryRows<{
    id: number;
    slug: string;
    title: string;
    subsystem: Subsystem;
    status: string;
    leaderboard_data: unknown;
    ghost_data: unknown;
    time_targets: unknown;
  }>(
    db,
    sql`SELECT m.id, m.slug, m.title, m.subsystem, m.status, rm.leaderboard_data, rm.ghost_data, rm.time_targets
      FROM modules m LEFT JOIN race_metadata rm ON rm.module_id = m.id WHERE m.slug = ${slug}`,
  );
  if (!module || (viewer.role === "student" && module.status !== "published")) return null;
  const me = viewer.role === "student" ? viewer.studentId : null;

  const cache = isUnfiltered(filters) ? Cache.safeParse(module.leaderboard_data) : null;
  if (cache && !cache.success && module.leaderboard_data !== null) {
    console.warn(`[leaderboards] race_metadata.leaderboard_data of module ${module.id} is unreadable; reading race_runs instead`);
  }
  const board = cache?.success
    ? await fromCache(db, module.id, cache.data, me, pageSize)
    : await fromQuery(db, module.id, module.subsystem, filters, me, pageSize, options.now ?? new Date());

  const [people, universities] = await Promise.all([
    lookUpStudents(db, [...new Set([...board.top, ...(board.mine ? [board.mine] : [])].map((r) => r.studentId))]),
    universityNames(db, filters),
  ]);
  const entry = (run: RankedRun): LeaderboardEntry => {
    const person = people.get(run.studentId);
    const scope = person ? { id: run.studentId, universityId: person.universityId, name: person.name, publicLeaderboard: person.publicLeaderboard } : null;
    const anonymous = !scope || !(scope.publicLeaderboard || canViewStudent(viewer, scope));
    return {
      kind: "student",
      rank: run.rank,
      runId: run.runId,
      name: scope ? leaderboardName(viewer, scope) : "Anonymous student",
      anonymous,
      team: person?.team ?? null,
      university: person?.university ?? "",
      timeSeconds: run.timeSeconds,
      masteryScore: run.masteryScore,
      medal: run.medal,
      finishedAt: run.finishedAt,
      isViewer: me !== null && run.studentId === me,
    };
  };
  const entries = board.top.map(entry);
  const viewerRow = board.mine && !entries.some((e) => e.isViewer) ? entry(board.mine) : null;

  const targets = Targets.safeParse(module.time_targets);
  const ghosts = ghostRowsFor(parseGhostData(module.ghost_data), targets.success ? targets.data : null, universities);
  const complete = board.students <= entries.length;

  let viewerFlagged = 0;
  if (me && !board.mine) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`SELECT COUNT(*)::int AS n FROM race_runs WHERE student_id = ${me} AND module_id = ${module.id} AND board_status = 'flagged'`,
    );
    viewerFlagged = row?.n ?? 0;
  }

  return {
    module: { id: module.id, slug: module.slug, title: module.title, subsystem: module.subsystem },
    source: cache?.success ? "cache" : "query",
    rows: interleaveGhosts(entries, ghosts, complete),
    viewerRow,
    viewerFlagged,
    counts: { students: board.students, flagged: board.flagged },
    pageSize,
  };
}

/** The filter form's choices; any signed-in viewer. */
export async function listLeaderboardFilterOptions(viewer: Viewer | null, db?: Database): Promise<LeaderboardFilterOptions> {
  assertRole(viewer, ANY_ROLE);
  return readFilterOptions(db ?? (await getDb()));
}

// ---------------------------------------------------------------------------------------------

interface Board {
  top: RankedRun[];
  mine: RankedRun | null;
  students: number;
  flagged: number;
}

/** The cached board, and the viewer's own best run with its rank when the cache does not hold it. */
async function fromCache(db: Executor, moduleId: number, cache: RaceLeaderboardCache, me: string | null, pageSize: number): Promise<Board> {
  const top = cache.top.slice(0, pageSize).map((e, i) => ({ ...e, rank: i + 1 }));
  let mine: RankedRun | null = null;
  if (me && !top.some((e) => e.studentId === me)) {
    // A student is ahead of me when any of their listed runs is: their best is at least as good.
    const [row] = await queryRows<{ id: number; time_seconds: number; finished_epoch: number | string; mastery: number | string; medal: Medal | null; ahead: number }>(
      db,
      sql`WITH mine AS (
          SELECT id, attempt_id, time_seconds, finished_at, mastery_score, medal FROM race_runs
          WHERE student_id = ${me} AND module_id = ${moduleId} AND board_status = 'listed'
            AND time_seconds IS NOT NULL AND finished_at IS NOT NULL
          ORDER BY time_seconds, finished_at, attempt_id LIMIT 1
        )
        SELECT mine.id, mine.time_seconds, EXTRACT(EPOCH FROM mine.finished_at)::float8 AS finished_epoch,
          mine.mastery_score::float8 AS mastery, mine.medal,
          (SELECT COUNT(DISTINCT r.student_id) FROM race_runs r
            WHERE r.module_id = ${moduleId} AND r.board_status = 'listed' AND r.student_id <> ${me}
              AND r.time_seconds <= mine.time_seconds
              AND (r.time_seconds < mine.time_seconds OR (r.finished_at, r.attempt_id) < (mine.finished_at, mine.attempt_id)))::int AS ahead
        FROM mine`,
    );
    if (row) mine = { ...runOf(row, me), rank: row.ahead + 1 };
  }
  return { top, mine, students: cache.counts.listedStudents, flagged: cache.counts.flagged };
}

/** A filtered board: each student's best listed run under the filters, ranked in SQL. */
async function fromQuery(
  db: Executor,
  moduleId: number,
  subsystem: Subsystem,
  filters: LeaderboardFilters,
  me: string | null,
  pageSize: number,
  now: Date,
): Promise<Board> {
  const since = await windowStart(db, filters.window, now);
  const where = sql.join([sql`r.module_id = ${moduleId}`, ...filterConditions(filters, since)], sql` AND `);
  const joins = filterJoins(filters, subsystem);
  // Independent reads: on PostgreSQL they run on two pooled connections at once.
  const [rows, flagged] = await Promise.all([
    queryRows<{ id: number; student_id: string; time_seconds: number; finished_epoch: number | string; mastery: number | string; medal: Medal | null; rank: number; total: number }>(
      db,
      sql`WITH best AS (
          SELECT DISTINCT ON (r.student_id) r.id, r.attempt_id, r.student_id, r.time_seconds, r.finished_at, r.mastery_score, r.medal
          FROM race_runs r ${joins}
          WHERE ${where} AND r.board_status = 'listed' AND r.time_seconds IS NOT NULL AND r.finished_at IS NOT NULL
          ORDER BY r.student_id, r.time_seconds, r.finished_at, r.attempt_id
        ), ranked AS (
          SELECT best.*, ROW_NUMBER() OVER (ORDER BY time_seconds, finished_at, attempt_id) AS rank, COUNT(*) OVER () AS total FROM best
        )
        SELECT id, student_id, time_seconds, EXTRACT(EPOCH FROM finished_at)::float8 AS finished_epoch,
          mastery_score::float8 AS mastery, medal, rank::int AS rank, total::int AS total
        FROM ranked WHERE rank <= ${pageSize} OR student_id = ${me ?? ""} ORDER BY rank`,
    ),
    queryRows<{ n: number }>(db, sql`SELECT COUNT(*)::int AS n FROM race_runs r ${joins} WHERE ${where} AND r.board_status = 'flagged'`),
  ]);
  const ranked = rows.map((r) => ({ ...runOf(r, r.student_id), rank: r.rank }));
  return {
    top: ranked.filter((r) => r.rank <= pageSize),
    mine: ranked.find((r) => r.rank > pageSize) ?? null,
    students: rows[0]?.total ?? 0,
    flagged: flagged[0]?.n ?? 0,
  };
}

function runOf(
  row: { id: number; time_seconds: number; finished_epoch: number | string; mastery: number | string; medal: Medal | null },
  studentId: string,
): Omit<RankedRun, "rank"> {
  return {
    runId: row.id,
    studentId,
    timeSeconds: row.time_seconds,
    masteryScore: Number(row.mastery),
    medal: row.medal,
    finishedAt: new Date(Math.round(Number(row.finished_epoch) * 1000)).toISOString(),
  };
}

interface Person {
  name: string;
  universityId: number;
  publicLeaderboard: boolean;
  team: string | null;
  university: string;
}

async function lookUpStudents(db: Executor, ids: string[]): Promise<Map<string, Person>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; name: string; university_id: number; public_leaderboard: boolean; team: string | null; university: string }>(
    db,
    sql`SELECT s.id, s.name, s.university_id, s.public_leaderboard, t.name AS team, u.short_name AS university
      FROM students s JOIN universities u ON u.id = s.university_id LEFT JOIN teams t ON t.id = s.team_id
      WHERE s.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`,
  );
  return new Map(
    rows.map((r) => [r.id, { name: r.name, universityId: r.university_id, publicLeaderboard: r.public_leaderboard, team: r.team, university: r.university }]),
  );
}

/** The short and full names of the university a filter narrows to, to match ghosts against. */
async function universityNames(db: Executor, filters: LeaderboardFilters): Promise<string[] | null> {
  const ids = [filters.universityId, filters.cohort?.universityId].filter((id): id is number => id !== null && id !== undefined);
  if (ids.length === 0) return null;
  const rows = await queryRows<{ short_name: string; name: string }>(
    db,
    sql`SELECT short_name, name FROM universities WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`,
  );
  // Two different universities at once match nobody, ghosts included.
  if (new Set(ids).size > 1) return [];
  return rows.flatMap((r) => [r.short_name, r.name]);
}
