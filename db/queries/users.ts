import "server-only";
import type { Viewer } from "../../app/lib/auth/roles";
import { assertRole } from "./access";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, asc, eq, gt, inArray, isNull, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { hashPassword } from "../../app/lib/auth/password";
import type { Role } from "../../app/lib/auth/roles";
import { recordAudit } from "../audit";
import type { Database, Executor } from "../client";
import { getDb } from "../index";
import { initialiseCompetency } from "../learning/recompute";
import { appUsers, faculty, passwordResetTokens, students, universities } from "../schema";

/**
 * The admin's user management and the password reset it hands out. Every write runs in one
 * transaction with its audit entry, so the log never claims a change that rolled back.
 */

/** A reset link works for this long: long enough to reach someone by e-mail or chat overnight. */
export const RESET_LINK_TTL_MS = 24 * 60 * 60 * 1000;
const RESET_TOKEN_BYTES = 32;

export interface UserListItem {
  id: string;
  email: string;
  name: string;
  role: Role;
  linked: LinkedRecord | null;
  disabled: boolean;
  /** ISO time, or null when the account never signed in. */
  lastSignInAt: string | null;
}

export type LinkedRecord =
  | { kind: "student"; id: string; name: string; university: string }
  | { kind: "faculty"; id: number; name: string; university: string };

export interface LinkableStudent {
  id: string;
  name: string;
  university: string;
  semester: string;
}

export interface LinkableFaculty {
  id: number;
  name: string;
  university: string;
}

/** What an account may point at; null for none. */
export type RecordLink = { studentId: string; facultyId?: never } | { facultyId: number; studentId?: never } | null;

/** The admin acting; their e-mail is kept as the audit label so the log reads without a join. */
export interface Actor {
  userId: string;
  email: string;
}

export interface WriteOptions {
  db?: Database;
  now?: Date;
}

export type UserWriteErrorCode =
  | "not_found"
  | "email_taken"
  | "own_account"
  | "link_mismatch"
  | "link_taken"
  | "record_not_found"
  | "disabled";

export interface UserWriteFailure {
  ok: false;
  code: UserWriteErrorCode;
  message: string;
  /** The form field the message belongs to, when there is one. */
  field?: "email" | "role" | "record";
}

export type UserWriteResult<T> = ({ ok: true } & T) | UserWriteFailure;

export interface IssuedResetLink {
  /** The plain token: returned once, never stored. */
  token: string;
  expiresAt: Date;
}

class UserRuleViolation extends Error {
  constructor(readonly failure: UserWriteFailure) {
    super(failure.message);
  }
}

function fail(code: UserWriteErrorCode, message: string, field?: UserWriteFailure["field"]): never {
  throw new UserRuleViolation({ ok: false, code, message, ...(field ? { field } : {}) });
}

// ---------------------------------------------------------------------------------------------
// Reads

const studentUniversity = alias(universities, "student_university");
const facultyUniversity = alias(universities, "faculty_university");

/** Every account with its linked record, by name. */
export async function listUsers(viewer: Viewer | null, db?: Database): Promise<UserListItem[]> {
  assertRole(viewer, ["admin"]);
  const d = db ?? (await getDb());
  const rows = await d
    .select({
      id: appUsers.id,
      email: appUsers.email,
      name: appUsers.name,
      role: appUsers.role,
      disabledAt: appUsers.disabledAt,
      lastSignInAt: appUsers.lastSignInAt,
      studentId: students.id,
      studentName: students.name,
      studentUniversity: studentUniversity.shortName,
      facultyId: faculty.id,
      facultyName: faculty.name,
      facultyUniversity: facultyUniversity.shortName,
    })
    .from(appUsers)
    .leftJoin(students, eq(students.id, appUsers.studentId))
    .leftJoin(studentUniversity, eq(studentUniversity.id, students.universityId))
    .leftJoin(faculty, eq(faculty.id, appUsers.facultyId))
    .leftJoin(facultyUniversity, eq(facultyUniversity.id, faculty.universityId))
    .orderBy(asc(appUsers.name), asc(appUsers.email));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role as Role,
    linked:
      r.studentId !== null
        ? { kind: "student", id: r.studentId, name: r.studentName ?? r.studentId, university: r.studentUniversity ?? "" }
        : r.facultyId !== null
          ? { kind: "faculty", id: r.facultyId, name: r.facultyName ?? String(r.facultyId), university: r.facultyUniversity ?? "" }
          : null,
    disabled: r.disabledAt !== null,
    lastSignInAt: r.lastSignInAt?.toISOString() ?? null,
  }));
}

