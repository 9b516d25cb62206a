import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import type { Checkpoint, Question } from "../app/lib/domain/module-spec";
import { SUBSYSTEM_LABELS } from "../app/lib/domain/vocabulary";
import { MODULE_CATALOG } from "../db/seed/module-catalog";
import { QUESTION_BANK } from "../db/seed/question-bank";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf, type Persona } from "./personas";

/**
 * Taking a module end to end. Desktop and phone run at the same time against one server and an
 * attempt belongs to its student, so desktop takes a module as the demo student (Emeka Eze,
 * nit-26f-01) and phone as the other demo student: neither resumes the other's attempt. The
 * answers come from the seed's question bank, by slug.
 */

function takerOf(testInfo: TestInfo): Persona {
  return testInfo.project.name === "phone" ? "otherStudent" : "student";
}

/**
 * The longest run of plain words in a text, to find it in HTML whatever the escaping of quotes
 * or symbols; null when the text is mostly a formula.
 */
function plainFragment(text: string): string | null {
  const runs = text.replace(/[*_`]/g, "").match(/[A-Za-z0-9 ,]{16,}/g) ?? [];
  const longest = runs.map((r) => r.trim()).sort((a, b) => b.length - a.length)[0];
  return longest && longest.length >= 16 ? longest.slice(0, 60) : null;
}

/** The page's HTML as the server sends it, with the RSC payload inlined. */
async function rawHtml(page: Page, path: string): Promise<string> {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  return response.text();
}

/** "n of M modules mastered" for one subsystem on /me. */
async function masteredOnMe(page: Page, subsystemLabel: string): Promise<number> {
  await page.goto("/me");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 4, name: subsystemLabel, exact: true }) });
  const text = await card.getByText(/^\d+ of \d+ modules mastered/).innerText();
  return Number(text.split(" ")[0]);
}

function checkpointRegion(page: Page, number: number): Locator {
  return page.getByRole("region", { name: new RegExp(`^Checkpoint ${number}: `) });
}

/** Answers a question: the right answer, or a clearly wrong one. */
async function answer(group: Locator, question: Question, right: boolean) {
  if (question.kind === "multiple_choice") {
    const option = right ? question.options.find((o) => o.id === question.correctOptionId)! : question.options.find((o) => o.id !== question.correctOptionId)!;
    await group.getByRole("radio", { name: option.text, exact: true }).check();
    return;
  }
  const value = right ? question.answer : question.answer * 10 + 1000;
  await group.getByLabel("Your answer").fill(String(value));
  const unit = group.getByLabel("Unit");
  if ((await unit.count()) > 0) await unit.selectOption(question.unit);
}

async function expectAnswered(group: Locator, question: Question, right: boolean) {
  if (question.kind === "multiple_choice") {
    const option = right ? question.options.find((o) => o.id === question.correctOptionId)! : question.options.find((o) => o.id !== question.correctOptionId)!;
    await expect(group.getByRole("radio", { name: option.text, exact: true })).toBeChecked();
  } else {
    await expect(group.getByLabel("Your answer")).toHaveValue(String(right ? question.answer : question.answer * 10 + 1000));
  }
}

test.describe("the catalogue", () => {
  test.use({ storageState: storageStateOf("student") });

  test("a student sees the catalogue by subsystem, what is next and a locked module with the reason", async ({ page }) => {
    await page.goto("/modules");
    await expect(page.getByRole("heading", { level: 1, name: "Modules" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Next up" })).toBeVisible();
    for (const subsystem of ["Avionics", "Power", "Communications"]) {
      await expect(page.getByRole("heading", { level: 2, name: subsystem, exact: true })).toBeVisible();
    }
    await expect(page.getByText(/^Medium · [\d,]+ attempts?$|^Easy · [\d,]+ attempts?$|^Hard · [\d,]+ attempts?$|^Expert · [\d,]+ attempts?$|· not yet calibrated$/).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The deepest locked module: the taking test, running at the same time, cannot unlock it.
    const card = page
      .getByRole("article")
      .filter({ has: page.getByText(/Locked — master .+ first$/) })
      .last();
    const lock = card.getByText(/Locked — master .+ first$/);
    await expect(lock).toBeVisible();
    const title = (await card.getByRole("heading").innerText()).trim();
    const firstMissing = (await lock.getByRole("link").first().innerText()).trim();

    await card.getByRole("heading").getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(/Locked — master .+ first\./)).toBeVisible();
    await expect(page.getByRole("button", { name: /^(Start module|Try again)$/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: firstMissing }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("at 390 px the catalogue fits the screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/modules");
    await expect(page.getByRole("heading", { level: 1, name: "Modules" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("faculty", () => {
  test.use({ storageState: storageStateOf("faculty") });

  test("faculty see the catalogue and a module's outline without personal status or a Start button", async ({ page }) => {
    await page.goto("/modules");
    await expect(page.getByRole("heading", { level: 1, name: "Modules" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Next up" })).toHaveCount(0);
    await expect(page.getByText(/Locked — /)).toHaveCount(0);
    await page.goto("/modules/av-obc-architecture");
    await expect(page.getByRole("heading", { level: 2, name: "What this module covers" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^(Start module|Try again)$/ })).toHaveCount(0);
  });
});

test.describe("taking a module", () => {
  test.use({ storageState: async ({}, provide, testInfo) => provide(storageStateOf(takerOf(testInfo))) });

  test("a student starts a module, answers, reloads, submits, finishes and sees the result", async ({ page }) => {
    test.slow();
    await page.goto("/modules");
    const nextUp = page.getByRole("list", { name: "Next up, in learning-path order" });
    await expect(nextUp.getByRole("listitem").first()).toBeVisible();
    // The second: the first may be taken by another spec's student in the same run.
    const items = nextUp.getByRole("listitem");
    const pick = items.nth((await items.count()) > 1 ? 1 : 0).getByRole("heading").getByRole("link");
    const href = (await pick.getAttribute("href"))!;
    const slug = href.split("/").at(-1)!;
    const checkpoints: Checkpoint[] = QUESTION_BANK[slug] ?? [];
    expect(checkpoints.length, `question bank for ${slug}`).toBeGreaterThan(0);
    const explanations = checkpoints.flatMap((c) => c.questions.map((q) => plainFragment(q.explanation))).filter((f) => f !== null);
    expect(explanations.length).toBeGreaterThan(0);
    const first = checkpoints[0]!;
    // The first question is answered wrong on purpose, to see its explanation afterwards.
    const wrongQuestion = first.questions[0]!;
    const wrongExplanation = plainFragment(wrongQuestion.explanation) ?? wrongQuestion.explanation;

    const subsystemLabel = SUBSYSTEM_LABELS[MODULE_CATALOG.find((m) => m.slug === slug)!.subsystem];
    const questions = checkpoints.reduce((n, c) => n + c.questions.length, 0);
    // One wrong answer in the first checkpoint, nothing else submitted: mastered at 70 or more.
    const willMaster = (100 * (first.questions.length - 1)) / questions >= 70;
    const masteredBefore = await masteredOnMe(page, subsystemLabel);
    await page.goto("/modules");

    await pick.click();
    await expect(page).toHaveURL(new RegExp(`/modules/${slug}$`));
    const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    await expect(page.getByRole("heading", { level: 2, name: "What this module covers" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await test.step("no answer or explanation is in the page before starting", async () => {
      const html = await rawHtml(page, href);
      for (const fragment of explanations) expect(html).not.toContain(fragment);
      expect(html).not.toContain("correctOptionId");
    });

    await test.step("the student starts: the sections, the checkpoints and a running clock appear", async () => {
      // "Try again" when the seed already has a finished attempt of theirs here.
      await page.getByRole("button", { name: /^(Start module|Try again)$/ }).click();
      await expect(page.getByRole("heading", { level: 2, name: "Attempt in progress" })).toBeVisible();
      await expect(page.getByRole("timer")).toBeVisible();
      await expect(checkpointRegion(page, 1)).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });

    const region = checkpointRegion(page, 1);
    await test.step("answers are saved as the student goes, and kept on reload", async () => {
      for (const [index, question] of first.questions.entries()) {
        await answer(region.getByRole("group").nth(index), question, question !== wrongQuestion);
      }
      await expect(region.getByText(/^Saved\./)).toBeVisible();
      await page.reload();
      await expect(checkpointRegion(page, 1)).toBeVisible();
      for (const [index, question] of first.questions.entries()) {
        await expectAnswered(checkpointRegion(page, 1).getByRole("group").nth(index), question, question !== wrongQuestion);
      }
    });

    await test.step("still no answer or explanation in the page before submitting", async () => {
      const html = await rawHtml(page, href);
      for (const fragment of explanations) expect(html).not.toContain(fragment);
      expect(html).not.toContain("correctOptionId");
    });

    await test.step("submitting scores the checkpoint and shows what was wrong and why", async () => {
      await checkpointRegion(page, 1).getByRole("button", { name: "Submit checkpoint" }).click();
      const total = first.questions.length;
      await expect(checkpointRegion(page, 1).getByRole("heading", { name: new RegExp(`^Submitted: ${total - 1} of ${total} right`) })).toBeVisible();
      await expect(checkpointRegion(page, 1).getByText(wrongExplanation)).toBeVisible();
      await expect(checkpointRegion(page, 1).getByText("Wrong", { exact: true })).toHaveCount(1);
    });

    await test.step("finishing records the attempt and shows score, time, errors and the wrong answer's explanation", async () => {
      await page.getByRole("button", { name: "Finish module" }).click();
      if (checkpoints.length > 1) {
        await expect(page.getByText(/^Finish with \d+ checkpoints? not submitted\?/)).toBeVisible();
        await page.getByRole("button", { name: "Finish anyway" }).click();
      }
      const results = page.getByRole("region", { name: /^Your result: attempt \d+$/ });
      await expect(results).toBeVisible();
      await expect(results.getByText(/^(Mastered|Not mastered yet): [\d.]+ of 100/)).toBeVisible();
      for (const label of ["Mastery score", "Time", "Errors", "Personal best"]) {
        await expect(results.getByText(label, { exact: true })).toBeVisible();
      }
      const errors = checkpoints.reduce((n, c, i) => n + (i === 0 ? 1 : c.questions.length), 0);
      await expect(results.getByRole("definition").nth(2)).toHaveText(String(errors));
      await expect(results.getByText(wrongExplanation)).toBeVisible();
      await expect(results.getByText(/^(Avionics|Structures|Mission operations|Thermal|Power|Communications|Payload)(: | unchanged: )/)).toBeVisible();
      await expect(results.getByRole("link", { name: "See your progress" })).toHaveAttribute("href", "/me");
      await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });

    await test.step("their progress page counts the module as mastered in its subsystem", async () => {
      expect(await masteredOnMe(page, subsystemLabel)).toBe(masteredBefore + (willMaster ? 1 : 0));
      await expect(page.getByRole("table", { name: /^Recent attempts/ }).getByRole("link", { name: title }).first()).toBeVisible();
      await page.goto(href);
    });

    await test.step("the attempt is in the student's history after a reload", async () => {
      await page.reload();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole("region", { name: /^Your last result: attempt \d+$/ })).toBeVisible();
      await expect(page.getByRole("table", { name: `Your attempts at ${title}, newest first` })).toBeVisible();
    });
  });
});
