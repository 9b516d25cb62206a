import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf } from "./personas";

/**
 * Modules drafted from CADENCE documents. Desktop and phone run at the same time against one
 * server, and whichever clicks first drafts the modules: the other's run finds them already
 * drafted. Every assertion holds either way.
 */

test.use({ storageState: storageStateOf("admin") });

const DOCUMENT = "ADCS Detumble Analysis";
const DRAFT_SLUG = "cadence-adcs-detumble-analysis";
const RUN_MESSAGE = /Checked \d+ kept CADENCE technical documents: \d+ drafted, \d+ updated, \d+ unchanged, \d+ skipped/;

async function openAdminModules(page: Page) {
  await page.goto("/admin/modules");
  await expect(page.getByRole("heading", { level: 1, name: "Modules from CADENCE documents" })).toBeVisible();
}

test("the admin page is reachable from /admin and passes axe", async ({ page }) => {
  await page.goto("/admin");
  await page.getByRole("link", { name: "Modules from CADENCE documents" }).click();
  await expect(page).toHaveURL(/\/admin\/modules$/);
  await expect(page.getByRole("heading", { level: 1, name: "Modules from CADENCE documents" })).toBeVisible();
  await expect(page.getByText(/technical documents? (has|have) no module yet|Every kept technical document has a module\./)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("an admin drafts modules from the documents; students cannot open a draft", async ({ page, browser }) => {
  await openAdminModules(page);

  await test.step("the run says what it did and links to its agent-log entry", async () => {
    await page.getByRole("button", { name: "Draft modules from CADENCE documents" }).click();
    const status = page.getByRole("status").filter({ hasText: RUN_MESSAGE });
    await expect(status).toBeVisible({ timeout: 20_000 });
    const entry = status.getByRole("link", { name: "See its agent-log entry" });
    await expect(entry).toHaveAttribute("href", /^\/agent-log\?agent=module-generator&meta=runId%3D[0-9a-f-]{36}$/);
  });

  await test.step("the drafts are listed with their source and an edit link", async () => {
    await expect(page.getByText("Every kept technical document has a module.")).toBeVisible();
    const table = page.getByRole("table", { name: /Modules made from CADENCE documents/ });
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader").getByRole("link", { name: DOCUMENT, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByText("Draft", { exact: true })).toBeVisible();
    await expect(row.getByText("module-generator")).toBeVisible();
    await expect(row.getByRole("link", { name: `Document: ${DOCUMENT}` })).toHaveAttribute("href", /^\/cadence\/documents\/\d+$/);
    await expect(row.getByRole("link", { name: `Raw page: ${DOCUMENT}` })).toHaveAttribute("href", /^\/cadence\/raw\/\d+$/);
    await expect(row.getByRole("link", { name: `Edit ${DOCUMENT}` })).toHaveAttribute("href", `/modules/${DRAFT_SLUG}/edit`);
    await expect(page.getByRole("link", { name: /^Agent-log entry #\d+$/ })).toBeVisible();
    // The wide table scrolls inside its own box: the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("the agent-log link finds the run's entry", async () => {
    await page.getByRole("link", { name: /^Agent-log entry #\d+$/ }).click();
    await expect(page).toHaveURL(/\/agent-log\?agent=module-generator&meta=runId/);
    const entries = page.getByRole("main").getByRole("article");
    await expect(entries).toHaveCount(1);
    await expect(entries.first().getByText(RUN_MESSAGE)).toBeVisible();
  });

  await test.step("faculty find the draft under Drafts on /modules", async () => {
    const faculty = await browser.newContext({ storageState: storageStateOf("faculty") });
    try {
      const facultyPage = await faculty.newPage();
      await facultyPage.goto("/modules");
      const drafts = facultyPage.getByRole("region", { name: "Drafts (not visible to students)" });
      await drafts.getByRole("link", { name: DOCUMENT, exact: true }).click();
      await expect(facultyPage).toHaveURL(new RegExp(`/modules/${DRAFT_SLUG}$`));
      await expect(facultyPage.getByRole("heading", { level: 1, name: DOCUMENT })).toBeVisible();
    } finally {
      await faculty.close();
    }
  });

  await test.step("a student gets 404 for the draft and sees no drafts", async () => {
    const student = await browser.newContext({ storageState: storageStateOf("student") });
    try {
      const studentPage = await student.newPage();
      const response = await studentPage.goto(`/modules/${DRAFT_SLUG}`);
      expect(response?.status()).toBe(404);
      await expect(studentPage.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await studentPage.goto("/modules");
      await expect(studentPage.getByRole("heading", { level: 1, name: "Modules" })).toBeVisible();
      await expect(studentPage.getByText("Drafts (not visible to students)")).toHaveCount(0);
      await expect(studentPage.getByRole("link", { name: DOCUMENT })).toHaveCount(0);
    } finally {
      await student.close();
    }
  });
});