/** Student records no account points at yet. */
export async function listLinkableStudents(viewer: Viewer | null, db?: Database): Promise<LinkableStudent[]> {
  assertRole(viewer, ["admin"]);
  const d = db ?? (await getDb());
  return d
    .select({ id: students.id, name: students.name, university: universities.shortName, semester: students.semester })
    .from(students)
    .innerJoin(universities, eq(universities.id, students.universityId))
    .leftJoin(appUsers, eq(appUsers.studentId, students.id))
    .where(isNull(appUsers.id))
    .orderBy(asc(universities.shortName), asc(students.name), asc(students.id));
}

/** Faculty records no account points at yet. */
export async function listLinkableFaculty(viewer: Viewer | null, db?: Database): Promise<LinkableFaculty[]> {
  assertRole(viewer, ["admin"]);
  const d = db ?? (await getDb());
  return d
    .select({ id: faculty.id, name: faculty.name, university: universities.shortName })
    .from(faculty)
    .innerJoin(universities, eq(universities.id, faculty.universityId))
    .leftJoin(appUsers, eq(appUsers.facultyId, faculty.id))
    .where(isNull(appUsers.id))
    .orderBy(asc(universities.shortName), asc(faculty.name), asc(faculty.id));
}

// ---------------------------------------------------------------------------------------------
// Rules (pure)

/** Why this role cannot hold this link, or null when it can. Mirrors `app_users_link_check`. */
export function linkMismatch(role: Role, link: RecordLink): string | null {
  if (!link) return null;
  if (link.studentId !== undefined && role !== "student") {
    return role === "faculty" ? "A faculty account can link only a faculty record." : "An admin account cannot link a student or faculty record.";
  }
  if (link.facultyId !== undefined && role !== "faculty") {
    return role === "student" ? "A student account can link only a student record." : "An admin account cannot link a student or faculty record.";
  }
  return null;
}

/** The part of a link that still fits a new role; a role change drops the rest. */
export function linkKeptFor(role: Role, current: { studentId: string | null; facultyId: number | null }) {
  return {
    studentId: role === "student" ? current.studentId : null,
    facultyId: role === "faculty" ? current.facultyId : null,
  };
}

export function newResetToken(): string {
  return randomBytes(RESET_TOKEN_BYTES).toString("base64url");
}

/** Only this is stored: a leaked database does not hand out working links. */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

// ---------------------------------------------------------------------------------------------
// Writes

export interface NewUser {
  name: string;
  email: string;
  role: Role;
  link: RecordLink;
}

/**
 * Creates an account without a password and the one-time link its owner sets one with. The
 * account, the token and one `user.create` entry commit together.
 */
export async function createUserAccount(
  input: NewUser,
  actor: Actor,
  options: WriteOptions = {},
): Promise<UserWriteResult<{ userId: string } & IssuedResetLink>> {
  const mismatch = linkMismatch(input.role, input.link);
  if (mismatch) return { ok: false, code: "link_mismatch", message: mismatch, field: "record" };
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  const userId = randomUUID();
  const token = newResetToken();
  const expiresAt = new Date(now.getTime() + RESET_LINK_TTL_MS);
  const email = input.email.trim().toLowerCase();
  return runWrite(async () => {
    await db.transaction(async (tx) => {
      await assertLinkable(tx, input.link, null);
      await tx.insert(appUsers).values({
        id: userId,
        email,
        name: input.name,
        role: input.role,
        passwordHash: null,
        studentId: input.link?.studentId ?? null,
        facultyId: input.link?.facultyId ?? null,
      });
      await tx.insert(passwordResetTokens).values({ userId, tokenHash: hashResetToken(token), expiresAt, createdBy: actor.userId });
      if (input.link?.studentId !== undefined) await initialiseCompetency(tx, input.link.studentId);
      await recordAudit(tx, {
        ...auditActor(actor),
        action: "user.create",
        entityType: "app_user",
        entityId: userId,
        after: {
          email,
          name: input.name,
          role: input.role,
          studentId: input.link?.studentId ?? null,
          facultyId: input.link?.facultyId ?? null,
          resetLinkExpiresAt: expiresAt.toISOString(),
        },
      });
    });
    return { ok: true, userId, token, expiresAt };
  });
}

