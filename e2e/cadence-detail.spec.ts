import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf } from "./personas";

/**
 * The explorer's detail pages, read by a student (every signed-in role may read the record).
 * Only reads: the corrections spec changes tasks 3 and 4, so these tests stay off them.
 */

test.use({ storageState: storageStateOf("student") });

/** The value of one field of a page's definition list. */
function field(scope: Page | Locator, label: string): Locator {
  return scope.getByRole("term").filter({ hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
}

async function expectHeading(page: Page, name: string) {
  await expect(page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();
}

test("a task links to its project, its assignee, its raw page and its Notion page", async ({ page }) => {
  await page.goto("/cadence/tasks/1");
  const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  expect(title.length).toBeGreaterThan(0);
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link", { name: "Explorer" })).toHaveAttribute("href", "/cadence");
  await expect(crumbs.getByRole("link", { name: "Tasks" })).toHaveAttribute("href", "/cadence/tasks");
  await expect(crumbs.getByRole("listitem").last()).toHaveText(title);
  await expectNoSeriousA11yViolations(page);

  await test.step("the Notion link opens notion.so in a new tab", async () => {
    const notion = page.getByRole("link", { name: /Open in Notion/ });
    await expect(notion).toHaveAttribute("href", /^https:\/\/www\.notion\.so\/[0-9a-f]{32}$/);
    await expect(notion).toHaveAttribute("target", "_blank");
    await expect(notion).toHaveAttribute("rel", /noopener/);
    await expect(notion).toContainText("opens in a new tab");
  });

  const details = page.getByRole("region", { name: "Details" });
  const projectLink = field(details, "Project").getByRole("link");
  const projectName = (await projectLink.innerText()).trim();
  const assigneeLink = field(details, "Assignee").getByRole("link");
  const assigneeName = (await assigneeLink.innerText()).trim();

  await test.step("to the project, which lists the task under its status", async () => {
    await projectLink.click();
    await expect(page).toHaveURL(/\/cadence\/projects\/\d+$/);
    await expectHeading(page, projectName);
    await expect(page.getByRole("region", { name: /^Tasks/ }).getByRole("link", { name: title, exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.goBack();
    await expectHeading(page, title);
  });

  await test.step("to the assignee, who has the task among theirs", async () => {
    await field(page.getByRole("region", { name: "Details" }), "Assignee").getByRole("link").click();
    await expect(page).toHaveURL(/\/cadence\/people\/\d+$/);
    await expectHeading(page, assigneeName);
    await expect(page.getByRole("region", { name: /^Tasks/ }).getByRole("link", { name: title, exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.goBack();
    await expectHeading(page, title);
  });

  await test.step("to the raw page, which links back to the task", async () => {
    await page.getByRole("link", { name: "Raw page", exact: true }).click();
    await expect(page).toHaveURL(/\/cadence\/raw\/\d+$/);
    await expectHeading(page, title);
    const built = page.getByRole("region", { name: /^Records built from this page/ });
    await expect(built.getByRole("link", { name: title, exact: true })).toHaveAttribute("href", "/cadence/tasks/1");
    await expect(field(page, "Category")).toHaveText("Tasks");
    await expect(page.getByRole("region", { name: /^Properties/ }).getByRole("term").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test("a meeting links its attendees to their people", async ({ page }) => {
  await page.goto("/cadence/meetings/1");
  const attendees = page.getByRole("region", { name: /^Attendees/ });
  const first = attendees.getByRole("link").first();
  const name = (await first.innerText()).trim();
  await expect(page.getByRole("region", { name: "Notes" }).getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await first.click();
  await expect(page).toHaveURL(/\/cadence\/people\/\d+$/);
  await expectHeading(page, name);
  await expect(page.getByRole("region", { name: /^Meetings attended/ }).getByRole("link").first()).toBeVisible();
});

test("a document shows its page as markdown, with tables that scroll on their own", async ({ page }) => {
  await page.goto("/cadence/documents/2");
  const body = page.getByRole("region", { name: "Page content" });
  await expect(body.getByRole("region", { name: "Table 1" }).getByRole("table")).toBeVisible();
  await expect(field(page, "URL").getByRole("link")).toHaveAttribute("href", /^https:\/\//);
  await expectNoSeriousA11yViolations(page);
});

test("a subsystem project lists the documents filed under it and those of its subsystem", async ({ page }) => {
  await page.goto("/cadence/projects/1");
  const filed = page.getByRole("region", { name: /^Filed under this project in Notion/ });
  await expect(filed.getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("region", { name: /^Other documents of the Avionics subsystem/ })).toBeVisible();
  // Export links in the body lead to the raw pages they name.
  const exportLink = page.getByRole("region", { name: "Description" }).locator('a[href^="/cadence/raw/"]').first();
  await expect(exportLink).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const raw = page.getByRole("link", { name: "Raw page", exact: true });
  await raw.click();
  await expect(page.getByRole("region", { name: /^Pages below this one/ }).getByRole("listitem").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("unknown or malformed ids are not found", async ({ page }) => {
  for (const path of ["/cadence/tasks/999999", "/cadence/people/999999", "/cadence/raw/abc", "/cadence/meetings/0"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  }
});
