import { relations, sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";
import {
  ANALYTICS_EVENT_TYPES,
  DIFFICULTIES,
  MODULE_STATUSES,
  PROGRESS_STATUSES,
  SUBSYSTEMS,
} from "../../app/lib/domain/vocabulary";
import { currentTimestamp, oneOf } from "./checks";
import { faculty, students, teams } from "./people";

export const modules = pgTable(
  "modules",
  {
    id: serial("id").primaryKey(),
    slug: varchar("slug", { length: 255 }).notNull().unique(),
    title: varchar("title", { length: 255 }).notNull(),
    subsystem: varchar("subsystem", { length: 255 }).notNull(),
    summary: text("summary"),
    difficulty: varchar("difficulty", { length: 50 }).notNull().default("medium"),
    estimatedMinutes: integer("estimated_minutes").notNull().default(30),
    // Drafts (e.g. generated from CADENCE documents) stay invisible to students until published.
    status: varchar("status", { length: 50 }).notNull().default("draft"),
    // Set only for modules derived from a CADENCE document.
    notionPageId: varchar("notion_page_id", { length: 100 }),
    // Version number of the module_version_history row the module currently follows.
    currentVersion: varchar("current_version", { length: 50 }),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
    updatedAt: timestamp("updated_at")
      .default(currentTimestamp)
      .notNull()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("idx_modules_subsystem").on(t.subsystem),
    index("idx_modules_notion_page_id").on(t.notionPageId),
    check("modules_subsystem_check", oneOf(t.subsystem, SUBSYSTEMS)),
    check("modules_difficulty_check", oneOf(t.difficulty, DIFFICULTIES)),
    check("modules_status_check", oneOf(t.status, MODULE_STATUSES)),
    check("modules_estimated_minutes_check", sql`${t.estimatedMinutes} > 0`),
  ],
);

export const moduleSections = pgTable(
  "module_sections",
  {
    id: serial("id").primaryKey(),
    moduleId: integer("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: varchar("title", { length: 255 }).notNull(),
    bodyMarkdown: text("body_markdown").notNull().default(""),
    isCheckpoint: boolean("is_checkpoint").notNull().default(false),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
  },
  (t) => [
    unique("module_sections_module_position_unique").on(t.moduleId, t.position),
    check("module_sections_position_check", sql`${t.position} >= 1`),
  ],
);

export const moduleProgress = pgTable(
  "module_progress",
  {
    id: serial("id").primaryKey(),
    studentId: varchar("student_id", { length: 255 })
      .notNull()
      .references(() => students.id, { onDelete: "cascade" }),
    moduleId: integer("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    status: varchar("status", { length: 50 }).notNull().default("not_started"),
    percentComplete: integer("percent_complete").notNull().default(0),
    startedAt: timestamp("started_at"),
    completedAt: timestamp("completed_at"),
    updatedAt: timestamp("updated_at")
      .default(currentTimestamp)
      .notNull()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    unique("module_progress_student_module_unique").on(t.studentId, t.moduleId),
    index("idx_module_progress_module_id").on(t.moduleId),
    check("module_progress_status_check", oneOf(t.status, PROGRESS_STATUSES)),
    check("module_progress_percent_check", sql`${t.percentComplete} BETWEEN 0 AND 100`),
  ],
);

export const moduleAssignments = pgTable(
  "module_assignments",
  {
    id: serial("id").primaryKey(),
    moduleId: integer("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    teamId: integer("team_id").references(() => teams.id, { onDelete: "cascade" }),
    studentId: varchar("student_id", { length: 255 }).references(() => students.id, {
      onDelete: "cascade",
    }),
    // Keep the assignment when the faculty member leaves; only the attribution is lost.
    assignedBy: integer("assigned_by").references(() => faculty.id, { onDelete: "set null" }),
    dueDate: date("due_date"),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
  },
  (t) => [
    index("idx_module_assignments_team_id").on(t.teamId),
    index("idx_module_assignments_student_id").on(t.studentId),
    uniqueIndex("module_assignments_module_team_unique")
      .on(t.moduleId, t.teamId)
      .where(sql`${t.teamId} IS NOT NULL`),
    uniqueIndex("module_assignments_module_student_unique")
      .on(t.moduleId, t.studentId)
      .where(sql`${t.studentId} IS NOT NULL`),
    check(
      "module_assignments_one_target_check",
      sql`(${t.teamId} IS NULL) <> (${t.studentId} IS NULL)`,
    ),
  ],
);

export const moduleFeedback = pgTable(
  "module_feedback",
  {
    id: serial("id").primaryKey(),
    studentId: varchar("student_id", { length: 255 })
      .notNull()
      .references(() => students.id, { onDelete: "cascade" }),
    moduleId: integer("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    rating: smallint("rating").notNull(),
    comment: text("comment"),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
  },
  (t) => [
    unique("module_feedback_student_module_unique").on(t.studentId, t.moduleId),
    index("idx_module_feedback_module_id").on(t.moduleId),
    check("module_feedback_rating_check", sql`${t.rating} BETWEEN 1 AND 5`),
  ],
);

export const moduleAnalyticsEvents = pgTable(
  "module_analytics_events",
  {
    id: serial("id").primaryKey(),
    studentId: varchar("student_id", { length: 255 }).references(() => students.id, {
      onDelete: "cascade",
    }),
    moduleId: integer("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    eventType: varchar("event_type", { length: 50 }).notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp("occurred_at").default(currentTimestamp).notNull(),
  },
  (t) => [
    index("idx_module_analytics_events_module_time").on(t.moduleId, t.occurredAt),
    index("idx_module_analytics_events_student_id").on(t.studentId),
    check("module_analytics_events_type_check", oneOf(t.eventType, ANALYTICS_EVENT_TYPES)),
  ],
);

// ---- specified tables (SPEC.md, "The ten learning tables") ----

export const moduleVersionHistory = pgTable(
  "module_version_history",
  {
    versionId: serial("version_id").primaryKey(),
    moduleId: integer("module_id").references(() => modules.id, { onDelete: "cascade" }),
    versionNumber: varchar("version_number", { length: 50 }),
    specJson: jsonb("spec_json"),
    changeDescription: text("change_description"),
    createdBy: varchar("created_by", { length: 255 }),
    createdAt: timestamp("created_at").default(currentTimestamp),
  },
  (t) => [unique("module_version_history_module_version_unique").on(t.moduleId, t.versionNumber)],
);

export const modulePrerequisites = pgTable(
  "module_prerequisites",
  {
    prereqId: serial("prereq_id").primaryKey(),
    moduleId: integer("module_id").references(() => modules.id, { onDelete: "cascade" }),
    prerequisiteModuleId: integer("prerequisite_module_id").references(() => modules.id, {
      onDelete: "cascade",
    }),
    required: boolean("required").default(true),
    createdAt: timestamp("created_at").default(currentTimestamp),
  },
  (t) => [
    unique("module_prerequisites_pair_unique").on(t.moduleId, t.prerequisiteModuleId),
    index("idx_module_prerequisites_prerequisite").on(t.prerequisiteModuleId),
    check("module_prerequisites_not_self_check", sql`${t.moduleId} <> ${t.prerequisiteModuleId}`),
  ],
);

export const modulesRelations = relations(modules, ({ many }) => ({
  sections: many(moduleSections),
  versions: many(moduleVersionHistory),
  prerequisites: many(modulePrerequisites, { relationName: "module" }),
  dependents: many(modulePrerequisites, { relationName: "prerequisite" }),
}));

export const moduleSectionsRelations = relations(moduleSections, ({ one }) => ({
  module: one(modules, { fields: [moduleSections.moduleId], references: [modules.id] }),
}));

export const moduleVersionHistoryRelations = relations(moduleVersionHistory, ({ one }) => ({
  module: one(modules, { fields: [moduleVersionHistory.moduleId], references: [modules.id] }),
}));

export const modulePrerequisitesRelations = relations(modulePrerequisites, ({ one }) => ({
  module: one(modules, {
    fields: [modulePrerequisites.moduleId],
    references: [modules.id],
    relationName: "module",
  }),
  prerequisite: one(modules, {
    fields: [modulePrerequisites.prerequisiteModuleId],
    references: [modules.id],
    relationName: "prerequisite",
  }),
}));

export type Module = typeof modules.$inferSelect;
export type ModuleSection = typeof moduleSections.$inferSelect;
export type ModuleProgress = typeof moduleProgress.$inferSelect;
