import { relations, sql } from "drizzle-orm";
import {
  check,
  decimal,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
  varchar,
} from "drizzle-orm/pg-core";
import { INTERFACE_TYPES, SUBSYSTEMS } from "../../app/lib/domain/vocabulary";
import { currentTimestamp, nullOrOneOf, oneOf } from "./checks";
import { students, teams } from "./people";
import { projects } from "./projects";

/** The catalogue of things that can make a mission fail (mass margin, test coverage, …). */
export const riskFactors = pgTable(
  "risk_factors",
  {
    id: serial("id").primaryKey(),
    key: varchar("key", { length: 100 }).notNull().unique(),
    name: varchar("name", { length: 255 }).notNull(),
    description: text("description"),
    subsystem: varchar("subsystem", { length: 255 }),
    unit: varchar("unit", { length: 50 }),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
  },
  (t) => [check("risk_factors_subsystem_check", nullOrOneOf(t.subsystem, SUBSYSTEMS))],
);

export const factorModels = pgTable("factor_models", {
  id: serial("id").primaryKey(),
  name: varchar("name", { length: 255 }).notNull().unique(),
  description: text("description"),
  version: varchar("version", { length: 50 }).notNull().default("1.0.0"),
  // What the model predicts, matching outcomes.outcome_type.
  targetOutcome: varchar("target_outcome", { length: 100 }).notNull(),
  createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
});

export const modelFactors = pgTable(
  "model_factors",
  {
    id: serial("id").primaryKey(),
    modelId: integer("model_id")
      .notNull()
      .references(() => factorModels.id, { onDelete: "cascade" }),
    factorId: integer("factor_id")
      .notNull()
      .references(() => riskFactors.id, { onDelete: "restrict" }),
    weight: decimal("weight", { precision: 8, scale: 4 }).notNull(),
  },
  (t) => [unique("model_factors_model_factor_unique").on(t.modelId, t.factorId)],
);

export const interfaces = pgTable(
  "interfaces",
  {
    id: serial("id").primaryKey(),
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    name: varchar("name", { length: 255 }).notNull(),
    subsystemA: varchar("subsystem_a", { length: 255 }).notNull(),
    subsystemB: varchar("subsystem_b", { length: 255 }).notNull(),
    interfaceType: varchar("interface_type", { length: 50 }).notNull(),
    description: text("description"),
    ownerStudentId: varchar("owner_student_id", { length: 255 }).references(() => students.id, {
      onDelete: "set null",
    }),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
  },
  (t) => [
    index("idx_interfaces_team_id").on(t.teamId),
    check("interfaces_subsystem_a_check", oneOf(t.subsystemA, SUBSYSTEMS)),
    check("interfaces_subsystem_b_check", oneOf(t.subsystemB, SUBSYSTEMS)),
    check("interfaces_distinct_subsystems_check", sql`${t.subsystemA} <> ${t.subsystemB}`),
    check("interfaces_type_check", oneOf(t.interfaceType, INTERFACE_TYPES)),
  ],
);

/** A factor observed for a team, one of its projects or an interface, at a point in time. */
export const factorValues = pgTable(
  "factor_values",
  {
    id: serial("id").primaryKey(),
    factorId: integer("factor_id")
      .notNull()
      .references(() => riskFactors.id, { onDelete: "cascade" }),
    teamId: integer("team_id").references(() => teams.id, { onDelete: "cascade" }),
    projectId: integer("project_id").references(() => projects.id, { onDelete: "cascade" }),
    interfaceId: integer("interface_id").references(() => interfaces.id, { onDelete: "cascade" }),
    value: decimal("value", { precision: 12, scale: 4 }).notNull(),
    observedAt: timestamp("observed_at").notNull(),
  },
  (t) => [
    index("idx_factor_values_factor_time").on(t.factorId, t.observedAt),
    index("idx_factor_values_team_id").on(t.teamId),
    check(
      "factor_values_target_check",
      sql`${t.teamId} IS NOT NULL OR ${t.projectId} IS NOT NULL OR ${t.interfaceId} IS NOT NULL`,
    ),
  ],
);

export const outcomes = pgTable(
  "outcomes",
  {
    id: serial("id").primaryKey(),
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    projectId: integer("project_id").references(() => projects.id, { onDelete: "set null" }),
    outcomeType: varchar("outcome_type", { length: 100 }).notNull(),
    value: decimal("value", { precision: 12, scale: 4 }).notNull(),
    observedAt: timestamp("observed_at").notNull(),
    notes: text("notes"),
  },
  (t) => [index("idx_outcomes_team_id").on(t.teamId)],
);

export const modelValidations = pgTable(
  "model_validations",
  {
    id: serial("id").primaryKey(),
    modelId: integer("model_id")
      .notNull()
      .references(() => factorModels.id, { onDelete: "cascade" }),
    validatedAt: timestamp("validated_at").notNull(),
    sampleSize: integer("sample_size").notNull(),
    // e.g. { "auc": 0.78, "brier": 0.17, "mae": 0.9 }
    metrics: jsonb("metrics").$type<Record<string, number>>().notNull(),
    notes: text("notes"),
  },
  (t) => [index("idx_model_validations_model_id").on(t.modelId)],
);

export const interfaceFactorValues = pgTable(
  "interface_factor_values",
  {
    id: serial("id").primaryKey(),
    interfaceId: integer("interface_id")
      .notNull()
      .references(() => interfaces.id, { onDelete: "cascade" }),
    factorId: integer("factor_id")
      .notNull()
      .references(() => riskFactors.id, { onDelete: "cascade" }),
    value: decimal("value", { precision: 12, scale: 4 }).notNull(),
    observedAt: timestamp("observed_at").notNull(),
  },
  (t) => [index("idx_interface_factor_values_interface_id").on(t.interfaceId)],
);

export const factorModelsRelations = relations(factorModels, ({ many }) => ({
  factors: many(modelFactors),
  validations: many(modelValidations),
}));

export const modelFactorsRelations = relations(modelFactors, ({ one }) => ({
  model: one(factorModels, { fields: [modelFactors.modelId], references: [factorModels.id] }),
  factor: one(riskFactors, { fields: [modelFactors.factorId], references: [riskFactors.id] }),
}));

export const interfacesRelations = relations(interfaces, ({ one, many }) => ({
  team: one(teams, { fields: [interfaces.teamId], references: [teams.id] }),
  owner: one(students, { fields: [interfaces.ownerStudentId], references: [students.id] }),
  factorValues: many(interfaceFactorValues),
}));

export const interfaceFactorValuesRelations = relations(interfaceFactorValues, ({ one }) => ({
  interface: one(interfaces, {
    fields: [interfaceFactorValues.interfaceId],
    references: [interfaces.id],
  }),
  factor: one(riskFactors, {
    fields: [interfaceFactorValues.factorId],
    references: [riskFactors.id],
  }),
}));
