import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { queryRows } from "../rows";
import { learnerPerformance, moduleAttempts } from "../schema";
import { seedDemoData } from "../seed/index";
import { testTargets, type TestDatabase } from "../testing/databases";
import { AccessDenied } from "./access";
import { COHORT_LEVELS } from "./cohort-levels";
import { defaultStudentQuery, type CohortStudentQuery } from "./cohort-query";
import { cohortStudentsCsv, listCohortStudents, listFallingBehind } from "./cohort-students";

const TEAM = 4; // NIT, Fall 2026
const DAY = 86_400_000;

const viewer = (patch: Partial<Viewer> & Pick<Viewer, "role">): Viewer => ({
  userId: `u-${patch.role}`,
  name: "Someone",
  email: "someone@example.edu",
  studentId: null,
  facultyId: null,
  universityId: null,
  ...patch,
});
const FACULTY = viewer({ role: "faculty", facultyId: 1, universityId: 1 });
const OTHER_FACULTY = viewer({ role: "faculty", facultyId: 4, universityId: 2 });
const ADMIN = viewer({ role: "admin" });
const STUDENT = viewer({ role: "student", studentId: "nit-26f-01", universityId: 1 });

const query = (patch: Partial<CohortStudentQuery> = {}): CohortStudentQuery => ({ ...defaultStudentQuery(), ...patch });

