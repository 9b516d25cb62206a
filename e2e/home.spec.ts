import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf } from "./personas";

test.describe("home page", () => {
  test.use({ storageState: storageStateOf("student") });

  test("shows the seeded database's row counts per table group", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Ascent Basecamp" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "What is in the database" })).toBeVisible();

    const people = page.getByRole("region", { name: "Universities, teams and people" });
    await expect(people.getByRole("row", { name: /^students 60$/ })).toBeVisible();
    await expect(people.getByRole("row", { name: /^universities 3$/ })).toBeVisible();
    await expect(people.getByRole("row", { name: /^teams 6$/ })).toBeVisible();
    await expect(people.getByRole("row", { name: /^faculty 8$/ })).toBeVisible();

    const modules = page.getByRole("region", { name: "Modules" });
    // 69 in the demo; the admin-modules e2e may add drafts made from CADENCE documents.
    const moduleRows = Number((await modules.getByRole("row", { name: /^modules / }).innerText()).replace(/\D/g, ""));
    expect(moduleRows).toBeGreaterThanOrEqual(69);

    // The demo CADENCE export is imported on first run; the imports e2e may add a few pages.
    const cadence = page.getByRole("region", { name: "CADENCE record" });
    const rowsOf = async (table: string) =>
      Number((await cadence.getByRole("row", { name: new RegExp(`^${table} `) }).innerText()).replace(/\D/g, ""));
    expect(await rowsOf("cadence_raw_content")).toBeGreaterThanOrEqual(1416);
    expect(await rowsOf("cadence_tasks")).toBeGreaterThanOrEqual(443);
    expect(await rowsOf("cadence_people")).toBeGreaterThanOrEqual(27);

    const runtime = page.getByRole("region", { name: "Learning runtime" });
    const attempts = await runtime.getByRole("row", { name: /^learner_performance / }).innerText();
    expect(Number(attempts.replace(/\D/g, ""))).toBeGreaterThan(4000);

    await expect(page.getByText(/rows in 37 tables\./)).toBeVisible();
  });

  test("links only to areas that exist and is usable by keyboard", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
    for (const link of await nav.getByRole("link").all()) {
      const href = await link.getAttribute("href");
      const response = await page.request.get(href!);
      expect(response.status(), href!).toBe(200);
    }
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  });

  test("has no serious accessibility violations", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByText(/rows in 37 tables\./)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
