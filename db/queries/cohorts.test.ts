import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { SUBSYSTEMS } from "../../app/lib/domain/vocabulary";
import { queryRows } from "../rows";
import { seedDemoData } from "../seed/index";
import { testTargets, type TestDatabase } from "../testing/databases";
import { AccessDenied } from "./access";
import { COHORT_LEVELS } from "./cohort-levels";
import {
  cumulativeWeeks,
  defaultCohortTeamId,
  getCohort,
  getCohortLevels,
  getMasteryComparison,
  HEAT_MAP_PAGE_SIZE,
  listCohortChoices,
  listHeatMap,
} from "./cohorts";

/** Team 4 is NIT's Fall 2026 team (Polaris II), team 1 its Spring 2026 team; 5 and 6 are CSU's and LPU's Fall teams. */
const NIT_FALL = 4;
const NIT_SPRING = 1;

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

describe("cumulativeWeeks", () => {
  test.each<[string, number, { week: number; n: number }[], number[]]>([
    ["no attempts: no weeks", 0, [], []],
    ["weeks without a mastery carry the total on", 4, [{ week: 2, n: 3 }, { week: 4, n: 1 }], [0, 3, 3, 4]],
    ["a mastery after the last attempt's week still shows", 1, [{ week: 3, n: 2 }], [0, 0, 2]],
  ])("%s", (_label, lastWeek, perWeek, totals) => {
    const weeks = cumulativeWeeks("2026-08-24", lastWeek, perWeek);
    expect(weeks.map((w) => w.masteredTotal)).toEqual(totals);
    if (weeks.length > 1) expect(weeks[1]!.weekStart).toBe("2026-08-31");
  });
});

