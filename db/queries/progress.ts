import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { canViewStudent, type StudentScope, type Viewer } from "../../app/lib/auth/roles";
import { assessSubsystem, COMPETENCY_RULES, isMastered, type SubsystemModuleState } from "../../app/lib/domain/competency";
import {
  COMPETENCY_LEVELS,
  SUBSYSTEMS,
  type CompetencyLevel,
  type Difficulty,
  type ProgressStatus,
  type Subsystem,
} from "../../app/lib/domain/vocabulary";
import type { Database, Executor } from "../client";
import { getDb } from "../index";
import { queryRows } from "../rows";
import { ANY_ROLE, assertRole } from "./access";
import { nextUp } from "./modules";

/**
 * A student's progress page (`/me`, `/students/[id]`): one call, everything the page shows.
 * Every query is filtered by the student's id (indexed on each table it reads), so the page
 * costs the same whether the database holds a thousand attempts or a million.
 *
 * Who may read it: the student themself, faculty of the student's university, admins. Anyone
 * else gets null, exactly as for a student that does not exist, and the pages answer 404.
 */

/** Rows of the recent-attempts table. */
export const RECENT_ATTEMPTS_LIMIT = 50;
/** Entries of the feed; the agent log holds the rest. */
export const FEED_LIMIT = 20;
export const NEXT_UP_LIMIT = 5;

export interface ProgressStudent {
  id: string;
  name: string;
  team: string | null;
  university: string;
  semester: string;
}

export interface SubsystemProgress {
  subsystem: Subsystem;
  /** The recorded level (subsystem_competency); orientation while no row exists yet. */
  level: CompetencyLevel;
  /** What the evidence says now under the rules. Equals `level` once the engine has recomputed. */
  assessedLevel: CompetencyLevel;
  /** Modules of the subsystem mastered (m) and in the catalogue (M). */
  modulesMastered: number;
  modulesTotal: number;
  /** ISO time of the recorded last activity, or null. */
  lastActivity: string | null;
  /** The level after the assessed one and what is missing for it; null at the top. */
  next: { level: CompetencyLevel; missing: string[] } | null;
}

export interface ModuleProgressItem {
  id: number;
  slug: string;
  title: string;
  subsystem: Subsystem;
  /** module_progress.status, or null when only attempts exist. */
  status: ProgressStatus | null;
  percentComplete: number | null;
  /** Best mastery of the completed attempts, 0–100, or null. */
  bestMastery: number | null;
  attempts: number;
  /** ISO time of the latest attempt, or null. */
  lastAttemptAt: string | null;
}

export interface AttemptRow {
  logId: number;
  /** ISO time (UTC), or null when the attempt has none. */
  at: string | null;
  moduleSlug: string;
  moduleTitle: string;
  subsystem: Subsystem;
  attemptNumber: number | null;
  timeSpentSeconds: number | null;
  errorsCount: number | null;
  masteryScore: number | null;
  completed: boolean;
  /** Completed with mastery at or above the threshold. */
  mastered: boolean;
}

export interface WeekPoint {
  /** Monday of the ISO week, `YYYY-MM-DD`. */
  weekStart: string;
  /** `2026-W35` */
  label: string;
  /** Mean mastery of the week's completed attempts, to one decimal; null in a week without any. */
  meanMastery: number | null;
  completedAttempts: number;
  attempts: number;
  /** Modules first mastered that week. */
  newlyMastered: number;
  /** Modules mastered up to and including that week. */
  masteredTotal: number;
}

export interface FeedEntry {
  logId: number;
  /** ISO time (UTC), or null. */
  at: string | null;
  agentName: string;
  actionType: string;
  subsystem: string | null;
  status: string | null;
  message: string | null;
}

export interface NextUpModule {
  slug: string;
  title: string;
  subsystem: Subsystem;
  difficulty: Difficulty;
  estimatedMinutes: number;
}

