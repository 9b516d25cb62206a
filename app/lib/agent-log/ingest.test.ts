import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { IMPORT_AGENT } from "@/db/import/run";
import { createApiTokenRecord, revokeApiTokenRecord, type Actor } from "@/db/queries/api-tokens";
import { queryRows } from "@/db/rows";
import { agentApiTokens, agentLog, agentLogIngests } from "@/db/schema";
import { seedDemoAccounts } from "@/db/seed/accounts";
import { seedDemoData } from "@/db/seed/index";
import { testTargets, type TestDatabase } from "@/db/testing/databases";
import {
  bearerToken,
  handleAgentLogIngest,
  MAX_BODY_BYTES,
  RESERVED_AGENT_NAMES,
  type IngestHandlerOptions,
} from "./ingest";

const ADMIN: Actor = { userId: "demo-admin", email: "admin@basecamp.example.edu" };
const NOW = new Date("2026-03-01T12:00:00Z");
const VALID = { agent: "grader", action: "grade", status: "success" };

describe("bearerToken", () => {
  test.each<[string, string | null, string | null]>([
    ["a bearer token", "Bearer abk_abc-_09", "abk_abc-_09"],
    ["the scheme in any case", "bearer abk_x", "abk_x"],
    ["no header", null, null],
    ["another scheme", "Basic dXNlcjpwYXNz", null],
    ["the scheme alone", "Bearer", null],
    ["an empty token", "Bearer ", null],
    ["two words", "Bearer abk_x abk_y", null],
    ["a token with a comma", "Bearer abk_x,", null],
  ])("%s", (_label, header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });
});

test("the reserved agent names include the importer's", () => {
  expect(RESERVED_AGENT_NAMES).toContain(IMPORT_AGENT);
});

