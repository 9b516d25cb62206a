import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf } from "./personas";

/**
 * The five CADENCE tables: filters, sort and columns through the UI, the URL as the one place
 * the view lives (reload and back), the CSV export of a filtered view, and accessibility on
 * desktop and phone. Read-only, so desktop and phone run side by side on one server.
 */

test.use({ storageState: storageStateOf("student") });

const TABLES = [
  { path: "/cadence/people", title: "People" },
  { path: "/cadence/projects", title: "Projects" },
  { path: "/cadence/tasks", title: "Tasks" },
  { path: "/cadence/meetings", title: "Meetings" },
  { path: "/cadence/documents", title: "Documents" },
];

const rowTitles = (page: Page) => page.getByRole("table").getByRole("rowheader").allTextContents();

test("filter and sort the tasks table through the UI; the URL holds the view through reload and back", async ({ page }) => {
  await page.goto("/cadence/tasks");
  await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Due date" })).toHaveAttribute("aria-sort", "descending");

  const filters = page.getByRole("search", { name: "Filter tasks" });
  await test.step("filter by status and subsystem", async () => {
    await filters.getByRole("group", { name: "Status" }).getByRole("checkbox", { name: /^Blocked/ }).check();
    await filters.getByRole("group", { name: "Subsystem" }).getByRole("checkbox", { name: /^Power/ }).check();
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/cadence\/tasks\?status=blocked&subsystem=power$/);
    await expect(page.getByRole("status").filter({ hasText: /tasks?$/ })).toHaveText(/^Showing 1–\d+ of \d+ tasks?$/);
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      await expect(row.getByRole("cell").nth(0)).toHaveText("Blocked");
      await expect(row.getByRole("cell").last()).toHaveText("Power");
    }
  });

  await test.step("sort by title, then flip it", async () => {
    await table.getByRole("columnheader", { name: "Title" }).getByRole("link").click();
    await expect(page).toHaveURL(/status=blocked&subsystem=power&sort=title&dir=asc$/);
    await expect(table.getByRole("columnheader", { name: "Title" })).toHaveAttribute("aria-sort", "ascending");
    const titles = await rowTitles(page);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    await table.getByRole("columnheader", { name: "Title" }).getByRole("link").click();
    await expect(page).toHaveURL(/sort=title&dir=desc$/);
    await expect(table.getByRole("columnheader", { name: "Title" })).toHaveAttribute("aria-sort", "descending");
  });

  const sorted = await rowTitles(page);
  await test.step("a reload shows the same rows and the same controls", async () => {
    await page.reload();
    expect(await rowTitles(page)).toEqual(sorted);
    await expect(filters.getByRole("checkbox", { name: /^Blocked/ })).toBeChecked();
    await expect(filters.getByRole("checkbox", { name: /^Power/ })).toBeChecked();
  });

  await test.step("hide a column", async () => {
    await page.getByText("Columns", { exact: true }).click();
    await page.getByRole("group", { name: "Visible columns" }).getByRole("checkbox", { name: "Assignee" }).uncheck();
    await expect(page).toHaveURL(/cols=status,due,project,subsystem$/);
    await expect(table.getByRole("columnheader", { name: "Assignee" })).toHaveCount(0);
  });

  await test.step("back walks through the earlier views", async () => {
    await page.goBack();
    await expect(page).toHaveURL(/sort=title&dir=desc$/);
    await expect(table.getByRole("columnheader", { name: "Assignee" })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/sort=title&dir=asc$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?status=blocked&subsystem=power$/);
    await expect(table.getByRole("columnheader", { name: "Due date" })).toHaveAttribute("aria-sort", "descending");
    await page.goBack();
    await expect(page).toHaveURL(/\/cadence\/tasks$/);
    await expect(filters.getByRole("checkbox", { name: /^Blocked/ })).not.toBeChecked();
  });
});

test("pages and page size move through the rows", async ({ page }) => {
  await page.goto("/cadence/meetings");
  const status = page.getByRole("status").filter({ hasText: /meetings$/ });
  await expect(status).toHaveText(/^Showing 1–25 of \d+ meetings$/);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/cadence\/meetings\?page=2$/);
  await expect(status).toHaveText(/^Showing 26–50 of \d+ meetings$/);
  await page.getByRole("link", { name: "10 rows per page" }).click();
  await expect(page).toHaveURL(/\/cadence\/meetings\?size=10$/);
  await expect(status).toHaveText(/^Showing 1–10 of \d+ meetings$/);
});

test("the CSV export downloads the filtered rows", async ({ page }) => {
  await page.goto("/cadence/tasks?status=blocked&subsystem=power&sort=title&dir=asc");
  const summary = await page.getByRole("status").filter({ hasText: /tasks?$/ }).textContent();
  const total = Number(/of (\d+) tasks?/.exec(summary ?? "")?.[1]);
  expect(total).toBeGreaterThan(0);
  const titles = await rowTitles(page);

  const link = page.getByRole("link", { name: /^Export CSV/ });
  await expect(link).toHaveAttribute("href", "/api/cadence/tasks/export?status=blocked&subsystem=power&sort=title&dir=asc");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^cadence-tasks-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = parse(await readFile((await download.path())!, "utf8")) as string[][];
  expect(header).toEqual(["id", "Title", "Status", "Due date", "Assignee", "Project", "Subsystem"]);
  expect(rows).toHaveLength(total);
  expect(rows.every((r) => r[2] === "blocked" && r[6] === "power")).toBe(true);
  expect(rows.slice(0, titles.length).map((r) => r[1])).toEqual(titles);
});

test("the export answers 404 for an unknown table and 401 without a session", async ({ page, browser }) => {
  expect((await page.request.get("/api/cadence/rockets/export")).status()).toBe(404);
  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const response = await anonymous.request.get("/api/cadence/tasks/export");
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign in first." });
  } finally {
    await anonymous.close();
  }
});

test("a link with bad values still opens, says what it ignored, and an empty view offers to clear", async ({ page }) => {
  await page.goto("/cadence/tasks?status=done,todo&page=abc&sort=colour&q=no+task+is+called+this");
  await expect(page.getByText("Ignored status “done”: not a known value.")).toBeVisible();
  await expect(page.getByText("Ignored page “abc”: not a page number.")).toBeVisible();
  await expect(page.getByText("Ignored sort “colour”: not a column this table sorts by.")).toBeVisible();
  await expect(page.getByText("No tasks match these filters.")).toBeVisible();
  await page.getByRole("table").getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/cadence\/tasks$/);
  await expect(page.getByRole("table").getByRole("rowheader").first()).toBeVisible();
});

for (const { path, title } of TABLES) {
  test(`${title}: accessible, every row links to its record, and the page fits the screen`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "CADENCE explorer" }).getByRole("link", { name: title })).toHaveAttribute(
      "aria-current",
      "page",
    );
    const first = page.getByRole("table").getByRole("rowheader").first().getByRole("link");
    await expect(first).toHaveAttribute("href", new RegExp(`^${path}/\\d+$`));
    await expectNoSeriousA11yViolations(page);
    // Only the table scrolls sideways; the page itself never does.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
