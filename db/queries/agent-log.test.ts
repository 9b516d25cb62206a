import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { TimelineCursor } from "../../app/lib/agent-log/cursor";
import { NO_FILTERS, type TimelineFilters } from "../../app/lib/agent-log/filters";
import { groupByDay } from "../../app/lib/agent-log/group";
import type { Viewer } from "../../app/lib/auth/roles";
import type { Database } from "../client";
import { runImport } from "../import";
import { queryRows } from "../rows";
import { agentLog, modules, notionSyncMetadata } from "../schema";
import { seedDemoData } from "../seed/index";
import { testTargets, type TestDatabase } from "../testing/databases";
import { AccessDenied } from "./access";
import { getSyncRun, listSyncRuns, listTimeline, listTimelineOptions, type TimelineEntry } from "./agent-log";

function viewer(role: Viewer["role"], studentId: string | null = null): Viewer {
  return { userId: `u-${role}-${studentId}`, role, name: role, email: `${role}@example.edu`, studentId, facultyId: role === "faculty" ? 1 : null, universityId: null };
}

const ADMIN = viewer("admin");
const FACULTY = viewer("faculty");
const STUDENT_A = viewer("student", "nit-26f-01");
const STUDENT_B = viewer("student", "nit-26f-02");
const UNLINKED_STUDENT = viewer("student", null);

interface Fixture {
  logId: number;
  /** As stored (UTC, to the microsecond), or null for an entry without a time. */
  ts: string | null;
  agentName: string;
  actionType: string;
  status: string | null;
  subsystem?: string | null;
  message?: string | null;
  error?: string | null;
  resolution?: string | null;
  metadata?: Record<string, unknown> | null;
}

/** Entries with fixed ids and times, including ties to the microsecond and entries without a time. */
function fixtures(moduleId: number): Fixture[] {
  const tie = "2026-03-02 12:00:00.123456";
  const rows: Fixture[] = [];
  const add = (ts: string | null, fields: Omit<Fixture, "logId" | "ts">) => rows.push({ logId: 1001 + rows.length, ts, ...fields });
  add("2026-03-01 08:00:00", { agentName: "notion-importer", actionType: "extract", status: "success", metadata: { syncId: 7 } });
  add("2026-03-01 08:00:01", { agentName: "notion-importer", actionType: "classify", status: "failed", error: "Bad zip", resolution: "Upload again", metadata: { syncId: 7 } });
  add("2026-03-01 09:30:00", { agentName: "competency-tracker", actionType: "level_up", status: "success", subsystem: "power", message: "Your competency in power moved to integration", metadata: { studentId: "nit-26f-01", moduleId, level: "integration" } });
  add("2026-03-01 23:59:59.999999", { agentName: "competency-tracker", actionType: "level_up", status: "partial", subsystem: "thermal", metadata: { studentId: "nit-26f-02", attempt: 2 } });
  add(tie, { agentName: "reviewer", actionType: "review", status: "failed", subsystem: "power", metadata: { code: "12", records: [{ entity: "task", id: 12 }, { entity: "people", id: 3 }, { entity: "spaceship", id: 1 }] } });
  add(tie, { agentName: "reviewer", actionType: "review", status: "success", subsystem: "avionics", metadata: { code: 12, flag: true } });
  add(tie, { agentName: "reviewer", actionType: "review", status: "skipped", metadata: { code: 12, flag: false } });
  add(tie, { agentName: "reviewer", actionType: "summarize", status: "running", metadata: { studentId: "nit-26f-01", code: 12, flag: true } });
  add("2026-03-02 12:00:00.123457", { agentName: "reviewer", actionType: "review", status: "info", metadata: { studentId: "nit-26f-01" } });
  add("2026-03-02 12:00:00.123455", { agentName: "reviewer", actionType: "review", status: "info", metadata: null });
  add("2026-03-03 00:00:00", { agentName: "tutor", actionType: "advise", status: "success", subsystem: "payload", metadata: { studentId: "nit-26f-02" } });
  add(null, { agentName: "tutor", actionType: "advise", status: "info", metadata: { studentId: "nit-26f-01" } });
  add(null, { agentName: "tutor", actionType: "advise", status: "failed" });
  add("2026-03-04 10:00:00", { agentName: "notion-importer", actionType: "extract", status: "failed", metadata: { syncId: 8 } });
  return rows;
}