export interface StudentProgress {
  student: ProgressStudent;
  /** The seven subsystems in vocabulary order. */
  subsystems: SubsystemProgress[];
  mastered: ModuleProgressItem[];
  inProgress: ModuleProgressItem[];
  /** The latest RECENT_ATTEMPTS_LIMIT attempts, newest first, and how many there are in all. */
  recentAttempts: AttemptRow[];
  attemptCount: number;
  /** Every ISO week from the first attempt's to the last one's, empty weeks included. */
  weekly: WeekPoint[];
  /** Unlocked, not yet mastered modules in learning-path order (db/queries/modules.ts). */
  nextUp: NextUpModule[];
  feed: FeedEntry[];
}

/** `YYYY-MM-DDTHH:MM:SSZ`: timestamps are stored in UTC without a zone. */
const isoOf = (column: SQL) => sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/**
 * Who the student is and which university they belong to, for an access decision; null when no
 * such student exists. Any signed-in role may ask: the answer is only the scope, never a name.
 */
export async function getStudentScope(viewer: Viewer | null, studentId: string, db?: Database): Promise<StudentScope | null> {
  assertRole(viewer, ANY_ROLE);
  const database = db ?? (await getDb());
  const [row] = await queryRows<{ id: string; university_id: number }>(
    database,
    sql`SELECT id, university_id FROM students WHERE id = ${studentId}`,
  );
  return row ? { id: row.id, universityId: row.university_id } : null;
}

/** The student's progress, or null when there is no such student or the viewer may not see them. */
export async function getStudentProgress(viewer: Viewer | null, studentId: string, db?: Database): Promise<StudentProgress | null> {
  assertRole(viewer, ANY_ROLE);
  const database = db ?? (await getDb());

  const [student] = await queryRows<{
    id: string;
    name: string;
    university_id: number;
    university: string;
    team: string | null;
    semester: string;
  }>(
    database,
    sql`SELECT s.id, s.name, s.university_id, u.name AS university, t.name AS team, s.semester
      FROM students s
      JOIN universities u ON u.id = s.university_id
      LEFT JOIN teams t ON t.id = s.team_id
      WHERE s.id = ${studentId}`,
  );
  if (!student || !canViewStudent(viewer, { id: student.id, universityId: student.university_id })) return null;

  const [levels, modules, attempts, weekly, feed, upNext] = await Promise.all([
    readLevels(database, student.id),
    readModules(database, student.id),
    readRecentAttempts(database, student.id),
    readWeekly(database, student.id),
    readFeed(database, student.id),
    nextUp(viewer, student.id, NEXT_UP_LIMIT, database),
  ]);

  const published = modules.filter((m) => m.published);
  const subsystems = SUBSYSTEMS.map((subsystem): SubsystemProgress => {
    const states: SubsystemModuleState[] = published
      .filter((m) => m.item.subsystem === subsystem)
      .map((m) => ({
        moduleId: m.item.id,
        title: m.item.title,
        bestMastery: m.item.bestMastery,
        mastered: isMastered(m.item.bestMastery),
        crossSubsystemPrerequisite: m.crossSubsystemPrerequisite,
      }));
    const assessment = assessSubsystem(states, COMPETENCY_RULES, subsystem);
    const recorded = levels.get(subsystem);
    return {
      subsystem,
      level: recorded?.level ?? "orientation",
      assessedLevel: assessment.level,
      modulesMastered: assessment.modulesCompleted,
      modulesTotal: assessment.total,
      lastActivity: recorded?.lastActivity ?? null,
      next: assessment.next,
    };
  });

  const items = modules.map((m) => m.item);
  const masteredItems = items.filter((m) => isMastered(m.bestMastery) || m.status === "mastered");
  const masteredIds = new Set(masteredItems.map((m) => m.id));
  const inProgressItems = items.filter(
    (m) => !masteredIds.has(m.id) && (m.attempts > 0 || m.status === "in_progress" || m.status === "completed"),
  );
  const byRecent = (a: ModuleProgressItem, b: ModuleProgressItem) => (b.lastAttemptAt ?? "").localeCompare(a.lastAttemptAt ?? "") || a.id - b.id;

  return {
    student: { id: student.id, name: student.name, team: student.team, university: student.university, semester: student.semester },
    subsystems,
    mastered: masteredItems.sort(byRecent),
    inProgress: inProgressItems.sort(byRecent),
    recentAttempts: attempts.rows,
    attemptCount: attempts.total,
    weekly,
    nextUp: upNext.map((m) => ({ slug: m.slug, title: m.title, subsystem: m.subsystem, difficulty: m.difficulty, estimatedMinutes: m.estimatedMinutes })),
    feed,
  };
}

