import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf } from "./personas";

/**
 * The agent-log timeline and the sync runs. The demo data holds only successful imports, so the
 * admin tests first make a failed one: a file that starts like a zip but is not one, uploaded
 * and imported through the same API the imports page uses.
 */

/** Uploads a broken "zip" and imports it for real; answers the failed run's id. */
async function failAnImport(request: APIRequestContext): Promise<number> {
  const upload = await request.post("/api/admin/imports/uploads", {
    headers: { "Content-Type": "application/zip", "x-file-name": "broken-export.zip" },
    data: Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.from("this is not really a zip archive")]),
  });
  expect(upload.status()).toBe(201);
  const { uploadId } = (await upload.json()) as { uploadId: string };

  // The other browser project (or the imports spec) may be importing at this moment: try again.
  let jobId: string | undefined;
  for (let attempt = 0; attempt < 120 && !jobId; attempt++) {
    const job = await request.post("/api/admin/imports/jobs", { data: { uploadId, dryRun: false } });
    if (job.status() === 202) jobId = ((await job.json()) as { jobId: string }).jobId;
    else {
      expect(job.status(), await job.text()).toBe(409);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  expect(jobId, "the import never started").toBeDefined();

  let syncId: number | null = null;
  await expect
    .poll(
      async () => {
        const state = (await (await request.get(`/api/admin/imports/jobs/${jobId}`)).json()) as {
          status: string;
          summary: { status: string; syncId: number | null } | null;
        };
        if (state.status !== "done") return "running";
        syncId = state.summary?.syncId ?? null;
        return state.summary?.status;
      },
      { timeout: 60_000 },
    )
    .toBe("failed");
  expect(syncId).not.toBeNull();
  return syncId!;
}

class TimelinePage {
  readonly entries: Locator;
  readonly filters: Locator;

  constructor(readonly page: Page) {
    this.entries = page.getByRole("main").getByRole("article");
    this.filters = page.getByRole("form", { name: "Filters" });
  }

  async goto(query = "") {
    await this.page.goto(`/agent-log${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Agent log" })).toBeVisible();
  }

  /** Every entry on the page has this status word in its badge. */
  async expectEveryStatus(label: string) {
    const count = await this.entries.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await expect(this.entries.nth(i).getByText(label, { exact: true }).first()).toBeVisible();
    }
  }
}

test.describe("agent log as an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("filters the timeline to failed imports, keeps the filter in the URL and opens the run", async ({ page, request }) => {
    test.setTimeout(120_000);
    const syncId = await failAnImport(request);
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await expect(timeline.entries.first()).toBeVisible();

    await page.getByRole("navigation", { name: "Shortcuts" }).getByRole("link", { name: "Failed only" }).click();
    await expect(page).toHaveURL(/[?&]status=failed(&|$)/);
    await timeline.expectEveryStatus("Failed");

    await timeline.filters.getByLabel("Agent").selectOption("notion-importer");
    await timeline.filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]agent=notion-importer(&|$)/);
    await expect(page).toHaveURL(/[?&]status=failed(&|$)/);
    // Empty fields stay out of the link.
    await expect(page).not.toHaveURL(/[?&]action=/);
    await timeline.expectEveryStatus("Failed");
    const runLink = page.getByRole("link", { name: `Sync run #${syncId}`, exact: true });
    await expect(runLink.first()).toBeVisible();

    await page.reload();
    await expect(timeline.filters.getByLabel("Agent")).toHaveValue("notion-importer");
    await expect(timeline.filters.getByLabel("Status")).toHaveValue("failed");
    await timeline.expectEveryStatus("Failed");
    const entry = timeline.entries.filter({ has: runLink }).first();
    await expect(entry.getByText("Error:").first()).toBeVisible();
    await entry.locator("summary", { hasText: "Metadata" }).click();
    await expect(entry.getByText(`"syncId": ${syncId}`)).toBeVisible();

    await runLink.first().click();
    await expect(page.getByRole("heading", { level: 1, name: `Sync run #${syncId}` })).toBeVisible();
    await expect(page.getByText("The run failed")).toBeVisible();
    await expect(page.getByRole("region", { name: "Entries" }).getByRole("article").first()).toContainText("extract");
    await expectNoSeriousA11yViolations(page);
  });

  test("a metadata filter is a key=value in the URL", async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await timeline.filters.getByLabel("Metadata filter").fill("syncId=1");
    await timeline.filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]meta=syncId%3D1(&|$)/);
    await expect(timeline.entries.first()).toBeVisible();
    for (const entry of await timeline.entries.all()) {
      await expect(entry.getByRole("link", { name: "Sync run #1", exact: true })).toBeVisible();
    }
    await expect(timeline.filters.getByLabel("Metadata filter 1")).toHaveValue("syncId=1");
  });

  test("lists the sync runs with their stages, and answers 404 for an unknown run", async ({ page }) => {
    await page.goto("/agent-log/runs");
    await expect(page.getByRole("heading", { level: 1, name: "Sync runs" })).toBeVisible();
    const run1 = page.getByRole("article", { name: "Run #1", exact: true });
    await expect(run1).toBeVisible();
    await expect(run1.getByRole("listitem").filter({ hasText: "extract" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await run1.getByRole("link", { name: "Run #1" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sync run #1" })).toBeVisible();

    const missing = await page.goto("/agent-log/runs/999999");
    expect(missing?.status()).toBe(404);
  });

  test("the timeline has no serious accessibility violations", async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await expect(timeline.entries.first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("agent log on a 390 px phone", () => {
  test.use({ storageState: storageStateOf("admin"), viewport: { width: 390, height: 844 } });

  for (const path of ["/agent-log", "/agent-log/runs", "/agent-log/runs/1"]) {
    test(`${path} fits the screen and passes axe`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page);
    });
  }
});

test.describe("agent log as a student", () => {
  test.use({ storageState: storageStateOf("student") });

  test("sees only entries about themselves, and no runs", async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await expect(page.getByText(/What the platform's agents recorded about you/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Sync runs" })).toHaveCount(0);
    // No import is about a student: even filtered to the importer, nothing shows.
    await timeline.goto("?agent=notion-importer");
    await expect(page.getByText("No entries match these filters.")).toBeVisible();
    await expect(timeline.entries).toHaveCount(0);
    await timeline.goto();
    await expect(timeline.entries.or(page.getByText("No agent has recorded anything about you yet.", { exact: false })).first()).toBeVisible();
    await expect(page.getByText("notion-importer")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    const runs = await page.goto("/agent-log/runs");
    expect(runs?.status()).toBe(403);
  });
});
