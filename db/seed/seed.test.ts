import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { queryRows } from "../rows";
import { tableChecksums } from "../testing/checksums";
import { pgliteTarget, testTargets, type TestDatabase } from "../testing/databases";
import { assessSubsystem, isMastered } from "../../app/lib/domain/competency";
import { ModuleSpec } from "../../app/lib/domain/module-spec";
import { DIFFICULTIES, type Subsystem } from "../../app/lib/domain/vocabulary";
import { integrityCheck, medalFor, RACE_RULES } from "../../app/lib/domain/races";
import { seedDemoData, upgradeDemoLearning, upgradeDemoRaceHistory } from "./index";

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
    expect(rows("module_environments")).toBe(4);
    expect(rows("learner_performance")).toBeGreaterThanOrEqual(4500);
    expect(rows("learner_performance")).toBeLessThanOrEqual(5500);
    for (const table of ["module_prerequisites", "module_assignments", "module_progress", "sandboxes", "risk_factors", "factor_models", "model_factors", "factor_values", "outcomes", "model_validations", "interfaces", "interface_factor_values", "projects", "module_version_history"]) {
      expect(rows(table), table).toBeGreaterThan(0);
    }
    // Derived from the simulated attempts by the learning runtime's rules, never written by hand.
    expect(rows("subsystem_competency")).toBe(60 * 7);
    expect(rows("module_difficulty_calibrations")).toBe(69);
    // The runtime's record of the completed attempts, a quarter of them raced.
    expect(rows("module_attempts")).toBe(4677);
    expect(rows("race_runs")).toBe(1113);
    // Computed by the ghost build from this data.
    for (const table of ["ghost_cohorts", "ghost_paces", "race_metadata"]) {
      expect(rows(table), table).toBe(0);
    }
  });

  test("every module's version 1.0.0 is a valid spec with the question bank's checkpoints", async () => {
    const versions = await queryRows<{ slug: string; spec_json: unknown }>(
      first.handle.db,
      sql`SELECT m.slug, v.spec_json FROM module_version_history v JOIN modules m ON m.id = v.module_id
        WHERE v.version_number = '1.0.0' AND m.current_version = '1.0.0' ORDER BY m.id`,
    );
    expect(versions).toHaveLength(69);
    for (const { slug, spec_json } of versions) {
      const spec = ModuleSpec.parse(spec_json);
      expect(spec.checkpoints.length, slug).toBeGreaterThanOrEqual(1);
      expect(spec.masteryThreshold, slug).toBe(70);
    }
  });

  test("competency rows follow the rules from each student's attempts", async () => {
    const modules = await queryRows<{ id: number; title: string; subsystem: Subsystem; cross: boolean }>(
      first.handle.db,
      sql`SELECT m.id, m.title, m.subsystem, EXISTS (
            SELECT 1 FROM module_prerequisites p JOIN modules pm ON pm.id = p.prerequisite_module_id
            WHERE p.module_id = m.id AND p.required AND pm.subsystem <> m.subsystem) AS cross
          FROM modules m WHERE m.status = 'published' ORDER BY m.id`,
    );
    const best = await queryRows<{ student_id: string; module_id: number; best: number | null }>(
      first.handle.db,
      sql`SELECT student_id, module_id, (MAX(mastery_score) FILTER (WHERE completed))::float8 AS best FROM learner_performance GROUP BY 1, 2`,
    );
    const stored = await queryRows<{ student_id: string; subsystem: Subsystem; competency_level: string; modules_completed: number }>(
      first.handle.db,
      sql`SELECT student_id, subsystem, competency_level, modules_completed FROM subsystem_competency`,
    );
    const bestOf = new Map(best.map((b) => [`${b.student_id}/${b.module_id}`, b.best === null ? null : Number(b.best)]));
    const levels = new Map<string, number>();
    for (const row of stored) {
      const states = modules
        .filter((m) => m.subsystem === row.subsystem)
        .map((m) => {
          const b = bestOf.get(`${row.student_id}/${m.id}`) ?? null;
          return { moduleId: m.id, title: m.title, bestMastery: b, mastered: isMastered(b), crossSubsystemPrerequisite: m.cross };
        });
      const expected = assessSubsystem(states);
      expect({ level: row.competency_level, completed: row.modules_completed }, `${row.student_id} ${row.subsystem}`).toEqual({
        level: expected.level,
        completed: expected.modulesCompleted,
      });
      levels.set(row.competency_level, (levels.get(row.competency_level) ?? 0) + 1);
    }
    // The simulation spreads students over the levels: not everyone stays at orientation.
    expect(levels.get("orientation")).toBeGreaterThan(0);
    expect(levels.get("competency") ?? 0).toBeGreaterThan(0);
  });

  test("calibrations agree with the completed attempts (success rate as a percentage)", async () => {
    const rows = await queryRows<{ module_id: number; sample_size: number; success_rate: number | null; n: number; rate: number | null; level: string }>(
      first.handle.db,
      sql`SELECT c.module_id, c.sample_size, c.success_rate::float8 AS success_rate, c.difficulty_level AS level,
            COUNT(lp.log_id)::int AS n,
            ROUND(100.0 * COUNT(lp.log_id) FILTER (WHERE lp.mastery_score >= 70) / NULLIF(COUNT(lp.log_id), 0), 2)::float8 AS rate
          FROM module_difficulty_calibrations c
          LEFT JOIN learner_performance lp ON lp.module_id = c.module_id AND lp.completed
          GROUP BY c.calibration_id`,
    );
    expect(rows).toHaveLength(69);
    for (const row of rows) {
      expect(row.sample_size, String(row.module_id)).toBe(row.n);
      expect(row.success_rate === null ? null : Number(row.success_rate), String(row.module_id)).toBe(row.rate === null ? null : Number(row.rate));
      expect(DIFFICULTIES).toContain(row.level);
    }
  });

  test("a database seeded before the question bank is brought up to date without reloading", async () => {
    // The re-created rows get new serial ids; everything else must come back exactly.
    const checksums = () => tableChecksums(first.handle.db, { exclude: TIMESTAMPED, ignoreColumns: ["competency_id", "calibration_id"] });
    const before = await checksums();
    const db = first.handle.db;
    await db.execute(sql`UPDATE module_version_history SET spec_json = spec_json - 'checkpoints' - 'masteryThreshold'`);
    await db.execute(sql`DELETE FROM subsystem_competency`);
    await db.execute(sql`DELETE FROM module_difficulty_calibrations`);
    const upgraded = await upgradeDemoLearning(db);
    expect(upgraded).toEqual({ specsUpgraded: 69, competencyRowsAdded: 420, calibrationsWritten: 69 });
    expect(await checksums()).toEqual(before);
    expect(await upgradeDemoLearning(db)).toEqual({ specsUpgraded: 0, competencyRowsAdded: 0, calibrationsWritten: 0 });
  });

  test("every completed attempt has its finished runtime record, checkpoints submitted inside it", async () => {
    const [stats] = await queryRows<{ completed: number; linked: number; mistimed: number; unfinished: number; wrong_checkpoints: number; late: number }>(
      first.handle.db,
      sql`SELECT
            (SELECT COUNT(*)::int FROM learner_performance WHERE completed) AS completed,
            (SELECT COUNT(*)::int FROM module_attempts a JOIN learner_performance lp ON lp.log_id = a.performance_log_id
               WHERE lp.completed AND lp.student_id = a.student_id AND lp.module_id = a.module_id) AS linked,
            (SELECT COUNT(*)::int FROM module_attempts a JOIN learner_performance lp ON lp.log_id = a.performance_log_id
               WHERE date_trunc('second', a.finished_at) <> date_trunc('second', lp.timestamp)
                  OR round(EXTRACT(EPOCH FROM (a.finished_at - a.started_at))) <> lp.time_spent_seconds) AS mistimed,
            (SELECT COUNT(*)::int FROM module_attempts WHERE status <> 'finished' OR version_number <> '1.0.0' OR version_id IS NULL) AS unfinished,
            (SELECT COUNT(*)::int FROM module_attempts a JOIN module_version_history v ON v.version_id = a.version_id
               WHERE (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(a.checkpoint_results) k)
                 IS DISTINCT FROM (SELECT array_agg(c ->> 'id' ORDER BY c ->> 'id') FROM jsonb_array_elements(v.spec_json -> 'checkpoints') c)) AS wrong_checkpoints,
            (SELECT COUNT(*)::int FROM module_attempts a CROSS JOIN LATERAL jsonb_each(a.checkpoint_results) r
               WHERE ((r.value ->> 'submittedAt')::timestamptz AT TIME ZONE 'UTC') NOT BETWEEN a.started_at AND a.finished_at) AS late`,
    );
    expect(stats).toEqual({ completed: 4677, linked: 4677, mistimed: 0, unfinished: 0, wrong_checkpoints: 0, late: 0 });
  });

  test("a quarter of them were races, judged by the integrity rules, with runs listed in both semesters", async () => {
    const runs = await queryRows<{
      semester: string; time_seconds: number; lp_time: number; mastery: number; lp_mastery: number; medal: string | null;
      board_status: string; flag_reasons: string[]; splits: { checkpointId: string; at: string }[]; results: Record<string, { submittedAt: string }>;
    }>(
      first.handle.db,
      sql`SELECT s.semester, r.time_seconds, lp.time_spent_seconds AS lp_time, r.mastery_score::float8 AS mastery, lp.mastery_score::float8 AS lp_mastery,
            r.medal, r.board_status, r.flag_reasons, r.splits, a.checkpoint_results AS results
          FROM race_runs r JOIN module_attempts a ON a.id = r.attempt_id JOIN learner_performance lp ON lp.log_id = a.performance_log_id
          JOIN students s ON s.id = r.student_id WHERE r.status = 'finished'`,
    );
    expect(runs.length / 4677).toBeGreaterThan(0.2);
    expect(runs.length / 4677).toBeLessThan(0.3);
    for (const run of runs) {
      expect({ time: run.time_seconds, mastery: run.mastery }).toEqual({ time: run.lp_time, mastery: run.lp_mastery });
      expect(run.board_status === "listed").toBe(run.flag_reasons.length === 0);
      expect(run.board_status === "listed" || run.board_status === "flagged").toBe(true);
      // No medal without mastery, and a listed run always has it.
      if (run.medal) expect(run.mastery).toBeGreaterThanOrEqual(RACE_RULES.masteryThreshold);
      if (run.board_status === "listed") expect(run.mastery).toBeGreaterThanOrEqual(RACE_RULES.masteryThreshold);
      for (const split of run.splits) expect(split.at).toBe(run.results[split.checkpointId]!.submittedAt);
    }
    const listed = (semester: string) => runs.filter((r) => r.semester === semester && r.board_status === "listed").length;
    expect(listed("Spring 2026")).toBeGreaterThan(200);
    expect(listed("Fall 2026")).toBeGreaterThan(200);
    expect(runs.filter((r) => r.board_status === "flagged").length).toBeGreaterThan(100);
    // The rules themselves: the same verdict for a run under the mastery line, whatever the targets.
    const low = runs.find((r) => r.mastery < RACE_RULES.masteryThreshold)!;
    expect(low.flag_reasons).toEqual(integrityCheck(low.time_seconds, low.mastery, { gold: 1, silver: 2, bronze: 3 }).reasons);
    expect(low.medal).toBe(medalFor(low.time_seconds, low.mastery, { gold: 1e9, silver: 1e9 + 1, bronze: 1e9 + 2 }));
  });

  test("a database seeded before races gets its race history without reloading", async () => {
    const db = first.handle.db;
    // Re-created rows get new serial ids (and the runs new attempt ids); everything else comes back.
    const checksums = () => tableChecksums(db, { exclude: TIMESTAMPED, ignoreColumns: ["id", "attempt_id"] });
    const before = await checksums();
    await db.execute(sql`DELETE FROM race_runs`);
    await db.execute(sql`DELETE FROM module_attempts`);
    expect(await upgradeDemoRaceHistory(db)).toEqual({ attempts: 4677, runs: 1113 });
    expect(await checksums()).toEqual(before);
    expect(await upgradeDemoRaceHistory(db)).toEqual({ attempts: 0, runs: 0 });
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
