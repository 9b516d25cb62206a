import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SUBSYSTEMS } from "../../app/lib/domain/vocabulary";
import { queryRows } from "../rows";
import type { PaceMilestone } from "../schema/races";
import { importDemoCadence } from "../seed/cadence";
import { seedDemoData } from "../seed/index";
import { testTargets, type TestDatabase } from "../testing/databases";
import { buildGhosts, type BuildGhostsResult } from "./build-ghosts";

const DAY_MS = 86_400_000;

describe.each(testTargets)("CADENCE team ghosts on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  let withoutRecord: BuildGhostsResult;
  let first: BuildGhostsResult;

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(db());
    withoutRecord = await buildGhosts(db());
    await importDemoCadence(db());
    first = await buildGhosts(db());
  }, 180_000);
  afterAll(() => database?.dispose());

  const paces = () =>
    queryRows<{ cohort_name: string; university: string; semester: string | null; subsystem: string; source: string; total_items: number; completed_items: number; started_on: string; milestones: PaceMilestone[] }>(
      db(),
      sql`SELECT g.cohort_name, g.university, g.semester, p.subsystem, p.source, p.total_items, p.completed_items,
          to_char(p.started_on, 'YYYY-MM-DD') AS started_on, p.milestones
        FROM ghost_paces p JOIN ghost_cohorts g ON g.cohort_id = p.cohort_id ORDER BY p.subsystem`,
    );

  test("before any CADENCE import, every subsystem is reported without a ghost", () => {
    expect(withoutRecord.paces).toEqual([]);
    expect(withoutRecord.cadenceDropped.map((d) => d.subsystem)).toEqual([...SUBSYSTEMS]);
    expect(withoutRecord.cadenceDropped.every((d) => d.reason === "No CADENCE tasks in this subsystem's projects.")).toBe(true);
    expect(withoutRecord.ghosts).toHaveLength(21);
  });

  test("the demo import gives each subsystem's team a ghost with its pace", async () => {
    expect(first.cadenceDropped).toEqual([]);
    const stored = await paces();
    expect(stored.map((p) => p.cohort_name).sort()).toEqual(
      ["Avionics", "Communications", "Mission operations", "Payload", "Power", "Structures", "Thermal"].map((s) => `CADENCE ${s} team`),
    );
    for (const pace of stored) {
      expect(pace).toMatchObject({ university: "CADENCE", semester: null, source: "cadence_tasks" });
      expect(pace.milestones.map((m) => m.share)).toEqual([25, 50, 75, 100]);
      // Reached milestones come first and never go back in time; the rest were never reached.
      const reached = pace.milestones.filter((m) => m.days !== null);
      expect(pace.milestones.slice(0, reached.length)).toEqual(reached);
      expect(reached.map((m) => m.days)).toEqual(reached.map((m) => m.days).sort((a, b) => a! - b!));
    }
    // The demo teams finished a third to a half of their tasks: most reached 25 %, none 50 %.
    expect(stored.filter((p) => p.milestones[0]!.days !== null).length).toBeGreaterThanOrEqual(5);
  });

  test("a milestone is the due date of the task that completed that share of the subsystem's tasks", async () => {
    // Recomputed here from the raw tasks, the way the /cadence overview assigns them: by project.
    const tasks = await queryRows<{ subsystem: string; task_id: number; status: string | null; due: string | null }>(
      db(),
      sql`SELECT p.subsystem, t.task_id, t.status, to_char(t.due_date, 'YYYY-MM-DD') AS due
        FROM cadence_tasks t JOIN cadence_projects p ON p.project_id = t.project_id WHERE p.subsystem IS NOT NULL`,
    );
    for (const pace of await paces()) {
      const mine = tasks.filter((t) => t.subsystem === pace.subsystem);
      const done = mine
        .filter((t) => t.status === "completed" && t.due)
        .sort((a, b) => a.due!.localeCompare(b.due!) || a.task_id - b.task_id);
      const start = mine.map((t) => t.due).filter((d): d is string => d !== null).sort()[0]!;
      expect(pace.total_items).toBe(mine.length);
      expect(pace.completed_items).toBe(mine.filter((t) => t.status === "completed").length);
      expect(pace.started_on).toBe(start);
      for (const m of pace.milestones) {
        const task = done[Math.ceil((m.share * mine.length) / 100) - 1];
        expect(m.reachedOn, `${pace.subsystem} ${m.share}`).toBe(task?.due ?? null);
        expect(m.days).toBe(task ? (Date.parse(task.due!) - Date.parse(start)) / DAY_MS : null);
      }
    }
  });

  test("a subsystem with no completed task loses its ghost, and the build says why", async () => {
    const reopened = await queryRows<{ task_id: number }>(
      db(),
      sql`UPDATE cadence_tasks SET status = 'todo' WHERE status = 'completed'
        AND project_id IN (SELECT project_id FROM cadence_projects WHERE subsystem = 'thermal') RETURNING task_id`,
    );
    expect(reopened.length).toBeGreaterThan(0);
    try {
      const result = await buildGhosts(db());
      expect(result.cadenceDropped).toEqual([{ subsystem: "thermal", tasks: expect.any(Number), reason: expect.stringMatching(/^None of its \d+ tasks is completed\.$/) }]);
      expect(result.removed).toEqual(["CADENCE Thermal team"]);
      expect((await paces()).map((p) => p.subsystem)).not.toContain("thermal");
      expect(result.message).toMatch(/6 CADENCE team paces \(1 subsystem without one\)/);
    } finally {
      await db().execute(sql`UPDATE cadence_tasks SET status = 'completed' WHERE task_id IN (${sql.join(reopened.map((r) => sql`${r.task_id}`), sql`, `)})`);
    }
    const restored = await buildGhosts(db());
    expect(restored.paces.map((p) => p.name)).toEqual(first.paces.map((p) => p.name));
    expect(restored.paces.map((p) => p.milestones)).toEqual(first.paces.map((p) => p.milestones));
  });
});