describe.each(testTargets)("cohort students on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  /** A day after the cohort's latest activity: nobody has been quiet for 14 days yet. */
  let now: Date;
  let stuckModule: { id: number; slug: string };
  let recoveredModule: { id: number; slug: string };

  /** A published module the student has never attempted. */
  async function untouchedModule(studentId: string): Promise<{ id: number; slug: string }> {
    const [row] = await queryRows<{ id: number; slug: string }>(
      db(),
      sql`SELECT id, slug FROM modules m WHERE status = 'published'
        AND NOT EXISTS (SELECT 1 FROM learner_performance lp WHERE lp.module_id = m.id AND lp.student_id = ${studentId})
        ORDER BY id DESC LIMIT 1`,
    );
    return row!;
  }

  async function lastActivity(studentId: string): Promise<Date> {
    const [row] = await queryRows<{ at: string }>(
      db(),
      sql`SELECT to_char(max("timestamp"), 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at FROM learner_performance WHERE student_id = ${studentId}`,
    );
    return new Date(row!.at);
  }

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(db());
    const [latest] = await queryRows<{ at: string }>(
      db(),
      sql`SELECT to_char(max(lp."timestamp"), 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at
        FROM learner_performance lp JOIN students s ON s.id = lp.student_id WHERE s.team_id = ${TEAM}`,
    );
    now = new Date(Date.parse(latest!.at) + DAY);

    // nit-26f-05 fails a new module twice in a row (an unfinished attempt between); nit-26f-06
    // fails another twice, then masters it.
    stuckModule = await untouchedModule("nit-26f-05");
    recoveredModule = await untouchedModule("nit-26f-06");
    const attempt = (studentId: string, moduleId: number, n: number, score: number, hoursAgo: number, completed = true) => ({
      studentId,
      moduleId,
      attemptNumber: n,
      masteryScore: score.toFixed(2),
      completed,
      timeSpentSeconds: 600,
      errorsCount: 3,
      timestamp: new Date(now.getTime() - hoursAgo * 3_600_000),
    });
    await db().insert(learnerPerformance).values([
      attempt("nit-26f-05", stuckModule.id, 1, 40, 30),
      attempt("nit-26f-05", stuckModule.id, 2, 20, 28, false),
      attempt("nit-26f-05", stuckModule.id, 3, 55, 26),
      attempt("nit-26f-06", recoveredModule.id, 1, 45, 30),
      attempt("nit-26f-06", recoveredModule.id, 2, 50, 28),
      attempt("nit-26f-06", recoveredModule.id, 3, 82, 26),
    ]);
  });
  afterAll(() => database?.dispose());

  test("two failed attempts in a row on a module put the student on the list, with the module", async () => {
    const behind = await listFallingBehind(FACULTY, TEAM, { quietDays: 14, now }, db());
    // The unfinished attempt between the two failures is no verdict, so they are in a row.
    const stuck = behind!.students.find((s) => s.id === "nit-26f-05");
    expect(stuck?.stuck).toContainEqual(expect.objectContaining({ slug: stuckModule.slug, scores: [40, 55] }));
    // A mastery after two failures clears them.
    const recovered = behind!.students.find((s) => s.id === "nit-26f-06");
    expect(recovered?.stuck.some((m) => m.slug === recoveredModule.slug) ?? false).toBe(false);
  });

  test("a student quiet for N days appears once N days have passed", async () => {
    const studentId = "nit-26f-08";
    const last = await lastActivity(studentId);
    const before = await listFallingBehind(FACULTY, TEAM, { quietDays: 14, now: new Date(last.getTime() + 13.5 * DAY) }, db());
    expect(behindOf(before!.students, studentId)?.quietDays ?? null).toBeNull();
    const after = await listFallingBehind(FACULTY, TEAM, { quietDays: 14, now: new Date(last.getTime() + 15.2 * DAY) }, db());
    expect(behindOf(after!.students, studentId)?.quietDays).toBe(15);
    // A shorter N flags sooner.
    const shorter = await listFallingBehind(FACULTY, TEAM, { quietDays: 3, now: new Date(last.getTime() + 4.5 * DAY) }, db());
    expect(behindOf(shorter!.students, studentId)?.quietDays).toBe(4);
  });

  test("an attempt in progress counts as activity", async () => {
    const studentId = "nit-26f-09";
    const later = new Date(now.getTime() + 30 * DAY);
    const quiet = await listFallingBehind(FACULTY, TEAM, { quietDays: 14, now: later }, db());
    expect(behindOf(quiet!.students, studentId)?.quietDays).toBeGreaterThanOrEqual(14);
    const moduleId = (await untouchedModule(studentId)).id;
    await db().insert(moduleAttempts).values({ studentId, moduleId, lastActivityAt: new Date(later.getTime() - 2 * DAY) });
    const active = await listFallingBehind(FACULTY, TEAM, { quietDays: 14, now: later }, db());
    expect(behindOf(active!.students, studentId)?.quietDays ?? null).toBeNull();
    await db().execute(sql`DELETE FROM module_attempts WHERE student_id = ${studentId}`);
  });

  test("the table lists the cohort with its figures, as SQL counts them", async () => {
    const page = await listCohortStudents(FACULTY, TEAM, query(), { quietDays: 14, now }, db());
    expect(page!.total).toBe(10);
    expect(page!.rows.map((r) => r.name)).toEqual([...page!.rows.map((r) => r.name)].sort((a, b) => a.localeCompare(b)));
    const truth = await queryRows<{ id: string; mastered: number; mean: number | null }>(
      db(),
      sql`SELECT s.id,
          count(DISTINCT lp.module_id) FILTER (WHERE lp.completed AND lp.mastery_score >= 70)::int AS mastered,
          round(avg(lp.mastery_score) FILTER (WHERE lp.completed), 1)::float8 AS mean
        FROM students s LEFT JOIN learner_performance lp ON lp.student_id = s.id WHERE s.team_id = ${TEAM} GROUP BY s.id`,
    );
    for (const row of page!.rows) {
      const t = truth.find((x) => x.id === row.id)!;
      expect([row.modulesMastered, row.meanMastery]).toEqual([t.mastered, t.mean]);
      expect(row.team).toBe("Polaris II");
    }
    expect(page!.rows.find((r) => r.id === "nit-26f-05")).toMatchObject({ fallingBehind: true, stuckModules: expect.any(Number) });
  });

  test("filters, sorting and paging run in SQL", async () => {
    const rule = { quietDays: 14, now };
    const byMastered = await listCohortStudents(FACULTY, TEAM, query({ sort: "mastered", desc: true }), rule, db());
    const counts = byMastered!.rows.map((r) => r.modulesMastered);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const behind = await listCohortStudents(FACULTY, TEAM, query({ behind: true }), rule, db());
    const listed = await listFallingBehind(FACULTY, TEAM, rule, db());
    expect(behind!.total).toBe(listed!.total);
    expect(behind!.rows.every((r) => r.fallingBehind)).toBe(true);
    expect(behind!.rows.map((r) => r.id)).toContain("nit-26f-05");

    const someone = byMastered!.rows[3]!;
    const fragment = someone.name.split(" ")[1]!.slice(0, 4).toUpperCase();
    const named = await listCohortStudents(FACULTY, TEAM, query({ q: fragment }), rule, db());
    expect(named!.rows.map((r) => r.id)).toContain(someone.id);
    expect(named!.rows.every((r) => r.name.toUpperCase().includes(fragment))).toBe(true);
    expect((await listCohortStudents(FACULTY, TEAM, query({ q: "%" }), rule, db()))!.total).toBe(0);

    const all = await listCohortStudents(FACULTY, TEAM, query({ subsystem: "power" }), rule, db());
    expect(Object.values(all!.facets.levels).reduce((a, b) => a + b, 0)).toBe(10);
    const level = COHORT_LEVELS.find((l) => all!.facets.levels[l] > 0 && all!.facets.levels[l] < 10)!;
    const atLevel = await listCohortStudents(FACULTY, TEAM, query({ subsystem: "power", levels: [level] }), rule, db());
    expect(atLevel!.total).toBe(all!.facets.levels[level]);
    expect(atLevel!.rows.every((r) => r.levels.power === level)).toBe(true);
    expect(atLevel!.facets.levels).toEqual(all!.facets.levels);

    const past = await listCohortStudents(FACULTY, TEAM, query({ page: 3 }), rule, db());
    expect(past).toMatchObject({ page: 1, pageCount: 1, total: 10 });
    expect(past!.rows).toHaveLength(10);
  });

  test("faculty of another university and students are refused", async () => {
    const rule = { quietDays: 14, now };
    await expect(listCohortStudents(OTHER_FACULTY, TEAM, query(), rule, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(listFallingBehind(OTHER_FACULTY, TEAM, rule, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(cohortStudentsCsv(OTHER_FACULTY, TEAM, query(), rule, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(listCohortStudents(STUDENT, TEAM, query(), rule, db())).rejects.toBeInstanceOf(AccessDenied);
    expect(await listCohortStudents(ADMIN, 99_999, query(), rule, db())).toBeNull();
  });

  test("the CSV holds every matching student with levels in words, and defuses formulas", async () => {
    const rule = { quietDays: 14, now };
    const csv = await cohortStudentsCsv(FACULTY, TEAM, query({ behind: true }), rule, db());
    const [header, ...rows] = parse(csv!) as string[][];
    expect(header!.slice(0, 7)).toEqual(["student id", "name", "team", "modules mastered", "mean mastery", "last activity (UTC)", "falling behind"]);
    expect(header).toContain("Mission operations level");
    const listed = await listFallingBehind(FACULTY, TEAM, rule, db());
    expect(rows).toHaveLength(listed!.total);
    const stuck = rows.find((r) => r[0] === "nit-26f-05")!;
    expect(stuck[6]).toMatch(/two failed attempts in a row on \d+ modules?/);
    expect(rows.every((r) => r.slice(7).every((level) => ["none", "orientation", "competency", "integration", "autonomy"].includes(level)))).toBe(true);

    await db().execute(sql`UPDATE students SET name = '=HYPERLINK("http://x.example")' WHERE id = 'lpu-26f-01'`);
    const lpu = parse((await cohortStudentsCsv(ADMIN, 6, query(), rule, db()))!) as string[][];
    expect(lpu.find((r) => r[0] === "lpu-26f-01")![1]).toBe(`'=HYPERLINK("http://x.example")`);
  });
});

function behindOf<T extends { id: string }>(students: T[], id: string): T | undefined {
  return students.find((s) => s.id === id);
}
