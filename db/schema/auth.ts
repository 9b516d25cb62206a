import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  serial,
  timestamp,
  varchar,
} from "drizzle-orm/pg-core";
import { currentTimestamp, oneOf } from "./checks";
import { faculty, students } from "./people";

/** Who may sign in. Not one of the spec's 37 tables: it belongs to sign-in, not the product. */
export const USER_ROLES = ["student", "faculty", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const appUsers = pgTable(
  "app_users",
  {
    id: varchar("id", { length: 36 }).primaryKey(),
    email: varchar("email", { length: 255 }).notNull().unique(),
    name: varchar("name", { length: 255 }).notNull(),
    // Null for accounts that only sign in through the university's SSO.
    passwordHash: varchar("password_hash", { length: 255 }),
    role: varchar("role", { length: 20 }).notNull(),
    studentId: varchar("student_id", { length: 255 })
      .unique()
      .references(() => students.id, { onDelete: "set null" }),
    facultyId: integer("faculty_id")
      .unique()
      .references(() => faculty.id, { onDelete: "set null" }),
    disabledAt: timestamp("disabled_at"),
    lastSignInAt: timestamp("last_sign_in_at"),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
    updatedAt: timestamp("updated_at")
      .default(currentTimestamp)
      .notNull()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    check("app_users_role_check", oneOf(t.role, USER_ROLES)),
    // A student account points at a student record only, a faculty account at a faculty one.
    check(
      "app_users_link_check",
      sql`(${t.studentId} IS NULL OR ${t.role} = 'student') AND (${t.facultyId} IS NULL OR ${t.role} = 'faculty')`,
    ),
  ],
);

/**
 * Every sign-in attempt, kept in the database so the rate limit holds across server
 * processes and restarts (an in-memory counter would not).
 */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: serial("id").primaryKey(),
    email: varchar("email", { length: 255 }).notNull(),
    ip: varchar("ip", { length: 64 }).notNull(),
    succeeded: boolean("succeeded").notNull(),
    attemptedAt: timestamp("attempted_at").default(currentTimestamp).notNull(),
  },
  (t) => [
    index("idx_sign_in_attempts_email_time").on(t.email, t.attemptedAt),
    index("idx_sign_in_attempts_ip_time").on(t.ip, t.attemptedAt),
  ],
);

/** One-time password reset links; only a hash of the token is stored. */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: serial("id").primaryKey(),
    userId: varchar("user_id", { length: 36 })
      .notNull()
      .references(() => appUsers.id, { onDelete: "cascade" }),
    tokenHash: varchar("token_hash", { length: 64 }).notNull().unique(),
    expiresAt: timestamp("expires_at").notNull(),
    usedAt: timestamp("used_at"),
    createdBy: varchar("created_by", { length: 36 }),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
  },
  (t) => [index("idx_password_reset_tokens_user_id").on(t.userId)],
);

export type AppUser = typeof appUsers.$inferSelect;
