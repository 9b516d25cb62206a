import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { verifyPassword } from "../../app/lib/auth/password";
import { queryRows } from "../rows";
import { appUsers, auditLogs, passwordResetTokens } from "../schema";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "../seed/accounts";
import { seedDemoData } from "../seed/index";
import { testTargets, type TestDatabase } from "../testing/databases";
import {
  changeUserRoleRecord,
  createUserAccount,
  findPasswordResetTarget,
  hashResetToken,
  issuePasswordResetLink,
  linkKeptFor,
  linkMismatch,
  linkUserToRecord,
  listLinkableFaculty,
  listLinkableStudents,
  listUsers,
  RESET_LINK_TTL_MS,
  resetPasswordWithToken,
  setUserDisabledRecord,
  type Actor,
  type RecordLink,
} from "./users";

const ADMIN: Actor = { userId: "demo-admin", email: "admin@basecamp.example.edu" };
/** An actor whose label overflows audit_logs.actor_label (255): the audit insert fails. */
const BROKEN_AUDIT: Actor = { userId: "demo-admin", email: `${"x".repeat(300)}@example.edu` };
const HOUR = 60 * 60 * 1000;

describe("linkMismatch", () => {
  test.each<[string, "student" | "faculty" | "admin", RecordLink, string | null]>([
    ["no link fits any role", "admin", null, null],
    ["student with a student record", "student", { studentId: "nit-26f-01" }, null],
    ["faculty with a faculty record", "faculty", { facultyId: 1 }, null],
    ["student with a faculty record", "student", { facultyId: 1 }, "A student account can link only a student record."],
    ["faculty with a student record", "faculty", { studentId: "nit-26f-01" }, "A faculty account can link only a faculty record."],
    ["admin with a student record", "admin", { studentId: "nit-26f-01" }, "An admin account cannot link a student or faculty record."],
    ["admin with a faculty record", "admin", { facultyId: 1 }, "An admin account cannot link a student or faculty record."],
  ])("%s", (_label, role, link, expected) => {
    expect(linkMismatch(role, link)).toBe(expected);
  });

  type Link = { studentId: string | null; facultyId: number | null };
  test.each<[string, "student" | "faculty" | "admin", Link, Link]>([
    ["student keeps a student link", "student", { studentId: "s", facultyId: null }, { studentId: "s", facultyId: null }],
    ["faculty keeps a faculty link", "faculty", { studentId: null, facultyId: 1 }, { studentId: null, facultyId: 1 }],
    ["faculty drops a student link", "faculty", { studentId: "s", facultyId: null }, { studentId: null, facultyId: null }],
    ["student drops a faculty link", "student", { studentId: null, facultyId: 1 }, { studentId: null, facultyId: null }],
    ["admin drops any link", "admin", { studentId: null, facultyId: 1 }, { studentId: null, facultyId: null }],
  ])("linkKeptFor: %s", (_label, role, current, expected) => {
    expect(linkKeptFor(role, current)).toEqual(expected);
  });
});

const ADMIN_VIEWER = {
  userId: "demo-admin",
  role: "admin",
  name: "Robin Admin",
  email: "admin@basecamp.example.edu",
  studentId: null,
  facultyId: null,
  universityId: null,
} as const;

