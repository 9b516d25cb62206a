import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf } from "./personas";

/**
 * Module authoring end to end, as faculty. Desktop and phone run at the same time against one
 * server and these tests save versions, so each project edits a module of its own that no
 * other spec touches; within a project the steps run in order, as the versions build on each
 * other (1.0.0 → refused edit → 1.0.1 → 2.0.0).
 */

const SLUGS: Record<string, string> = { desktop: "pay-end-to-end-verification", phone: "thm-thermal-vacuum-testing" };

function slugOf(testInfo: TestInfo): string {
  const slug = SLUGS[testInfo.project.name];
  if (!slug) throw new Error(`no module reserved for project ${testInfo.project.name}`);
  return slug;
}

test.use({ storageState: storageStateOf("faculty") });
test.describe.configure({ mode: "serial" });

async function openEditor(page: Page, slug: string) {
  await page.goto(`/modules/${slug}/edit`);
  await expect(page.getByRole("heading", { level: 1, name: /^Edit “.+”$/ })).toBeVisible();
}

/** On a narrow screen the form and the preview take turns; on a wide one both show. */
async function showPreview(page: Page): Promise<Locator> {
  const toggle = page.getByRole("button", { name: "Preview", exact: true });
  if (await toggle.isVisible()) await toggle.click();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).toBeVisible();
  return preview;
}

async function showForm(page: Page) {
  const toggle = page.getByRole("button", { name: "Edit", exact: true });
  if (await toggle.isVisible()) await toggle.click();
}

const firstQuestion = (page: Page) => page.getByRole("group", { name: "Checkpoint 1", exact: true }).getByRole("group", { name: /^Question 1 · / });

test("an edit with an empty question prompt shows the error at the field and saves nothing", async ({ page }, testInfo) => {
  const slug = slugOf(testInfo);
  await openEditor(page, slug);
  await expect(page.getByText("Current version 1.0.0.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const prompt = firstQuestion(page).getByLabel("Prompt (Markdown)");
  const original = await prompt.inputValue();
  expect(original.length).toBeGreaterThan(0);
  await prompt.fill("");
  await page.getByLabel("What changed and why").fill("Cleared a prompt by mistake");
  await page.getByRole("button", { name: /^Save as version / }).click();

  const heading = page.getByRole("heading", { name: "Not saved. One thing needs fixing." });
  await expect(heading).toBeVisible();
  // The summary takes focus, so keyboard and screen-reader users land on it.
  await expect(page.locator(":focus")).toContainText("Not saved. One thing needs fixing.");
  await expect(prompt).toHaveAttribute("aria-invalid", "true");
  await expect(prompt).toHaveAccessibleDescription(/Fill in this field\./);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Checkpoint 1, question 1: prompt: Fill in this field." }).click();
  await expect(prompt).toBeFocused();
  await prompt.fill("A prompt again");
  await expect(prompt).not.toHaveAttribute("aria-invalid", "true");

  await page.reload();
  await expect(page.getByText("Current version 1.0.0.")).toBeVisible();
  await expect(firstQuestion(page).getByLabel("Prompt (Markdown)")).toHaveValue(original);
});

test("faculty reword a section, see a patch suggested, save it and see the new version", async ({ page }, testInfo) => {
  const slug = slugOf(testInfo);
  const sentence = `Reworded by the ${testInfo.project.name} run.`;
  await openEditor(page, slug);

  const body = page.getByRole("group", { name: "Section 1", exact: true }).getByLabel("Section text (Markdown)");
  await body.fill(`${await body.inputValue()}\n\n${sentence}`);

  await expect(page.getByRole("radio", { name: /^Patch → 1\.0\.1 suggested/ })).toBeChecked();
  await expect(page.getByText("Suggested: patch, because only wording or arrangement changed.")).toBeVisible();
  await expect(page.getByRole("radio", { name: /^Minor → 1\.1\.0/ })).not.toBeChecked();

  const preview = await showPreview(page);
  await expect(preview.getByText(sentence)).toBeVisible();
  await expect(preview.getByText(/^Answer: /)).toHaveCount(0);
  await preview.getByLabel("Author view: show answers").check();
  await expect(preview.getByText(/^Answer: /).first()).toBeVisible();
  await showForm(page);

  await page.getByLabel("What changed and why").fill("Added a sentence to the first section");
  await page.getByRole("button", { name: "Save as version 1.0.1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 1.0.1." })).toBeVisible();
  await expect(page.getByText("Current version 1.0.1.")).toBeVisible();
  // The form now builds on what was saved: nothing differs, and the next save would be 1.0.2.
  await expect(page.getByText("You are editing version 1.0.1.")).toBeVisible();
  await expect(page.getByText("Nothing has changed yet.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save as version 1.0.2" })).toBeVisible();
  await expect(page.getByLabel("What changed and why")).toHaveValue("");

  await page.goto(`/modules/${slug}`);
  await expect(page.getByText("1.0.1", { exact: true })).toBeVisible();
});

test("at phone width the editor fits the screen, with the preview one tap away", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openEditor(page, slugOf(testInfo));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("button", { name: "Edit", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("region", { name: "Preview" })).toBeHidden();
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await expect(page.getByRole("region", { name: "Preview" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Edit the module" })).toBeHidden();
  await expectNoSeriousA11yViolations(page);
});

test("a draft without checkpoints is saved as a major version and cannot be published", async ({ page }, testInfo) => {
  await openEditor(page, slugOf(testInfo));
  await page.getByRole("button", { name: "Back to draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Back to draft: students no longer see this module." })).toBeVisible();

  const checkpoints = page.getByRole("group", { name: /^Checkpoint \d+$/ });
  while ((await checkpoints.count()) > 0) {
    await page.getByRole("button", { name: /^Remove checkpoint 1\b/ }).click();
  }
  await expect(page.getByText("No checkpoints yet.")).toBeVisible();
  await expect(page.getByRole("radio", { name: /^Major → 2\.0\.0 suggested/ })).toBeChecked();
  await expect(page.getByText(/^Checkpoint ".+" removed/).first()).toBeVisible();

  await page.getByLabel("What changed and why").fill("Checkpoints taken out for a rewrite");
  await page.getByRole("button", { name: "Save as version 2.0.0" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 2.0.0." })).toBeVisible();

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/cannot be published yet: Add at least one checkpoint/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Status" }).getByText("Draft", { exact: true })).toBeVisible();
});
