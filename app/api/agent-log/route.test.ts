/**
 * The route handler itself, as Next calls it: a real Request in, a Response out, against the
 * app's own database (a throwaway in-memory PGlite here). The ingest rules are tested on both
 * databases in app/lib/agent-log/ingest.test.ts; this file proves the route is wired to them.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

// Before any app module is loaded: getDb() must open an in-memory PGlite, never a configured server.
vi.hoisted(() => {
  process.env.PGLITE_DATA_DIR = "memory://";
  delete process.env.DATABASE_URL;
  delete process.env.DATABASE_DRIVER;
});

import { eq } from "drizzle-orm";
import { closeDatabase, getDb } from "@/db";
import { createApiTokenRecord, revokeApiTokenRecord } from "@/db/queries/api-tokens";
import { agentLog } from "@/db/schema";
import { seedDemoAccounts } from "@/db/seed/accounts";
import { seedDemoData } from "@/db/seed/index";
import { POST } from "./route";

const ADMIN = { userId: "demo-admin", email: "admin@basecamp.example.edu" };
let token: string;
let tokenId: number;

beforeAll(async () => {
  const db = await getDb();
  await seedDemoData(db);
  await seedDemoAccounts(db);
  const issued = await createApiTokenRecord("Route test agent", ADMIN, { db });
  token = issued.token;
  tokenId = issued.id;
});

afterAll(() => closeDatabase());

function request(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request("http://127.0.0.1:3000/api/agent-log", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

const ENTRY = { agent: "route-test", action: "ping", status: "info", message: "Hello from the route test." };

describe("POST /api/agent-log", () => {
  test("without a bearer token: 401, whatever else the request carries", async () => {
    const response = await POST(request(ENTRY, { cookie: "authjs.session-token=whatever" }));
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: expect.any(String) });
  });

  test("a bad body: 400 with the field errors", async () => {
    const response = await POST(request({ agent: "route-test" }, { authorization: `Bearer ${token}` }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "Invalid request body", fields: { action: expect.any(Array), status: expect.any(Array) } });
  });

  test("a new entry: 201; the same Idempotency-Key again: 200 with the same entry", async () => {
    const headers = { authorization: `Bearer ${token}`, "idempotency-key": "route-test-1" };
    const created = await POST(request(ENTRY, headers));
    expect(created.status).toBe(201);
    const { logId } = (await created.json()) as { logId: number };

    const db = await getDb();
    const [row] = await db.select().from(agentLog).where(eq(agentLog.logId, logId));
    expect(row).toMatchObject({
      agentName: "route-test",
      actionType: "ping",
      status: "info",
      message: "Hello from the route test.",
      metadata: { ingest: { tokenId, tokenName: "Route test agent" } },
    });

    const repeated = await POST(request(ENTRY, headers));
    expect(repeated.status).toBe(200);
    expect(await repeated.json()).toEqual({ logId, duplicate: true });
  });

  test("after revocation the token gets 401", async () => {
    await revokeApiTokenRecord(tokenId, ADMIN, { db: await getDb() });
    const response = await POST(request(ENTRY, { authorization: `Bearer ${token}` }));
    expect(response.status).toBe(401);
  });
});