async function readLevels(db: Executor, studentId: string) {
  const rows = await queryRows<{ subsystem: Subsystem; level: string | null; last_activity: string | null }>(
    db,
    sql`SELECT subsystem, competency_level AS level, ${isoOf(sql.raw("last_activity"))} AS last_activity
      FROM subsystem_competency WHERE student_id = ${studentId}`,
  );
  const known = new Set<string>(COMPETENCY_LEVELS);
  return new Map(
    rows.map((r) => [
      r.subsystem,
      { level: (r.level && known.has(r.level) ? r.level : "orientation") as CompetencyLevel, lastActivity: r.last_activity },
    ]),
  );
}

/**
 * Every published module (the competency rules count them all) plus any other module the
 * student has touched, with the student's figures for it, in catalogue order. A module builds
 * on another subsystem when a required prerequisite lies there, as db/learning/recompute.ts reads it.
 */
async function readModules(db: Executor, studentId: string) {
  const rows = await queryRows<{
    id: number;
    slug: string;
    title: string;
    subsystem: Subsystem;
    published: boolean;
    cross: boolean;
    best: number | null;
    attempts: number;
    last_at: string | null;
    status: ProgressStatus | null;
    percent_complete: number | null;
  }>(
    db,
    sql`WITH perf AS (
        SELECT module_id, max(mastery_score) FILTER (WHERE completed) AS best, count(*) AS attempts, max("timestamp") AS last_at
        FROM learner_performance WHERE student_id = ${studentId} GROUP BY module_id
      ), prog AS (
        SELECT module_id, status, percent_complete FROM module_progress WHERE student_id = ${studentId}
      )
      SELECT m.id, m.slug, m.title, m.subsystem, m.status = 'published' AS published,
        EXISTS (
          SELECT 1 FROM module_prerequisites p JOIN modules q ON q.id = p.prerequisite_module_id
          WHERE p.module_id = m.id AND p.required AND q.subsystem <> m.subsystem
        ) AS cross,
        perf.best::float8 AS best, coalesce(perf.attempts, 0)::int AS attempts,
        ${isoOf(sql.raw("perf.last_at"))} AS last_at, prog.status, prog.percent_complete
      FROM modules m
      LEFT JOIN perf ON perf.module_id = m.id
      LEFT JOIN prog ON prog.module_id = m.id
      WHERE m.status = 'published' OR perf.module_id IS NOT NULL OR prog.module_id IS NOT NULL
      ORDER BY m.id`,
  );
  return rows.map((r) => ({
    published: r.published,
    crossSubsystemPrerequisite: r.cross,
    item: {
      id: r.id,
      slug: r.slug,
      title: r.title,
      subsystem: r.subsystem,
      status: r.status,
      percentComplete: r.percent_complete,
      bestMastery: r.best,
      attempts: r.attempts,
      lastAttemptAt: r.last_at,
    } satisfies ModuleProgressItem,
  }));
}

async function readRecentAttempts(db: Executor, studentId: string): Promise<{ rows: AttemptRow[]; total: number }> {
  const rows = await queryRows<{
    log_id: number;
    at: string | null;
    slug: string;
    title: string;
    subsystem: Subsystem;
    attempt_number: number | null;
    time_spent_seconds: number | null;
    errors_count: number | null;
    mastery: number | null;
    completed: boolean | null;
    total: number;
  }>(
    db,
    sql`SELECT lp.log_id, ${isoOf(sql.raw('lp."timestamp"'))} AS at, m.slug, m.title, m.subsystem, lp.attempt_number,
        lp.time_spent_seconds, lp.errors_count, lp.mastery_score::float8 AS mastery, lp.completed,
        count(*) OVER ()::int AS total
      FROM learner_performance lp JOIN modules m ON m.id = lp.module_id
      WHERE lp.student_id = ${studentId}
      ORDER BY lp."timestamp" DESC NULLS LAST, lp.log_id DESC
      LIMIT ${RECENT_ATTEMPTS_LIMIT}`,
  );
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map((r) => ({
      logId: r.log_id,
      at: r.at,
      moduleSlug: r.slug,
      moduleTitle: r.title,
      subsystem: r.subsystem,
      attemptNumber: r.attempt_number,
      timeSpentSeconds: r.time_spent_seconds,
      errorsCount: r.errors_count,
      masteryScore: r.mastery,
      completed: r.completed === true,
      mastered: r.completed === true && isMastered(r.mastery),
    })),
  };
}

