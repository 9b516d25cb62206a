import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { calibrate, subsystemPriorRate } from "../../app/lib/domain/calibration";
import type { Database } from "../client";
import { createUserAccount, linkUserToRecord } from "../queries/users";
import { queryRows } from "../rows";
import { seedDemoData } from "../seed/index";
import { tableChecksums } from "../testing/checksums";
import { testTargets, type TestDatabase } from "../testing/databases";
import { runCalibrationJob } from "./calibration-job";
import { initialiseCompetency, recomputeCalibration, recomputeCompetency } from "./recompute";

const ADMIN = { userId: "demo-admin", email: "admin@basecamp.example.edu" };
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

describe.each(testTargets)("competency and calibration recompute on $name", (target) => {
  let database: TestDatabase;
  const db = (): Database => database.handle.db;

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(database.handle.db);
    await database.handle.db.execute(sql`INSERT INTO app_users (id, email, name, role) VALUES ('demo-admin', 'admin@basecamp.example.edu', 'Robin Admin', 'admin')`);
  });
  afterAll(() => database?.dispose());

  async function competencyRows(studentId: string) {
    return queryRows<{ subsystem: string; competency_level: string; modules_completed: number }>(
      db(),
      sql`SELECT subsystem, competency_level, modules_completed FROM subsystem_competency WHERE student_id = ${studentId} ORDER BY subsystem`,
    );
  }

  test("initialising competency adds the seven rows at orientation once", async () => {
    await db().execute(sql`INSERT INTO students (id, name, email, university_id, semester) VALUES ('new-student-1', 'New Student', 'new-student-1@nit.example.edu', 1, 'Fall 2026')`);
    expect(await db().transaction((tx) => initialiseCompetency(tx, "new-student-1"))).toBe(7);
    expect(await db().transaction((tx) => initialiseCompetency(tx, "new-student-1"))).toBe(0);
    const rows = await competencyRows("new-student-1");
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.competency_level === "orientation" && r.modules_completed === 0)).toBe(true);
  });

  test("creating or linking a student account initialises their competency in the same transaction", async () => {
    await db().execute(sql`DELETE FROM subsystem_competency WHERE student_id IN ('csu-26f-01', 'csu-26f-02')`);
    const created = await createUserAccount(
      { name: "Student One", email: "one@csu.example.edu", role: "student", link: { studentId: "csu-26f-01" } },
      ADMIN,
      { db: db() },
    );
    expect(created.ok).toBe(true);
    expect(await competencyRows("csu-26f-01")).toHaveLength(7);

    const unlinked = await createUserAccount({ name: "Student Two", email: "two@csu.example.edu", role: "student", link: null }, ADMIN, { db: db() });
    expect(unlinked.ok).toBe(true);
    expect(await competencyRows("csu-26f-02")).toHaveLength(0);
    const linked = await linkUserToRecord(unlinked.ok ? unlinked.userId : "", { studentId: "csu-26f-02" }, ADMIN, { db: db() });
    expect(linked.ok).toBe(true);
    expect(await competencyRows("csu-26f-02")).toHaveLength(7);
  });

  test("recomputing competency with nothing new writes nothing", async () => {
    const before = await tableChecksums(db());
    await db().transaction(async (tx) => {
      for (const subsystem of ["avionics", "payload", "power"] as const) {
        const change = await recomputeCompetency(tx, "nit-26f-01", subsystem);
        expect(change.before).toBe(change.after);
      }
    });
    expect(await tableChecksums(db())).toEqual(before);
  });

  test("a module's calibration shrinks a small sample toward its subsystem and stores a percentage", async () => {
    const [module] = await queryRows<{ id: number }>(
      db(),
      sql`INSERT INTO modules (slug, title, subsystem, status, difficulty) VALUES ('thm-calibration-fixture', 'Calibration fixture', 'thermal', 'published', 'expert') RETURNING id`,
    );
    const moduleId = module!.id;
    const stored = await queryRows<{ sample_size: number; success_rate: number }>(
      db(),
      sql`SELECT c.sample_size, c.success_rate::float8 AS success_rate FROM module_difficulty_calibrations c JOIN modules m ON m.id = c.module_id WHERE m.subsystem = 'thermal'`,
    );

    await db().execute(sql`INSERT INTO learner_performance (student_id, module_id, attempt_number, time_spent_seconds, errors_count, mastery_score, completed)
      VALUES ('nit-26f-01', ${moduleId}, 1, 600, 0, 95, true), ('nit-26f-02', ${moduleId}, 1, 300, 9, 30, false)`);
    const change = await db().transaction((tx) => recomputeCalibration(tx, moduleId));
    expect(change.before).toBeNull();
    expect(change.after).toEqual(calibrate({ sampleSize: 1, successes: 1, totalTimeSeconds: 600 }, change.priorRate));
    expect(change.after.sampleSize).toBe(1);
    expect(change.after.successRate).toBe(1);
    // The prior pools this module's one success with the subsystem's stored figures.
    expect(change.after.adjustedRate).toBeCloseTo((1 + 10 * change.priorRate) / 11, 4);
    expect(change.priorRate).toBeCloseTo(
      subsystemPriorRate([
        { sampleSize: 1, successes: 1, totalTimeSeconds: 600 },
        ...stored.map((r) => ({ sampleSize: r.sample_size, successes: Math.round((r.success_rate / 100) * r.sample_size), totalTimeSeconds: 0 })),
      ]),
      6,
    );

    const rows = await queryRows<{ difficulty_level: string; average_time_seconds: number; success_rate: string | number; sample_size: number }>(
      db(),
      sql`SELECT difficulty_level, average_time_seconds, success_rate, sample_size FROM module_difficulty_calibrations WHERE module_id = ${moduleId}`,
    );
    expect(rows).toHaveLength(1);
    expect({ ...rows[0], success_rate: Number(rows[0]!.success_rate) }).toEqual({
      difficulty_level: change.after.difficultyLevel,
      average_time_seconds: 600,
      success_rate: 100,
      sample_size: 1,
    });

    // A stray second row (an older writer) is folded into one.
    await db().execute(sql`INSERT INTO module_difficulty_calibrations (module_id, difficulty_level, sample_size) VALUES (${moduleId}, 'easy', 0)`);
    await db().transaction((tx) => recomputeCalibration(tx, moduleId));
    expect(await queryRows(db(), sql`SELECT 1 FROM module_difficulty_calibrations WHERE module_id = ${moduleId}`)).toHaveLength(1);
  });

  test("on a second major version only its own attempts count, per attempt and in jobs:calibrate alike", async () => {
    const [module] = await queryRows<{ id: number }>(
      db(),
      sql`INSERT INTO modules (slug, title, subsystem, status, current_version) VALUES ('pwr-major-fixture', 'Major fixture', 'power', 'published', '2.0.0') RETURNING id`,
    );
    const moduleId = module!.id;
    await db().execute(sql`INSERT INTO module_version_history (module_id, version_number, spec_json, created_at) VALUES
      (${moduleId}, '1.0.0', '{}'::jsonb, LOCALTIMESTAMP - interval '60 days'),
      (${moduleId}, '1.1.0', '{}'::jsonb, LOCALTIMESTAMP - interval '40 days'),
      (${moduleId}, '2.0.0', '{}'::jsonb, LOCALTIMESTAMP - interval '20 days'),
      (${moduleId}, '2.0.1', '{}'::jsonb, LOCALTIMESTAMP - interval '10 days')`);
    // Each row: student, days ago, mastery, version its attempt was taken on (null: no module_attempts link).
    const rows: [string, number, number, string | null][] = [
      ["nit-26f-03", 50, 90, null], // before 2.0.0, unlinked: major 1
      ["nit-26f-04", 30, 90, "1.1.0"], // linked to 1.1.0
      ["nit-26f-05", 15, 20, "1.1.0"], // started on 1.1.0, finished after 2.0.0: still major 1
      ["nit-26f-06", 15, 90, "2.0.0"], // counts
      ["nit-26f-07", 5, 80, "2.0.1"], // counts
      ["nit-26f-08", 5, 10, null], // unlinked, after 2.0.0 was created: counts
    ];
    for (const [studentId, daysAgo, mastery, version] of rows) {
      const [logged] = await queryRows<{ log_id: number }>(
        db(),
        sql`INSERT INTO learner_performance (student_id, module_id, attempt_number, time_spent_seconds, errors_count, mastery_score, completed, "timestamp")
          VALUES (${studentId}, ${moduleId}, 1, 600, 0, ${mastery}, true, LOCALTIMESTAMP - make_interval(days => ${daysAgo})) RETURNING log_id`,
      );
      if (version) {
        await db().execute(sql`INSERT INTO module_attempts (student_id, module_id, version_number, status, performance_log_id)
          VALUES (${studentId}, ${moduleId}, ${version}, 'finished', ${logged!.log_id})`);
      }
    }
    const one = await db().transaction((tx) => recomputeCalibration(tx, moduleId));
    expect(one.after).toMatchObject({ sampleSize: 3, successRate: round4(2 / 3) });
    await runCalibrationJob(db());
    const [stored] = await queryRows<{ sample_size: number }>(db(), sql`SELECT sample_size FROM module_difficulty_calibrations WHERE module_id = ${moduleId}`);
    expect(stored!.sample_size).toBe(3);
  });

  test("jobs:calibrate recalibrates every module and writes one agent-log entry", async () => {
    const first = await runCalibrationJob(db());
    const modules = await queryRows<{ n: number }>(db(), sql`SELECT COUNT(*)::int AS n FROM modules`);
    expect(first.modules).toBe(modules[0]!.n);
    const [entry] = await queryRows<{ agent_name: string; action_type: string; message: string; metadata: { calibrations: unknown[]; moved: unknown[] } }>(
      db(),
      sql`SELECT agent_name, action_type, message, metadata FROM ascent_basecamp_agent_log WHERE log_id = ${first.logId}`,
    );
    expect(entry).toMatchObject({ agent_name: "calibration-job", action_type: "calibrate", message: first.message });
    expect(entry!.metadata.calibrations).toHaveLength(first.modules);
    expect(entry!.metadata.calibrations[0]).toMatchObject({ interval90: expect.any(Array), adjustedRate: expect.any(Number), pseudoAttempts: 10 });

    // A run right after changes nothing and says so.
    const again = await runCalibrationJob(db());
    expect(again.moved).toEqual([]);
    expect(again.updated).toBe(0);
    expect(again.message).toMatch(/no difficulty changed/);

    // Forty failed attempts at an easy module make it harder; the job reports the move.
    const [easy] = await queryRows<{ id: number; slug: string; level: string }>(
      db(),
      sql`SELECT m.id, m.slug, c.difficulty_level AS level FROM modules m JOIN module_difficulty_calibrations c ON c.module_id = m.id
        WHERE c.difficulty_level = 'easy' ORDER BY m.id LIMIT 1`,
    );
    const [{ n: attempts } = { n: 0 }] = await queryRows<{ n: number }>(db(), sql`SELECT COUNT(*)::int AS n FROM learner_performance WHERE module_id = ${easy!.id} AND completed`);
    const failures = Math.max(40, attempts * 2);
    await db().execute(sql`INSERT INTO learner_performance (student_id, module_id, attempt_number, time_spent_seconds, errors_count, mastery_score, completed)
      SELECT s.id, ${easy!.id}, 1000 + g, 900, 10, 20, true FROM generate_series(1, ${failures}) g CROSS JOIN (SELECT id FROM students ORDER BY id LIMIT 1) s`);
    const logBefore = await queryRows<{ n: number }>(db(), sql`SELECT COUNT(*)::int AS n FROM ascent_basecamp_agent_log WHERE agent_name = 'calibration-job'`);
    const moved = await runCalibrationJob(db());
    expect(moved.moved).toContainEqual(expect.objectContaining({ slug: easy!.slug, from: "easy" }));
    expect(moved.message).toContain("changed difficulty");
    const logAfter = await queryRows<{ n: number }>(db(), sql`SELECT COUNT(*)::int AS n FROM ascent_basecamp_agent_log WHERE agent_name = 'calibration-job'`);
    expect(logAfter[0]!.n).toBe(logBefore[0]!.n + 1);
    const [row] = await queryRows<{ level: string }>(db(), sql`SELECT difficulty_level AS level FROM module_difficulty_calibrations WHERE module_id = ${easy!.id}`);
    expect(row!.level).not.toBe("easy");
  });
});
