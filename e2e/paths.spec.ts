import { expect, test, type Locator, type Page } from "@playwright/test";
import { MODULE_CATALOG } from "../db/seed/module-catalog";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf } from "./personas";

/**
 * The learning path (`/paths`). Desktop and phone run at the same time against one server, so
 * each project edits its own modules (structures on desktop, thermal on phone), used by no other
 * spec. The edge added makes a module both demo students have mastered need another they have
 * mastered too, so it locks nothing and changes nobody's "next up" while other specs run; the
 * test removes it at the end.
 */

const titleOf = (slug: string) => {
  const entry = MODULE_CATALOG.find((m) => m.slug === slug);
  if (!entry) throw new Error(`no module ${slug} in the catalogue`);
  return entry.title;
};

/** `dependent` will need `prerequisite`; `before` already comes before `prerequisite`, so "before needs dependent" closes a cycle. */
const EDITS = {
  desktop: { view: "structures", dependent: "str-mass-budget", prerequisite: "str-modal-analysis", before: "str-launch-loads" },
  phone: { view: "thermal", dependent: "thm-heaters-and-control", prerequisite: "thm-temperature-limits", before: "thm-heat-transfer-in-vacuum" },
} as const;

/** The text alternative: one list item per module, in learning order. */
function listItem(page: Page, title: string): Locator {
  return page
    .getByRole("region", { name: "Modules in learning order" })
    .getByRole("listitem")
    .filter({ hasText: new RegExp(`^\\d+\\.\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });
}

test.describe("students", () => {
  test.use({ storageState: storageStateOf("student") });

  test("a student sees the path drawn with their statuses, and the same path in words", async ({ page }) => {
    await page.goto("/paths");
    await expect(page.getByRole("heading", { level: 1, name: "Learning path" })).toBeVisible();
    await expect(page.getByText(/^You: \d+ mastered, \d+ in progress, \d+ unlocked, \d+ locked\.$/)).toBeVisible();
    const graph = page.getByRole("group", { name: /^Prerequisite graph: All subsystems\./ });
    await expect(graph).toBeVisible();
    // The demo publishes 69; other specs may take a module back to draft while this one runs.
    const list = page.getByRole("region", { name: "Modules in learning order" });
    await expect(list.getByRole("listitem").first()).toBeVisible();
    const published = await list.getByRole("listitem").count();
    expect(published).toBeGreaterThanOrEqual(65);
    await expect(graph.getByRole("link")).toHaveCount(published);
    // Every box names its status in words; the demo student has mastered many.
    await expect(graph.getByRole("link", { name: /, mastered$/ }).first()).toBeVisible();
    const firstBox = graph.getByRole("link").first();
    await firstBox.focus();
    await expect(firstBox).toBeFocused();
    await expect(page.getByRole("heading", { name: "Edit prerequisites" })).toHaveCount(0);

    await expect(list.getByRole("listitem").first()).toContainText("Needs: nothing, a starting point");
    await expect(listItem(page, titleOf("av-data-buses"))).toContainText(`Needs: ${titleOf("av-obc-architecture")} (required)`);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("navigation", { name: "Learning path views" }).getByRole("link", { name: "Power", exact: true }).click();
    await expect(page).toHaveURL(/\/paths\?subsystem=power$/);
    const power = page.getByRole("group", { name: /^Prerequisite graph: Power\./ });
    // A module of another subsystem shows as a stub at the end of its edge, with its subsystem.
    await expect(power.getByRole("link", { name: new RegExp(`^${titleOf("mo-orbits-and-tles")}: in Mission operations, `) })).toBeVisible();
    await expect(listItem(page, titleOf("pwr-eclipse-and-orbit-power"))).toContainText(`${titleOf("mo-orbits-and-tles")} (required, Mission operations)`);
    await expectNoSeriousA11yViolations(page);

    // Only their own statuses.
    expect((await page.request.get("/paths?student=nit-26f-02")).status()).toBe(404);
  });

  test("on a phone the drawing scrolls sideways inside its box and the page does not", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/paths?subsystem=all");
    await expect(page.getByRole("region", { name: /^Prerequisite graph: All subsystems \(scrolls sideways\)$/ })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("region", { name: "Modules in learning order" }).getByRole("listitem").first()).toBeVisible();
  });
});

test.describe("faculty", () => {
  test.use({ storageState: storageStateOf("faculty") });

  test("faculty add a prerequisite, see it, are refused one that closes a cycle, then remove it", async ({ page }, testInfo) => {
    const edit = EDITS[testInfo.project.name as keyof typeof EDITS];
    const [dependent, prerequisite, before] = [titleOf(edit.dependent), titleOf(edit.prerequisite), titleOf(edit.before)];
    await page.goto(`/paths?subsystem=${edit.view}`);
    await expect(listItem(page, dependent)).not.toContainText(prerequisite);
    await expectNoSeriousA11yViolations(page);

    const add = page.getByRole("form", { name: "Add a prerequisite" });
    await add.getByLabel("Module", { exact: true }).selectOption({ label: dependent });
    await add.getByLabel("Needs (its prerequisite)").selectOption({ label: prerequisite });
    await add.getByRole("radio", { name: /^Required/ }).check();
    await add.getByRole("button", { name: "Add prerequisite" }).click();
    await expect(add.getByRole("status")).toHaveText(`Added: “${dependent}” now needs “${prerequisite}” (required).`);
    await expect(listItem(page, dependent)).toContainText(`${prerequisite} (required)`);

    // The new edge closes the loop: before → prerequisite → dependent → before.
    await add.getByLabel("Module", { exact: true }).selectOption({ label: before });
    await add.getByLabel("Needs (its prerequisite)").selectOption({ label: dependent });
    await add.getByRole("button", { name: "Add prerequisite" }).click();
    await expect(add.getByRole("alert")).toHaveText(`Refused: this would make a cycle: ${before} → ${prerequisite} → ${dependent} → ${before}. Nothing changed.`);
    await page.reload();
    await expect(listItem(page, before)).not.toContainText(dependent);

    const remove = page.getByRole("form", { name: "Remove a prerequisite" });
    await remove.getByLabel("Prerequisite to remove").selectOption({ label: `${dependent} needs ${prerequisite} (required)` });
    await remove.getByRole("button", { name: "Remove prerequisite" }).click();
    await expect(remove.getByRole("status")).toHaveText(`Removed: “${dependent}” no longer needs “${prerequisite}”.`);
    await expect(listItem(page, dependent)).not.toContainText(prerequisite);
  });

  test("removing a module's only way in warns and names it first; keeping it changes nothing", async ({ page }) => {
    const [stranded, prerequisite] = [titleOf("av-data-buses"), titleOf("av-obc-architecture")];
    await page.goto("/paths?subsystem=avionics");
    const remove = page.getByRole("form", { name: "Remove a prerequisite" });
    await remove.getByLabel("Prerequisite to remove").selectOption({ label: `${stranded} needs ${prerequisite} (required)` });
    await remove.getByRole("button", { name: "Remove prerequisite" }).click();
    await expect(remove.getByText(/^Removing this prerequisite would leave this module without a way in/)).toContainText(`“${stranded}”`);
    await expect(remove.getByRole("button", { name: "Remove anyway" })).toBeFocused();
    await remove.getByRole("button", { name: "Keep it" }).click();
    await expect(remove.getByRole("button", { name: "Remove anyway" })).toHaveCount(0);
    await page.reload();
    await expect(listItem(page, stranded)).toContainText(`Needs: ${prerequisite} (required)`);
  });

  test("faculty show a student of their university, never one of another", async ({ page }) => {
    await page.goto("/paths?subsystem=power");
    await page.getByLabel("Student", { exact: true }).selectOption({ label: "Emeka Eze" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/paths\?subsystem=power&student=nit-26f-01$/);
    await expect(page.getByText(/^Emeka Eze: \d+ mastered, \d+ in progress, \d+ unlocked, \d+ locked\.$/)).toBeVisible();
    await expect(page.getByRole("group", { name: /^Prerequisite graph: Power\./ }).getByRole("link", { name: /, (mastered|in progress|unlocked|locked)$/ }).first()).toBeVisible();
    expect((await page.request.get("/paths?student=csu-26f-01")).status()).toBe(404);
  });
});
