import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "../client";
import { queryRows } from "../rows";
import { tableChecksums } from "../testing/checksums";
import { testTargets, type TestDatabase } from "../testing/databases";
import { patchEntryName, zipBytes, type ZipFiles } from "../testing/zips";
import { DEMO_EXPORT_EXPECTED, writeDemoExportFolder, writeDemoExportZip } from "./demo/generate-export";
import { runImport } from "./run";

// Each run records itself; everything else must be left exactly as it was.
const RUN_RECORD = ["notion_sync_metadata", "ascent_basecamp_agent_log"];
const ID = (n: number) => n.toString(16).padStart(32, "a");

let work: string;
let demoZip: string;
let caseNumber = 0;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "import-test-"));
  demoZip = path.join(work, "cadence-demo.zip");
  await writeDemoExportZip(demoZip);
});
afterAll(() => fs.rm(work, { recursive: true, force: true }));

async function writeCase(bytes: Buffer | string): Promise<string> {
  const file = path.join(work, `case-${++caseNumber}.zip`);
  await fs.writeFile(file, bytes);
  return file;
}

async function count(db: Database, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql.raw(`SELECT COUNT(*)::int AS n FROM "${table}"`));
  return Number(row!.n);
}

const page = (id: string, title: string, body = "Some text.") => `# ${title}\n\n${body}`;
const validFiles = (): ZipFiles => [
  [`Mission Hub ${ID(1)}.md`, page(ID(1), "Mission Hub", "[Tasks](Mission%20Hub%20" + ID(1) + "/Tasks%20" + ID(2) + ".csv)")],
  [`Mission Hub ${ID(1)}/Tasks ${ID(2)}_all.csv`, "\uFEFFName,Status\r\nCheck solar cells,Done"],
  [`Mission Hub ${ID(1)}/Tasks ${ID(2)}/Check solar cells ${ID(3)}.md`, "# Check solar cells\n\nStatus: Done\n\nMeasured 24 cells."],
];

