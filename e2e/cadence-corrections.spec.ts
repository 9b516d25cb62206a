import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf } from "./personas";

/**
 * Correcting the imported CADENCE record. Desktop and phone run at the same time against one
 * server, so each corrects a task of its own.
 */

function taskOf(testInfo: TestInfo): number {
  return testInfo.project.name === "phone" ? 4 : 3;
}

function correctionPanel(page: Page) {
  return page.getByRole("region", { name: "Correct this task" });
}

test.describe("as an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("an admin corrects a task's status: it is saved and shown as corrected, also after a reload", async ({ page }, testInfo) => {
    await page.goto(`/cadence/tasks/${taskOf(testInfo)}`);
    const panel = correctionPanel(page);
    await expect(panel).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const status = panel.getByLabel("Status", { exact: true });
    const next = (await status.inputValue()) === "blocked" ? { value: "todo", label: "To do" } : { value: "blocked", label: "Blocked" };

    await test.step("the admin picks another status and saves", async () => {
      await status.selectOption(next.value);
      await panel.getByRole("button", { name: "Save corrections" }).click();
      await expect(panel.getByText(/^Saved\. .*status corrected\.$/)).toBeVisible();
    });

    const notes = page.getByRole("complementary", { name: "Corrections of this task" });
    await expect(notes).toContainText(`Status: ${next.label}`);
    await page.reload();
    await expect(correctionPanel(page).getByLabel("Status", { exact: true })).toHaveValue(next.value);
    await expect(notes).toContainText("Corrected by an admin");
    await expect(notes).toContainText(`Status: ${next.label}`);

    await test.step("an assignee nobody has is refused with a field error and changes nothing", async () => {
      const assignee = correctionPanel(page).getByLabel("Assignee", { exact: true });
      const saved = await assignee.inputValue();
      await assignee.fill("Nobody Of That Name");
      await correctionPanel(page).getByRole("button", { name: "Save corrections" }).click();
      await expect(correctionPanel(page).getByText('No one called "Nobody Of That Name" is in the record.', { exact: false }).first()).toBeVisible();
      await expect(assignee).toHaveAttribute("aria-invalid", "true");
      await expect(assignee).toHaveValue("Nobody Of That Name");
      await page.reload();
      await expect(correctionPanel(page).getByLabel("Assignee", { exact: true })).toHaveValue(saved);
    });
  });
});

test.describe("as a student", () => {
  test.use({ storageState: storageStateOf("student") });

  test("a student sees the task but no correction forms", async ({ page }, testInfo) => {
    await page.goto(`/cadence/tasks/${taskOf(testInfo)}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(correctionPanel(page)).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save corrections" })).toHaveCount(0);
  });
});
