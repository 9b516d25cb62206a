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
    check("sandboxes_status_check", oneOf(t.status, SANDBOX_STATUSES)),
    check("sandboxes_owner_check", sql`${t.studentId} IS NOT NULL OR ${t.projectId} IS NOT NULL`),
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
export type SimulationEnvironment = typeof simulationEnvironments.$inferSelect;
