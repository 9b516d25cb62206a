import { sql, type SQL } from "drizzle-orm";
import type { GhostKey } from "../../app/lib/domain/race-data";
import type { Medal } from "../../app/lib/domain/races";
import type { Executor } from "../client";
import { queryRows } from "../rows";
import type { BoardStatus, RaceRunStatus, RaceSplit } from "../schema/races";

/** Reads of `race_runs` shared by the engine, its hooks and the review. */

export interface RunRecord {
  id: number;
  attemptId: number;
  studentId: string;
  moduleId: number;
  ghost: GhostKey;
  status: RaceRunStatus;
  startedAt: string;
  finishedAt: string | null;
  timeSeconds: number | null;
  masteryScore: number | null;
  splits: RaceSplit[];
  medal: Medal | null;
  boardStatus: BoardStatus;
  flagReasons: string[];
}

interface RunRow {
  id: number;
  attempt_id: number;
  student_id: string;
  module_id: number;
  ghost: GhostKey;
  status: RaceRunStatus;
  started_at: string;
  finished_at: string | null;
  time_seconds: number | null;
  mastery: number | string | null;
  splits: RaceSplit[];
  medal: Medal | null;
  board_status: BoardStatus;
  flag_reasons: string[];
}

export const ISO_FORMAT = sql.raw(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`);

const RUN_COLUMNS = sql`r.id, r.attempt_id, r.student_id, r.module_id, r.ghost, r.status,
  to_char(r.started_at, ${ISO_FORMAT}) AS started_at, to_char(r.finished_at, ${ISO_FORMAT}) AS finished_at,
  r.time_seconds, r.mastery_score::float8 AS mastery, r.splits, r.medal, r.board_status, r.flag_reasons`;

function toRecord(r: RunRow): RunRecord {
  return {
    id: r.id,
    attemptId: r.attempt_id,
    studentId: r.student_id,
    moduleId: r.module_id,
    ghost: r.ghost,
    status: r.status,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    timeSeconds: r.time_seconds,
    masteryScore: r.mastery === null ? null : Number(r.mastery),
    splits: r.splits ?? [],
    medal: r.medal,
    boardStatus: r.board_status,
    flagReasons: r.flag_reasons ?? [],
  };
}

async function oneRun(db: Executor, where: SQL, tail: SQL = sql``): Promise<RunRecord | null> {
  const [row] = await queryRows<RunRow>(db, sql`SELECT ${RUN_COLUMNS} FROM race_runs r WHERE ${where} ${tail}`);
  return row ? toRecord(row) : null;
}

export function runById(db: Executor, runId: number): Promise<RunRecord | null> {
  return oneRun(db, sql`r.id = ${runId}`);
}

export function runOfAttempt(db: Executor, attemptId: number): Promise<RunRecord | null> {
  return oneRun(db, sql`r.attempt_id = ${attemptId}`);
}

/** The student's race in progress at a module: a running run whose attempt is still open. */
export function runningRun(db: Executor, studentId: string, moduleId: number): Promise<RunRecord | null> {
  return oneRun(
    db,
    sql`r.student_id = ${studentId} AND r.module_id = ${moduleId} AND r.status = 'running'
      AND EXISTS (SELECT 1 FROM module_attempts a WHERE a.id = r.attempt_id AND a.status = 'in_progress')`,
    sql`ORDER BY r.id DESC LIMIT 1`,
  );
}

/** The student's most recently finished run of a module. */
export function lastFinishedRun(db: Executor, studentId: string, moduleId: number): Promise<RunRecord | null> {
  return oneRun(
    db,
    sql`r.student_id = ${studentId} AND r.module_id = ${moduleId} AND r.status = 'finished'`,
    sql`ORDER BY r.finished_at DESC, r.id DESC LIMIT 1`,
  );
}

/**
 * Which of a student's runs count as "before" a run: finished (a rejected run does not count
 * as a best) and, for a given run, started before it. A student has one race in progress per
 * module, so a run with a smaller id had finished (or was abandoned) when this one began: the
 * best as it stood at the start, whatever finished later.
 */
function earlierRuns(studentId: string, moduleId: number, before: RunRecord | null): SQL {
  return sql`r.student_id = ${studentId} AND r.module_id = ${moduleId} AND r.status = 'finished' AND r.board_status <> 'rejected'
    ${before ? sql`AND r.id < ${before.id}` : sql``}`;
}

/** The student's fastest earlier run (ties to the earlier finish). */
export function personalBestRun(db: Executor, studentId: string, moduleId: number, before: RunRecord | null): Promise<RunRecord | null> {
  return oneRun(db, earlierRuns(studentId, moduleId, before), sql`ORDER BY r.time_seconds, r.finished_at, r.attempt_id LIMIT 1`);
}

/** The student's best earlier split at each checkpoint. */
export async function previousBestSplits(db: Executor, studentId: string, moduleId: number, before: RunRecord | null): Promise<Map<string, number>> {
  const rows = await queryRows<{ checkpoint_id: string; best: number }>(
    db,
    sql`SELECT s->>'checkpointId' AS checkpoint_id, MIN((s->>'seconds')::int) AS best
      FROM race_runs r CROSS JOIN LATERAL jsonb_array_elements(r.splits) s
      WHERE ${earlierRuns(studentId, moduleId, before)}
      GROUP BY 1`,
  );
  return new Map(rows.map((r) => [r.checkpoint_id, Number(r.best)]));
}

/** The fastest listed run of a module other than `exceptRunId` (leaderboard order). */
export function topListedRun(db: Executor, moduleId: number, exceptRunId: number | null): Promise<RunRecord | null> {
  return oneRun(
    db,
    sql`r.module_id = ${moduleId} AND r.board_status = 'listed' ${exceptRunId === null ? sql`` : sql`AND r.id <> ${exceptRunId}`}`,
    sql`ORDER BY r.time_seconds, r.finished_at, r.attempt_id LIMIT 1`,
  );
}

/**
 * The student's place among the students with a listed run (each by their best): one plus the
 * students whose best is ahead of theirs. Null when the student has no listed run.
 */
export async function leaderboardRank(db: Executor, studentId: string, moduleId: number): Promise<number | null> {
  const [row] = await queryRows<{ rank: number }>(
    db,
    sql`WITH mine AS (
        SELECT time_seconds, finished_at, attempt_id FROM race_runs
        WHERE module_id = ${moduleId} AND student_id = ${studentId} AND board_status = 'listed'
        ORDER BY time_seconds, finished_at, attempt_id LIMIT 1
      )
      SELECT 1 + (
        SELECT COUNT(DISTINCT o.student_id) FROM race_runs o
        WHERE o.module_id = ${moduleId} AND o.board_status = 'listed' AND o.student_id <> ${studentId}
          AND (o.time_seconds, o.finished_at, o.attempt_id) < (mine.time_seconds, mine.finished_at, mine.attempt_id)
      )::int AS rank
      FROM mine`,
  );
  return row ? Number(row.rank) : null;
}
