import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf } from "./personas";

/**
 * Agent tokens end to end: the admin issues a token, an external agent (a request context with
 * no session) writes with it exactly once per idempotency key, and a revoked token is refused.
 * Desktop and phone run at the same time against one server, so each run names its own token.
 */

test.use({ storageState: storageStateOf("admin") });

async function openTokensPage(page: Page) {
  await page.goto("/admin/tokens");
  await expect(page.getByRole("heading", { level: 1, name: "Agent tokens" })).toBeVisible();
}

test("an admin issues a token, an agent writes with it once per key, and a revoked token is refused", async ({ page, baseURL }, testInfo) => {
  const name = `E2E agent ${testInfo.project.name} ${Date.now()}`;
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });

  await openTokensPage(page);
  await expectNoSeriousA11yViolations(page);

  let token = "";
  await test.step("the admin creates a token and sees it in full, once", async () => {
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Create token" }).click();
    const tokenBox = page.getByLabel(`Token for ${name}`, { exact: true });
    await expect(tokenBox).toHaveValue(/^abk_[A-Za-z0-9_-]{43}$/);
    token = await tokenBox.inputValue();
    await expect(page.getByText("Copy it now: it will not be shown again.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy token" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await expect(row).toBeVisible();
    await expect(row.getByText(`${token.slice(0, 12)}…`)).toBeVisible();
    await expect(row.getByText("Active", { exact: true })).toBeVisible();
    await expect(row.getByText("Never", { exact: true })).toBeVisible();

    // Only a hash is kept: after a reload the token is nowhere on the page.
    await openTokensPage(page);
    await expect(row).toBeVisible();
    await expect(page.getByLabel(`Token for ${name}`)).toHaveCount(0);
    expect(await page.content()).not.toContain(token);
  });

  // An external agent: its own HTTP client, no cookies.
  const agent = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  try {
    const entry = {
      agent: "e2e-agent",
      action: "smoke_test",
      status: "success",
      subsystem: "power",
      message: `Written by ${name}.`,
      metadata: { records: [{ entity: "task", id: 1 }] },
    };
    const headers = { authorization: `Bearer ${token}`, "idempotency-key": `e2e-${name}` };

    let logId = 0;
    await test.step("the agent writes an entry: 201", async () => {
      const response = await agent.post("/api/agent-log", { data: entry, headers });
      expect(response.status()).toBe(201);
      const body = (await response.json()) as { logId: number; duplicate: boolean };
      expect(body).toEqual({ logId: expect.any(Number), duplicate: false });
      logId = body.logId;
    });

    await test.step("the same idempotency key again: 200 with the same entry", async () => {
      const response = await agent.post("/api/agent-log", { data: { ...entry, message: "A retry." }, headers });
      expect(response.status()).toBe(200);
      expect(await response.json()).toEqual({ logId, duplicate: true });
    });

    await test.step("a bad body: 400 with the field errors", async () => {
      const response = await agent.post("/api/agent-log", { data: { agent: "e2e-agent", status: "done" }, headers: { authorization: `Bearer ${token}` } });
      expect(response.status()).toBe(400);
      const body = (await response.json()) as { error: string; fields: Record<string, string[]> };
      expect(body.error).toBe("Invalid request body");
      expect(Object.keys(body.fields).sort()).toEqual(["action", "status"]);
    });

    await test.step("the token's last use shows on the page", async () => {
      await openTokensPage(page);
      await expect(row.getByText("Never", { exact: true })).toHaveCount(0);
    });

    await test.step("the admin revokes it after confirming", async () => {
      await row.getByRole("button", { name: `Revoke ${name}`, exact: true }).click();
      await expect(row.getByText(`Agents using “${name}” will be refused at once.`, { exact: false })).toBeVisible();
      await row.getByRole("button", { name: `Yes, revoke ${name}`, exact: true }).click();
      await expect(row.getByText(`“${name}” is revoked`, { exact: false })).toBeVisible();
      await expect(row.getByText("Revoked", { exact: true })).toBeVisible();
      await expect(row.getByRole("button", { name: `Revoke ${name}`, exact: true })).toHaveCount(0);
    });

    await test.step("the revoked token gets 401", async () => {
      const response = await agent.post("/api/agent-log", { data: entry, headers: { authorization: `Bearer ${token}` } });
      expect(response.status()).toBe(401);
      expect(await response.json()).toEqual({ error: expect.stringContaining("revoked") });
    });
  } finally {
    await agent.dispose();
  }
});

test("a signed-in browser without a token gets 401 from the ingest API", async ({ page }) => {
  const response = await page.request.post("/api/agent-log", { data: { agent: "x", action: "y", status: "info" } });
  expect(response.status()).toBe(401);
});