export interface RoleChange {
  name: string;
  role: Role;
  unchanged: boolean;
  /** The link the new role could not keep, if any. */
  clearedLink: { studentId: string } | { facultyId: number } | null;
}

/** Changes an account's role and drops a link the new role cannot hold. */
export async function changeUserRoleRecord(
  userId: string,
  role: Role,
  actor: Actor,
  options: WriteOptions = {},
): Promise<UserWriteResult<RoleChange>> {
  if (userId === actor.userId && role !== "admin") {
    return { ok: false, code: "own_account", message: "You cannot remove the admin role from your own account.", field: "role" };
  }
  const db = options.db ?? (await getDb());
  return runWrite(() =>
    db.transaction(async (tx): Promise<UserWriteResult<RoleChange>> => {
      const user = await lockUser(tx, userId);
      if (user.role === role) return { ok: true, name: user.name, role, unchanged: true, clearedLink: null };
      const kept = linkKeptFor(role, user);
      const clearedLink =
        user.studentId !== null && kept.studentId === null
          ? { studentId: user.studentId }
          : user.facultyId !== null && kept.facultyId === null
            ? { facultyId: user.facultyId }
            : null;
      await tx.update(appUsers).set({ role, ...kept }).where(eq(appUsers.id, userId));
      await recordAudit(tx, {
        ...auditActor(actor),
        action: "user.role_change",
        entityType: "app_user",
        entityId: userId,
        before: { role: user.role, studentId: user.studentId, facultyId: user.facultyId },
        after: { role, ...kept },
      });
      return { ok: true, name: user.name, role, unchanged: false, clearedLink };
    }),
  );
}

export interface LinkChange {
  name: string;
  unchanged: boolean;
}

/** Points an account at a student or faculty record (or at none). */
export async function linkUserToRecord(
  userId: string,
  link: RecordLink,
  actor: Actor,
  options: WriteOptions = {},
): Promise<UserWriteResult<LinkChange>> {
  const db = options.db ?? (await getDb());
  return runWrite(() =>
    db.transaction(async (tx): Promise<UserWriteResult<LinkChange>> => {
      const user = await lockUser(tx, userId);
      const mismatch = linkMismatch(user.role, link);
      if (mismatch) fail("link_mismatch", mismatch, "record");
      const next = { studentId: link?.studentId ?? null, facultyId: link?.facultyId ?? null };
      if (next.studentId === user.studentId && next.facultyId === user.facultyId) return { ok: true, name: user.name, unchanged: true };
      await assertLinkable(tx, link, userId);
      await tx.update(appUsers).set(next).where(eq(appUsers.id, userId));
      if (next.studentId !== null) await initialiseCompetency(tx, next.studentId);
      await recordAudit(tx, {
        ...auditActor(actor),
        action: "user.link",
        entityType: "app_user",
        entityId: userId,
        before: { studentId: user.studentId, facultyId: user.facultyId },
        after: next,
      });
      return { ok: true, name: user.name, unchanged: false };
    }),
  );
}

export interface StatusChange {
  name: string;
  disabled: boolean;
  unchanged: boolean;
}

/**
 * Disables or re-enables an account. Disabling also voids its unused reset links, so a link
 * handed out earlier cannot bring the account back.
 */