/** The timeline's order, computed independently: time descending, untimed last, then id descending. */
function expectedOrder(rows: { logId: number; ts: string | null }[]): number[] {
  return [...rows]
    .sort((a, b) => {
      if (a.ts !== b.ts) {
        if (a.ts === null) return 1;
        if (b.ts === null) return -1;
        return a.ts < b.ts ? 1 : -1;
      }
      return b.logId - a.logId;
    })
    .map((r) => r.logId);
}

/** Every page, following the cursor, as the pages would. */
async function walk(db: Database, who: Viewer, filters: TimelineFilters, pageSize: number): Promise<TimelineEntry[][]> {
  const pages: TimelineEntry[][] = [];
  let cursor: TimelineCursor | null = null;
  for (let i = 0; i < 100; i++) {
    const page = await listTimeline(who, filters, cursor, { db, pageSize });
    pages.push(page.entries);
    if (!page.next) return pages;
    cursor = page.next;
  }
  throw new Error("the cursor never reached the end");
}

const ids = (entries: TimelineEntry[]) => entries.map((e) => e.logId);
const f = (filters: Partial<TimelineFilters>): TimelineFilters => ({ ...NO_FILTERS, ...filters });

describe.each(testTargets)("agent-log queries on $name", (target) => {
  let database: TestDatabase;
  let db: Database;
  let rows: Fixture[];
  let demoModule: { id: number; slug: string; title: string };

  beforeAll(async () => {
    database = await target.open();
    db = database.handle.db;
    await seedDemoData(db);
    [demoModule] = (await db.select({ id: modules.id, slug: modules.slug, title: modules.title }).from(modules).limit(1)) as [{ id: number; slug: string; title: string }];
    await db.delete(agentLog).where(sql`true`);
    rows = fixtures(demoModule.id);
    await db.insert(agentLog).values(rows.map(({ ts, ...row }) => ({ ...row, timestamp: ts === null ? null : sql`${ts}::timestamp` })));
    await db.insert(notionSyncMetadata).values([
      { syncId: 7, syncType: "notion_export", lastSync: new Date("2026-03-01T08:00:00Z"), status: "failed", recordsSynced: 0, errors: 1, errorDetails: JSON.stringify({ error: { code: "bad_zip", message: "Bad zip" } }) },
      { syncId: 8, syncType: "notion_export", lastSync: new Date("2026-03-04T10:00:00Z"), status: "failed", recordsSynced: 0, errors: 1, errorDetails: "connection reset" },
      { syncId: 9, syncType: "notion_export", lastSync: new Date("2026-03-05T10:00:00Z"), status: "success", recordsSynced: 4, errors: 0, errorDetails: null },
    ]);
    await db.execute(sql`SELECT setval(pg_get_serial_sequence('notion_sync_metadata', 'sync_id'), 100)`);
  });

  afterAll(async () => {
    await database?.dispose();
  });

  describe("the timeline", () => {
    test("lists every entry newest first, untimed entries last, ties by id", async () => {
      const page = await listTimeline(ADMIN, NO_FILTERS, null, { db, pageSize: 100 });
      expect(ids(page.entries)).toEqual(expectedOrder(rows));
      expect(page.next).toBeNull();
      expect(page.entries[0]).toMatchObject({ logId: 1014, timestamp: "2026-03-04T10:00:00.000Z", agentName: "notion-importer", status: "failed" });
    });

    test("groups entries under their days, in order", async () => {
      const page = await listTimeline(FACULTY, NO_FILTERS, null, { db, pageSize: 100 });
      const groups = groupByDay(page.entries);
      expect(groups.map((g) => g.day)).toEqual(["2026-03-04", "2026-03-03", "2026-03-02", "2026-03-01", null]);
      expect(groups.map((g) => g.label)).toEqual([
        "Wednesday 4 March 2026",
        "Tuesday 3 March 2026",
        "Monday 2 March 2026",
        "Sunday 1 March 2026",
        "Time not recorded",
      ]);
      expect(groups.map((g) => g.entries.length)).toEqual([1, 1, 6, 4, 2]);
    });

    test.each<[string, Partial<TimelineFilters>, (r: Fixture) => boolean]>([
      ["agent", { agent: "reviewer" }, (r) => r.agentName === "reviewer"],
      ["action type", { action: "level_up" }, (r) => r.actionType === "level_up"],
      ["status", { status: "failed" }, (r) => r.status === "failed"],
      ["subsystem", { subsystem: "power" }, (r) => r.subsystem === "power"],
      ["agent and status", { agent: "notion-importer", status: "failed" }, (r) => r.agentName === "notion-importer" && r.status === "failed"],
    ])("filters by %s", async (_label, filters, match) => {
      const page = await listTimeline(ADMIN, f(filters), null, { db, pageSize: 100 });
      const expected = expectedOrder(rows.filter(match));
      expect(expected.length).toBeGreaterThan(0);
      expect(ids(page.entries)).toEqual(expected);
    });

    test.each<[string, TimelineFilters["meta"], number[]]>([
      ["a number matches only numbers", [{ key: "code", value: 12 }], [1008, 1007, 1006]],
      ["a string matches only strings", [{ key: "code", value: "12" }], [1005]],
      ["a boolean", [{ key: "flag", value: true }], [1008, 1006]],
      ["false is a value, not absence", [{ key: "flag", value: false }], [1007]],
      ["several filters all match", [{ key: "code", value: 12 }, { key: "flag", value: true }, { key: "studentId", value: "nit-26f-01" }], [1008]],
      ["the same key twice with two values matches nothing", [{ key: "code", value: 12 }, { key: "code", value: 13 }], []],
      ["a run's entries", [{ key: "syncId", value: 7 }], [1002, 1001]],
      ["an unknown key", [{ key: "nope", value: 1 }], []],
    ])("filters by metadata containment: %s", async (_label, meta, expected) => {
      const page = await listTimeline(ADMIN, f({ meta }), null, { db, pageSize: 100 });
      expect(ids(page.entries)).toEqual(expected);
    });

    test.each<[string, Partial<TimelineFilters>, number[]]>([
      ["one day, both ends inclusive", { from: "2026-03-01", to: "2026-03-01" }, [1004, 1003, 1002, 1001]],
      ["from a day on", { from: "2026-03-03" }, [1014, 1011]],
      ["up to a day", { to: "2026-03-01" }, [1004, 1003, 1002, 1001]],
      ["a range of two days", { from: "2026-03-02", to: "2026-03-03" }, [1011, 1009, 1008, 1007, 1006, 1005, 1010]],
      ["a range with a status", { from: "2026-03-01", to: "2026-03-02", status: "failed" }, [1005, 1002]],
    ])("filters by date range: %s", async (_label, filters, expected) => {
      const page = await listTimeline(ADMIN, f(filters), null, { db, pageSize: 100 });
      expect(ids(page.entries)).toEqual(expected);
    });

    test.each([1, 2, 3, 4, 5, 13, 14])("pages of %i cover every entry once, in order, across ties and untimed entries", async (size) => {
      const pages = await walk(db, ADMIN, NO_FILTERS, size);
      expect(pages.every((p) => p.length <= size)).toBe(true);
      expect(pages.slice(0, -1).every((p) => p.length === size)).toBe(true);
      expect(pages.flatMap(ids)).toEqual(expectedOrder(rows));
    });

    test("pages a filtered timeline the same way", async () => {
      const pages = await walk(db, ADMIN, f({ agent: "reviewer" }), 2);
      expect(pages.flatMap(ids)).toEqual(expectedOrder(rows.filter((r) => r.agentName === "reviewer")));
      const failed = await walk(db, ADMIN, f({ status: "failed" }), 1);
      expect(failed.flatMap(ids)).toEqual(expectedOrder(rows.filter((r) => r.status === "failed")));
    });

    test("the last page has no next cursor, and a cursor past the end gives an empty page", async () => {
      const all = await listTimeline(ADMIN, NO_FILTERS, null, { db, pageSize: rows.length });
      expect(all.entries).toHaveLength(rows.length);
      expect(all.next).toBeNull();
      const past = await listTimeline(ADMIN, NO_FILTERS, { timestamp: null, logId: 1 }, { db, pageSize: 5 });
      expect(past.entries).toEqual([]);
      expect(past.next).toBeNull();
    });

    test("links an entry to its run, records, module and student", async () => {
      const page = await listTimeline(FACULTY, NO_FILTERS, null, { db, pageSize: 100 });
      const byId = new Map(page.entries.map((e) => [e.logId, e]));
      expect(byId.get(1001)?.links.syncId).toBe(7);
      expect(byId.get(1005)?.links.records).toEqual([
        { entity: "task", id: 12, href: "/cadence/tasks/12", label: "Task #12" },
        { entity: "person", id: 3, href: "/cadence/people/3", label: "Person #3" },
      ]);
      expect(byId.get(1003)?.links.module).toEqual(demoModule);
      expect(byId.get(1003)?.links.student).toEqual({ id: "nit-26f-01", name: "Emeka Eze" });
      expect(byId.get(1002)).toMatchObject({ error: "Bad zip", resolution: "Upload again" });
    });
  });

  describe("what a student sees", () => {
    const ofStudent = (studentId: string) =>
      rows.filter((r) => (r.metadata as { studentId?: string } | null)?.studentId === studentId);

    test("faculty and admins see every entry", async () => {
      for (const who of [ADMIN, FACULTY]) {
        const page = await listTimeline(who, NO_FILTERS, null, { db, pageSize: 100 });
        expect(page.entries).toHaveLength(rows.length);
      }
    });

    test.each([
      ["the first student", STUDENT_A, "nit-26f-01"],
      ["the second student", STUDENT_B, "nit-26f-02"],
    ] as const)("%s sees only entries about themselves", async (_label, who, studentId) => {
      const pages = await walk(db, who, NO_FILTERS, 1);
      expect(pages.flatMap(ids)).toEqual(expectedOrder(ofStudent(studentId)));
      for (const entry of pages.flat()) {
        expect((entry.metadata as { studentId: string }).studentId).toBe(studentId);
        expect(entry.links.student).toBeNull();
      }
    });

    test("filters cannot widen a student's view", async () => {
      const filtersThatMatchOthers: Partial<TimelineFilters>[] = [
        { meta: [{ key: "studentId", value: "nit-26f-02" }] },
        { agent: "notion-importer" },
        { status: "failed" },
        { meta: [{ key: "syncId", value: 7 }] },
      ];
      for (const filters of filtersThatMatchOthers) {
        const page = await listTimeline(STUDENT_A, f(filters), null, { db, pageSize: 100 });
        expect(page.entries).toEqual([]);
      }
    });

    test("a student without a student record sees nothing, and is told why", async () => {
      const page = await listTimeline(UNLINKED_STUDENT, NO_FILTERS, null, { db });
      expect(page).toEqual({ entries: [], next: null, unlinkedStudent: true });
      expect(await listTimelineOptions(UNLINKED_STUDENT, { db })).toEqual({ agents: [], actions: [] });
    });

    test("nobody signed in is refused", async () => {
      await expect(listTimeline(null, NO_FILTERS, null, { db })).rejects.toThrow(AccessDenied);
      await expect(listTimelineOptions(null, { db })).rejects.toThrow(AccessDenied);
    });
  });

  describe("filter options", () => {
    test("staff get every distinct agent and action type, sorted", async () => {
      const options = await listTimelineOptions(ADMIN, { db });
      expect(options.agents).toEqual([...new Set(rows.map((r) => r.agentName))].sort());
      expect(options.actions).toEqual([...new Set(rows.map((r) => r.actionType))].sort());
    });

    test("a student's options come from their own entries", async () => {
      expect(await listTimelineOptions(STUDENT_A, { db })).toEqual({
        agents: ["competency-tracker", "reviewer", "tutor"],
        actions: ["advise", "level_up", "review", "summarize"],
      });
    });
  });

  describe("sync runs", () => {
    test("lists runs newest first, each with its stage entries oldest first", async () => {
      const { runs, nextBefore } = await listSyncRuns(FACULTY, null, { db });
      expect(nextBefore).toBeNull();
      expect(runs.map((r) => r.syncId)).toEqual([9, 8, 7]);
      const run7 = runs.find((r) => r.syncId === 7)!;
      expect(run7).toMatchObject({ status: "failed", startedAt: "2026-03-01T08:00:00.000Z", errors: 1, moreEntries: false });
      expect(run7.details?.error).toEqual({ code: "bad_zip", message: "Bad zip" });
      expect(run7.entries.map((e) => [e.logId, e.actionType])).toEqual([
        [1001, "extract"],
        [1002, "classify"],
      ]);
      expect(runs.find((r) => r.syncId === 8)?.details?.error?.message).toBe("connection reset");
      expect(runs.find((r) => r.syncId === 9)?.entries).toEqual([]);
    });

    test("pages runs by sync id", async () => {
      const first = await listSyncRuns(ADMIN, null, { db, pageSize: 2 });
      expect(first.runs.map((r) => r.syncId)).toEqual([9, 8]);
      expect(first.nextBefore).toBe(8);
      const second = await listSyncRuns(ADMIN, first.nextBefore, { db, pageSize: 2 });
      expect(second.runs.map((r) => r.syncId)).toEqual([7]);
      expect(second.nextBefore).toBeNull();
    });

    test("a real failed import is a failed run whose failed stage carries the error", async () => {
      const zip = path.join(os.tmpdir(), `broken-${process.pid}-${target.name}.zip`);
      await writeFile(zip, Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.from("not really a zip")]));
      const summary = await runImport(db, zip);
      expect(summary.status).toBe("failed");
      const run = await getSyncRun(ADMIN, summary.syncId!, { db });
      expect(run?.status).toBe("failed");
      expect(run?.details?.error?.message).toBe(summary.error?.message);
      expect(run?.entries.map((e) => [e.agentName, e.actionType, e.status])).toEqual([["notion-importer", "extract", "failed"]]);
      expect(run?.entries[0]?.error).toBe(summary.error?.message);
      expect(run?.entries[0]?.links.syncId).toBe(summary.syncId);

      const failedImports = await listTimeline(ADMIN, f({ agent: "notion-importer", status: "failed" }), null, { db });
      expect(failedImports.entries[0]?.links.syncId).toBe(summary.syncId);
    });

    test("an unknown run is null", async () => {
      expect(await getSyncRun(ADMIN, 99_999, { db })).toBeNull();
      expect(await getSyncRun(ADMIN, 0, { db })).toBeNull();
    });

    test("students are refused runs", async () => {
      await expect(listSyncRuns(STUDENT_A, null, { db })).rejects.toThrow(AccessDenied);
      await expect(getSyncRun(STUDENT_A, 7, { db })).rejects.toThrow(AccessDenied);
    });

    test("a run lists at most its limit and says there are more", async () => {
      await db.insert(notionSyncMetadata).values({ syncId: 50, syncType: "agent", lastSync: new Date("2026-03-06T00:00:00Z"), status: "success" });
      await db.insert(agentLog).values(
        Array.from({ length: 25 }, (_, i) => ({ agentName: "bulk", actionType: "step", status: "info", message: `step ${i}`, metadata: { syncId: 50 } })),
      );
      const [run] = (await listSyncRuns(ADMIN, 51, { db, pageSize: 1 })).runs;
      expect(run?.syncId).toBe(50);
      expect(run?.entries).toHaveLength(20);
      expect(run?.moreEntries).toBe(true);
      const whole = await getSyncRun(ADMIN, 50, { db });
      expect(whole?.entries).toHaveLength(25);
      expect(whole?.moreEntries).toBe(false);
      const [{ n }] = (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ascent_basecamp_agent_log WHERE metadata @> '{"syncId": 50}'`)) as [{ n: number }];
      expect(n).toBe(25);
    });
  });
});