describe.each(testTargets)("user management on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(database.handle.db);
    await seedDemoAccounts(database.handle.db);
  });
  afterAll(() => database?.dispose());

  async function auditCount(entityId?: string): Promise<number> {
    const [row] = await queryRows<{ n: number }>(
      db(),
      entityId
        ? sql`SELECT COUNT(*)::int AS n FROM audit_logs WHERE entity_id = ${entityId}`
        : sql`SELECT COUNT(*)::int AS n FROM audit_logs`,
    );
    return Number(row!.n);
  }

  async function auditsFor(entityId: string) {
    return db().select().from(auditLogs).where(eq(auditLogs.entityId, entityId)).orderBy(auditLogs.id);
  }

  async function user(id: string) {
    const [row] = await db().select().from(appUsers).where(eq(appUsers.id, id));
    return row!;
  }

  /** Runs a write and returns how many audit rows it added. */
  async function auditDelta<T>(write: () => Promise<T>): Promise<{ result: T; added: number }> {
    const before = await auditCount();
    const result = await write();
    return { result, added: (await auditCount()) - before };
  }

  async function newAccount(email: string, role: "student" | "faculty" | "admin" = "student", link: RecordLink = null) {
    const result = await createUserAccount({ name: `User ${email}`, email, role, link }, ADMIN, { db: db() });
    if (!result.ok) throw new Error(result.message);
    return result;
  }

  test("lists the demo accounts with their linked records", async () => {
    const users = await listUsers(ADMIN_VIEWER, db());
    expect(users.map((u) => u.id).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.id).sort());
    const emeka = users.find((u) => u.id === "demo-student")!;
    expect(emeka).toMatchObject({ email: "student@basecamp.example.edu", role: "student", disabled: false, lastSignInAt: null });
    expect(emeka.linked).toMatchObject({ kind: "student", id: "nit-26f-01" });
    expect(emeka.linked!.university).not.toBe("");
    const faculty = users.find((u) => u.id === "demo-faculty")!;
    expect(faculty.linked).toMatchObject({ kind: "faculty", id: 1 });
    expect(users.find((u) => u.id === "demo-admin")!.linked).toBeNull();
    // DTOs only: no hash ever leaves the query layer.
    expect(JSON.stringify(users)).not.toContain("argon2");
  });

  test("linkable records leave out the ones already linked", async () => {
    const students = await listLinkableStudents(ADMIN_VIEWER, db());
    const faculty = await listLinkableFaculty(ADMIN_VIEWER, db());
    expect(students).toHaveLength(58);
    expect(students.map((s) => s.id)).not.toContain("nit-26f-01");
    expect(faculty).toHaveLength(6);
    expect(faculty.map((f) => f.id)).not.toContain(1);
    expect(Object.keys(students[0]!).sort()).toEqual(["id", "name", "semester", "university"]);
    expect(Object.keys(faculty[0]!).sort()).toEqual(["id", "name", "university"]);
  });

  test("creates an account without a password, a hashed reset token and one audit row", async () => {
    const now = new Date("2026-03-01T12:00:00Z");
    const { result, added } = await auditDelta(() =>
      createUserAccount(
        { name: "Ada New", email: "  Ada.New@Example.EDU ", role: "student", link: { studentId: "nit-26f-03" } },
        ADMIN,
        { db: db(), now },
      ),
    );
    expect(added).toBe(1);
    if (!result.ok) throw new Error(result.message);
    expect(result.expiresAt.getTime()).toBe(now.getTime() + RESET_LINK_TTL_MS);
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const created = await user(result.userId);
    expect(created).toMatchObject({ email: "ada.new@example.edu", name: "Ada New", role: "student", studentId: "nit-26f-03", passwordHash: null });

    const tokens = await db().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, result.userId));
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.tokenHash).toBe(hashResetToken(result.token));
    expect(tokens[0]!.createdBy).toBe(ADMIN.userId);

    const [audit] = await auditsFor(result.userId);
    expect(audit).toMatchObject({ action: "user.create", entityType: "app_user", actorId: ADMIN.userId, actorLabel: ADMIN.email });
    expect(audit!.after).toMatchObject({ email: "ada.new@example.edu", role: "student", studentId: "nit-26f-03" });
    expect(JSON.stringify(audit)).not.toContain(result.token);
    expect(JSON.stringify(audit)).not.toContain(tokens[0]!.tokenHash);
  });

  test("refuses a duplicate e-mail and writes nothing", async () => {
    const usersBefore = (await listUsers(ADMIN_VIEWER, db())).length;
    const tokensBefore = (await db().select().from(passwordResetTokens)).length;
    const { result, added } = await auditDelta(() =>
      createUserAccount({ name: "Impostor", email: "STUDENT@basecamp.example.edu", role: "admin", link: null }, ADMIN, { db: db() }),
    );
    expect(result).toEqual({ ok: false, code: "email_taken", message: "An account with this e-mail already exists.", field: "email" });
    expect(added).toBe(0);
    expect(await listUsers(ADMIN_VIEWER, db())).toHaveLength(usersBefore);
    expect(await db().select().from(passwordResetTokens)).toHaveLength(tokensBefore);
  });

  test("refuses a link that does not fit the role or is taken", async () => {
    const mismatch = await createUserAccount({ name: "X", email: "x1@example.edu", role: "student", link: { facultyId: 2 } }, ADMIN, { db: db() });
    expect(mismatch).toMatchObject({ ok: false, code: "link_mismatch", field: "record" });
    const { result: taken, added } = await auditDelta(() =>
      createUserAccount({ name: "X", email: "x2@example.edu", role: "student", link: { studentId: "nit-26f-01" } }, ADMIN, { db: db() }),
    );
    expect(taken).toMatchObject({ ok: false, code: "link_taken", message: "That record is already linked to another account." });
    expect(added).toBe(0);
    const missing = await createUserAccount({ name: "X", email: "x3@example.edu", role: "faculty", link: { facultyId: 999 } }, ADMIN, { db: db() });
    expect(missing).toMatchObject({ ok: false, code: "record_not_found" });
    expect((await listUsers(ADMIN_VIEWER, db())).map((u) => u.email)).not.toEqual(expect.arrayContaining(["x1@example.edu", "x2@example.edu", "x3@example.edu"]));
  });

  test("a role change clears a link that no longer fits, with one audit row", async () => {
    const account = await newAccount("role.change@example.edu", "student", { studentId: "nit-26f-04" });
    const { result, added } = await auditDelta(() => changeUserRoleRecord(account.userId, "faculty", ADMIN, { db: db() }));
    expect(result).toMatchObject({ ok: true, role: "faculty", unchanged: false, clearedLink: { studentId: "nit-26f-04" } });
    expect(added).toBe(1);
    expect(await user(account.userId)).toMatchObject({ role: "faculty", studentId: null, facultyId: null });
    const audits = await auditsFor(account.userId);
    expect(audits.at(-1)).toMatchObject({
      action: "user.role_change",
      before: { role: "student", studentId: "nit-26f-04", facultyId: null },
      after: { role: "faculty", studentId: null, facultyId: null },
    });
    // The freed record can be linked again.
    expect((await listLinkableStudents(ADMIN_VIEWER, db())).map((s) => s.id)).toContain("nit-26f-04");
  });

  test("a role change to the same role writes nothing", async () => {
    const { result, added } = await auditDelta(() => changeUserRoleRecord("demo-student", "student", ADMIN, { db: db() }));
    expect(result).toMatchObject({ ok: true, unchanged: true });
    expect(added).toBe(0);
    expect((await user("demo-student")).studentId).toBe("nit-26f-01");
  });

  test("an admin cannot remove their own admin role or disable themself", async () => {
    const { result: demote, added: a } = await auditDelta(() => changeUserRoleRecord(ADMIN.userId, "student", ADMIN, { db: db() }));
    expect(demote).toMatchObject({ ok: false, code: "own_account", message: "You cannot remove the admin role from your own account." });
    const { result: disable, added: b } = await auditDelta(() => setUserDisabledRecord(ADMIN.userId, true, ADMIN, { db: db() }));
    expect(disable).toMatchObject({ ok: false, code: "own_account", message: "You cannot disable your own account." });
    expect(a + b).toBe(0);
    expect(await user(ADMIN.userId)).toMatchObject({ role: "admin", disabledAt: null });
  });

  test("links and unlinks a record, refusing one of the wrong kind", async () => {
    const account = await newAccount("link.me@example.edu", "faculty");
    const wrong = await linkUserToRecord(account.userId, { studentId: "nit-26f-05" }, ADMIN, { db: db() });
    expect(wrong).toMatchObject({ ok: false, code: "link_mismatch", message: "A faculty account can link only a faculty record." });
    const taken = await linkUserToRecord(account.userId, { facultyId: 1 }, ADMIN, { db: db() });
    expect(taken).toMatchObject({ ok: false, code: "link_taken" });

    const free = (await listLinkableFaculty(ADMIN_VIEWER, db()))[0]!;
    const { result, added } = await auditDelta(() => linkUserToRecord(account.userId, { facultyId: free.id }, ADMIN, { db: db() }));
    expect(result).toMatchObject({ ok: true, unchanged: false });
    expect(added).toBe(1);
    expect((await user(account.userId)).facultyId).toBe(free.id);
    expect((await auditsFor(account.userId)).at(-1)).toMatchObject({
      action: "user.link",
      before: { studentId: null, facultyId: null },
      after: { studentId: null, facultyId: free.id },
    });
    const listed = (await listUsers(ADMIN_VIEWER, db())).find((u) => u.id === account.userId)!;
    expect(listed.linked).toEqual({ kind: "faculty", id: free.id, name: free.name, university: free.university });

    const { result: unlinked, added: again } = await auditDelta(() => linkUserToRecord(account.userId, null, ADMIN, { db: db() }));
    expect(unlinked).toMatchObject({ ok: true, unchanged: false });
    expect(again).toBe(1);
    expect((await user(account.userId)).facultyId).toBeNull();
  });

  test("disables and enables an account, each with one audit row", async () => {
    const account = await newAccount("disable.me@example.edu");
    const now = new Date("2026-04-01T08:00:00Z");
    const { result, added } = await auditDelta(() => setUserDisabledRecord(account.userId, true, ADMIN, { db: db(), now }));
    expect(result).toMatchObject({ ok: true, disabled: true, unchanged: false });
    expect(added).toBe(1);
    expect((await user(account.userId)).disabledAt?.toISOString()).toBe(now.toISOString());
    // Disabling voids the link handed out at creation.
    expect(await findPasswordResetTarget(account.token, { db: db(), now })).toBeNull();
    expect((await listUsers(ADMIN_VIEWER, db())).find((u) => u.id === account.userId)!.disabled).toBe(true);

    const refused = await issuePasswordResetLink(account.userId, ADMIN, { db: db() });
    expect(refused).toMatchObject({ ok: false, code: "disabled" });

    const { result: enabled, added: again } = await auditDelta(() => setUserDisabledRecord(account.userId, false, ADMIN, { db: db() }));
    expect(enabled).toMatchObject({ ok: true, disabled: false, unchanged: false });
    expect(again).toBe(1);
    expect((await user(account.userId)).disabledAt).toBeNull();
    expect((await auditsFor(account.userId)).map((a) => a.action)).toEqual(["user.create", "user.disable", "user.enable"]);
    // Enabling does not revive the voided link.
    expect(await findPasswordResetTarget(account.token, { db: db() })).toBeNull();
  });

  test("a reset link is stored only as a hash and replaces earlier unused links", async () => {
    const account = await newAccount("reset.link@example.edu");
    const { result, added } = await auditDelta(() => issuePasswordResetLink(account.userId, ADMIN, { db: db() }));
    expect(added).toBe(1);
    if (!result.ok) throw new Error(result.message);
    expect(result.token).not.toBe(account.token);

    const [found] = await queryRows<{ n: number }>(
      db(),
      sql`SELECT COUNT(*)::int AS n FROM password_reset_tokens WHERE token_hash = ${result.token} OR token_hash = ${account.token}`,
    );
    expect(Number(found!.n)).toBe(0);
    const [dumped] = await queryRows<{ text: string }>(
      db(),
      sql`SELECT (SELECT string_agg(t::text, ',') FROM password_reset_tokens t) || (SELECT string_agg(a::text, ',') FROM audit_logs a) AS text`,
    );
    expect(dumped!.text).not.toContain(result.token);
    expect(dumped!.text).toContain(hashResetToken(result.token));

    expect(await findPasswordResetTarget(account.token, { db: db() })).toBeNull();
    expect(await findPasswordResetTarget(result.token, { db: db() })).toEqual({ name: "User reset.link@example.edu", email: "reset.link@example.edu" });
    expect((await auditsFor(account.userId)).at(-1)).toMatchObject({ action: "user.password_reset_link", after: { earlierLinksVoided: 1 } });
  });

  test("consuming a reset link sets a password that verifies, once", async () => {
    const account = await newAccount("consume@example.edu");
    const { result, added } = await auditDelta(() => resetPasswordWithToken(account.token, "a-brand-new-password", { db: db() }));
    expect(result).toEqual({ ok: true, email: "consume@example.edu" });
    expect(added).toBe(1);
    const stored = await user(account.userId);
    expect(await verifyPassword(stored.passwordHash, "a-brand-new-password")).toBe(true);
    expect(await verifyPassword(stored.passwordHash, "something-else-entirely")).toBe(false);
    const audit = (await auditsFor(account.userId)).at(-1)!;
    expect(audit).toMatchObject({ action: "user.password_reset", actorId: account.userId, actorLabel: "consume@example.edu" });
    expect(JSON.stringify(audit)).not.toContain(stored.passwordHash!);
    const [token] = await db().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, account.userId));
    expect(token!.usedAt).not.toBeNull();

    // A used link is refused and changes nothing.
    const { result: again, added: none } = await auditDelta(() => resetPasswordWithToken(account.token, "another-new-password", { db: db() }));
    expect(again).toEqual({ ok: false });
    expect(none).toBe(0);
    expect((await user(account.userId)).passwordHash).toBe(stored.passwordHash);
    expect(await findPasswordResetTarget(account.token, { db: db() })).toBeNull();
  });

  test("an expired or unknown link is refused", async () => {
    const issuedAt = new Date("2026-05-01T10:00:00Z");
    const account = await createUserAccount({ name: "Late", email: "late@example.edu", role: "student", link: null }, ADMIN, { db: db(), now: issuedAt });
    if (!account.ok) throw new Error(account.message);
    const justBefore = new Date(issuedAt.getTime() + 24 * HOUR - 1000);
    const after = new Date(issuedAt.getTime() + 24 * HOUR + 1000);
    expect(await findPasswordResetTarget(account.token, { db: db(), now: justBefore })).not.toBeNull();
    expect(await findPasswordResetTarget(account.token, { db: db(), now: after })).toBeNull();
    const { result, added } = await auditDelta(() => resetPasswordWithToken(account.token, "too-late-password", { db: db(), now: after }));
    expect(result).toEqual({ ok: false });
    expect(added).toBe(0);
    expect((await user(account.userId)).passwordHash).toBeNull();

    expect(await resetPasswordWithToken("not-a-real-token", "whatever-password", { db: db() })).toEqual({ ok: false });
  });

  test("a write whose audit entry fails leaves neither the change nor an audit row", async () => {
    const before = await auditCount();
    await expect(createUserAccount({ name: "Ghost", email: "ghost@example.edu", role: "admin", link: null }, BROKEN_AUDIT, { db: db() })).rejects.toThrow();
    expect((await listUsers(ADMIN_VIEWER, db())).map((u) => u.email)).not.toContain("ghost@example.edu");

    await expect(changeUserRoleRecord("demo-student-2", "faculty", BROKEN_AUDIT, { db: db() })).rejects.toThrow();
    expect(await user("demo-student-2")).toMatchObject({ role: "student", studentId: "nit-26f-02" });

    await expect(linkUserToRecord("demo-student-2", null, BROKEN_AUDIT, { db: db() })).rejects.toThrow();
    expect((await user("demo-student-2")).studentId).toBe("nit-26f-02");

    await expect(setUserDisabledRecord("demo-student-2", true, BROKEN_AUDIT, { db: db() })).rejects.toThrow();
    expect((await user("demo-student-2")).disabledAt).toBeNull();

    const tokensBefore = await db().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, "demo-student-2"));
    await expect(issuePasswordResetLink("demo-student-2", BROKEN_AUDIT, { db: db() })).rejects.toThrow();
    expect(await db().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, "demo-student-2"))).toEqual(tokensBefore);

    expect(await auditCount()).toBe(before);
  });
});