export async function setUserDisabledRecord(
  userId: string,
  disabled: boolean,
  actor: Actor,
  options: WriteOptions = {},
): Promise<UserWriteResult<StatusChange>> {
  if (disabled && userId === actor.userId) {
    return { ok: false, code: "own_account", message: "You cannot disable your own account." };
  }
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  return runWrite(() =>
    db.transaction(async (tx): Promise<UserWriteResult<StatusChange>> => {
      const user = await lockUser(tx, userId);
      if ((user.disabledAt !== null) === disabled) return { ok: true, name: user.name, disabled, unchanged: true };
      const disabledAt = disabled ? now : null;
      await tx.update(appUsers).set({ disabledAt }).where(eq(appUsers.id, userId));
      const voided = disabled ? await voidUnusedTokens(tx, userId, now) : 0;
      await recordAudit(tx, {
        ...auditActor(actor),
        action: disabled ? "user.disable" : "user.enable",
        entityType: "app_user",
        entityId: userId,
        before: { disabledAt: user.disabledAt?.toISOString() ?? null },
        after: { disabledAt: disabledAt?.toISOString() ?? null, ...(disabled ? { resetLinksVoided: voided } : {}) },
      });
      return { ok: true, name: user.name, disabled, unchanged: false };
    }),
  );
}

/** A new one-time reset link for an active account; its earlier unused links stop working. */
export async function issuePasswordResetLink(
  userId: string,
  actor: Actor,
  options: WriteOptions = {},
): Promise<UserWriteResult<{ name: string } & IssuedResetLink>> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  const token = newResetToken();
  const expiresAt = new Date(now.getTime() + RESET_LINK_TTL_MS);
  return runWrite(async () => {
    const name = await db.transaction(async (tx) => {
      const user = await lockUser(tx, userId);
      if (user.disabledAt) fail("disabled", "Enable this account before creating a reset link.");
      const voided = await voidUnusedTokens(tx, userId, now);
      await tx.insert(passwordResetTokens).values({ userId, tokenHash: hashResetToken(token), expiresAt, createdBy: actor.userId });
      await recordAudit(tx, {
        ...auditActor(actor),
        action: "user.password_reset_link",
        entityType: "app_user",
        entityId: userId,
        after: { expiresAt: expiresAt.toISOString(), earlierLinksVoided: voided },
      });
      return user.name;
    });
    return { ok: true, name, token, expiresAt };
  });
}

export interface ResetTarget {
  name: string;
  email: string;
}

