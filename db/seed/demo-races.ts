import { sql } from "drizzle-orm";
import type { GhostKey } from "../../app/lib/domain/race-data";
import type { CheckpointResult } from "../../app/lib/domain/module-spec";
import { integrityCheck, medalFor, quartiles, timeTargets, type Medal, type TimeTargets } from "../../app/lib/domain/races";
import type { Database, Executor } from "../client";
import { queryRows } from "../rows";
import type { BoardStatus, RaceSplit } from "../schema/races";
import type { DemoLearning } from "./demo-learning";
import type { DemoPeople } from "./demo-people";
import { MODULE_CATALOG } from "./module-catalog";
import { checkpointsFor } from "./question-bank";
import type { SeededRandom } from "./random";
import { DEMO_SEMESTERS } from "./roster";

/**
 * The demo's race history: every completed historical attempt as the learning runtime would
 * have recorded it (a finished `module_attempts` row with the time each checkpoint was
 * submitted), and about a quarter of them run as races (`race_runs`), in both semesters. The
 * ghost builder reads the checkpoint splits; the leaderboards read the runs.
 *
 * A race is judged as the engine judges a finish, against the targets of its day: Spring 2026
 * raced before any ghost existed, so against the module's estimated time; Fall 2026 against the
 * Spring students' first finished times (see `targetsOfTheDay`).
 */

/** Share of completed attempts that were run as races. */
const RACE_SHARE = 0.25;

export interface HistoryAttempt {
  logId: number;
  studentId: string;
  moduleId: number;
  startedAt: string;
  finishedAt: string;
  checkpointResults: Record<string, CheckpointResult>;
}

export interface HistoryRun {
  logId: number;
  studentId: string;
  moduleId: number;
  ghost: GhostKey;
  startedAt: string;
  finishedAt: string;
  timeSeconds: number;
  masteryScore: string;
  splits: RaceSplit[];
  medal: Medal | null;
  boardStatus: BoardStatus;
  flagReasons: string[];
}

export interface DemoRaceHistory {
  attempts: HistoryAttempt[];
  runs: HistoryRun[];
}

export function buildRaceHistory(random: SeededRandom, people: DemoPeople, learning: DemoLearning): DemoRaceHistory {
  const semesterOf = new Map(people.students.map((s) => [s.id, s.semester]));
  const catalog = MODULE_CATALOG.map((m, i) => ({ id: i + 1, m, checkpoints: checkpointsFor(m.slug) }));
  const targets = targetsOfTheDay(learning, semesterOf);
  const attempts: HistoryAttempt[] = [];
  const runs: HistoryRun[] = [];
  const raced = new Set<string>();

  const completed = learning.learnerPerformance.filter((lp) => lp.completed);
  for (const lp of completed) {
    const { m, checkpoints, id: moduleId } = catalog[lp.moduleId! - 1]!;
    const time = lp.timeSpentSeconds!;
    const finished = lp.timestamp as Date;
    const started = new Date(finished.getTime() - time * 1000);
    const mastery = Number(lp.masteryScore);

    // A checkpoint is submitted after the section it follows: its share of the module's
    // sections, a little before the finish for the last one, never at or past the finish.
    const results: Record<string, CheckpointResult> = {};
    const splits: RaceSplit[] = [];
    let previous = 0;
    for (const checkpoint of checkpoints) {
      const share = ((checkpoint.afterSection + 1) / m.sections.length) * 0.9 + random.between(-0.04, 0.04);
      const seconds = Math.min(time - 1, Math.max(previous + 1, Math.round(time * Math.min(0.97, Math.max(0.1, share)))));
      previous = seconds;
      const at = new Date(started.getTime() + seconds * 1000).toISOString();
      const total = checkpoint.questions.length;
      const correct = Math.min(total, Math.max(0, Math.round((mastery / 100) * total + random.normal(0, 0.4))));
      results[checkpoint.id] = { submittedAt: at, correct, total, wrong: checkpoint.questions.slice(correct).map((q) => q.id) };
      splits.push({ checkpointId: checkpoint.id, seconds, at });
    }
    attempts.push({ logId: lp.logId!, studentId: lp.studentId!, moduleId, startedAt: started.toISOString(), finishedAt: finished.toISOString(), checkpointResults: results });

    if (!random.chance(RACE_SHARE)) continue;
    const semester = semesterOf.get(lp.studentId!)!;
    const target = targets(semester, moduleId, m.estimatedMinutes);
    const integrity = integrityCheck(time, mastery, target);
    const key = `${lp.studentId}/${moduleId}`;
    runs.push({
      logId: lp.logId!,
      studentId: lp.studentId!,
      moduleId,
      // Spring had no ghosts yet, so it raced the top time; a second race is against one's own best.
      ghost: raced.has(key) ? "best" : semester === DEMO_SEMESTERS[0].name ? "top" : "median",
      startedAt: started.toISOString(),
      finishedAt: finished.toISOString(),
      timeSeconds: time,
      masteryScore: lp.masteryScore as string,
      splits,
      medal: medalFor(time, mastery, target),
      boardStatus: integrity.eligible ? "listed" : "flagged",
      flagReasons: integrity.reasons,
    });
    raced.add(key);
  }
  return { attempts, runs };
}

/**
 * The targets a race was judged against when it was run: for the first semester the module's
 * estimate (nothing had been raced yet); later, the quartiles of the earlier semester's first
 * finished times when at least five students finished, else the estimate again.
 */
