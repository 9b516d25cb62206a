import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { agentApiTokens, auditLogs } from "../schema";
import { seedDemoAccounts } from "../seed/accounts";
import { seedDemoData } from "../seed/index";
import { testTargets, type TestDatabase } from "../testing/databases";
import { AccessDenied } from "./access";
import {
  API_TOKEN_PREFIX,
  apiTokenPrefix,
  authenticateApiToken,
  createApiTokenRecord,
  hashApiToken,
  listApiTokens,
  newApiToken,
  revokeApiTokenRecord,
  type Actor,
} from "./api-tokens";

const ADMIN: Actor = { userId: "demo-admin", email: "admin@basecamp.example.edu" };
/** An actor whose label overflows audit_logs.actor_label (255): the audit insert fails. */
const BROKEN_AUDIT: Actor = { userId: "demo-admin", email: `${"x".repeat(300)}@example.edu` };

function viewer(role: Viewer["role"], userId = `demo-${role}`): Viewer {
  return { userId, role, name: role, email: `${role}@example.edu`, studentId: null, facultyId: null, universityId: null };
}

describe("token format", () => {
  test("a token is the prefix and 32 random bytes in base64url", () => {
    const token = newApiToken();
    expect(token).toMatch(/^abk_[A-Za-z0-9_-]{43}$/);
    expect(newApiToken()).not.toBe(token);
    expect(apiTokenPrefix(token)).toBe(token.slice(0, API_TOKEN_PREFIX.length + 8));
  });

  test("the hash is SHA-256 in hex", () => {
    expect(hashApiToken("abk_x")).toBe(createHash("sha256").update("abk_x").digest("hex"));
    expect(hashApiToken("abk_x")).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe.each(testTargets)("API tokens on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(database.handle.db);
    await seedDemoAccounts(database.handle.db);
  });
  afterAll(() => database?.dispose());

  async function auditsFor(id: number) {
    return db().select().from(auditLogs).where(eq(auditLogs.entityId, String(id))).orderBy(auditLogs.id);
  }

  test("creating stores only the hash and writes one api_token.create entry", async () => {
    const now = new Date("2026-03-01T12:00:00Z");
    const issued = await createApiTokenRecord("Grading bot", ADMIN, { db: db(), now });
    expect(issued).toMatchObject({ ok: true, name: "Grading bot", prefix: apiTokenPrefix(issued.token) });

    const [row] = await db().select().from(agentApiTokens).where(eq(agentApiTokens.id, issued.id));
    expect(row).toMatchObject({
      name: "Grading bot",
      tokenPrefix: issued.prefix,
      tokenHash: hashApiToken(issued.token),
      createdBy: "demo-admin",
      createdAt: now,
      lastUsedAt: null,
      revokedAt: null,
    });
    // The secret part of the token is nowhere in the database: not in the row, not in the log.
    const secret = issued.token.slice(issued.prefix.length);
    const audits = await auditsFor(issued.id);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(JSON.stringify(audits)).not.toContain(secret);

    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: "demo-admin",
      actorLabel: ADMIN.email,
      action: "api_token.create",
      entityType: "agent_api_token",
      after: { name: "Grading bot", prefix: issued.prefix },
    });
  });

  test("a failed audit entry rolls the token back", async () => {
    const before = await db().select({ id: agentApiTokens.id }).from(agentApiTokens);
    await expect(createApiTokenRecord("Doomed", BROKEN_AUDIT, { db: db() })).rejects.toThrow();
    expect(await db().select({ id: agentApiTokens.id }).from(agentApiTokens)).toEqual(before);
  });

  test("a token authenticates until it is revoked", async () => {
    const issued = await createApiTokenRecord("Sync agent", ADMIN, { db: db() });
    expect(await authenticateApiToken(issued.token, db())).toEqual({ id: issued.id, name: "Sync agent" });
    expect(await authenticateApiToken(`${issued.token}x`, db())).toBeNull();
    expect(await authenticateApiToken(newApiToken(), db())).toBeNull();

    const revokedAt = new Date("2026-03-02T08:30:00Z");
    const revoked = await revokeApiTokenRecord(issued.id, ADMIN, { db: db(), now: revokedAt });
    expect(revoked).toEqual({ ok: true, id: issued.id, name: "Sync agent", alreadyRevoked: false });
    expect(await authenticateApiToken(issued.token, db())).toBeNull();

    const [row] = await db().select().from(agentApiTokens).where(eq(agentApiTokens.id, issued.id));
    expect(row).toMatchObject({ revokedAt, revokedBy: "demo-admin" });
    const audits = await auditsFor(issued.id);
    expect(audits.map((a) => a.action)).toEqual(["api_token.create", "api_token.revoke"]);
    expect(audits[1]).toMatchObject({ actorId: "demo-admin", after: { name: "Sync agent", revokedAt: revokedAt.toISOString() } });
  });

  test("revoking twice writes one entry; an unknown id is reported", async () => {
    const issued = await createApiTokenRecord("Twice", ADMIN, { db: db() });
    const [first, second] = await Promise.all([
      revokeApiTokenRecord(issued.id, ADMIN, { db: db() }),
      revokeApiTokenRecord(issued.id, ADMIN, { db: db() }),
    ]);
    expect([first, second].map((r) => r.ok && r.alreadyRevoked).sort()).toEqual([false, true]);
    expect((await auditsFor(issued.id)).filter((a) => a.action === "api_token.revoke")).toHaveLength(1);
    expect(await revokeApiTokenRecord(999_999, ADMIN, { db: db() })).toMatchObject({ ok: false, code: "not_found" });
  });

  test("the list shows active tokens first, with who created and revoked them, and no hash", async () => {
    const active = await createApiTokenRecord("Listed active", ADMIN, { db: db(), now: new Date("2026-01-01T00:00:00Z") });
    const gone = await createApiTokenRecord("Listed revoked", ADMIN, { db: db(), now: new Date("2026-04-01T00:00:00Z") });
    await revokeApiTokenRecord(gone.id, ADMIN, { db: db() });

    const tokens = await listApiTokens(viewer("admin"), db());
    const firstRevoked = tokens.findIndex((t) => t.revokedAt !== null);
    expect(tokens.slice(0, firstRevoked).every((t) => t.revokedAt === null)).toBe(true);
    expect(tokens.slice(firstRevoked).every((t) => t.revokedAt !== null)).toBe(true);

    expect(tokens.find((t) => t.id === active.id)).toEqual({
      id: active.id,
      name: "Listed active",
      prefix: active.prefix,
      createdAt: "2026-01-01T00:00:00.000Z",
      createdBy: "Robin Admin",
      lastUsedAt: null,
      revokedAt: null,
      revokedBy: null,
    });
    expect(tokens.find((t) => t.id === gone.id)).toMatchObject({ revokedBy: "Robin Admin" });
    expect(JSON.stringify(tokens)).not.toContain(hashApiToken(active.token));
  });

  test.each([
    ["anonymous", null],
    ["a student", viewer("student")],
    ["faculty", viewer("faculty")],
  ])("the list refuses %s", async (_label, who) => {
    await expect(listApiTokens(who, db())).rejects.toThrow(AccessDenied);
  });
});