/** The account a reset token may set a password for; null when it is unknown, used or expired. */
export async function findPasswordResetTarget(token: string, options: WriteOptions = {}): Promise<ResetTarget | null> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  const [row] = await db
    .select({ name: appUsers.name, email: appUsers.email })
    .from(passwordResetTokens)
    .innerJoin(appUsers, eq(appUsers.id, passwordResetTokens.userId))
    .where(
      and(
        eq(passwordResetTokens.tokenHash, hashResetToken(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
        isNull(appUsers.disabledAt),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * Sets a password through a reset token. Claiming the token is a single conditional update, so
 * two submissions of one link cannot both succeed; the password, the spent token and the audit
 * entry commit together.
 */
export async function resetPasswordWithToken(
  token: string,
  password: string,
  options: WriteOptions = {},
): Promise<{ ok: true; email: string } | { ok: false }> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  // A cheap look-up first: the form is public, and argon2 is deliberately expensive, so a
  // made-up token must not cost a hash. The claim below re-checks everything atomically.
  if (!(await findPasswordResetTarget(token, { db, now }))) return { ok: false };
  // Hashed before the transaction: it needs no lock and should not hold one.
  const passwordHash = await hashPassword(password);
  try {
    const email = await db.transaction(async (tx) => {
      const [claimed] = await tx
        .update(passwordResetTokens)
        .set({ usedAt: now })
        .where(
          and(
            eq(passwordResetTokens.tokenHash, hashResetToken(token)),
            isNull(passwordResetTokens.usedAt),
            gt(passwordResetTokens.expiresAt, now),
            inArray(passwordResetTokens.userId, tx.select({ id: appUsers.id }).from(appUsers).where(isNull(appUsers.disabledAt))),
          ),
        )
        .returning({ userId: passwordResetTokens.userId });
      if (!claimed) throw new InvalidResetToken();
      const [user] = await tx
        .update(appUsers)
        .set({ passwordHash })
        .where(eq(appUsers.id, claimed.userId))
        .returning({ id: appUsers.id, email: appUsers.email });
      if (!user) throw new InvalidResetToken();
      await recordAudit(tx, {
        actorId: user.id,
        actorLabel: user.email,
        action: "user.password_reset",
        entityType: "app_user",
        entityId: user.id,
        after: { via: "reset_link" },
      });
      return user.email;
    });
    return { ok: true, email };
  } catch (error) {
    if (error instanceof InvalidResetToken) return { ok: false };
    throw error;
  }
}

class InvalidResetToken extends Error {}

// ---------------------------------------------------------------------------------------------
// Helpers

function auditActor(actor: Actor) {
  return { actorId: actor.userId, actorLabel: actor.email };
}

async function lockUser(tx: Executor, userId: string) {
  const [user] = await tx
    .select({
      id: appUsers.id,
      name: appUsers.name,
      role: appUsers.role,
      studentId: appUsers.studentId,
      facultyId: appUsers.facultyId,
      disabledAt: appUsers.disabledAt,
    })
    .from(appUsers)
    .where(eq(appUsers.id, userId))
    .for("update");
  if (!user) fail("not_found", "That account no longer exists.");
  return { ...user, role: user.role as Role };
}

/** The record exists and no other account points at it. */
async function assertLinkable(tx: Executor, link: RecordLink, exceptUserId: string | null): Promise<void> {
  if (!link) return;
  const notThisUser = exceptUserId ? ne(appUsers.id, exceptUserId) : undefined;
  if (link.studentId !== undefined) {
    const [record] = await tx.select({ id: students.id }).from(students).where(eq(students.id, link.studentId));
    if (!record) fail("record_not_found", "That student record does not exist.", "record");
    const [holder] = await tx.select({ id: appUsers.id }).from(appUsers).where(and(eq(appUsers.studentId, link.studentId), notThisUser));
    if (holder) fail("link_taken", "That record is already linked to another account.", "record");
  } else {
    const [record] = await tx.select({ id: faculty.id }).from(faculty).where(eq(faculty.id, link.facultyId));
    if (!record) fail("record_not_found", "That faculty record does not exist.", "record");
    const [holder] = await tx.select({ id: appUsers.id }).from(appUsers).where(and(eq(appUsers.facultyId, link.facultyId), notThisUser));
    if (holder) fail("link_taken", "That record is already linked to another account.", "record");
  }
}

async function voidUnusedTokens(tx: Executor, userId: string, now: Date): Promise<number> {
  const voided = await tx
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)))
    .returning({ id: passwordResetTokens.id });
  return voided.length;
}

/** Turns rule violations and unique-key races into failures; anything else is a real error. */
async function runWrite<T>(write: () => Promise<UserWriteResult<T>>): Promise<UserWriteResult<T>> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UserRuleViolation) return error.failure;
    const constraint = uniqueViolation(error);
    if (constraint === "app_users_email_unique") {
      return { ok: false, code: "email_taken", message: "An account with this e-mail already exists.", field: "email" };
    }
    if (constraint === "app_users_student_id_unique" || constraint === "app_users_faculty_id_unique") {
      return { ok: false, code: "link_taken", message: "That record is already linked to another account.", field: "record" };
    }
    throw error;
  }
}

/**
 * The constraint behind a unique violation (SQLSTATE 23505), or null. Drizzle wraps the
 * driver's error in `cause`; pg, Neon and PGlite all carry `code` and `constraint`.
 */
export function uniqueViolation(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === "23505") return typeof constraint === "string" ? constraint : "unknown";
  }
  return null;
}
