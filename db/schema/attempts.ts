import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, serial, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import type { CheckpointAnswers, CheckpointResult } from "../../app/lib/domain/module-spec";
import { currentTimestamp, oneOf } from "./checks";
import { moduleVersionHistory, modules } from "./modules";
import { students } from "./people";
import { learnerPerformance } from "./runtime";

export const ATTEMPT_STATUSES = ["in_progress", "finished", "abandoned"] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/**
 * A module attempt while it is taken: the server's record of when it started, what was answered
 * and which checkpoints were submitted, so a reload or another device resumes it. Finishing it
 * writes the spec's `learner_performance` row (linked here) in the same transaction. Not one
 * of the spec's 37 tables: the spec logs finished attempts only.
 */
export const moduleAttempts = pgTable(
  "module_attempts",
  {
    id: serial("id").primaryKey(),
    studentId: varchar("student_id", { length: 255 })
      .notNull()
      .references(() => students.id, { onDelete: "cascade" }),
    moduleId: integer("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    // The version taken: a new version during the attempt does not change its questions.
    versionId: integer("version_id").references(() => moduleVersionHistory.versionId, { onDelete: "set null" }),
    versionNumber: varchar("version_number", { length: 50 }),
    status: varchar("status", { length: 20 }).notNull().default("in_progress"),
    startedAt: timestamp("started_at").default(currentTimestamp).notNull(),
    lastActivityAt: timestamp("last_activity_at").default(currentTimestamp).notNull(),
    finishedAt: timestamp("finished_at"),
    answers: jsonb("answers").$type<Record<string, CheckpointAnswers>>().notNull().default({}),
    checkpointResults: jsonb("checkpoint_results").$type<Record<string, CheckpointResult>>().notNull().default({}),
    performanceLogId: integer("performance_log_id")
      .unique()
      .references(() => learnerPerformance.logId, { onDelete: "set null" }),
  },
  (t) => [
    // One attempt in progress per student and module: a second "start" resumes it.
    uniqueIndex("module_attempts_one_in_progress").on(t.studentId, t.moduleId).where(sql`${t.status} = 'in_progress'`),
    index("idx_module_attempts_student_module").on(t.studentId, t.moduleId),
    check("module_attempts_status_check", oneOf(t.status, ATTEMPT_STATUSES)),
  ],
);

export type ModuleAttempt = typeof moduleAttempts.$inferSelect;
