import { sql } from "drizzle-orm";
import { check, date, decimal, index, integer, jsonb, pgTable, serial, timestamp, varchar } from "drizzle-orm/pg-core";
import { SUBSYSTEMS } from "../../app/lib/domain/vocabulary";
import { moduleAttempts } from "./attempts";
import { currentTimestamp, nullOrOneOf, oneOf } from "./checks";
import { modules } from "./modules";
import { students } from "./people";
import { ghostCohorts } from "./runtime";

export const RACE_RUN_STATUSES = ["running", "finished", "abandoned"] as const;
export type RaceRunStatus = (typeof RACE_RUN_STATUSES)[number];

/**
 * Where a finished run stands on the leaderboard: `listed`, or `flagged` for faculty review
 * (implausibly fast, or under the mastery line) until a reviewer lists or rejects it. `pending`
 * while the race is run.
 */
export const BOARD_STATUSES = ["pending", "listed", "flagged", "rejected"] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

export const MEDALS = ["gold", "silver", "bronze"] as const;

/** One split: a checkpoint submitted, timed by the server from the start of the race. */
export interface RaceSplit {
  checkpointId: string;
  seconds: number;
  at: string;
}

/**
 * A timed run of a module against a ghost. A race IS an attempt (`module_attempts`, and a
 * `learner_performance` row when it finishes); this row adds what only a race has: the ghost
 * raced, the server-timed splits, the medal and the leaderboard standing. Not one of the spec's
 * 37 tables: `race_metadata` caches the leaderboard, this is what it is computed from.
 */
export const raceRuns = pgTable(
  "race_runs",
  {
    id: serial("id").primaryKey(),
    attemptId: integer("attempt_id")
      .notNull()
      .unique()
      .references(() => moduleAttempts.id, { onDelete: "cascade" }),
    studentId: varchar("student_id", { length: 255 })
      .notNull()
      .references(() => students.id, { onDelete: "cascade" }),
    moduleId: integer("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    /** The pace raced: `median` (cohort median), `p25`, `p75`, `best` (own), `top`, or `cohort:<id>`. */
    ghost: varchar("ghost", { length: 100 }).notNull().default("median"),
    status: varchar("status", { length: 20 }).notNull().default("running"),
    startedAt: timestamp("started_at", { precision: 3 }).default(currentTimestamp).notNull(),
    finishedAt: timestamp("finished_at", { precision: 3 }),
    timeSeconds: integer("time_seconds"),
    masteryScore: decimal("mastery_score", { precision: 5, scale: 2 }),
    splits: jsonb("splits").$type<RaceSplit[]>().notNull().default([]),
    medal: varchar("medal", { length: 10 }),
    boardStatus: varchar("board_status", { length: 20 }).notNull().default("pending"),
    /** Why a run was flagged, in words, one per reason that applied. */
    flagReasons: jsonb("flag_reasons").$type<string[]>().notNull().default([]),
    reviewedBy: varchar("reviewed_by", { length: 255 }),
    reviewedAt: timestamp("reviewed_at"),
  },
  (t) => [
    // Leaderboards read listed runs of one module fastest first, ties to the earlier finish.
    index("idx_race_runs_board").on(t.moduleId, t.boardStatus, t.timeSeconds, t.finishedAt),
    index("idx_race_runs_module_finished").on(t.moduleId, t.finishedAt),
    index("idx_race_runs_student_module").on(t.studentId, t.moduleId),
    check("race_runs_status_check", oneOf(t.status, RACE_RUN_STATUSES)),
    check("race_runs_board_status_check", oneOf(t.boardStatus, BOARD_STATUSES)),
    check("race_runs_medal_check", nullOrOneOf(t.medal, MEDALS)),
    check("race_runs_time_check", sql`${t.timeSeconds} IS NULL OR ${t.timeSeconds} >= 0`),
    check("race_runs_mastery_check", sql`${t.masteryScore} IS NULL OR ${t.masteryScore} BETWEEN 0 AND 100`),
  ],
);

export interface PaceMilestone {
  /** Share of the work done, in percent: 25, 50, 75, 100. */
  share: number;
  /** Days from the first item to this share completed; null when the record never got there. */
  days: number | null;
  /** The date it was reached (ISO yyyy-mm-dd). */
  reachedOn: string | null;
}

/**
 * A ghost's pace at project scale: how fast a historical team got through a subsystem's work
 * (the CADENCE team's tasks, from due dates and statuses). Not one of the spec's 37 tables:
 * `ghost_cohorts` names the ghost, this holds its pace.
 */
export const ghostPaces = pgTable(
  "ghost_paces",
  {
    id: serial("id").primaryKey(),
    cohortId: integer("cohort_id")
      .notNull()
      .unique()
      .references(() => ghostCohorts.cohortId, { onDelete: "cascade" }),
    source: varchar("source", { length: 50 }).notNull(),
    subsystem: varchar("subsystem", { length: 255 }).notNull(),
    totalItems: integer("total_items").notNull(),
    completedItems: integer("completed_items").notNull(),
    startedOn: date("started_on"),
    milestones: jsonb("milestones").$type<PaceMilestone[]>().notNull().default([]),
    computedAt: timestamp("computed_at").default(currentTimestamp).notNull(),
  },
  (t) => [
    check("ghost_paces_subsystem_check", oneOf(t.subsystem, SUBSYSTEMS)),
    check("ghost_paces_source_check", oneOf(t.source, ["cadence_tasks"])),
  ],
);

export type RaceRun = typeof raceRuns.$inferSelect;
export type GhostPace = typeof ghostPaces.$inferSelect;
