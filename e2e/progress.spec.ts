import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf } from "./personas";

/**
 * The progress view: a student's own (`/me`) and the same view for staff (`/students/[id]`).
 * Only reads; another spec takes a module and checks that competency moves.
 */

const SUBSYSTEM_NAMES = ["Avionics", "Structures", "Mission operations", "Thermal", "Power", "Communications", "Payload"];
const LEVEL = /^(Orientation|Competency|Integration|Autonomy)$/;

/** The page does not scroll sideways: everything fits the phone's width. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

async function expectProgressView(page: Page, heading: string) {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();

  const competency = page.getByRole("region", { name: "Competency per subsystem" });
  await expect(competency.getByRole("img", { name: /competency level in each of the seven subsystems/ })).toBeVisible();
  const levels = competency.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 4 }) });
  await expect(levels).toHaveCount(7);
  for (const [i, name] of SUBSYSTEM_NAMES.entries()) {
    const item = levels.nth(i);
    await expect(item.getByRole("heading", { level: 4 })).toHaveText(name);
    await expect(item.getByText(LEVEL)).toBeVisible();
    await expect(item.getByText(/of \d+ modules mastered/)).toBeVisible();
  }

  await test.step("the chart's data table and how levels work open on demand", async () => {
    await competency.getByText("Show the data as a table").click();
    await expect(competency.getByRole("table", { name: "Competency level and modules mastered per subsystem" }).getByRole("row")).toHaveCount(8);
    await competency.getByText("How levels work").click();
    await expect(competency.getByRole("term").filter({ hasText: "Autonomy" })).toBeVisible();
  });

  const attempts = page.getByRole("region", { name: /^Recent attempts, sorted by date, descending/ });
  await expect(attempts.getByRole("row")).toHaveCount(51);
  await expect(attempts.getByRole("rowheader").first().getByRole("link")).toHaveAttribute("href", /^\/modules\/[a-z0-9-]+$/);

  await expect(page.getByRole("region", { name: /^Mastered modules/ }).getByRole("link").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Progress over time" }).getByRole("img", { name: /^Lines over \d+ weeks/ })).toBeVisible();
}

test.describe("a student", () => {
  test.use({ storageState: storageStateOf("student") });

  test("opens /me from the navigation and sees their levels and attempts", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: /main/i });
    await nav.getByRole("link", { name: "My progress" }).click();
    await expect(page).toHaveURL(/\/me$/);
    await expectProgressView(page, "My progress");
    await expect(page.getByText("Emeka Eze,", { exact: false }).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Your feed" }).getByRole("link", { name: "All in the agent log" })).toHaveAttribute("href", "/agent-log");
    await expectNoSeriousA11yViolations(page);
    await expectNoSidewaysScroll(page);
  });

  test("sorts the attempts by mastery through the URL", async ({ page }) => {
    await page.goto("/me");
    const table = page.getByRole("region", { name: /^Recent attempts/ });
    await table.getByRole("link", { name: /^Mastery/ }).click();
    await expect(page).toHaveURL(/\/me\?sort=mastery&dir=desc$/);
    const sorted = page.getByRole("region", { name: "Recent attempts, sorted by mastery, descending" });
    await expect(sorted.getByRole("columnheader", { name: /Mastery/ })).toHaveAttribute("aria-sort", "descending");
    const scores = (await sorted.getByRole("row").locator("td:nth-of-type(5)").allInnerTexts())
      .map((text) => Number(text.trim()))
      .filter((value) => !Number.isNaN(value));
    expect(scores.length).toBeGreaterThan(1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  test("cannot open another student's page", async ({ page }) => {
    const response = await page.goto("/students/nit-26f-02");
    expect(response?.status()).toBe(403);
  });
});

test.describe("faculty", () => {
  test.use({ storageState: storageStateOf("faculty") });

  test("open a student of their university", async ({ page }) => {
    const response = await page.goto("/students/nit-26f-01");
    expect(response?.status()).toBe(200);
    await expectProgressView(page, "Emeka Eze's progress");
    await expect(page.getByRole("region", { name: "Feed" }).getByRole("link", { name: "All in the agent log" })).toHaveAttribute(
      "href",
      "/agent-log?meta=studentId%3Dnit-26f-01",
    );
    await expect(page.getByRole("navigation", { name: /main/i }).getByRole("link", { name: "My progress" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await expectNoSidewaysScroll(page);
  });

  test("get not found for a student that does not exist", async ({ page }) => {
    const response = await page.goto("/students/no-such-student");
    expect(response?.status()).toBe(404);
  });
});

test.describe("faculty of another university", () => {
  test.use({ storageState: storageStateOf("otherFaculty") });

  test("get the same not found as for a missing student", async ({ page }) => {
    const response = await page.goto("/students/nit-26f-01");
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Emeka Eze")).toHaveCount(0);
  });
});
