import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf } from "./personas";

/**
 * The faculty cohort review. Only reads: other specs take modules as the demo students, so the
 * checks here hold whatever levels those attempts move. NIT's Fall 2026 team (Polaris II,
 * team 4) is the demo faculty's default cohort.
 */

const LEVELS = ["No level yet", "Orientation", "Competency", "Integration", "Autonomy"];
const SUBSYSTEM_NAMES = ["Avionics", "Structures", "Mission operations", "Thermal", "Power", "Communications", "Payload"];

/** The page does not scroll sideways: wide tables scroll inside their own area. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

const heatMap = (page: Page) => page.getByRole("table", { name: /^Competency level of each student per subsystem/ });

/** The level words of one subsystem's column, top to bottom (the cell's screen-reader text). */
async function columnLevels(table: Locator, subsystemIndex: number): Promise<number[]> {
  const texts = await table.locator(`tbody tr td:nth-of-type(${subsystemIndex + 1}) .sr-only`).allTextContents();
  return texts.map((text) => LEVELS.indexOf(text.trim()));
}

test.describe("faculty", () => {
  test.use({ storageState: storageStateOf("faculty") });

  test("open their cohort's heat map from the navigation", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: /main/i }).getByRole("link", { name: "Cohorts" }).click();
    await expect(page).toHaveURL(/\/cohorts$/);
    await expect(page.getByRole("heading", { level: 1, name: "Cohort review" })).toBeVisible();
    await expect(page.getByText("Polaris II · Northfield Institute of Technology · Fall 2026 · 10 students")).toBeVisible();
    await expect(page.getByLabel("Cohort (university, team and semester)")).toHaveValue("4");
    // Only their university's teams to pick from.
    await expect(page.getByLabel("Cohort (university, team and semester)").locator("option")).toHaveCount(2);

    const table = heatMap(page);
    await expect(table.getByRole("columnheader")).toHaveText([/Student/, ...SUBSYSTEM_NAMES.map((n) => new RegExp(n))]);
    await expect(table.locator("tbody").getByRole("rowheader").getByRole("link")).toHaveCount(10);
    for (const [i] of SUBSYSTEM_NAMES.entries()) {
      const levels = await columnLevels(table, i);
      expect(levels).toHaveLength(10);
      expect(levels.every((l) => l >= 0)).toBe(true);
      // The counts under the column add up to the cohort.
      const counts = await table.locator(`tfoot tr:has(th) td:nth-of-type(${i + 1})`).allTextContents();
      expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(10);
    }

    await expect(page.getByRole("region", { name: "Levels per subsystem" }).getByRole("img", { name: /^Stacked bars of the 10 students per level/ })).toBeVisible();
    const mastery = page.getByRole("region", { name: "Modules mastered over the semester" });
    await expect(mastery.getByRole("img", { name: /^Lines of modules mastered per week/ })).toBeVisible();
    await expect(mastery.getByText(/previous semester's cohort of the same university \(Polaris I, Spring 2026/)).toBeVisible();
    await expect(page.getByRole("region", { name: "Bench depth" }).getByRole("listitem")).toHaveCount(7);
    await expect(page.getByRole("region", { name: "Students", exact: true }).getByRole("table", { name: /^Students of Polaris II, sorted by name, ascending/ })).toBeVisible();

    await expectNoSeriousA11yViolations(page);
    await expectNoSidewaysScroll(page);
  });

  test("sort the heat map by a subsystem and drill into a student", async ({ page }) => {
    await page.goto("/cohorts");
    await heatMap(page).getByRole("link", { name: /^Power/ }).click();
    await expect(page).toHaveURL(/\/cohorts\?team=4&hsort=power$/);
    const sorted = page.getByRole("table", { name: /sorted by power, descending$/ });
    await expect(sorted.getByRole("columnheader", { name: /Power/ })).toHaveAttribute("aria-sort", "descending");
    const power = await columnLevels(sorted, SUBSYSTEM_NAMES.indexOf("Power"));
    expect(power).toEqual([...power].sort((a, b) => b - a));

    const first = sorted.locator("tbody").getByRole("rowheader").first().getByRole("link");
    const name = (await first.textContent())!.trim();
    await first.click();
    await expect(page).toHaveURL(/\/students\/nit-26f-\d\d$/);
    await expect(page.getByRole("heading", { level: 1, name: `${name}'s progress` })).toBeVisible();
  });

  test("sort and filter the students table through the URL, and export it", async ({ page }) => {
    await page.goto("/cohorts?team=4");
    const students = page.getByRole("region", { name: "Students", exact: true });
    await students.getByRole("link", { name: /^Modules mastered/ }).click();
    await expect(page).toHaveURL(/sort=mastered&dir=desc/);
    const table = page.getByRole("table", { name: /sorted by modules mastered, descending$/ });
    const mastered = (await table.locator("tbody tr td:nth-of-type(2)").allTextContents()).map(Number);
    expect(mastered).toHaveLength(10);
    expect(mastered).toEqual([...mastered].sort((a, b) => b - a));

    await students.getByRole("checkbox", { name: /Falling behind only/ }).check();
    await students.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/behind=yes/);
    const behindRows = page.getByRole("table", { name: /^Students of Polaris II/ }).locator("tbody tr");
    const count = await behindRows.count();
    for (let i = 0; i < count; i++) {
      const text = await behindRows.nth(i).textContent();
      expect(text).toMatch(/Yes: |No students match these filters/);
    }

    const exportLink = students.getByRole("link", { name: /Export CSV/ });
    const href = await exportLink.getAttribute("href");
    expect(href).toMatch(/^\/api\/cohorts\/export\?team=4&.*behind=yes/);
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/csv/);
    const lines = (await response.text()).trim().split("\n");
    expect(lines[0]).toMatch(/^student id,name,team,modules mastered/);
  });

  test("change the days without activity that count as falling behind", async ({ page }) => {
    await page.goto("/cohorts?team=4");
    const card = page.getByRole("region", { name: "Falling behind" });
    await card.getByLabel("Days without activity").fill("3");
    await card.getByRole("button", { name: "Update" }).click();
    await expect(page).toHaveURL(/[?&]days=3/);
    await expect(page.getByRole("region", { name: "Falling behind" }).getByText(/after 3 days without an attempt/)).toBeVisible();
  });
});

test.describe("faculty of another university", () => {
  test.use({ storageState: storageStateOf("otherFaculty") });

  test("see their own cohort by default and cannot open NIT's", async ({ page }) => {
    await page.goto("/cohorts");
    await expect(page.getByText(/^Cedar II · Cascadia State University · Fall 2026/)).toBeVisible();
    const response = await page.goto("/cohorts?team=4");
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Polaris II")).toHaveCount(0);
    expect((await page.request.get("/api/cohorts/export?team=4")).status()).toBe(404);
  });
});
