import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { queryRows } from "../rows";
import { tableChecksums } from "../testing/checksums";
import { pgliteTarget, testTargets, type TestDatabase } from "../testing/databases";
import { seedDemoData } from "./index";

// The agent log records when the seed ran, which differs between runs by design.
const TIMESTAMPED = ["ascent_basecamp_agent_log"];

describe.each(testTargets)("demo seed on $name", (target) => {
  let first: TestDatabase;

  beforeAll(async () => {
    first = await target.open();
    await seedDemoData(first.handle.db);
  });
  afterAll(() => first?.dispose());

  test("loads the demo figures the README promises", async () => {
    const counts = await tableChecksums(first.handle.db);
    const rows = (table: string) => counts[table]!.rows;
    expect(rows("universities")).toBe(3);
    expect(rows("teams")).toBe(6);
    expect(rows("students")).toBe(60);
    expect(rows("faculty")).toBe(8);
    expect(rows("modules")).toBe(69);
    expect(rows("module_sections")).toBeGreaterThanOrEqual(69);
    expect(rows("module_sections")).toBeLessThanOrEqual(69 * 4);
    expect(rows("simulation_environments")).toBe(4);
    expect(rows("learner_performance")).toBeGreaterThanOrEqual(4500);
    expect(rows("learner_performance")).toBeLessThanOrEqual(5500);
    for (const table of ["module_prerequisites", "module_assignments", "module_progress", "sandboxes", "risk_factors", "factor_models", "model_factors", "factor_values", "outcomes", "model_validations", "interfaces", "interface_factor_values", "projects", "module_version_history"]) {
      expect(rows(table), table).toBeGreaterThan(0);
    }
    // Computed by later features from this data, never seeded by hand.
    for (const table of ["subsystem_competency", "module_difficulty_calibrations", "ghost_cohorts", "race_metadata"]) {
      expect(rows(table), table).toBe(0);
    }
  });

  test("covers all seven subsystems with 1–4 sections per module", async () => {
    const perSubsystem = await queryRows<{ subsystem: string; n: number }>(
      first.handle.db,
      sql`SELECT subsystem, COUNT(*)::int AS n FROM modules GROUP BY subsystem`,
    );
    expect(perSubsystem).toHaveLength(7);
    const sections = await queryRows<{ min: number; max: number }>(
      first.handle.db,
      sql`SELECT MIN(n)::int AS min, MAX(n)::int AS max FROM (SELECT COUNT(*) AS n FROM module_sections GROUP BY module_id) s`,
    );
    expect(Number(sections[0]!.min)).toBeGreaterThanOrEqual(1);
    expect(Number(sections[0]!.max)).toBeLessThanOrEqual(4);
  });

  test("the prerequisite graph has no cycle", async () => {
    const cycles = await queryRows<{ n: number }>(
      first.handle.db,
      sql`WITH RECURSIVE reach(start, node) AS (
            SELECT module_id, prerequisite_module_id FROM module_prerequisites
            UNION
            SELECT r.start, p.prerequisite_module_id FROM reach r JOIN module_prerequisites p ON p.module_id = r.node
          ) SELECT COUNT(*)::int AS n FROM reach WHERE start = node`,
    );
    expect(Number(cycles[0]!.n)).toBe(0);
  });

  test("module_progress agrees with the attempts behind it", async () => {
    const disagreements = await queryRows<{ student_id: string; module_id: number }>(
      first.handle.db,
      sql`WITH best AS (
            SELECT student_id, module_id, MAX(mastery_score) FILTER (WHERE completed) AS best, BOOL_OR(completed) AS any_completed
            FROM learner_performance GROUP BY student_id, module_id
          )
          SELECT p.student_id, p.module_id FROM module_progress p
          FULL JOIN best b ON b.student_id = p.student_id AND b.module_id = p.module_id
          WHERE p.student_id IS NULL OR b.student_id IS NULL
             OR (p.status = 'mastered') <> (COALESCE(b.best, 0) >= 70)
             OR (p.status = 'in_progress') <> NOT b.any_completed`,
    );
    expect(disagreements).toEqual([]);
  });

  test("attempts are believable: numbered from 1, timed, inside their semester", async () => {
    const [stats] = await queryRows<{ bad_numbers: number; min_time: number; outside: number; mastered_share: number }>(
      first.handle.db,
      sql`SELECT
            (SELECT COUNT(*)::int FROM (SELECT student_id, module_id, MIN(attempt_number) AS first, MAX(attempt_number) AS last, COUNT(*) AS n FROM learner_performance GROUP BY 1, 2) a WHERE first <> 1 OR last <> n) AS bad_numbers,
            (SELECT MIN(time_spent_seconds)::int FROM learner_performance) AS min_time,
            (SELECT COUNT(*)::int FROM learner_performance lp JOIN students s ON s.id = lp.student_id
               WHERE (s.semester = 'Spring 2026' AND lp.timestamp NOT BETWEEN '2026-01-12' AND '2026-05-09')
                  OR (s.semester = 'Fall 2026' AND lp.timestamp NOT BETWEEN '2026-08-24' AND '2026-11-21')) AS outside,
            (SELECT AVG(CASE WHEN mastery_score >= 70 AND completed THEN 1.0 ELSE 0 END)::float FROM learner_performance) AS mastered_share`,
    );
    expect(Number(stats!.bad_numbers)).toBe(0);
    expect(Number(stats!.min_time)).toBeGreaterThanOrEqual(60);
    expect(Number(stats!.outside)).toBe(0);
    expect(Number(stats!.mastered_share)).toBeGreaterThan(0.5);
    expect(Number(stats!.mastered_share)).toBeLessThan(0.9);
  });

  test("is idempotent: a second run inserts nothing and changes no row", async () => {
    const before = await tableChecksums(first.handle.db);
    const again = await seedDemoData(first.handle.db);
    expect(again.inserted).toBe(0);
    expect(await tableChecksums(first.handle.db)).toEqual(before);
  });

  test("leaves sequences past the seeded ids, so the app can insert", async () => {
    const [row] = await queryRows<{ id: number }>(
      first.handle.db,
      sql`INSERT INTO modules (slug, title, subsystem) VALUES ('after-seed', 'After seed', 'power') RETURNING id`,
    );
    expect(Number(row!.id)).toBe(70);
    await first.handle.db.execute(sql`DELETE FROM modules WHERE slug = 'after-seed'`);
  });
});

describe("demo seed determinism", () => {
  test("two fresh databases get identical rows", async () => {
    const [a, b] = await Promise.all([pgliteTarget.open(), pgliteTarget.open()]);
    try {
      await seedDemoData(a.handle.db);
      await seedDemoData(b.handle.db);
      const [left, right] = await Promise.all([
        tableChecksums(a.handle.db, { exclude: TIMESTAMPED }),
        tableChecksums(b.handle.db, { exclude: TIMESTAMPED }),
      ]);
      expect(left).toEqual(right);
      expect(left.learner_performance!.md5).not.toBeNull();
    } finally {
      await Promise.all([a.dispose(), b.dispose()]);
    }
  });
});
