import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf } from "./personas";

/**
 * A module's version history, as faculty: save a second version in the editor, read what changed
 * on the history page, restore the first version and see the new version carry its content.
 * Desktop and phone run at the same time against one server and both write versions, so each
 * project works on a module of its own that no other spec touches.
 */

const SLUGS: Record<string, string> = { desktop: "av-timekeeping", phone: "thm-coatings-alpha-epsilon" };

function slugOf(testInfo: TestInfo): string {
  const slug = SLUGS[testInfo.project.name];
  if (!slug) throw new Error(`no module reserved for project ${testInfo.project.name}`);
  return slug;
}

test.use({ storageState: storageStateOf("faculty") });

async function openHistory(page: Page, slug: string, query = "") {
  await page.goto(`/modules/${slug}/history${query}`);
  await expect(page.getByRole("heading", { level: 1, name: /^Version history: / })).toBeVisible();
}

const changedLines = (page: Page) => page.getByRole("list", { name: "Changed lines of section 1" }).getByRole("listitem");
const versionItem = (page: Page, version: string) => page.getByRole("listitem", { name: `Version ${version}`, exact: true });

test("faculty restore the previous version from the history and the new version carries the old content", async ({ page }, testInfo) => {
  const slug = slugOf(testInfo);
  const sentence = `Added by the ${testInfo.project.name} history run.`;

  // A second version, saved through the editor.
  await page.goto(`/modules/${slug}/edit`);
  await expect(page.getByText("Current version 1.0.0.")).toBeVisible();
  const body = page.getByRole("group", { name: "Section 1", exact: true }).getByLabel("Section text (Markdown)");
  const original = await body.inputValue();
  await body.fill(`${original}\n\n${sentence}`);
  await page.getByLabel("What changed and why").fill("One more sentence in the first section");
  await page.getByRole("button", { name: "Save as version 1.0.1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 1.0.1." })).toBeVisible();

  // The history opens on the latest change: 1.0.0 → 1.0.1, the added line shown as added.
  await page.getByRole("link", { name: "Version history" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Version history: / })).toBeVisible();
  await expect(page.getByLabel("From version")).toHaveValue("1.0.0");
  await expect(page.getByLabel("To version")).toHaveValue("1.0.1");
  await expect(changedLines(page).filter({ hasText: `Added line: ${sentence}` })).toBeVisible();
  await expect(versionItem(page, "1.0.1")).toContainText("Current");
  await expect(versionItem(page, "1.0.1")).toContainText("One more sentence in the first section");
  await expect(versionItem(page, "1.0.1")).toContainText("Dr. Helen Achterberg");
  await expectNoSeriousA11yViolations(page);

  // Restoring asks first; Cancel changes nothing.
  const first = versionItem(page, "1.0.0");
  await first.getByRole("button", { name: "Restore this version (1.0.0)" }).click();
  await expect(first.getByText(/Restoring makes a new version with the content of version 1\.0\.0/)).toBeFocused();
  await first.getByRole("button", { name: "Cancel" }).click();
  await expect(first.getByRole("button", { name: "Restore this version (1.0.0)" })).toBeFocused();

  await first.getByRole("button", { name: "Restore this version (1.0.0)" }).click();
  await first.getByLabel(/Note for the change description/).fill("The extra sentence confused students.");
  await expectNoSeriousA11yViolations(page);
  await first.getByRole("button", { name: "Yes, restore version 1.0.0" }).click();
  await expect(first.getByRole("status")).toHaveText("Restored: version 1.0.2 now has the content of version 1.0.0.");

  // The new version is current, says where it came from, and has exactly 1.0.0's content.
  const restored = versionItem(page, "1.0.2");
  await expect(restored).toContainText("Current");
  await expect(restored).toContainText("Restored version 1.0.0. The extra sentence confused students.");
  await expect(changedLines(page).filter({ hasText: `Removed line: ${sentence}` })).toBeVisible();

  await page.getByLabel("From version").selectOption("1.0.0");
  await page.getByLabel("To version").selectOption("1.0.2");
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(page.getByText("Versions 1.0.0 and 1.0.2 have the same content.")).toBeVisible();
  await expect(page).toHaveURL(/from=1\.0\.0&to=1\.0\.2/);

  await page.goto(`/modules/${slug}/edit`);
  await expect(page.getByText("Current version 1.0.2.")).toBeVisible();
  await expect(page.getByRole("group", { name: "Section 1", exact: true }).getByLabel("Section text (Markdown)")).toHaveValue(original);
});

test("the history of a module with one version says so and explains calibration by major version", async ({ page }) => {
  await openHistory(page, "av-radiation-effects");
  await expect(page.getByText("There is only one version so far: save a change to compare versions.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Calibration by major version" })).toBeVisible();
  await expect(page.getByText(/^Version 1: ((easy|medium|hard|expert), \d+ % reach mastery, [\d,]+ attempts?|no completed attempts yet)$/)).toBeVisible();
  await expect(versionItem(page, "1.0.0")).toContainText("Current");
  await expect(versionItem(page, "1.0.0").getByRole("button", { name: /Restore this version/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