function targetsOfTheDay(learning: DemoLearning, semesterOf: Map<string, string>) {
  const first = DEMO_SEMESTERS[0].name;
  const firstFinish = new Map<number, Map<string, { attempt: number; time: number }>>();
  for (const lp of learning.learnerPerformance) {
    if (!lp.completed || semesterOf.get(lp.studentId!) !== first) continue;
    const byStudent = firstFinish.get(lp.moduleId!) ?? new Map<string, { attempt: number; time: number }>();
    const seen = byStudent.get(lp.studentId!);
    if (!seen || lp.attemptNumber! < seen.attempt) byStudent.set(lp.studentId!, { attempt: lp.attemptNumber!, time: lp.timeSpentSeconds! });
    firstFinish.set(lp.moduleId!, byStudent);
  }
  const ghosts = new Map<number, TimeTargets>();
  for (const [moduleId, byStudent] of firstFinish) {
    if (byStudent.size < 5) continue;
    ghosts.set(moduleId, timeTargets(quartiles([...byStudent.values()].map((f) => f.time)), null, 0));
  }
  return (semester: string, moduleId: number, estimatedMinutes: number): TimeTargets =>
    (semester !== first ? ghosts.get(moduleId) : undefined) ?? timeTargets(null, null, estimatedMinutes);
}

const BATCH = 1000;

/**
 * Writes the history into a database holding the demo's attempts, in the caller's transaction.
 * Row by row idempotent: an attempt already linked to its performance row, or a run already
 * recorded for its attempt, is skipped; a performance row that is not the demo's (another
 * student or module under that id) gets nothing. So the seed and an upgrade of an older demo
 * database share this, and a second run adds nothing.
 */
export async function insertRaceHistory(tx: Executor, history: DemoRaceHistory): Promise<{ attempts: number; runs: number }> {
  let attempts = 0;
  let runs = 0;
  for (let i = 0; i < history.attempts.length; i += BATCH) {
    const batch = history.attempts.slice(i, i + BATCH).map((a) => ({
      log_id: a.logId,
      student_id: a.studentId,
      module_id: a.moduleId,
      started_at: a.startedAt,
      finished_at: a.finishedAt,
      checkpoint_results: a.checkpointResults,
    }));
    const inserted = await queryRows<{ id: number }>(
      tx,
      sql`INSERT INTO module_attempts (student_id, module_id, version_id, version_number, status, started_at, last_activity_at, finished_at, answers, checkpoint_results, performance_log_id)
        SELECT x.student_id, x.module_id, v.version_id, v.version_number, 'finished', x.started_at, x.finished_at, x.finished_at, '{}'::jsonb, x.checkpoint_results, x.log_id
        FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
          AS x(log_id int, student_id text, module_id int, started_at timestamp, finished_at timestamp, checkpoint_results jsonb)
        JOIN learner_performance lp ON lp.log_id = x.log_id AND lp.student_id = x.student_id AND lp.module_id = x.module_id AND lp.completed
        LEFT JOIN module_version_history v ON v.module_id = x.module_id AND v.version_number = '1.0.0'
        WHERE NOT EXISTS (SELECT 1 FROM module_attempts a WHERE a.performance_log_id = x.log_id)
        ORDER BY x.log_id
        RETURNING id`,
    );
    attempts += inserted.length;
  }
  for (let i = 0; i < history.runs.length; i += BATCH) {
    const batch = history.runs.slice(i, i + BATCH).map((r) => ({
      log_id: r.logId,
      ghost: r.ghost,
      started_at: r.startedAt,
      finished_at: r.finishedAt,
      time_seconds: r.timeSeconds,
      mastery_score: r.masteryScore,
      splits: r.splits,
      medal: r.medal,
      board_status: r.boardStatus,
      flag_reasons: r.flagReasons,
    }));
    const inserted = await queryRows<{ id: number }>(
      tx,
      sql`INSERT INTO race_runs (attempt_id, student_id, module_id, ghost, status, started_at, finished_at, time_seconds, mastery_score, splits, medal, board_status, flag_reasons)
        SELECT a.id, a.student_id, a.module_id, x.ghost, 'finished', x.started_at, x.finished_at, x.time_seconds, x.mastery_score, x.splits, x.medal, x.board_status, x.flag_reasons
        FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
          AS x(log_id int, ghost text, started_at timestamp, finished_at timestamp, time_seconds int, mastery_score numeric, splits jsonb, medal text, board_status text, flag_reasons jsonb)
        JOIN module_attempts a ON a.performance_log_id = x.log_id
        ORDER BY x.log_id
        ON CONFLICT (attempt_id) DO NOTHING
        RETURNING id`,
    );
    runs += inserted.length;
  }
  return { attempts, runs };
}

/**
 * A demo database seeded before races gets its race history (then the ghost build brings the
 * leaderboards in line). Nothing happens on a database without the demo's attempts.
 */
export async function upgradeDemoRaces(db: Database, history: DemoRaceHistory): Promise<{ attempts: number; runs: number }> {
  const [present] = await queryRows<{ n: number }>(db, sql`SELECT COUNT(*)::int AS n FROM learner_performance`);
  if (Number(present?.n ?? 0) === 0) return { attempts: 0, runs: 0 };
  return db.transaction((tx) => insertRaceHistory(tx, history));
}
