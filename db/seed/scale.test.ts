import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { RaceTimeTargets } from "../../app/lib/domain/race-data";
import { integrityCheck, medalFor } from "../../app/lib/domain/races";
import { computeLeaderboardCache } from "../races/leaderboard-cache";
import { queryRows } from "../rows";
import type { Database } from "../client";
import { testTargets, type TestDatabase } from "../testing/databases";
import { importDemoCadence } from "./cadence";
import { seedDemoData } from "./index";
import { seedScaleData } from "./scale";

const COUNTED = ["cadence_raw_content", "cadence_people", "cadence_projects", "cadence_tasks", "cadence_meetings", "cadence_documents"];

async function counts(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of COUNTED) {
    out[table] = (await queryRows<{ n: number }>(db, sql.raw(`SELECT count(*)::int AS n FROM "${table}"`)))[0]!.n;
  }
  return out;
}

describe.each(testTargets)("scale dataset on $name", (target) => {
  let database: TestDatabase;
  let db: Database;
  let demo: Record<string, number>;

  beforeAll(async () => {
    database = await target.open();
    db = database.handle.db;
    await seedDemoData(db);
    await importDemoCadence(db);
    demo = await counts(db);
  }, 180_000);
  afterAll(() => database?.dispose());

  test("multiplies every CADENCE table and keeps relations inside each copy", async () => {
    const result = await seedScaleData(db, { factor: 3, agentLogEntries: 500, students: 0, attempts: 0 });
    expect(result.copiesAdded).toBe(2);
    const scaled = await counts(db);
    for (const table of COUNTED) expect(scaled[table], table).toBe(demo[table]! * 3);
    // A copied task points at the copy of its project and assignee, never at the original.
    const [crossed] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM cadence_tasks t
        JOIN cadence_projects p ON p.project_id = t.project_id
        WHERE substring(t.notion_page_id FROM '-x(\\d+)$') IS DISTINCT FROM substring(p.notion_page_id FROM '-x(\\d+)$')`,
    );
    expect(crossed!.n).toBe(0);
    const [log] = await queryRows<{ n: number; failed: number; students: number }>(
      db,
      sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'failed')::int AS failed,
        count(*) FILTER (WHERE metadata ? 'studentId')::int AS students
        FROM ascent_basecamp_agent_log WHERE metadata @> '{"scale": true}'`,
    );
    expect(log).toEqual({ n: 500, failed: 10, students: 62 });
  }, 180_000);

  test("a second run adds nothing; a larger factor adds only the missing copies", async () => {
    const again = await seedScaleData(db, { factor: 3, agentLogEntries: 500, students: 0, attempts: 0 });
    expect(again.copiesAdded).toBe(0);
    expect(again.agentLogAdded).toBe(0);
    const grown = await seedScaleData(db, { factor: 4, agentLogEntries: 600, students: 0, attempts: 0 });
    expect(grown.copiesAdded).toBe(1);
    expect(grown.agentLogAdded).toBe(100);
    expect((await counts(db)).cadence_tasks).toBe(demo.cadence_tasks! * 4);
  }, 180_000);

  test("adds students over the demo teams and numbered attempts for them, once", async () => {
    const first = await seedScaleData(db, { factor: 1, agentLogEntries: 0, students: 100, attempts: 10_000 });
    expect(first.studentsAdded).toBe(40);
    const [added] = await queryRows<{ rows: number; students: number; maxAttempt: number; teamless: number }>(
      db,
      sql`SELECT count(*)::int AS rows, count(DISTINCT student_id)::int AS students, max(attempt_number)::int AS "maxAttempt",
          (SELECT count(*)::int FROM students WHERE id LIKE 'scale-%' AND team_id IS NULL) AS teamless
        FROM learner_performance WHERE student_id LIKE 'scale-%'`,
    );
    expect(added!.rows).toBe(first.attemptsAdded);
    expect((await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM learner_performance`))[0]!.n).toBe(10_000);
    expect(added).toMatchObject({ students: 40, teamless: 0 });
    // About 125 attempts each over 69 modules: everyone is on a second round.
    expect(added!.maxAttempt).toBe(2);
    // Their race history came with them, and the ghosts were rebuilt over it.
    expect(first.raceRunsAdded).toBeGreaterThan(0);
    expect(first.ghosts).toMatch(/^Built 21 cohort ghosts from Spring 2026/);
    const again = await seedScaleData(db, { factor: 1, agentLogEntries: 0, students: 100, attempts: 10_000 });
    expect(again).toMatchObject({ studentsAdded: 0, attemptsAdded: 0, raceRunsAdded: 0, ghosts: null });
  }, 180_000);

  test("a share of the scale attempts are races, judged as a finish is judged, on the cached leaderboards", async () => {
    const [share] = await queryRows<{ completed: number; attempts: number; runs: number; listed: number }>(
      db,
      sql`SELECT (SELECT count(*)::int FROM learner_performance WHERE student_id LIKE 'scale-%' AND completed) AS completed,
          (SELECT count(*)::int FROM module_attempts WHERE student_id LIKE 'scale-%') AS attempts,
          (SELECT count(*)::int FROM race_runs WHERE student_id LIKE 'scale-%' AND status = 'finished') AS runs,
          (SELECT count(*)::int FROM race_runs WHERE student_id LIKE 'scale-%' AND board_status = 'listed') AS listed`,
    );
    expect(share!.runs).toBe(share!.attempts);
    expect(share!.runs / share!.completed).toBeGreaterThan(0.15);
    expect(share!.runs / share!.completed).toBeLessThan(0.35);
    // Mastered attempts are raced more often, so most runs make the board.
    expect(share!.listed / share!.runs).toBeGreaterThan(0.6);

    const runs = await queryRows<{
      time: number; mastery: number; medal: string | null; board_status: string; flag_reasons: string[]; targets: RaceTimeTargets;
      splits: { checkpointId: string; seconds: number }[]; checkpoints: string[];
    }>(
      db,
      sql`SELECT r.time_seconds AS time, r.mastery_score::float8 AS mastery, r.medal, r.board_status, r.flag_reasons, m.time_targets AS targets, r.splits,
          (SELECT array_agg(c ->> 'id') FROM jsonb_array_elements(v.spec_json -> 'checkpoints') c) AS checkpoints
        FROM race_runs r JOIN race_metadata m ON m.module_id = r.module_id
        JOIN module_attempts a ON a.id = r.attempt_id JOIN module_version_history v ON v.version_id = a.version_id
        WHERE r.student_id LIKE 'scale-%'`,
    );
    for (const run of runs) {
      const integrity = integrityCheck(run.time, run.mastery, run.targets);
      expect({ medal: run.medal, status: run.board_status, reasons: run.flag_reasons }).toEqual({
        medal: medalFor(run.time, run.mastery, run.targets),
        status: integrity.eligible ? "listed" : "flagged",
        reasons: integrity.reasons,
      });
      expect(run.splits.map((s) => s.checkpointId).sort()).toEqual([...run.checkpoints].sort());
      expect(run.splits.every((s) => s.seconds >= 0 && s.seconds < run.time)).toBe(true);
    }
    for (const { module_id: moduleId, leaderboard_data: cached } of await queryRows<{ module_id: number; leaderboard_data: Record<string, unknown> }>(
      db,
      sql`SELECT module_id, leaderboard_data FROM race_metadata ORDER BY module_id`,
    )) {
      const { updatedAt: _stamp, ...stored } = cached;
      expect(stored, String(moduleId)).toEqual(JSON.parse(JSON.stringify(await computeLeaderboardCache(db, moduleId))));
    }
  }, 180_000);
});