/**
 * Per ISO week (weeks start on Monday; `date_trunc('week', …)` is the ISO week's Monday): the
 * mean mastery of that week's completed attempts, and the running count of modules mastered,
 * a module counting in the week its first completed attempt reached the threshold.
 */
async function readWeekly(db: Executor, studentId: string): Promise<WeekPoint[]> {
  const rows = await queryRows<{
    week_start: string;
    label: string;
    mean: number | null;
    completed: number;
    attempts: number;
    newly: number;
    total: number;
  }>(
    db,
    sql`WITH a AS (
        SELECT module_id, mastery_score, completed, "timestamp" AS ts
        FROM learner_performance WHERE student_id = ${studentId} AND "timestamp" IS NOT NULL
      ), per_week AS (
        SELECT date_trunc('week', ts) AS wk, avg(mastery_score) FILTER (WHERE completed) AS mean,
          count(*) FILTER (WHERE completed) AS completed, count(*) AS attempts
        FROM a GROUP BY 1
      ), firsts AS (
        SELECT module_id, min(ts) AS at FROM a
        WHERE completed AND mastery_score >= ${COMPETENCY_RULES.masteryThreshold} GROUP BY module_id
      ), newly AS (
        SELECT date_trunc('week', at) AS wk, count(*) AS n FROM firsts GROUP BY 1
      ), bounds AS (
        SELECT min(wk) AS lo, max(wk) AS hi FROM per_week
      ), weeks AS (
        SELECT g AS wk FROM bounds, generate_series(bounds.lo, bounds.hi, interval '1 week') AS g
      )
      SELECT to_char(w.wk, 'YYYY-MM-DD') AS week_start, to_char(w.wk, 'IYYY-"W"IW') AS label,
        round(p.mean, 1)::float8 AS mean, coalesce(p.completed, 0)::int AS completed,
        coalesce(p.attempts, 0)::int AS attempts, coalesce(n.n, 0)::int AS newly,
        (sum(coalesce(n.n, 0)) OVER (ORDER BY w.wk))::int AS total
      FROM weeks w LEFT JOIN per_week p ON p.wk = w.wk LEFT JOIN newly n ON n.wk = w.wk
      ORDER BY w.wk`,
  );
  return rows.map((r) => ({
    weekStart: r.week_start,
    label: r.label,
    meanMastery: r.mean,
    completedAttempts: r.completed,
    attempts: r.attempts,
    newlyMastered: r.newly,
    masteredTotal: r.total,
  }));
}

/** Agent-log entries about the student (`metadata.studentId`), newest first. */
async function readFeed(db: Executor, studentId: string): Promise<FeedEntry[]> {
  const rows = await queryRows<{
    log_id: number;
    at: string | null;
    agent_name: string;
    action_type: string;
    subsystem: string | null;
    status: string | null;
    message: string | null;
  }>(
    db,
    sql`SELECT l.log_id, ${isoOf(sql.raw('l."timestamp"'))} AS at, l.agent_name, l.action_type, l.subsystem, l.status, l.message
      FROM ascent_basecamp_agent_log l
      WHERE l.metadata @> ${JSON.stringify({ studentId })}::jsonb
      ORDER BY l."timestamp" DESC NULLS LAST, l.log_id DESC
      LIMIT ${FEED_LIMIT}`,
  );
  return rows.map((r) => ({
    logId: r.log_id,
    at: r.at,
    agentName: r.agent_name,
    actionType: r.action_type,
    subsystem: r.subsystem,
    status: r.status,
    message: r.message,
  }));
}
