import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildExportModel, type ExportModel } from "./export-model";
import { classifyPages } from "./classify";
import { dashedId, idInTarget, markdownLinks, parseFileName, parsePageMarkdown } from "./parse";
import { openExport } from "./source";

const SAMPLES = path.resolve(import.meta.dirname, "../../../shared/fixtures/notion-export-samples");

describe("file names, ids and page files", () => {
  test.each([
    ["page", "Projects & Tasks 104d4deadd2c805fb6b1cb4e8d0c3e8f.md", { stem: "Projects & Tasks", id: "104d4deadd2c805fb6b1cb4e8d0c3e8f", all: false, ext: "md" }],
    ["full database CSV", "Tasks 76aaf8a474b64cc8b1ce80c1dd0b8ddd_all.csv", { stem: "Tasks", all: true, ext: "csv" }],
    ["default-view CSV", "Tasks 76aaf8a474b64cc8b1ce80c1dd0b8ddd.csv", { all: false, ext: "csv" }],
    ["two spaces before the id", "Century Digital  116faa2a7b8a80b6bf96fd9407f34f59.md", { stem: "Century Digital" }],
    ["a date-mention title", "@Last Monday 23ebb52ee2b5813a9c1fd00c2a4a6a71.md", { stem: "@Last Monday" }],
  ])("parses a %s", (_label, name, expected) => {
    expect(parseFileName(name)).toMatchObject(expected);
  });

  test.each([
    ["an attachment", "Untitled.png"],
    ["upper-case hex is not Notion's", "Page 104D4DEADD2C805FB6B1CB4E8D0C3E8F.md"],
    ["a short id", "Page 104d4dea.md"],
  ])("rejects %s", (_label, name) => {
    expect(parseFileName(name)).toBeNull();
  });

  test("dashes ids the way Notion's API writes them, without checking the version nibble", () => {
    expect(dashedId("104d4deadd2c805fb6b1cb4e8d0c3e8f")).toBe("104d4dea-dd2c-805f-b6b1-cb4e8d0c3e8f");
    expect(idInTarget("https://www.notion.so/Not-exported-page-34486a317a974ebfb9c7a8020f0662db?pvs=21")).toBe(
      "34486a317a974ebfb9c7a8020f0662db",
    );
    expect(idInTarget("../Projects 58b8977d6e4444a9a7e0c5fa5fdc3ff1/Research study e445aa9c1e1e4a3b9e0f2c1d3b4a5e6f.md")).toBe(
      "e445aa9c1e1e4a3b9e0f2c1d3b4a5e6f",
    );
  });

  test("reads links whose targets contain parentheses", () => {
    const body = "See [Level](Level-1-2-1(grid%20view)%2010bd4deadd2c8021b46deb3582c59f2f.csv) and [x](a%20b.md).";
    expect(markdownLinks(body)).toEqual([
      { text: "Level", target: "Level-1-2-1(grid view) 10bd4deadd2c8021b46deb3582c59f2f.csv" },
      { text: "x", target: "a b.md" },
    ]);
  });

  test.each([
    ["a bare title", "# Home views", null, { title: "Home views", properties: {}, body: "" }],
    [
      "a row page with properties in page order and a body",
      "# Task one\n\nStatus: Done\nAssignee: Maya Chen\n\nBody line\n\nNote: not a property",
      ["Assignee", "Status", "Due"],
      { title: "Task one", properties: { Status: "Done", Assignee: "Maya Chen" }, body: "Body line\n\nNote: not a property" },
    ],
    [
      "an ordinary page whose paragraph looks like a property",
      "# Notes\n\nWarning: hot surface\nmore",
      null,
      { title: "Notes", properties: {}, body: "Warning: hot surface\nmore" },
    ],
    [
      "a property name containing ': '",
      "# host1\n\n10.1.100.41: 10.1.100.90",
      ["10.1.100.41", "ns1"],
      { properties: { "10.1.100.41": "10.1.100.90" }, body: "" },
    ],
  ])("splits %s", (_label, text, names, expected) => {
    expect(parsePageMarkdown(text, names ? new Set(names) : null)).toMatchObject(expected);
  });
});