describe.each(testTargets)("cohort review on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(db());
  });
  afterAll(() => database?.dispose());

  test("faculty pick among their university's teams, admins among all; the default is the most recent", async () => {
    const mine = await listCohortChoices(FACULTY, db());
    expect(mine.map((c) => c.teamId).sort()).toEqual([NIT_SPRING, NIT_FALL]);
    expect(mine.every((c) => c.universityShort === "NIT" && c.students === 10)).toBe(true);
    expect((await listCohortChoices(ADMIN, db())).map((c) => c.teamId).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await defaultCohortTeamId(FACULTY, db())).toBe(NIT_FALL);
    expect(await defaultCohortTeamId(OTHER_FACULTY, db())).toBe(5);
    expect(await defaultCohortTeamId(ADMIN, db())).toBe(NIT_FALL);
  });

  test("another university's faculty and students are refused; a missing team is null", async () => {
    await expect(getCohort(OTHER_FACULTY, NIT_FALL, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(getCohortLevels(OTHER_FACULTY, NIT_FALL, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(listHeatMap(OTHER_FACULTY, NIT_FALL, { sort: "name", desc: false, page: 1 }, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(getMasteryComparison(OTHER_FACULTY, NIT_FALL, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(getCohort(STUDENT, NIT_FALL, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(listCohortChoices(STUDENT, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(getCohort(null, NIT_FALL, db())).rejects.toBeInstanceOf(AccessDenied);
    expect(await getCohort(ADMIN, 99_999, db())).toBeNull();
    expect(await getCohort(ADMIN, NIT_FALL, db())).toMatchObject({ team: "Polaris II", semester: "Fall 2026", universityShort: "NIT", students: 10 });
  });

  test("each heat-map cell is the student's subsystem_competency level, none where no row", async () => {
    await db().execute(sql`DELETE FROM subsystem_competency WHERE student_id = 'nit-26f-03' AND subsystem = 'payload'`);
    const heat = await listHeatMap(FACULTY, NIT_FALL, { sort: "name", desc: false, page: 1 }, db());
    const recorded = await queryRows<{ student_id: string; subsystem: string; level: string | null }>(
      db(),
      sql`SELECT c.student_id, c.subsystem, c.competency_level AS level FROM subsystem_competency c
        JOIN students s ON s.id = c.student_id WHERE s.team_id = ${NIT_FALL}`,
    );
    const expected = new Map(recorded.map((r) => [`${r.student_id}/${r.subsystem}`, r.level ?? "none"]));
    expect(heat!.rows).toHaveLength(10);
    expect(heat!.rows.map((r) => r.name)).toEqual([...heat!.rows.map((r) => r.name)].sort((a, b) => a.localeCompare(b)));
    for (const row of heat!.rows) {
      for (const subsystem of SUBSYSTEMS) expect(row.levels[subsystem], `${row.id} ${subsystem}`).toBe(expected.get(`${row.id}/${subsystem}`) ?? "none");
    }
    expect(heat!.rows.find((r) => r.id === "nit-26f-03")!.levels.payload).toBe("none");
  });

  test("the heat map sorts by a subsystem's level, highest first, and pages", async () => {
    const heat = await listHeatMap(FACULTY, NIT_FALL, { sort: "power", desc: true, page: 1 }, db());
    const ranks = heat!.rows.map((r) => COHORT_LEVELS.indexOf(r.levels.power));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(new Set(ranks).size).toBeGreaterThan(1);
    const past = await listHeatMap(FACULTY, NIT_FALL, { sort: "name", desc: false, page: 9 }, db());
    expect(past).toMatchObject({ page: 1, pageCount: 1, total: 10 });
    expect(HEAT_MAP_PAGE_SIZE).toBeGreaterThan(10);
  });

  test("level counts per subsystem and the bench match subsystem_competency", async () => {
    // LPU's Fall team: one student carries payload, nobody thermal.
    await db().execute(sql`UPDATE subsystem_competency SET competency_level = 'orientation'
      WHERE subsystem IN ('payload', 'thermal') AND student_id IN (SELECT id FROM students WHERE team_id = 6)`);
    await db().execute(sql`UPDATE subsystem_competency SET competency_level = 'integration' WHERE subsystem = 'payload' AND student_id = 'lpu-26f-04'`);

    for (const teamId of [NIT_FALL, 6]) {
      const levels = await getCohortLevels(ADMIN, teamId, db());
      const rows = await queryRows<{ subsystem: string; level: string; n: number }>(
        db(),
        sql`SELECT sub AS subsystem, coalesce(c.competency_level, 'none') AS level, count(*)::int AS n
          FROM students s CROSS JOIN unnest(ARRAY['avionics','structures','mission_ops','thermal','power','communications','payload']) AS sub
          LEFT JOIN subsystem_competency c ON c.student_id = s.id AND c.subsystem = sub
          WHERE s.team_id = ${teamId} GROUP BY 1, 2`,
      );
      expect(levels!.map((l) => l.subsystem)).toEqual([...SUBSYSTEMS]);
      for (const entry of levels!) {
        for (const level of COHORT_LEVELS) {
          expect(entry.counts[level], `${teamId} ${entry.subsystem} ${level}`).toBe(
            rows.find((r) => r.subsystem === entry.subsystem && r.level === level)?.n ?? 0,
          );
        }
        expect(Object.values(entry.counts).reduce((a, b) => a + b, 0)).toBe(10);
        expect(entry.bench).toBe(entry.counts.competency + entry.counts.integration + entry.counts.autonomy);
      }
    }
    const lpu = await getCohortLevels(ADMIN, 6, db());
    const payload = lpu!.find((l) => l.subsystem === "payload")!;
    expect(payload.bench).toBe(1);
    expect(payload.onlyStudent?.id).toBe("lpu-26f-04");
    expect(lpu!.find((l) => l.subsystem === "thermal")!).toMatchObject({ bench: 0, onlyStudent: null });
  });

  test("modules mastered per week of the semester, against the previous semester's cohort", async () => {
    const comparison = await getMasteryComparison(FACULTY, NIT_FALL, db());
    const [truth] = await queryRows<{ mastered: number; start: string }>(
      db(),
      sql`SELECT (SELECT count(*)::int FROM (
            SELECT DISTINCT lp.student_id, lp.module_id FROM learner_performance lp JOIN students s ON s.id = lp.student_id
            WHERE s.team_id = ${NIT_FALL} AND lp.completed AND lp.mastery_score >= 70) x) AS mastered,
          to_char(least((SELECT created_at FROM teams WHERE id = ${NIT_FALL}),
            (SELECT min(lp."timestamp") FROM learner_performance lp JOIN students s ON s.id = lp.student_id WHERE s.team_id = ${NIT_FALL})), 'YYYY-MM-DD') AS start`,
    );
    const weeks = comparison!.cohort.weeks;
    expect(comparison!.cohort.start).toBe(truth!.start);
    expect(weeks.at(-1)!.masteredTotal).toBe(truth!.mastered);
    expect(weeks.map((w) => w.week)).toEqual(weeks.map((_, i) => i + 1));
    expect(weeks.length).toBeGreaterThan(10);
    expect(comparison!.previous).toMatchObject({ semester: "Spring 2026", teams: ["Polaris I"], students: 10 });
    expect(comparison!.previous!.weeks.at(-1)!.masteredTotal).toBeGreaterThan(0);

    const first = await getMasteryComparison(FACULTY, NIT_SPRING, db());
    expect(first!.previous).toBeNull();
  });
});