describe.each(testTargets)("POST /api/agent-log on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  let token: string;
  let tokenId: number;

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(database.handle.db);
    await seedDemoAccounts(database.handle.db);
    const issued = await createApiTokenRecord("Test agent", ADMIN, { db: db() });
    token = issued.token;
    tokenId = issued.id;
  });
  afterAll(() => database?.dispose());

  function post(body: unknown, init: { token?: string | null; headers?: Record<string, string> } = {}) {
    const headers = new Headers({ "content-type": "application/json", ...init.headers });
    const bearer = init.token === undefined ? token : init.token;
    if (bearer !== null) headers.set("authorization", `Bearer ${bearer}`);
    return new Request("http://localhost/api/agent-log", {
      method: "POST",
      headers,
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  }

  function send(request: Request, options: IngestHandlerOptions = {}) {
    return handleAgentLogIngest(request, { db: db(), now: () => NOW, ...options });
  }

  async function entryCount(): Promise<number> {
    const [row] = await queryRows<{ n: number }>(db(), sql`SELECT COUNT(*)::int AS n FROM ascent_basecamp_agent_log`);
    return row!.n;
  }

  /** Sends a request that must be refused and checks that nothing was written. */
  async function refused(request: Request, status: number, options: IngestHandlerOptions = {}) {
    const before = await entryCount();
    const response = await send(request, options);
    expect(response.status).toBe(status);
    expect(await entryCount()).toBe(before);
    return (await response.json()) as { error: string; fields?: Record<string, string[]> };
  }

  describe("authentication", () => {
    test("no Authorization header: 401 with a hint", async () => {
      const response = await send(post(VALID, { token: null }));
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await response.json()).toEqual({ error: expect.stringContaining("Authorization: Bearer") });
    });

    test.each([["Basic dXNlcjpwYXNz"], ["Bearer"], ["Bearer a b"], ["abk_nothing-before-it"]])("malformed header %j: 401", async (header) => {
      const request = post(VALID, { token: null, headers: { authorization: header } });
      expect((await refused(request, 401)).error).toContain("Authorization: Bearer");
    });

    test("an unknown token: 401", async () => {
      expect((await refused(post(VALID, { token: `${token}x` }), 401)).error).toBe("This token is unknown or has been revoked.");
    });

    test("a revoked token: 401, even with a body that would be valid", async () => {
      const issued = await createApiTokenRecord("Soon revoked", ADMIN, { db: db() });
      expect((await send(post(VALID, { token: issued.token }))).status).toBe(201);
      await revokeApiTokenRecord(issued.id, ADMIN, { db: db() });
      expect((await refused(post(VALID, { token: issued.token }), 401)).error).toBe("This token is unknown or has been revoked.");
    });

    test("a session cookie is not a credential", async () => {
      await refused(post(VALID, { token: null, headers: { cookie: "authjs.session-token=anything" } }), 401);
    });
  });

  describe("validation", () => {
    test("bad fields: 400 with a message per field, nothing written", async () => {
      const body = await refused(
        post({
          agent: "",
          status: "done",
          subsystem: "propulsion",
          metadata: [1, 2],
          timestamp: "yesterday",
          idempotencyKey: "",
          mesage: "typo",
        }),
        400,
      );
      expect(body.error).toBe("Invalid request body");
      expect(Object.keys(body.fields!).sort()).toEqual(
        ["action", "agent", "idempotencyKey", "mesage", "metadata", "status", "subsystem", "timestamp"].sort(),
      );
      expect(body.fields!.agent).toEqual(["Name the agent writing the entry."]);
      expect(body.fields!.action).toEqual(["Say what the agent did, e.g. `sync` or `grade`."]);
      expect(body.fields!.status![0]).toMatch(/^Use one of: running, success/);
      expect(body.fields!.subsystem![0]).toMatch(/^Use one of: avionics/);
      expect(body.fields!.metadata).toEqual(["Send metadata as a JSON object."]);
      expect(body.fields!.timestamp![0]).toMatch(/ISO 8601/);
      expect(body.fields!.mesage).toEqual(["Unknown field."]);
    });

    test.each<[string, Record<string, unknown>, string, RegExp]>([
      ["a timestamp far in the future", { timestamp: "2026-03-01T12:06:00Z" }, "timestamp", /future/],
      ["a timestamp without a time zone", { timestamp: "2026-03-01T11:00:00" }, "timestamp", /time zone/],
      ["an agent name of the app itself", { agent: "Notion-Importer" }, "agent", /Basecamp itself/],
      ["a long agent name", { agent: "a".repeat(101) }, "agent", /at most 100/],
      ["a long message", { message: "m".repeat(10_001) }, "message", /at most 10000/],
      ["an ingest key in metadata", { metadata: { ingest: { tokenId: 1 } } }, "metadata", /set by Basecamp/],
      ["oversized metadata", { metadata: { blob: "x".repeat(17 * 1024) } }, "metadata", /16 KB/],
      ["a long idempotency key", { idempotencyKey: "k".repeat(201) }, "idempotencyKey", /1 to 200/],
    ])("%s: 400", async (_label, change, field, message) => {
      const body = await refused(post({ ...VALID, ...change }), 400);
      expect(Object.keys(body.fields!)).toEqual([field]);
      expect(body.fields![field]![0]).toMatch(message);
    });

    test.each([["not json"], ["[1, 2]"], ["null"], [""]])("body %j: 400", async (raw) => {
      const body = await refused(post(raw), 400);
      expect(body.error).toBe("Invalid request body");
      expect(Object.keys(body.fields!)).toEqual(["body"]);
    });

    test("an Idempotency-Key header that disagrees with the body: 400", async () => {
      const body = await refused(post({ ...VALID, idempotencyKey: "a" }, { headers: { "idempotency-key": "b" } }), 400);
      expect(body.fields).toEqual({ idempotencyKey: [expect.stringContaining("Idempotency-Key")] });
    });

    test("a body over the cap: 413, declared or not", async () => {
      const big = JSON.stringify({ ...VALID, message: "x".repeat(MAX_BODY_BYTES) });
      expect((await refused(post(big), 413)).error).toMatch(/larger than 64 KB/);
      // A streamed body has no Content-Length: it is cut off while reading.
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode(big.slice(i * 20_000, (i + 1) * 20_000)));
          controller.close();
        },
      });
      const request = new Request("http://localhost/api/agent-log", {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        body: stream,
        duplex: "half",
      } as RequestInit);
      expect(request.headers.get("content-length")).toBeNull();
      await refused(request, 413);
    });
  });

  describe("writing", () => {
    test("a valid entry: 201, the row with every field, its origin and the token's last use", async () => {
      const response = await send(
        post({
          agent: "  thermal-watch ",
          action: "model_check",
          status: "failed",
          subsystem: "thermal",
          message: "The thermal model diverged.",
          error: "NaN at node 14",
          resolution: "Re-run with a smaller step.",
          metadata: { studentId: "nit-26f-01", records: [{ entity: "task", id: 12 }] },
          timestamp: "2026-03-01T13:00:00+02:00",
        }),
      );
      expect(response.status).toBe(201);
      const { logId, duplicate } = (await response.json()) as { logId: number; duplicate: boolean };
      expect(duplicate).toBe(false);

      const [row] = await db().select().from(agentLog).where(eq(agentLog.logId, logId));
      expect(row).toEqual({
        logId,
        agentName: "thermal-watch",
        actionType: "model_check",
        status: "failed",
        subsystem: "thermal",
        message: "The thermal model diverged.",
        error: "NaN at node 14",
        resolution: "Re-run with a smaller step.",
        metadata: { studentId: "nit-26f-01", records: [{ entity: "task", id: 12 }], ingest: { tokenId, tokenName: "Test agent" } },
        timestamp: new Date("2026-03-01T11:00:00Z"),
      });
      const [ledger] = await db().select().from(agentLogIngests).where(eq(agentLogIngests.logId, logId));
      expect(ledger).toMatchObject({ tokenId, idempotencyKey: null, createdAt: NOW });
      const [tokenRow] = await db().select().from(agentApiTokens).where(eq(agentApiTokens.id, tokenId));
      expect(tokenRow!.lastUsedAt).toEqual(NOW);
    });

    test("the minimal entry defaults the timestamp to now and the optional fields to null", async () => {
      const response = await send(post({ ...VALID, subsystem: null, message: null }));
      expect(response.status).toBe(201);
      const { logId } = (await response.json()) as { logId: number };
      const [row] = await db().select().from(agentLog).where(eq(agentLog.logId, logId));
      expect(row).toMatchObject({ timestamp: NOW, subsystem: null, message: null, error: null, resolution: null });
    });

    test("a timestamp a little ahead of our clock is accepted", async () => {
      expect((await send(post({ ...VALID, timestamp: "2026-03-01T12:04:00Z" }))).status).toBe(201);
    });
  });

  describe("idempotency", () => {
    test("the same key twice: the first entry is returned, no second row", async () => {
      const first = await send(post({ ...VALID, message: "first", idempotencyKey: "run-41" }));
      expect(first.status).toBe(201);
      const { logId } = (await first.json()) as { logId: number };
      const before = await entryCount();

      // The key may come as the header too; the second body differs and is not written.
      const again = await send(post({ ...VALID, message: "second" }, { headers: { "Idempotency-Key": "run-41" } }));
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ logId, duplicate: true });
      expect(await entryCount()).toBe(before);
      const [row] = await db().select({ message: agentLog.message }).from(agentLog).where(eq(agentLog.logId, logId));
      expect(row!.message).toBe("first");
    });

    test("keys belong to their token: another token's same key writes its own entry", async () => {
      const other = await createApiTokenRecord("Other agent", ADMIN, { db: db() });
      const mine = await send(post({ ...VALID, idempotencyKey: "shared-key" }));
      const theirs = await send(post({ ...VALID, idempotencyKey: "shared-key" }, { token: other.token }));
      expect([mine.status, theirs.status]).toEqual([201, 201]);
      expect(((await mine.json()) as { logId: number }).logId).not.toBe(((await theirs.json()) as { logId: number }).logId);
    });

    test("simultaneous requests with one key write one entry", async () => {
      const before = await entryCount();
      const responses = await Promise.all(
        Array.from({ length: 6 }, (_, i) => send(post({ ...VALID, message: `racer ${i}`, idempotencyKey: "race-1" }))),
      );
      const bodies = (await Promise.all(responses.map((r) => r.json()))) as { logId: number; duplicate: boolean }[];
      expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
      expect(new Set(bodies.map((b) => b.logId)).size).toBe(1);
      expect(await entryCount()).toBe(before + 1);
      const ledger = await db()
        .select()
        .from(agentLogIngests)
        .where(eq(agentLogIngests.idempotencyKey, "race-1"));
      expect(ledger).toHaveLength(1);
    });
  });

  describe("rate limit", () => {
    test("past the limit: 429 with Retry-After; a known key still answers; the next minute works again", async () => {
      const limited = await createApiTokenRecord("Chatty agent", ADMIN, { db: db() });
      const options = { limitPerMinute: 3 };
      const at = (ms: number): IngestHandlerOptions => ({ ...options, now: () => new Date(NOW.getTime() + ms) });

      expect((await send(post({ ...VALID, idempotencyKey: "k1" }, { token: limited.token }), at(0))).status).toBe(201);
      expect((await send(post(VALID, { token: limited.token }), at(10_000))).status).toBe(201);
      expect((await send(post(VALID, { token: limited.token }), at(20_000))).status).toBe(201);

      const before = await entryCount();
      const over = await send(post(VALID, { token: limited.token }), at(30_000));
      expect(over.status).toBe(429);
      // The first entry leaves the window 60 s after it was written, 30 s from now.
      expect(over.headers.get("retry-after")).toBe("30");
      expect((await over.json()) as { error: string }).toEqual({ error: "Too many entries: at most 3 a minute per token." });
      expect(await entryCount()).toBe(before);

      // A retry of an entry already written is not a new entry.
      expect((await send(post({ ...VALID, idempotencyKey: "k1" }, { token: limited.token }), at(31_000))).status).toBe(200);
      // Other tokens are not slowed down.
      const fresh = await createApiTokenRecord("Quiet agent", ADMIN, { db: db() });
      expect((await send(post(VALID, { token: fresh.token }), at(31_000))).status).toBe(201);
      // Once the first entry is a minute old, there is room for one more.
      expect((await send(post(VALID, { token: limited.token }), at(60_001))).status).toBe(201);
      expect((await send(post(VALID, { token: limited.token }), at(60_002))).status).toBe(429);
    });
  });
});
