import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { once } from "node:events";
import { expect, test, type Locator, type Page } from "@playwright/test";
import yazl from "yazl";
import { expectNoSeriousA11yViolations } from "./axe";
import { storageStateOf } from "./personas";

/**
 * Desktop and phone run these tests at the same time against one server, so every export has
 * ids of its own (a run never sees another's pages as "unchanged"), and a real import refused
 * because the other project's import is running is simply tried again.
 */

/** A Notion id: 32 lowercase hex digits, time-ordered like Notion's newer ids. */
function notionId(): string {
  return Date.now().toString(16).padStart(12, "0") + randomBytes(10).toString("hex");
}

const BOM = "\uFEFF";

/** A small export as Notion writes it: a root page holding a Tasks and a Meeting Notes database. */
async function writeNotionExport(file: string): Promise<void> {
  const zip = new yazl.ZipFile();
  const add = (path: string, text: string) => zip.addBuffer(Buffer.from(text, "utf8"), path);
  const root = `Mission Hub ${notionId()}`;
  const tasks = `Tasks ${notionId()}`;
  const meetings = `Meeting Notes ${notionId()}`;

  add(`${root}.md`, `# Mission Hub\n\nWhere the CADENCE team tracks its work.`);

  const taskRows = [
    ["Integrate the flight computer", "Done"],
    ["Bake out the solar panels", "In progress"],
    ["Write the ConOps document", "Not started"],
  ] as const;
  const taskCsv = ["Name,Status,Assignee,Due", ...taskRows.map(([title, status]) => `${title},${status},Ada Park,"November 5, 2025"`)].join("\r\n");
  add(`${root}/${tasks}.csv`, BOM + taskCsv);
  add(`${root}/${tasks}_all.csv`, BOM + taskCsv);
  for (const [title, status] of taskRows) {
    add(
      `${root}/${tasks}/${title} ${notionId()}.md`,
      `# ${title}\n\nStatus: ${status}\nAssignee: Ada Park\nDue: November 5, 2025\n\nWhat was done for ${title.toLowerCase()}.`,
    );
  }

  const meetingRows = [
    ["Kickoff", "October 1, 2025"],
    ["Design review", "October 8, 2025"],
  ] as const;
  const meetingCsv = ["Name,Date,Attendees", ...meetingRows.map(([title, date]) => `${title},"${date}",Ada Park`)].join("\r\n");
  add(`${root}/${meetings}.csv`, BOM + meetingCsv);
  add(`${root}/${meetings}_all.csv`, BOM + meetingCsv);
  for (const [title, date] of meetingRows) {
    add(`${root}/${meetings}/${title} ${notionId()}.md`, `# ${title}\n\nDate: ${date}\nAttendees: Ada Park\n\nNotes of the ${title.toLowerCase()}.`);
  }

  zip.end();
  const out = createWriteStream(file);
  zip.outputStream.pipe(out);
  await once(out, "close");
}

class ImportsPage {
  readonly panel: Locator;
  readonly fileInput: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole("region", { name: "Import an export" });
    this.fileInput = page.getByLabel("Choose a Notion export (.zip)");
    this.history = page.getByRole("region", { name: "Run history" });
  }

  async goto() {
    await this.page.goto("/admin/imports");
    await expect(this.page.getByRole("heading", { level: 1, name: "Notion imports" })).toBeVisible();
  }

  /** The "Would add" cell of one CADENCE table in the preview. */
  wouldAdd(table: string): Locator {
    return this.panel
      .getByRole("table", { name: "What the import would change" })
      .getByRole("row", { name: new RegExp(`^${table}\\b`) })
      .getByRole("cell")
      .first();
  }

  /** Clicks Import until it starts: the other browser project may be importing at that moment. */
  async importAndWait() {
    const finished = this.panel.getByRole("heading", { name: "Import finished" });
    const busy = this.panel.getByRole("alert").filter({ hasText: "An import is already running." });
    for (let attempt = 1; ; attempt++) {
      await this.panel.getByRole("button", { name: "Import", exact: true }).click();
      await expect(finished.or(busy)).toBeVisible({ timeout: 60_000 });
      if (await finished.isVisible()) return;
      expect(attempt, "the other import never finished").toBeLessThan(60);
      await this.page.waitForTimeout(500);
    }
  }
}

