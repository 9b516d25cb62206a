import { expect, test } from "@playwright/test";

test("/api/health reports a reachable, fully migrated database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = await response.json();
  expect(body).toMatchObject({
    ok: true,
    database: { reachable: true, driver: "pglite" },
    migrations: { pending: 0 },
  });
  expect(body.migrations.applied).toBe(body.migrations.expected);
  expect(body.migrations.expected).toBeGreaterThan(0);
});
