import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { SUBSYSTEMS } from "../../app/lib/domain/vocabulary";
import { queryRows } from "../rows";
import { cadenceDocuments, cadenceMeetings, cadencePeople, cadenceProjects, cadenceTasks } from "../schema";
import { importDemoCadence } from "../seed/cadence";
import { testTargets, type TestDatabase } from "../testing/databases";
import { AccessDenied } from "./access";
import {
  COVERAGE_ENTITIES,
  coverageGaps,
  fillMonths,
  getCadenceCounts,
  getMeetingsPerMonth,
  getTaskStatusBySubsystem,
  getTasksCompletedOverTime,
  shapeCoverage,
  type CoverageRow,
} from "./cadence-overview";

const FACULTY = {
  userId: "demo-faculty",
  role: "faculty",
  name: "Dr. Helen Achterberg",
  email: "faculty@basecamp.example.edu",
  studentId: null,
  facultyId: 1,
  universityId: null,
} as unknown as Viewer;

describe("fillMonths", () => {
  test.each<[string, { month: string; count: number }[], string[]]>([
    ["nothing", [], []],
    ["one month", [{ month: "2025-03", count: 4 }], ["2025-03:4"]],
    ["gap months become zero", [{ month: "2025-01", count: 1 }, { month: "2025-03", count: 2 }], ["2025-01:1", "2025-02:0", "2025-03:2"]],
    ["across a year end", [{ month: "2024-11", count: 1 }, { month: "2025-02", count: 1 }], ["2024-11:1", "2024-12:0", "2025-01:0", "2025-02:1"]],
    ["a span past 50 years is not filled", [{ month: "1900-01", count: 1 }, { month: "2025-01", count: 1 }], ["1900-01:1", "2025-01:1"]],
  ])("%s", (_label, input, expected) => {
    expect(fillMonths(input).map((m) => `${m.month}:${m.count}`)).toEqual(expected);
  });
});

describe("coverageGaps", () => {
  const row = (subsystem: CoverageRow["subsystem"], people: number, meetings: number): CoverageRow => ({
    subsystem,
    counts: { people, projects: 5, tasks: 5, meetings, documents: 5 },
  });
  test.each<[string, CoverageRow[], string[]]>([
    ["full cells are no gap", [row("power", 4, 9)], []],
    ["an empty cell", [row("thermal", 4, 0)], ["thermal meetings empty 0"]],
    ["a thin cell", [row("payload", 2, 3)], ["payload people thin 2"]],
    ["the unassigned row is never a gap", [row(null, 0, 0)], []],
  ])("%s", (_label, coverage, expected) => {
    expect(coverageGaps(coverage).map((g) => `${g.subsystem} ${g.entity} ${g.kind} ${g.count}`)).toEqual(expected);
  });

  test("a subsystem outside the vocabulary counts as unassigned rather than vanishing", () => {
    const { coverage, totals } = shapeCoverage([{ entity: "people", subsystem: "propulsion", n: 2 }]);
    expect(coverage.find((r) => r.subsystem === null)?.counts.people).toBe(2);
    expect(totals.people).toBe(2);
  });
});

