import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf } from "./personas";

/**
 * Ghost cohorts on /admin/races. The first-run setup already built ghosts from the demo data;
 * desktop and phone each build again at the same time, and the builds queue on the job's lock.
 * A rebuild over the same history finds the same ghosts, so every assertion holds either way.
 */

test.use({ storageState: storageStateOf("admin") });

const BUILD_MESSAGE = /Built 21 cohort ghosts from Spring 2026 and 7 CADENCE team paces; race metadata for \d+ published modules/;

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test("the races admin page is reachable from /admin and passes axe", async ({ page }) => {
  await page.goto("/admin");
  await page.getByRole("link", { name: "Races and ghosts" }).click();
  await expect(page).toHaveURL(/\/admin\/races$/);
  await expect(page.getByRole("heading", { level: 1, name: "Races and ghosts" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Cohort ghosts" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "CADENCE team paces" })).toBeVisible();
  await noSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
});

test("an admin builds ghosts and sees them listed with the CADENCE paces and the module targets", async ({ page }) => {
  await page.goto("/admin/races");

  await test.step("the build says what it built and links to its agent-log entry", async () => {
    await page.getByRole("button", { name: "Build ghosts" }).click();
    const status = page.getByRole("status").filter({ hasText: BUILD_MESSAGE });
    await expect(status).toBeVisible({ timeout: 30_000 });
    await expect(status.getByRole("link", { name: "See its agent-log entry" })).toHaveAttribute(
      "href",
      /^\/agent-log\?agent=ghost-builder&meta=runId%3D[0-9a-f-]{36}$/,
    );
  });

  await test.step("the earlier semester's cohorts are the ghosts", async () => {
    const ghosts = page.getByRole("table", { name: /Cohort ghosts/ });
    await expect(ghosts.getByRole("row")).toHaveCount(21 + 1);
    const power = ghosts.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "NIT Spring 2026 · Power", exact: true }) });
    await expect(power.getByRole("cell").nth(0)).toHaveText("Spring 2026");
    await expect(power.getByRole("cell").nth(1)).toHaveText("Power");
    await expect(power.getByRole("cell").nth(2)).toHaveText("10");
    await expect(ghosts.getByText("Fall 2026")).toHaveCount(0);
    await expect(page.getByText("The last build dropped no cohort: every one had at least 5 students.")).toBeVisible();
  });

  await test.step("the CADENCE teams' milestones, with the chart's caption and data table", async () => {
    const milestones = page.getByRole("table", { name: /CADENCE team paces/ });
    const power = milestones.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "CADENCE Power team" }) });
    // Cells after the team: tasks done, first task due, then 25, 50, 75 and 100 %.
    await expect(power.getByRole("cell").nth(2)).toHaveText(/^day \d+ \(/);
    await expect(power.getByRole("cell").nth(5)).toHaveText("not reached");
    await expect(page.getByText(/so a completed task counts as done on its due date/)).toBeVisible();
    await page.getByText("Show the data as a table").click();
    await expect(page.getByRole("table", { name: "Points of the pace chart" })).toBeVisible();
  });

  await test.step("each published module's targets and where they came from", async () => {
    const targets = page.getByRole("table", { name: /Medal time targets per published module/ });
    // 69 published in the demo; other specs may take one back to draft while this one runs.
    await expect(targets.getByRole("row").nth(65)).toBeVisible();
    expect(await targets.getByRole("row").count()).toBeLessThanOrEqual(69 + 1);
    await expect(targets.getByText("Ghosts' finish quartiles").first()).toBeVisible();
    await expect(targets.getByText("Calibrated average time").first()).toBeVisible();
    await noSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("the agent-log entry of the last build is one click away", async () => {
    await page.getByRole("link", { name: /^Agent-log entry #\d+$/ }).click();
    await expect(page).toHaveURL(/\/agent-log\?agent=ghost-builder&meta=runId/);
    const entries = page.getByRole("main").getByRole("article");
    await expect(entries).toHaveCount(1);
    await expect(entries.first().getByText(BUILD_MESSAGE)).toBeVisible();
  });
});

test("faculty and students cannot open the races admin page", async ({ browser }) => {
  for (const persona of ["faculty", "student"] as const) {
    const context = await browser.newContext({ storageState: storageStateOf(persona) });
    try {
      const response = await (await context.newPage()).goto("/admin/races");
      expect(response?.status(), persona).toBe(403);
    } finally {
      await context.close();
    }
  }
});
