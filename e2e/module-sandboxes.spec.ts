import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf, type Persona } from "./personas";

/**
 * A module's sandboxes. Desktop and phone run at the same time against one server, so each
 * uses its own records: desktop opens a sandbox as the demo student (Emeka Eze), phone as the
 * other (Freya Lindqvist), and faculty attach to a different module in each project, modules
 * no other spec changes. The seed attaches the CircuitJS bench to "EPS Architecture
 * Overview", which has no prerequisites, so both students can open it.
 */

const SEEDED_MODULE = "/modules/pwr-eps-architecture";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function studentOf(testInfo: TestInfo): Persona {
  return testInfo.project.name === "phone" ? "otherStudent" : "student";
}

function sandboxesSection(page: Page) {
  return page.getByRole("region", { name: "Sandboxes" });
}

async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("a student's sandbox", () => {
  test.use({ storageState: async ({}, provide, testInfo) => provide(storageStateOf(studentOf(testInfo))) });

  test("a student reads what the sandbox is for, opens it, sees its instance and status, and stops it", async ({ page }) => {
    await page.goto(SEEDED_MODULE);
    const card = sandboxesSection(page).getByRole("article", { name: "CircuitJS power-path bench" });
    await expect(card).toBeVisible();
    await test.step("the environment says what it is for, readably, with the author's instructions", async () => {
      await expect(card.getByText(/^Interactive circuit simulation in the browser/)).toBeVisible();
      await expect(card.getByRole("term").filter({ hasText: "Starting template" })).toBeVisible();
      await expect(card.getByRole("definition").filter({ hasText: "eps-power-path" })).toBeVisible();
      await expect(card.getByRole("definition").filter({ hasText: "V_BUS, I_BATT" })).toBeVisible();
      await expect(card.getByRole("heading", { name: "What to do" })).toBeVisible();
      await expect(card.getByText(/Step the load from 2 W to 6 W/)).toBeVisible();
      await expect(card.getByText(/\{|"template"/)).toHaveCount(0);
    });

    await test.step("opening it shows the student's instance, ready", async () => {
      await card.getByRole("button", { name: "Open sandbox" }).click();
      await expect(card.getByRole("status")).toHaveText(/sandbox opened\. It is ready\.$/);
      await expect(card.getByText(/^Your sandbox: Ready$/)).toBeVisible();
      await expect(card.getByText(UUID)).toBeVisible();
      await expect(card.getByText(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC$/)).toBeVisible();
      await expect(card.getByRole("button", { name: "Open sandbox" })).toHaveCount(0);
      await expectNoSeriousA11yViolations(page);
    });

    await test.step("at 390 px the page with the sandbox fits the screen", async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await expect(card.getByText(UUID)).toBeVisible();
      await expectNoHorizontalOverflow(page);
    });

    await test.step("stopping it keeps the sandbox, stopped, and offers to open it again", async () => {
      const instanceId = await card.getByText(UUID).innerText();
      await card.getByRole("button", { name: "Stop" }).click();
      await expect(card.getByRole("status")).toHaveText("Sandbox stopped. Open it again to start a new instance.");
      await expect(card.getByText(/^Your sandbox: Stopped$/)).toBeVisible();
      await page.reload();
      await expect(card.getByText(/^Your sandbox: Stopped$/)).toBeVisible();
      await expect(card.getByText(instanceId)).toBeVisible();
      await expect(card.getByRole("button", { name: "Open sandbox" })).toBeVisible();
      await expect(card.getByRole("button", { name: "Stop" })).toHaveCount(0);
    });
  });
});

test.describe("faculty", () => {
  test.use({ storageState: storageStateOf("faculty") });

  test("faculty attach an environment to a module, see it listed with its instructions, and detach it after confirming", async ({ page }, testInfo) => {
    const slug = testInfo.project.name === "phone" ? "pay-calibration" : "mo-deorbit-and-debris";
    await page.goto(`/modules/${slug}`);
    await expect(page.getByRole("link", { name: "Edit module" })).toHaveAttribute("href", `/modules/${slug}/edit`);
    await expect(page.getByRole("link", { name: "Version history" })).toHaveAttribute("href", `/modules/${slug}/history`);

    const section = sandboxesSection(page);
    await expect(section.getByText("No simulation environment is attached to this module yet.")).toBeVisible();
    await section.getByLabel("Environment", { exact: true }).selectOption({ label: "LTSpice EPS converter lab (LTSpice)" });
    await section.getByLabel("Instructions for students").fill("Measure the **ripple** on the 3.3 V rail.");
    await section.getByRole("button", { name: "Attach environment" }).click();
    await expect(section.getByText(/^LTSpice EPS converter lab is attached to .+\.$/)).toBeVisible();

    const card = section.getByRole("article", { name: "LTSpice EPS converter lab" });
    await expect(card).toBeVisible();
    await expect(card.locator("strong", { hasText: "ripple" })).toBeVisible();
    await expect(card.getByText("No student at your university has opened it yet.")).toBeVisible();
    await expect(card.getByRole("button", { name: "Open sandbox" })).toHaveCount(0);
    await expect(section.getByLabel("Environment", { exact: true }).getByRole("option", { name: /LTSpice/ })).toHaveCount(0);
    await expect(section.getByLabel("Instructions for students")).toHaveValue("");
    await expectNoSeriousA11yViolations(page);

    await card.getByRole("button", { name: "Detach" }).click();
    await expect(card.getByText(/^Detach LTSpice EPS converter lab from .+\? No student has opened it yet\.$/)).toBeVisible();
    await expect(card.getByRole("button", { name: "Detach anyway" })).toBeFocused();
    await card.getByRole("button", { name: "Detach anyway" }).click();
    await expect(section.getByText(/^LTSpice EPS converter lab is detached from .+\.$/)).toBeVisible();
    await expect(card).toHaveCount(0);
    await expect(section.getByText("No simulation environment is attached to this module yet.")).toBeVisible();
  });

  test("faculty see how many students use a seeded sandbox, and cannot open one", async ({ page }) => {
    await page.goto(SEEDED_MODULE);
    const card = sandboxesSection(page).getByRole("article", { name: "CircuitJS power-path bench" });
    await expect(card.getByText(/(No student at your university has opened it yet|\d+ students? at your university ha(s|ve) a sandbox here; \d+ ready or running)\.$/)).toBeVisible();
    await expect(card.getByRole("button", { name: "Detach" })).toBeVisible();
    await expect(card.getByRole("button", { name: "Open sandbox" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});
