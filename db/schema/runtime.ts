import { relations, sql } from "drizzle-orm";
import {
  boolean,
  check,
  decimal,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  timestamp,
  unique,
  varchar,
} from "drizzle-orm/pg-core";
import { COMPETENCY_LEVELS, DIFFICULTIES, SUBSYSTEMS } from "../../app/lib/domain/vocabulary";
import { currentTimestamp, nullOrOneOf, oneOf } from "./checks";
import { modules } from "./modules";
import { students } from "./people";

// ---- specified tables (SPEC.md, "The ten learning tables"): names and types are the spec's ----

export const ghostCohorts = pgTable(
  "ghost_cohorts",
  {
    cohortId: serial("cohort_id").primaryKey(),
    cohortName: varchar("cohort_name", { length: 255 }).notNull(),
    semester: varchar("semester", { length: 100 }),
    university: varchar("university", { length: 255 }),
    subsystem: varchar("subsystem", { length: 255 }),
    createdAt: timestamp("created_at").default(currentTimestamp),
  },
  (t) => [
    unique("ghost_cohorts_name_unique").on(t.cohortName),
    check("ghost_cohorts_subsystem_check", nullOrOneOf(t.subsystem, SUBSYSTEMS)),
  ],
);

export const learnerPerformance = pgTable(
  "learner_performance",
  {
    logId: serial("log_id").primaryKey(),
    studentId: varchar("student_id", { length: 255 }).references(() => students.id, {
      onDelete: "cascade",
    }),
    moduleId: integer("module_id").references(() => modules.id, { onDelete: "cascade" }),
    attemptNumber: integer("attempt_number"),
    timeSpentSeconds: integer("time_spent_seconds"),
    errorsCount: integer("errors_count"),
    masteryScore: decimal("mastery_score", { precision: 5, scale: 2 }),
    completed: boolean("completed").default(false),
    timestamp: timestamp("timestamp").default(currentTimestamp),
  },
  (t) => [
    index("idx_learner_performance_student_id").on(t.studentId),
    index("idx_learner_performance_module_id").on(t.moduleId),
    // An attempt is recorded once, even when two finishes race each other.
    unique("learner_performance_attempt_unique").on(t.studentId, t.moduleId, t.attemptNumber),
    check(
      "learner_performance_mastery_check",
      sql`${t.masteryScore} IS NULL OR ${t.masteryScore} BETWEEN 0 AND 100`,
    ),
    check(
      "learner_performance_counts_check",
      sql`(${t.timeSpentSeconds} IS NULL OR ${t.timeSpentSeconds} >= 0) AND (${t.errorsCount} IS NULL OR ${t.errorsCount} >= 0) AND (${t.attemptNumber} IS NULL OR ${t.attemptNumber} >= 1)`,
    ),
  ],
);

export const moduleDifficultyCalibrations = pgTable(
  "module_difficulty_calibrations",
  {
    calibrationId: serial("calibration_id").primaryKey(),
    moduleId: integer("module_id").references(() => modules.id, { onDelete: "cascade" }),
    difficultyLevel: varchar("difficulty_level", { length: 50 }),
    averageTimeSeconds: integer("average_time_seconds"),
    successRate: decimal("success_rate", { precision: 5, scale: 2 }),
    sampleSize: integer("sample_size"),
    lastUpdated: timestamp("last_updated").default(currentTimestamp),
  },
  (t) => [
    index("idx_module_difficulty_calibrations_module_id").on(t.moduleId),
    check(
      "module_difficulty_calibrations_level_check",
      nullOrOneOf(t.difficultyLevel, DIFFICULTIES),
    ),
  ],
);

/**
 * A module's calibrated figures as they stood when a new MAJOR version replaced the questions or
 * scoring: calibration starts again from the new version's attempts, and pages still show what
 * the earlier version measured. Not one of the spec's 37 tables (module_difficulty_calibrations
 * has no version column).
 */
export const moduleCalibrationArchive = pgTable(
  "module_calibration_archive",
  {
    id: serial("id").primaryKey(),
    moduleId: integer("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    /** The major version these attempts were taken on (1 for 1.x.y). */
    majorVersion: integer("major_version").notNull(),
    difficultyLevel: varchar("difficulty_level", { length: 50 }),
    averageTimeSeconds: integer("average_time_seconds"),
    successRate: decimal("success_rate", { precision: 5, scale: 2 }),
    sampleSize: integer("sample_size").notNull().default(0),
    archivedAt: timestamp("archived_at").default(currentTimestamp).notNull(),
  },
  (t) => [
    unique("module_calibration_archive_module_major_unique").on(t.moduleId, t.majorVersion),
    check("module_calibration_archive_level_check", nullOrOneOf(t.difficultyLevel, DIFFICULTIES)),
  ],
);

export const raceMetadata = pgTable(
  "race_metadata",
  {
    raceId: serial("race_id").primaryKey(),
    moduleId: integer("module_id").references(() => modules.id, { onDelete: "cascade" }),
    ghostData: jsonb("ghost_data"),
    timeTargets: jsonb("time_targets"),
    checkpoints: jsonb("checkpoints"),
    leaderboardData: jsonb("leaderboard_data"),
    createdAt: timestamp("created_at").default(currentTimestamp),
    updatedAt: timestamp("updated_at")
      .default(currentTimestamp)
      .$onUpdate(() => new Date()),
  },
  (t) => [unique("race_metadata_module_unique").on(t.moduleId)],
);

export const subsystemCompetency = pgTable(
  "subsystem_competency",
  {
    competencyId: serial("competency_id").primaryKey(),
    studentId: varchar("student_id", { length: 255 }).references(() => students.id, {
      onDelete: "cascade",
    }),
    subsystem: varchar("subsystem", { length: 255 }).notNull(),
    competencyLevel: varchar("competency_level", { length: 50 }),
    modulesCompleted: integer("modules_completed").default(0),
    lastActivity: timestamp("last_activity"),
    createdAt: timestamp("created_at").default(currentTimestamp),
    updatedAt: timestamp("updated_at")
      .default(currentTimestamp)
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("idx_subsystem_competency_student_id").on(t.studentId),
    index("idx_subsystem_competency_subsystem").on(t.subsystem),
    unique("subsystem_competency_student_subsystem_unique").on(t.studentId, t.subsystem),
    check("subsystem_competency_subsystem_check", oneOf(t.subsystem, SUBSYSTEMS)),
    check(
      "subsystem_competency_level_check",
      nullOrOneOf(t.competencyLevel, COMPETENCY_LEVELS),
    ),
  ],
);

export const learnerPerformanceRelations = relations(learnerPerformance, ({ one }) => ({
  student: one(students, { fields: [learnerPerformance.studentId], references: [students.id] }),
  module: one(modules, { fields: [learnerPerformance.moduleId], references: [modules.id] }),
}));

export const subsystemCompetencyRelations = relations(subsystemCompetency, ({ one }) => ({
  student: one(students, { fields: [subsystemCompetency.studentId], references: [students.id] }),
}));

export type LearnerPerformance = typeof learnerPerformance.$inferSelect;
export type SubsystemCompetency = typeof subsystemCompetency.$inferSelect;