describe.each(testTargets)("Notion import on $name", (target) => {
  let t: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    t = await target.open();
    db = t.handle.db;
  });
  afterAll(() => t?.dispose());

  test("the demo export yields exactly the reference figures", async () => {
    const summary = await runImport(db, demoZip);
    expect(summary.error).toBeNull();
    expect(["success", "partial"]).toContain(summary.status);
    expect(await count(db, "cadence_raw_content")).toBe(DEMO_EXPORT_EXPECTED.rawPages);
    expect(await count(db, "cadence_people")).toBe(DEMO_EXPORT_EXPECTED.people);
    expect(await count(db, "cadence_projects")).toBe(DEMO_EXPORT_EXPECTED.projects);
    expect(await count(db, "cadence_tasks")).toBe(DEMO_EXPORT_EXPECTED.tasks);
    expect(await count(db, "cadence_meetings")).toBe(DEMO_EXPORT_EXPECTED.meetings);
    expect(await count(db, "cadence_documents")).toBe(DEMO_EXPORT_EXPECTED.documents);
    expect(summary.classify).toMatchObject({ kept: DEMO_EXPORT_EXPECTED.kept, excluded: DEMO_EXPORT_EXPECTED.excluded });

    const subsystems = await queryRows<{ subsystem: string }>(
      db,
      sql`SELECT DISTINCT subsystem FROM cadence_projects WHERE subsystem IS NOT NULL`,
    );
    expect(subsystems).toHaveLength(7);
    const [linked] = await queryRows<{ assigned: number; with_project: number; dated: number }>(
      db,
      sql`SELECT COUNT(assignee_id)::int AS assigned, COUNT(project_id)::int AS with_project, COUNT(due_date)::int AS dated FROM cadence_tasks`,
    );
    expect(Number(linked!.assigned)).toBeGreaterThan(350);
    expect(Number(linked!.with_project)).toBeGreaterThan(300);
    expect(Number(linked!.dated)).toBeGreaterThan(400);

    const [run] = await queryRows<{ sync_type: string; status: string; records_synced: number }>(
      db,
      sql`SELECT sync_type, status, records_synced FROM notion_sync_metadata ORDER BY sync_id DESC LIMIT 1`,
    );
    expect(run).toMatchObject({ sync_type: "notion_export", status: summary.status });
    const stages = await queryRows<{ action_type: string }>(
      db,
      sql`SELECT action_type FROM ascent_basecamp_agent_log WHERE agent_name = 'notion-importer' ORDER BY log_id`,
    );
    expect(stages.map((s) => s.action_type)).toEqual(["extract", "classify", "transform"]);
  });

  test("importing the same export again changes nothing", async () => {
    const before = await tableChecksums(db, { exclude: RUN_RECORD });
    const summary = await runImport(db, demoZip);
    for (const [table, changes] of Object.entries(summary.load!.tables)) {
      expect({ table, added: changes.added, changed: changes.changed }).toEqual({ table, added: 0, changed: 0 });
    }
    expect(await tableChecksums(db, { exclude: RUN_RECORD })).toEqual(before);
  });

  test("a dry run reports what would change and writes nothing at all", async () => {
    const before = await tableChecksums(db);
    const summary = await runImport(db, demoZip, { dryRun: true });
    expect(summary.dryRun).toBe(true);
    expect(summary.syncId).toBeNull();
    expect(summary.load!.tables.cadence_tasks.unchanged).toBe(DEMO_EXPORT_EXPECTED.tasks);
    expect(await tableChecksums(db)).toEqual(before);
  });

  test("an updated export updates changed rows by notion_page_id and flags pages no longer present", async () => {
    const folder = path.join(work, `updated-${target.name}`);
    await writeDemoExportFolder(folder);
    const files = await listFiles(folder);
    const taskFile = files.find((f) => /\/Tasks [0-9a-f]{32}\/[^/]+\.md$/.test(f) && !f.includes("New task"))!;
    const text = await fs.readFile(taskFile, "utf8");
    await fs.writeFile(taskFile, `${text}\n\nUpdated after the review.`);
    const meetingFile = files.find((f) => /\/Meeting Notes [0-9a-f]{32}\/[^/]+\.md$/.test(f) && !f.includes("template"))!;
    await fs.rm(meetingFile);

    const summary = await runImport(db, folder);
    expect(summary.error).toBeNull();
    expect(summary.load!.tables.cadence_tasks).toMatchObject({ added: 0, changed: 1 });
    expect(summary.load!.flaggedMissing).toBe(1);
    const [missing] = await queryRows<{ n: number }>(db, sql`SELECT COUNT(*)::int AS n FROM cadence_raw_content WHERE missing_since IS NOT NULL`);
    expect(Number(missing!.n)).toBe(1);
    expect(await count(db, "cadence_meetings")).toBe(DEMO_EXPORT_EXPECTED.meetings);
    const [updated] = await queryRows<{ description: string }>(
      db,
      sql`SELECT description FROM cadence_tasks WHERE description LIKE '%Updated after the review.'`,
    );
    expect(updated).toBeDefined();
  });

  const fatalCases: [string, () => Promise<string>, string, RegExp, object?][] = [
    ["a zip-slip entry", async () => writeCase(patchEntryName(await zipBytes([...validFiles(), ["aa/aa/evil.md", "x"]]), "aa/aa/evil.md", "../../evil.md")), "unsafe_path", /\.\.\/\.\.\/evil\.md/],
    ["an absolute-path entry", async () => writeCase(patchEntryName(await zipBytes([...validFiles(), ["xetc/passwd", "x"]]), "xetc/passwd", "/etc/passwd")), "unsafe_path", /\/etc\/passwd/],
    ["a zip bomb", async () => writeCase(await zipBytes([...validFiles(), [`Bomb ${ID(9)}.md`, Buffer.alloc(8_000_000)]])), "too_large", /zip bomb|more than/i, { maxEntryBytes: 1_000_000 }],
    ["a truncated zip", async () => { const bytes = await zipBytes(validFiles()); return writeCase(bytes.subarray(0, Math.floor(bytes.length / 2))); }, "corrupt_zip", /damaged|incomplete/i],
    ["a zip that is not a Notion export", async () => writeCase(await zipBytes([["photo.jpg", "jpeg"], ["notes.txt", "hello"]])), "not_an_export", /does not look like a Notion export/],
    ["an empty zip", async () => writeCase(await zipBytes([])), "empty", /empty/i],
    ["a file that is not a zip", async () => writeCase("just some text, definitely not a zip"), "not_a_zip", /not a zip/i],
    ["too many entries", async () => writeCase(await zipBytes([...validFiles(), ["a.txt", "1"], ["b.txt", "2"]])), "too_many_entries", /entries|files/i, { maxEntries: 3 }],
    ["a path that does not exist", async () => path.join(work, "nowhere.zip"), "not_found", /not found|does not exist|no such/i],
  ];

  test.each(fatalCases)("refuses %s with a clear message and leaves every table as it was", async (_label, make, code, message, limits) => {
    const input = await make();
    const before = await tableChecksums(db, { exclude: RUN_RECORD });
    const runsBefore = await count(db, "notion_sync_metadata");
    const summary = await runImport(db, input, { limits: limits as never });
    expect(summary.status).toBe("failed");
    expect(summary.error?.code).toBe(code);
    expect(summary.error?.message).toMatch(message);
    expect(await tableChecksums(db, { exclude: RUN_RECORD })).toEqual(before);
    expect(await count(db, "notion_sync_metadata")).toBe(runsBefore + 1);
    const [failedRun] = await queryRows<{ status: string; error_details: string }>(
      db,
      sql`SELECT status, error_details FROM notion_sync_metadata ORDER BY sync_id DESC LIMIT 1`,
    );
    expect(failedRun!.status).toBe("failed");
    expect(JSON.parse(failedRun!.error_details).error.code).toBe(code);
    const [entry] = await queryRows<{ status: string; action_type: string }>(
      db,
      sql`SELECT status, action_type FROM ascent_basecamp_agent_log ORDER BY log_id DESC LIMIT 1`,
    );
    expect(entry).toMatchObject({ status: "failed", action_type: "extract" });
  });

  test("per-page problems do not abort: everything else imports and each problem is listed", async () => {
    const hub = ID(100);
    const db1 = ID(101);
    const files: ZipFiles = [
      [`Ops Hub ${hub}.md`, `# Ops Hub\n\n[Tasks](Ops%20Hub%20${hub}/Tasks%20${db1}.csv)`],
      // Broken quoting: an unterminated quote swallows the rest of the line.
      [`Ops Hub ${hub}/Tasks ${db1}_all.csv`, `\uFEFFName,Status\r\nAlign antenna,Done\r\n"Broken "quote,Doing\r\nCalibrate star tracker,Blocked\r\nBad bytes,Done\r\nHuge log,Done\r\nGhost row,Done`],
      [`Ops Hub ${hub}/Tasks ${db1}/Align antenna ${ID(102)}.md`, "# Align antenna\n\nStatus: Done\n\nAligned to 0.5°."],
      [`Ops Hub ${hub}/Tasks ${db1}/Calibrate star tracker ${ID(103)}.md`, "# Calibrate star tracker\n\nStatus: Blocked\n\nWaiting for the optics."],
      [`Ops Hub ${hub}/Tasks ${db1}/Broken quote ${ID(104)}.md`, "# Broken \"quote\n\nStatus: Doing\n\nText."],
      [`Ops Hub ${hub}/Tasks ${db1}/Bad bytes ${ID(105)}.md`, Buffer.concat([Buffer.from("# Bad bytes\n\nStatus: Done\n\nHalf "), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from(" read.")])],
      [`Ops Hub ${hub}/Tasks ${db1}/Huge log ${ID(106)}.md`, `# Huge log\n\nStatus: Done\n\n${"telemetry frame 0042 nominal\n".repeat(190_000)}`],
      [`Ops Hub ${hub}/Engineering ${ID(107)}.md`, "# Engineering\n\nFirst copy."],
      [`Ops Hub ${hub}/Copy/Engineering ${ID(107)}.md`, "# Engineering\n\nSecond file with the same id."],
    ];
    const input = await writeCase(await zipBytes(files));
    const summary = await runImport(db, input);
    expect(summary.error).toBeNull();
    expect(summary.status).toBe("partial");
    const codes = new Set(summary.warnings.map((w) => w.code));
    for (const code of ["csv_row_without_page", "invalid_utf8", "duplicate_id", "page_truncated"]) expect(codes).toContain(code);
    expect(summary.warnings.some((w) => w.code.startsWith("csv_"))).toBe(true);
    const titles = (await queryRows<{ title: string }>(db, sql`SELECT title FROM cadence_tasks WHERE notion_page_id LIKE 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaa%'`)).map((r) => r.title);
    expect(titles).toEqual(expect.arrayContaining(["Align antenna", "Calibrate star tracker", "Bad bytes", "Huge log"]));
    const [run] = await queryRows<{ status: string; errors: number; error_details: string }>(
      db,
      sql`SELECT status, errors, error_details FROM notion_sync_metadata ORDER BY sync_id DESC LIMIT 1`,
    );
    expect(run!.status).toBe("partial");
    expect(Number(run!.errors)).toBe(summary.warnings.length);
    expect(JSON.parse(run!.error_details).warnings.map((w: { code: string }) => w.code)).toEqual(
      expect.arrayContaining(["csv_row_without_page", "invalid_utf8", "duplicate_id", "page_truncated"]),
    );
  });
});

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.join(entry.parentPath, entry.name));
  }
  return out;
}
