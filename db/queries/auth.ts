import { and, eq, gte, sql } from "drizzle-orm";
import { rateLimitDecision, SIGN_IN_LIMITS, type RateLimitDecision } from "../../app/lib/auth/rate-limit";
import { verifyPassword } from "../../app/lib/auth/password";
import type { Role, Viewer } from "../../app/lib/auth/roles";
import { recordAudit } from "../audit";
import { getDb } from "../index";
import { appUsers, faculty, signInAttempts, students } from "../schema";

/**
 * Sign-in's reads and writes. Deliberately not `server-only`-guarded: Auth.js calls these from
 * its route handler, and the CLI seed uses the same user code.
 */

export interface AuthenticatedUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  studentId: string | null;
  facultyId: number | null;
}

export class SignInRateLimited extends Error {
  override name = "SignInRateLimited";
  constructor(readonly retryAfterMinutes: number) {
    super(`rate limited for ${retryAfterMinutes} min`);
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function signInRateLimit(email: string, ip: string, now = new Date()): Promise<RateLimitDecision> {
  const db = await getDb();
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const failures = await db
    .select({ email: signInAttempts.email, ip: signInAttempts.ip, at: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.succeeded, false),
        gte(signInAttempts.attemptedAt, since),
        sql`(${signInAttempts.email} = ${normalizeEmail(email)} OR ${signInAttempts.ip} = ${ip})`,
      ),
    );
  return rateLimitDecision(
    failures.filter((f) => f.email === normalizeEmail(email)).map((f) => f.at),
    failures.filter((f) => f.ip === ip).map((f) => f.at),
    now,
  );
}

/**
 * Checks an e-mail and password. Unknown e-mails cost a full hash verification too, and the
 * attempt, its audit entry and the last-sign-in time are written in one transaction.
 */
export async function authenticate(email: string, password: string, ip: string): Promise<AuthenticatedUser | null> {
  const normalized = normalizeEmail(email);
  const limit = await signInRateLimit(normalized, ip);
  if (limit.limited) throw new SignInRateLimited(limit.retryAfterMinutes);

  const db = await getDb();
  const [user] = await db.select().from(appUsers).where(eq(appUsers.email, normalized)).limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  const ok = Boolean(user && passwordOk && !user.disabledAt);

  await db.transaction(async (tx) => {
    await tx.insert(signInAttempts).values({ email: normalized, ip, succeeded: ok });
    if (ok) await tx.update(appUsers).set({ lastSignInAt: new Date() }).where(eq(appUsers.id, user!.id));
    await recordAudit(tx, {
      actorId: ok ? user!.id : null,
      actorLabel: normalized,
      action: ok ? "auth.sign_in" : "auth.sign_in_failed",
      entityType: "app_user",
      entityId: user?.id ?? null,
      after: { ip, reason: ok ? null : user?.disabledAt ? "disabled" : "credentials" },
    });
  });
  if (!ok) return null;
  return {
    id: user!.id,
    name: user!.name,
    email: user!.email,
    role: user!.role as Role,
    studentId: user!.studentId,
    facultyId: user!.facultyId,
  };
}

/** An SSO sign-in is accepted only for an existing, active account with that e-mail. */
export async function findActiveUserByEmail(email: string): Promise<AuthenticatedUser | null> {
  const db = await getDb();
  const [user] = await db.select().from(appUsers).where(eq(appUsers.email, normalizeEmail(email))).limit(1);
  if (!user || user.disabledAt) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role as Role, studentId: user.studentId, facultyId: user.facultyId };
}

/**
 * The viewer behind a session, read fresh on every request so a role change or a disabled
 * account takes effect at once rather than when the JWT expires.
 */
export async function loadViewer(userId: string): Promise<Viewer | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: appUsers.id,
      name: appUsers.name,
      email: appUsers.email,
      role: appUsers.role,
      studentId: appUsers.studentId,
      facultyId: appUsers.facultyId,
      disabledAt: appUsers.disabledAt,
      studentUniversity: students.universityId,
      facultyUniversity: faculty.universityId,
    })
    .from(appUsers)
    .leftJoin(students, eq(students.id, appUsers.studentId))
    .leftJoin(faculty, eq(faculty.id, appUsers.facultyId))
    .where(eq(appUsers.id, userId))
    .limit(1);
  if (!row || row.disabledAt) return null;
  return {
    userId: row.id,
    name: row.name,
    email: row.email,
    role: row.role as Role,
    studentId: row.studentId,
    facultyId: row.facultyId,
    universityId: row.studentUniversity ?? row.facultyUniversity ?? null,
  };
}