describe.skipIf(!existsSync(SAMPLES))("real Notion samples (skipped: ../shared/fixtures is absent on this clone)", () => {
  const models = new Map<string, ExportModel>();
  const load = async (key: string) => {
    const source = await openExport(path.join(SAMPLES, key));
    try {
      models.set(key, await buildExportModel(source, { maxPageBytes: 1024 * 1024 }));
    } finally {
      await source.close();
    }
  };
  const AF = "AppFlowy-IO__AppFlowy-Collab/multi_part_zip";
  const OB = "obsidianmd__obsidian-importer";
  const J1 = "marph91__jimmy-test-data/test_1_frontmatter";
  const JD = "joshuadavis__notion2obsidian";

  beforeAll(async () => {
    await Promise.all([AF, OB, J1, JD].map(load));
  });
  afterAll(() => models.clear());

  const database = (key: string, name: string, linked = false) =>
    [...models.get(key)!.databases.values()].find((d) => d.name === name && d.linkedView === linked)!;
  const rowsOf = (key: string, id: string) => models.get(key)!.pages.filter((p) => p.databaseId === id);

  test("AppFlowy workspace export: page count, databases, linked views", () => {
    const model = models.get(AF)!;
    expect(model.pages).toHaveLength(79);
    expect(model.databases.size).toBe(12);
    expect([...model.databases.values()].filter((d) => d.linkedView)).toHaveLength(4);
    expect(model.warnings).toEqual([]);
  });

  test.each([
    ["Projects", 4, ["New Project"]],
    ["Tasks", 17, ["Task"]],
    ["Design Sprint", 7, ["Task"]],
    ["My projects", 4, ["New project"]],
    ["Social Media Planner", 8, ["Instagram Post", "LinkedIn Post", "Twitter Post"]],
    ["Launch deliverables", 4, []],
  ])("AppFlowy %s: CSV rows merged with their pages, templates told apart", (name, rows, templates) => {
    const db = database(AF, name);
    const pages = rowsOf(AF, db.id);
    expect(pages.filter((p) => p.kind === "row")).toHaveLength(rows);
    expect(pages.filter((p) => p.kind === "template").map((p) => p.title).sort()).toEqual([...templates].sort());
  });

  test("AppFlowy: a row carries every CSV property (from _all.csv), titles come from the # line", () => {
    const tasks = database(AF, "Tasks");
    const row = rowsOf(AF, tasks.id).find((p) => p.title === "Develop advertising plan")!;
    expect(row.properties.Status).toBeTruthy();
    expect(row.properties.Project).toMatch(/\(.*\.md\)/);
    const projectsAndTasks = models.get(AF)!.pages.find((p) => p.path.endsWith(".md") && p.title === "Projects & Tasks");
    expect(projectsAndTasks).toBeDefined();
    const databases = [...models.get(AF)!.databases.values()].filter((d) => d.parentId === projectsAndTasks!.id);
    expect(databases.map((d) => d.name)).toEqual(expect.arrayContaining(["Projects", "Tasks"]));
  });

  test("Obsidian sample: 269 habit rows with relative-date titles matched, one @Today template", () => {
    const db = database(OB, "Habit Tracker");
    const pages = rowsOf(OB, db.id);
    expect(pages.filter((p) => p.kind === "row")).toHaveLength(269);
    expect(pages.filter((p) => p.kind === "template").map((p) => p.title)).toEqual(["@Today"]);
    expect(pages.find((p) => p.title === "@Last Monday")?.kind).toBe("row");
  });

  test("German sample: NFD file names give NFC titles and paths", () => {
    const page = models.get(J1)!.pages.find((p) => p.title.startsWith("Wöchentliche"));
    expect(page?.title).toBe("Wöchentliche To-do-Liste");
    expect(page?.path).toBe(page?.path.normalize("NFC"));
  });

  test("old export without _all.csv: default-view CSV and row folder still make a database", () => {
    const db = database(JD, "Appliances");
    expect(db.linkedView).toBe(false);
    expect(rowsOf(JD, db.id).filter((p) => p.kind === "row")).toHaveLength(10);
  });

  test("truncated file names never become titles", () => {
    const page = models.get(JD)!.pages.find((p) => p.path.includes("How to Setup a DNS Server for a Home Lab on Ubuntu"));
    expect(page?.title).toBe("How to Setup a DNS Server for a Home Lab on Ubuntu 14.04");
  });

  test("classification of a real export: templates and linked views excluded with their reason", () => {
    const rows = classifyPages(models.get(AF)!);
    expect(rows).toHaveLength(79 + 4);
    const reasons = rows.filter((r) => !r.keep).map((r) => r.excludeReason);
    expect(reasons.filter((r) => r === "template")).toHaveLength(7);
    expect(reasons.filter((r) => r === "linked_view")).toHaveLength(4);
    for (const row of rows) expect(row.notionPageId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});
