import { relations } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  serial,
  timestamp,
  unique,
  varchar,
} from "drizzle-orm/pg-core";
import { SUBSYSTEMS } from "../../app/lib/domain/vocabulary";
import { currentTimestamp, nullOrOneOf } from "./checks";

export const universities = pgTable("universities", {
  id: serial("id").primaryKey(),
  name: varchar("name", { length: 255 }).notNull().unique(),
  shortName: varchar("short_name", { length: 50 }).notNull().unique(),
  country: varchar("country", { length: 100 }),
  createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
});

export const teams = pgTable(
  "teams",
  {
    id: serial("id").primaryKey(),
    universityId: integer("university_id")
      .notNull()
      .references(() => universities.id, { onDelete: "cascade" }),
    name: varchar("name", { length: 255 }).notNull(),
    semester: varchar("semester", { length: 100 }).notNull(),
    subsystemFocus: varchar("subsystem_focus", { length: 255 }),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
  },
  (t) => [
    unique("teams_university_name_semester_unique").on(t.universityId, t.name, t.semester),
    index("idx_teams_semester").on(t.semester),
    check("teams_subsystem_focus_check", nullOrOneOf(t.subsystemFocus, SUBSYSTEMS)),
  ],
);

export const students = pgTable(
  "students",
  {
    id: varchar("id", { length: 255 }).primaryKey(),
    name: varchar("name", { length: 255 }).notNull(),
    email: varchar("email", { length: 255 }).notNull().unique(),
    // A student may be between teams; their history stays with the university.
    teamId: integer("team_id").references(() => teams.id, { onDelete: "set null" }),
    universityId: integer("university_id")
      .notNull()
      .references(() => universities.id, { onDelete: "restrict" }),
    semester: varchar("semester", { length: 100 }).notNull(),
    publicLeaderboard: boolean("public_leaderboard").default(false).notNull(),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
    updatedAt: timestamp("updated_at")
      .default(currentTimestamp)
      .notNull()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("idx_students_team_id").on(t.teamId),
    index("idx_students_university_semester").on(t.universityId, t.semester),
  ],
);

export const faculty = pgTable(
  "faculty",
  {
    id: serial("id").primaryKey(),
    universityId: integer("university_id")
      .notNull()
      .references(() => universities.id, { onDelete: "restrict" }),
    name: varchar("name", { length: 255 }).notNull(),
    email: varchar("email", { length: 255 }).notNull().unique(),
    title: varchar("title", { length: 255 }),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
  },
  (t) => [index("idx_faculty_university_id").on(t.universityId)],
);

export const universitiesRelations = relations(universities, ({ many }) => ({
  teams: many(teams),
  students: many(students),
  faculty: many(faculty),
}));

export const teamsRelations = relations(teams, ({ one, many }) => ({
  university: one(universities, { fields: [teams.universityId], references: [universities.id] }),
  students: many(students),
}));

export const studentsRelations = relations(students, ({ one }) => ({
  team: one(teams, { fields: [students.teamId], references: [teams.id] }),
  university: one(universities, { fields: [students.universityId], references: [universities.id] }),
}));

export const facultyRelations = relations(faculty, ({ one }) => ({
  university: one(universities, { fields: [faculty.universityId], references: [universities.id] }),
}));

export type University = typeof universities.$inferSelect;
export type Team = typeof teams.$inferSelect;
export type Student = typeof students.$inferSelect;
export type Faculty = typeof faculty.$inferSelect;