describe.each(testTargets)("CADENCE overview on $name", (target) => {
  let demo: TestDatabase;
  let small: TestDatabase;

  beforeAll(async () => {
    [demo, small] = await Promise.all([target.open(), target.open()]);
    await importDemoCadence(demo.handle.db);
    // A small record with known holes: thermal has a project but no meetings; power has one person.
    const db = small.handle.db;
    const [ada, ben] = await db
      .insert(cadencePeople)
      .values([
        { name: "Ada", subsystem: "power" },
        { name: "Ben", subsystem: "thermal" },
      ])
      .returning({ id: cadencePeople.personId });
    const [power, thermal] = await db
      .insert(cadenceProjects)
      .values([
        { name: "EPS", subsystem: "power", ownerId: ada!.id },
        { name: "Radiator", subsystem: "thermal", ownerId: ben!.id },
      ])
      .returning({ id: cadenceProjects.projectId });
    await db.insert(cadenceTasks).values([
      { title: "Bake", status: "completed", dueDate: "2025-01-10", projectId: power!.id },
      { title: "Test", status: "completed", dueDate: "2025-03-02", projectId: power!.id },
      { title: "Fit", status: "todo", dueDate: "2025-02-01", projectId: thermal!.id },
      { title: "Loose", status: "completed", dueDate: null, projectId: null },
      { title: "Orphan", status: null, dueDate: null, projectId: null },
    ]);
    await db.insert(cadenceMeetings).values([
      { name: "EPS review", meetingDate: new Date("2025-01-15T10:00:00Z"), projectId: power!.id },
      { name: "EPS review 2", meetingDate: new Date("2025-04-15T10:00:00Z"), projectId: power!.id },
      { name: "All hands", meetingDate: null },
    ]);
    await db.insert(cadenceDocuments).values([{ title: "EPS design", subsystem: "power" }, { title: "Misc" }]);
  });
  afterAll(async () => {
    await Promise.all([demo?.dispose(), small?.dispose()]);
  });

  test("counts match direct counts of the demo record", async () => {
    const counts = await getCadenceCounts(FACULTY, demo.handle.db);
    const [direct] = await queryRows<Record<string, number>>(
      demo.handle.db,
      sql`select
        (select count(*)::int from cadence_people) as people,
        (select count(*)::int from cadence_projects) as projects,
        (select count(*)::int from cadence_tasks) as tasks,
        (select count(*)::int from cadence_meetings) as meetings,
        (select count(*)::int from cadence_documents) as documents,
        (select count(*)::int from cadence_raw_content) as raw_total,
        (select count(*)::int from cadence_raw_content where keep) as raw_kept,
        (select count(*)::int from cadence_tasks t join cadence_projects p using (project_id) where p.subsystem = 'power') as power_tasks,
        (select count(*)::int from cadence_meetings m left join cadence_projects p using (project_id) where p.subsystem is null) as unassigned_meetings`,
    );
    expect(counts.totals).toEqual({
      people: direct!.people,
      projects: direct!.projects,
      tasks: direct!.tasks,
      meetings: direct!.meetings,
      documents: direct!.documents,
    });
    expect(counts.totals.tasks).toBeGreaterThan(100);
    expect(counts.rawPages).toEqual({ total: direct!.raw_total, kept: direct!.raw_kept });
    expect(counts.coverage.map((r) => r.subsystem)).toEqual([...SUBSYSTEMS, null]);
    for (const entity of COVERAGE_ENTITIES) {
      expect(counts.coverage.reduce((n, r) => n + r.counts[entity], 0)).toBe(counts.totals[entity]);
    }
    expect(counts.coverage.find((r) => r.subsystem === "power")!.counts.tasks).toBe(direct!.power_tasks);
    expect(counts.coverage.find((r) => r.subsystem === null)!.counts.meetings).toBe(direct!.unassigned_meetings);
  });

  test("task status per subsystem adds up to every task", async () => {
    const rows = await getTaskStatusBySubsystem(FACULTY, demo.handle.db);
    const [direct] = await queryRows<{ n: number; done: number }>(
      demo.handle.db,
      sql`select count(*)::int as n, count(*) filter (where status = 'completed')::int as done from cadence_tasks`,
    );
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(direct!.n);
    expect(rows.filter((r) => r.status === "completed").reduce((n, r) => n + r.count, 0)).toBe(direct!.done);
  });

  test("the timelines account for every meeting and every completed task", async () => {
    const [meetings, completed] = await Promise.all([
      getMeetingsPerMonth(FACULTY, demo.handle.db),
      getTasksCompletedOverTime(FACULTY, demo.handle.db),
    ]);
    const [direct] = await queryRows<{ meetings: number; done: number }>(
      demo.handle.db,
      sql`select (select count(*)::int from cadence_meetings) as meetings,
                 (select count(*)::int from cadence_tasks where status = 'completed') as done`,
    );
    expect(meetings.months.reduce((n, m) => n + m.count, 0) + meetings.undated).toBe(direct!.meetings);
    expect(completed.months.at(-1)!.cumulative + completed.undated).toBe(direct!.done);
  });

  test("finds the holes of a small record", async () => {
    const db = small.handle.db;
    const counts = await getCadenceCounts(FACULTY, db);
    const byName = Object.fromEntries(counts.coverage.map((r) => [r.subsystem ?? "unassigned", r.counts]));
    expect(byName.power).toEqual({ people: 1, projects: 1, tasks: 2, meetings: 2, documents: 1 });
    expect(byName.thermal).toEqual({ people: 1, projects: 1, tasks: 1, meetings: 0, documents: 0 });
    expect(byName.unassigned).toEqual({ people: 0, projects: 0, tasks: 2, meetings: 1, documents: 1 });
    const gaps = coverageGaps(counts.coverage).map((g) => `${g.subsystem}: ${g.entity} ${g.kind}`);
    expect(gaps).toContain("thermal: meetings empty");
    expect(gaps).toContain("thermal: tasks thin");
    expect(gaps).toContain("power: meetings thin");
    expect(gaps).toContain("avionics: people empty");
    expect(gaps.some((g) => g.startsWith("unassigned"))).toBe(false);

    expect(await getTaskStatusBySubsystem(FACULTY, db)).toEqual([
      { subsystem: "power", status: "completed", count: 2 },
      { subsystem: "thermal", status: "todo", count: 1 },
      { subsystem: null, status: "completed", count: 1 },
      { subsystem: null, status: null, count: 1 },
    ]);
    expect(await getMeetingsPerMonth(FACULTY, db)).toEqual({
      months: [
        { month: "2025-01", count: 1 },
        { month: "2025-02", count: 0 },
        { month: "2025-03", count: 0 },
        { month: "2025-04", count: 1 },
      ],
      undated: 1,
    });
    expect(await getTasksCompletedOverTime(FACULTY, db)).toEqual({
      months: [
        { month: "2025-01", count: 1, cumulative: 1 },
        { month: "2025-02", count: 0, cumulative: 1 },
        { month: "2025-03", count: 1, cumulative: 2 },
      ],
      undated: 1,
    });
  });

  test("every read asks for a signed-in viewer", async () => {
    for (const read of [getCadenceCounts, getTaskStatusBySubsystem, getMeetingsPerMonth, getTasksCompletedOverTime]) {
      await expect(read(null, demo.handle.db)).rejects.toBeInstanceOf(AccessDenied);
    }
  });
});
