import { relations, sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";
import {
  ENVIRONMENT_STATUSES,
  SANDBOX_STATUSES,
  SIMULATION_KINDS,
  SUBSYSTEMS,
  WORK_STATUSES,
} from "../../app/lib/domain/vocabulary";
import { currentTimestamp, nullOrOneOf, oneOf } from "./checks";
import { modules } from "./modules";
import { students, teams } from "./people";

// ---- specified (SPEC.md): the simulation environments a sandbox runs in ----
export const simulationEnvironments = pgTable(
  "simulation_environments",
  {
    envId: serial("env_id").primaryKey(),
    name: varchar("name", { length: 255 }).notNull(),
    type: varchar("type", { length: 100 }),
    subsystem: varchar("subsystem", { length: 255 }),
    configJson: jsonb("config_json"),
    status: varchar("status", { length: 50 }),
    createdAt: timestamp("created_at").default(currentTimestamp),
  },
  (t) => [
    check("simulation_environments_type_check", nullOrOneOf(t.type, SIMULATION_KINDS)),
    check("simulation_environments_subsystem_check", nullOrOneOf(t.subsystem, SUBSYSTEMS)),
    check("simulation_environments_status_check", nullOrOneOf(t.status, ENVIRONMENT_STATUSES)),
  ],
);

// ---- ours: a team's own satellite projects (not the historical CADENCE ones) ----
export const projects = pgTable(
  "projects",
  {
    id: serial("id").primaryKey(),
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    name: varchar("name", { length: 255 }).notNull(),
    description: text("description"),
    subsystem: varchar("subsystem", { length: 255 }),
    status: varchar("status", { length: 100 }).notNull().default("todo"),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
    updatedAt: timestamp("updated_at")
      .default(currentTimestamp)
      .notNull()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("idx_projects_team_id").on(t.teamId),
    check("projects_subsystem_check", nullOrOneOf(t.subsystem, SUBSYSTEMS)),
    check("projects_status_check", oneOf(t.status, WORK_STATUSES)),
  ],
);

/** A student's or a project's own instance of a simulation environment. */
export const sandboxes = pgTable(
  "sandboxes",
  {
    id: serial("id").primaryKey(),
    environmentId: integer("environment_id")
      .notNull()
      .references(() => simulationEnvironments.envId, { onDelete: "cascade" }),
    studentId: varchar("student_id", { length: 255 }).references(() => students.id, {
      onDelete: "cascade",
    }),
    projectId: integer("project_id").references(() => projects.id, { onDelete: "cascade" }),
    // A student's instance of a module's sandbox; null for project and free-standing sandboxes.
    moduleId: integer("module_id").references(() => modules.id, { onDelete: "set null" }),
    name: varchar("name", { length: 255 }).notNull(),
    configJson: jsonb("config_json").$type<Record<string, unknown>>().notNull().default({}),
    status: varchar("status", { length: 50 }).notNull().default("provisioning"),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
    updatedAt: timestamp("updated_at")
      .default(currentTimestamp)
      .notNull()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("idx_sandboxes_student_id").on(t.studentId),
    index("idx_sandboxes_project_id").on(t.projectId),
    index("idx_sandboxes_environment_id").on(t.environmentId),
    // One instance per student, module and environment: opening it again reuses it.
    uniqueIndex("sandboxes_student_module_environment_unique")
      .on(t.studentId, t.moduleId, t.environmentId)
      .where(sql`${t.moduleId} IS NOT NULL AND ${t.studentId} IS NOT NULL`),
    check("sandboxes_status_check", oneOf(t.status, SANDBOX_STATUSES)),
    check("sandboxes_owner_check", sql`${t.studentId} IS NOT NULL OR ${t.projectId} IS NOT NULL`),
  ],
);

/**
 * Simulation environments attached to a module as its sandboxes, in the order the module page
 * lists them, with what the author wants done there. Not one of the spec's 37 tables: the spec
 * has environments and sandboxes but nothing tying an environment to a module.
 */
export const moduleEnvironments = pgTable(
  "module_environments",
  {
    id: serial("id").primaryKey(),
    moduleId: integer("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    environmentId: integer("environment_id")
      .notNull()
      .references(() => simulationEnvironments.envId, { onDelete: "cascade" }),
    position: integer("position").notNull().default(1),
    /** Markdown: what the student should do in this sandbox. */
    instructions: text("instructions").notNull().default(""),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
  },
  (t) => [
    unique("module_environments_module_environment_unique").on(t.moduleId, t.environmentId),
    index("idx_module_environments_environment_id").on(t.environmentId),
  ],
);

export const projectsRelations = relations(projects, ({ one, many }) => ({
  team: one(teams, { fields: [projects.teamId], references: [teams.id] }),
  sandboxes: many(sandboxes),
}));

export const sandboxesRelations = relations(sandboxes, ({ one }) => ({
  environment: one(simulationEnvironments, {
    fields: [sandboxes.environmentId],
    references: [simulationEnvironments.envId],
  }),
  student: one(students, { fields: [sandboxes.studentId], references: [students.id] }),
  project: one(projects, { fields: [sandboxes.projectId], references: [projects.id] }),
}));

export type Project = typeof projects.$inferSelect;
export type Sandbox = typeof sandboxes.$inferSelect;
export type ModuleEnvironment = typeof moduleEnvironments.$inferSelect;
export type SimulationEnvironment = typeof simulationEnvironments.$inferSelect;
