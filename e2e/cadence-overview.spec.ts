import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf } from "./personas";

/** The drawing of a recharts chart (its legend icons are small SVGs of their own). */
const CHART = ".recharts-wrapper > svg.recharts-surface";

test.describe("CADENCE explorer overview and search", () => {
  test.use({ storageState: storageStateOf("student") });

  test("shows counts, the coverage grid and three charts, and a count opens its filtered table", async ({ page }) => {
    await page.goto("/cadence");
    await expect(page.getByRole("heading", { level: 1, name: "CADENCE explorer" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "CADENCE explorer" }).getByRole("link", { name: "Overview" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    const numbers = page.getByRole("region", { name: "The record in numbers" });
    await expect(numbers.getByRole("link", { name: /Tasks$/ })).toHaveAttribute("href", "/cadence/tasks");
    await expect(numbers.getByText(/Raw pages kept of [\d,]+ imported/)).toBeVisible();

    const coverage = page.getByRole("region", { name: "Coverage per subsystem" });
    const grid = coverage.getByRole("table");
    await expect(grid.getByRole("rowheader")).toHaveText([
      "Avionics",
      "Structures",
      "Mission operations",
      "Thermal",
      "Power",
      "Communications",
      "Payload",
      "Unassigned",
    ]);
    await expect(coverage.getByRole("heading", { name: "Gaps" })).toBeVisible();

    // Each chart is drawn (an SVG) and has its text alternative and data table.
    for (const name of ["Tasks by status per subsystem", "Meetings per month", "Tasks completed over time"]) {
      const card = page.getByRole("region", { name });
      await expect(card.getByRole("img").first()).toHaveAccessibleName(/\w+/);
      await expect(card.locator(CHART)).toBeVisible();
      await card.getByText("Show the data as a table").click();
      await expect(card.getByRole("table")).toBeVisible();
    }
    await expect(page.getByText(/each counted in the month of its due date/)).toBeVisible();

    const powerTasks = grid.getByRole("link", { name: /^Power: [\d,]+ tasks/ });
    await expect(powerTasks).toHaveAttribute("href", "/cadence/tasks?subsystem=power");
    await page.getByRole("region", { name: "Tasks by status per subsystem" }).getByRole("row", { name: /^Power/ })
      .getByRole("link").first().click();
    await expect(page).toHaveURL(/\/cadence\/tasks\?subsystem=power&status=completed$/);
  });

  test("fits a 390px phone screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/cadence");
    const chart = page.getByRole("region", { name: "Tasks by status per subsystem" }).locator(CHART);
    await expect(chart).toBeVisible();
    const box = await chart.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(box!.width).toBeGreaterThan(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("searches from the overview's box, filters by type, and opens a result", async ({ page }) => {
    await page.goto("/cadence");
    await page.getByRole("searchbox", { name: "Search the record" }).fill("antenna deployment");
    await page.getByRole("searchbox", { name: "Search the record" }).press("Enter");
    await expect(page).toHaveURL(/\/cadence\/search\?q=antenna\+deployment$/);
    await expect(page.getByRole("heading", { level: 1, name: "Search the CADENCE record" })).toBeVisible();
    await expect(page.getByText(/^1–\d+ of \d+ results for “antenna deployment”, best first\.$/)).toBeVisible();

    const results = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
    await expect(results.first().locator("mark").first()).toHaveText(/antenna|deploy/i);

    const types = page.getByRole("navigation", { name: "Result types" });
    await types.getByRole("link", { name: /^Meetings \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/type=meetings/);
    await expect(types.getByRole("link", { name: /^Meetings/ })).toHaveAttribute("aria-current", "page");
    await expect(results.first()).toContainText("Meeting");

    const first = results.first().getByRole("heading", { level: 3 }).getByRole("link");
    const href = await first.getAttribute("href");
    expect(href).toMatch(/^\/cadence\/meetings\/\d+$/);
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test("an empty search helps, and a search without results suggests what to try", async ({ page }) => {
    await page.goto("/cadence/search");
    await expect(page.getByRole("heading", { name: "What to search for" })).toBeVisible();
    await page.getByRole("link", { name: "thermal vacuum" }).click();
    await expect(page).toHaveURL(/q=thermal\+vacuum/);
    await expect(page.getByText(/results for “thermal vacuum”/)).toBeVisible();

    await page.goto(`/cadence/search?q=${encodeURIComponent('zzqx "unclosed & | ! (')}`);
    await expect(page.getByText(/^No results for/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Suggestions" })).toBeVisible();
  });

  test("has no serious accessibility violations", async ({ page }) => {
    await page.goto("/cadence");
    await expect(page.getByRole("region", { name: "Meetings per month" }).locator(CHART)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto("/cadence/search");
    await expectNoSeriousA11yViolations(page);

    await page.goto("/cadence/search?q=antenna");
    await expect(page.getByText(/results for “antenna”/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