test.describe("admin: Notion imports", () => {
  test.use({ storageState: storageStateOf("admin") });
  test("the admin area lists the imports tool", async ({ page }) => {
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveAttribute("aria-current", "page");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Notion imports" }).click();
    // A generous wait: the other project's import may hold the embedded database for a moment.
    await expect(page.getByRole("heading", { level: 1, name: "Notion imports" })).toBeVisible({ timeout: 15_000 });
  });

  test("previews an uploaded export, imports it and lists the run", async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const zip = testInfo.outputPath("notion-export.zip");
    await writeNotionExport(zip);
    const imports = new ImportsPage(page);
    await imports.goto();

    await imports.fileInput.setInputFiles(zip);
    await expect(imports.panel.getByRole("heading", { name: "Preview of notion-export.zip" })).toBeVisible({ timeout: 30_000 });
    await expect(imports.wouldAdd("Tasks")).toHaveText("3");
    await expect(imports.wouldAdd("Meetings")).toHaveText("2");
    await expect(imports.panel.getByRole("table", { name: "Excluded pages, by reason" })).toBeVisible();
    await expect(imports.panel.getByRole("table", { name: "Rows added or changed, per subsystem" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await imports.importAndWait();
    await expect(imports.panel.getByRole("alert")).toHaveCount(0);
    const link = imports.panel.getByRole("link", { name: /^See run #\d+ in the history$/ });
    const runId = /#(\d+)/.exec((await link.textContent()) ?? "")?.[1];
    expect(runId).toBeDefined();

    const run = imports.history.getByRole("listitem").filter({ hasText: new RegExp(`Run #${runId}(?!\\d)`) });
    await expect(run).toBeVisible();
    await expect(run.getByText(/^(Success|Partial)$/)).toBeVisible();
    await link.click();
    await expect(run.getByRole("table", { name: `Rows written by run #${runId}` })).toBeVisible();
    await expect(run.getByRole("row", { name: /^Tasks\b/ }).getByRole("cell").first()).toHaveText("3");
  });

  test("says so when another import is running, and keeps the preview for a retry", async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const zip = testInfo.outputPath("notion-export.zip");
    await writeNotionExport(zip);
    const imports = new ImportsPage(page);
    await imports.goto();
    await imports.fileInput.setInputFiles(zip);
    await expect(imports.wouldAdd("Tasks")).toHaveText("3", { timeout: 30_000 });

    // The server's own answer when an import is under way, staged so the test need not race one.
    await page.route(
      "**/api/admin/imports/jobs",
      (route) => route.fulfill({ status: 409, json: { error: "An import is already running." } }),
      { times: 1 },
    );
    await imports.panel.getByRole("button", { name: "Import", exact: true }).click();
    await expect(imports.panel.getByRole("alert")).toContainText("An import is already running.");
    await expect(imports.wouldAdd("Tasks")).toHaveText("3");

    await imports.importAndWait();
    await expect(imports.panel.getByRole("alert")).toHaveCount(0);
  });

  test("refuses a file that is not a zip", async ({ page }, testInfo) => {
    const notes = testInfo.outputPath("notes.txt");
    await writeFile(notes, "Meeting notes, not an export.\n");
    const imports = new ImportsPage(page);
    await imports.goto();

    await imports.fileInput.setInputFiles(notes);
    await expect(imports.panel.getByRole("alert")).toContainText("The upload is not a zip file.");
    await expect(imports.fileInput).toBeVisible();
  });

  test("the imports page has no serious accessibility violations", async ({ page }) => {
    const imports = new ImportsPage(page);
    await imports.goto();
    await expect(imports.history).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("the API answers bad input with a JSON error", async ({ request }) => {
    const notZip = await request.post("/api/admin/imports/uploads", {
      headers: { "Content-Type": "application/octet-stream", "x-file-name": "notes.txt" },
      data: Buffer.from("plain text"),
    });
    expect(notZip.status()).toBe(415);
    expect(await notZip.json()).toEqual({ error: "The upload is not a zip file." });

    const wrongType = await request.post("/api/admin/imports/uploads", {
      headers: { "Content-Type": "text/plain", "x-file-name": "notes.txt" },
      data: "plain text",
    });
    expect(wrongType.status()).toBe(415);

    const badJob = await request.post("/api/admin/imports/jobs", { data: { uploadId: "../../etc/passwd", dryRun: true } });
    expect(badJob.status()).toBe(400);
    expect(typeof (await badJob.json()).error).toBe("string");

    const unknownUpload = await request.post("/api/admin/imports/jobs", {
      data: { uploadId: "6f1c2b9e-8d3a-4c5e-9f70-1a2b3c4d5e6f", dryRun: true },
    });
    expect(unknownUpload.status()).toBe(404);

    const unknownJob = await request.get("/api/admin/imports/jobs/6f1c2b9e-8d3a-4c5e-9f70-1a2b3c4d5e6f");
    expect(unknownJob.status()).toBe(404);
    expect(await unknownJob.json()).toEqual({ error: "This import job is unknown or has expired." });
  });
});
