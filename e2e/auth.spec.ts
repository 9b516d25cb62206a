import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { DEMO_PASSWORD, PERSONAS, storageStateOf } from "./personas";

test.describe("signing in", () => {
  test("an anonymous visitor is sent to sign in and comes back where they were going", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/login\?callbackUrl=.*%2Fadmin%2Fusers$/);
    await expect(page.getByRole("heading", { name: "Sign in to Ascent Basecamp" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Email").fill(PERSONAS.admin.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  });

  test("a wrong password says so without telling which field was wrong", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(PERSONAS.student.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test("repeated failures for one e-mail are rate-limited with a clear wait time", async ({ page }, testInfo) => {
    const email = `nobody-${testInfo.project.name}-${Date.now()}@example.edu`;
    await page.goto("/login");
    for (let attempt = 1; attempt <= 5; attempt++) {
      // The form resets after each answer; fill it only once it has.
      await expect(page.getByLabel("Password")).toHaveValue("");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(`wrong-guess-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText("Wrong email or password.")).toBeVisible();
    }
    await expect(page.getByLabel("Password")).toHaveValue("");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("wrong-guess-6");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(/^Too many sign-in attempts\. Try again in 1[45] minutes\.$/)).toBeVisible();
  });
});

test.describe("navigation per role", () => {
  const cases = [
    ["admin", ["Overview", "Modules", "Learning path", "Cohorts", "CADENCE explorer", "Races", "Agent log", "Admin"]],
    ["faculty", ["Overview", "Modules", "Learning path", "Cohorts", "CADENCE explorer", "Races", "Agent log"]],
    ["student", ["Overview", "Modules", "Learning path", "My progress", "CADENCE explorer", "Races", "Agent log"]],
  ] as const;
  for (const [persona, links] of cases) {
    test.describe(persona, () => {
      test.use({ storageState: storageStateOf(persona) });
      test(`${persona} sees their name and only the areas they may open`, async ({ page }) => {
        await page.goto("/");
        await expect(page.getByText(PERSONAS[persona].name).first()).toBeVisible();
        const nav = page.getByRole("navigation", { name: "Main" });
        await expect(nav.getByRole("link")).toHaveText([...links]);
      });
    });
  }
});

test.describe("a student", () => {
  test.use({ storageState: storageStateOf("student") });

  test("is refused the admin pages", async ({ page }) => {
    for (const path of ["/admin", "/admin/imports", "/admin/users"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    }
  });
});

test.describe("signing out", () => {
  test("ends the session", async ({ browser }) => {
    // A fresh sign-in, so signing out does not invalidate the shared student session.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(PERSONAS.otherStudent.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    // Link prefetches still in flight when signing out come back with the session cookie the
    // proxy refreshed for them, and would sign the browser in again: let them finish first.
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Sign out" }).first().click();
    await page.waitForURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
    await context.close();
  });
});
