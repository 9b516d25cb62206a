import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { queryRows } from "../rows";
import { learnerPerformance, moduleAttempts, raceRuns } from "../schema";
import { seedDemoData } from "../seed/index";
import { testTargets, type TestDatabase } from "../testing/databases";
import { AccessDenied } from "./access";
import { NO_FILTERS } from "./leaderboard-filters";
import { getModuleLeaderboard } from "./leaderboards";
import { getLeaderboardOptIn, listRaceModules, setLeaderboardOptInRecord } from "./races-index";
import { daysToShares, getProjectPaces, medianPace } from "./races-pace";

const DAY = 86_400_000;
const viewer = (patch: Partial<Viewer> & Pick<Viewer, "role">): Viewer => ({
  userId: `u-${patch.role}-${patch.studentId ?? patch.universityId ?? "all"}`,
  name: "Someone",
  email: "someone@example.edu",
  studentId: null,
  facultyId: null,
  universityId: null,
  ...patch,
});
const EMEKA = viewer({ role: "student", studentId: "nit-26f-01", universityId: 1 });
const FREYA = viewer({ role: "student", studentId: "nit-26f-02", universityId: 1 });
const RUNNER = viewer({ role: "student", studentId: "nit-26f-99", universityId: 1 });
const NIT_FACULTY = viewer({ role: "faculty", facultyId: 1, universityId: 1 });
const CSU_FACULTY = viewer({ role: "faculty", facultyId: 4, universityId: 2 });
const ADMIN = viewer({ role: "admin" });

describe("days to each share of a subsystem's modules", () => {
  const start = Date.parse("2026-09-01T09:00:00Z");
  const at = (days: number, hours = 0) => start + days * DAY + hours * 3_600_000;
  test.each<[string, number[], number, (number | null)[]]>([
    ["nothing mastered", [], 4, [null, null, null, null]],
    ["one of four is 25 %", [at(3)], 4, [3, null, null, null]],
    ["the k-th mastery in time counts, whatever the order given", [at(9), at(2), at(5, 20), at(12)], 4, [2, 5, 9, 12]],
    // 25 % of 6 needs 2 modules (⌈1.5⌉), 50 % needs 3, 75 % needs 5 (⌈4.5⌉).
    ["shares round up to whole modules", [at(1), at(2), at(3), at(4), at(5)], 6, [2, 3, 5, null]],
    ["the same day is 0 days", [at(0, 5)], 1, [0, 0, 0, 0]],
    ["no modules: no pace", [at(1)], 0, [null, null, null, null]],
  ])("%s", (_label, mastered, total, expected) => {
    expect(daysToShares(start, mastered, total).map((p) => p.days)).toEqual(expected);
  });

  test("a cohort's pace is the median of the students who reached each share", () => {
    const runner = (...days: (number | null)[]) => days.map((d, i) => ({ share: [25, 50, 75, 100][i]!, days: d }));
    expect(medianPace([runner(2, 4, 8, null), runner(4, 6, null, null), runner(3, 10, 12, 20)])).toEqual([
      { share: 25, days: 3, reached: 3 },
      { share: 50, days: 6, reached: 3 },
      { share: 75, days: 10, reached: 2 },
      { share: 100, days: 20, reached: 1 },
    ]);
    expect(medianPace([])).toEqual([25, 50, 75, 100].map((share) => ({ share, days: null, reached: 0 })));
  });
});

describe.each(testTargets)("the races index on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  let moduleId: number;
  let powerModules: number[];

  async function run(studentId: string, seconds: number, board: "listed" | "flagged", medal: "gold" | "silver" | "bronze" | null) {
    const [attempt] = await db().insert(moduleAttempts).values({ studentId, moduleId, status: "finished" }).returning({ id: moduleAttempts.id });
    await db().insert(raceRuns).values({
      attemptId: attempt!.id,
      studentId,
      moduleId,
      status: "finished",
      finishedAt: new Date("2026-11-20T10:00:00Z"),
      timeSeconds: seconds,
      masteryScore: "80.00",
      medal,
      boardStatus: board,
    });
  }

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(db());
    const [module] = await queryRows<{ id: number }>(
      db(),
      sql`INSERT INTO modules (slug, title, subsystem, status) VALUES ('ri-payload-sprint', 'Payload sprint', 'payload', 'published') RETURNING id`,
    );
    moduleId = module!.id;
    await run("nit-26f-01", 700, "listed", "bronze");
    await run("nit-26f-01", 650, "listed", "silver");
    await run("nit-26f-01", 100, "flagged", null);
    await run("nit-26f-02", 600, "listed", "gold");
    await db().execute(
      sql`INSERT INTO race_metadata (module_id, ghost_data, time_targets, leaderboard_data) VALUES (${moduleId},
        ${JSON.stringify({ builtAt: "2026-11-01T00:00:00Z", ghosts: [], pooled: { subsystem: "payload", students: 12, attempts: 12, splits: [], finish: { p25: 600, median: 660, p75: 720 }, mastery: { p25: 70, median: 80, p75: 90 } } })}::jsonb,
        ${JSON.stringify({ gold: 600, silver: 660, bronze: 720, source: "ghosts" })}::jsonb,
        ${JSON.stringify({ top: [], counts: { finished: 4, listedStudents: 2, flagged: 1 }, updatedAt: "2026-11-20T10:00:00Z" })}::jsonb)`,
    );

    // A student whose power pace is known: first attempt Sep 1 09:00 (a 1 h attempt logged at
    // 10:00), then a power module mastered every second day.
    await db().execute(
      sql`INSERT INTO students (id, name, email, team_id, university_id, semester) VALUES ('nit-26f-99', 'Pace Runner', 'pace@northfield.example.edu', 4, 1, 'Fall 2026')`,
    );
    powerModules = (await queryRows<{ id: number }>(db(), sql`SELECT id FROM modules WHERE subsystem = 'power' AND status = 'published' ORDER BY id`)).map((r) => r.id);
    const [draft] = await queryRows<{ id: number }>(db(), sql`INSERT INTO modules (slug, title, subsystem, status) VALUES ('ri-power-draft', 'Draft', 'power', 'draft') RETURNING id`);
    const start = Date.parse("2026-09-01T09:00:00Z");
    const half = Math.ceil(powerModules.length / 2);
    await db().insert(learnerPerformance).values([
      // Drafts are no part of the race: this earlier attempt does not start the clock.
      { studentId: "nit-26f-99", moduleId: draft!.id, attemptNumber: 1, timeSpentSeconds: 600, masteryScore: "90.00", completed: true, timestamp: new Date(start - 30 * DAY) },
      // Completed under the threshold: not mastered.
      { studentId: "nit-26f-99", moduleId: powerModules.at(-1)!, attemptNumber: 1, timeSpentSeconds: 600, masteryScore: "50.00", completed: true, timestamp: new Date(start + DAY) },
      ...powerModules.slice(0, half).map((id, i) => ({
        studentId: "nit-26f-99",
        moduleId: id,
        attemptNumber: 1,
        timeSpentSeconds: 3600,
        masteryScore: "80.00",
        completed: true,
        timestamp: new Date(i === 0 ? start + 3_600_000 : start + 2 * i * DAY + 3_600_000),
      })),
    ]);
    const [cohort] = await queryRows<{ cohort_id: number }>(
      db(),
      sql`INSERT INTO ghost_cohorts (cohort_name, subsystem) VALUES ('CADENCE Power team', 'power') RETURNING cohort_id`,
    );
    await db().execute(
      sql`INSERT INTO ghost_paces (cohort_id, source, subsystem, total_items, completed_items, started_on, milestones)
        VALUES (${cohort!.cohort_id}, 'cadence_tasks', 'power', 40, 36, '2024-01-15', ${JSON.stringify([
          { share: 25, days: 21, reachedOn: "2024-02-05" },
          { share: 50, days: 47, reachedOn: "2024-03-02" },
          { share: 75, days: 90, reachedOn: "2024-04-14" },
          { share: 100, days: null, reachedOn: null },
        ])}::jsonb)`,
    );
  });
  afterAll(() => database?.dispose());

  test("students see each module with their best listed time and medal, the ghost median and the targets", async () => {
    const subsystems = await listRaceModules(EMEKA, db());
    const race = subsystems.flatMap((s) => s.modules).find((m) => m.id === moduleId)!;
    expect(race).toMatchObject({
      slug: "ri-payload-sprint",
      best: { timeSeconds: 650, medal: "silver" },
      ghost: { medianSeconds: 660, students: 12 },
      targets: { gold: 600, silver: 660, bronze: 720, source: "ghosts" },
      boardStudents: 2,
      locked: false,
    });
    expect(subsystems.map((s) => s.subsystem)).toContain("payload");
    expect(subsystems.every((s) => s.modules.length > 0)).toBe(true);
    // Locks are the catalogue's: a module with an unmastered required prerequisite says which.
    const locked = subsystems.flatMap((s) => s.modules).filter((m) => m.locked);
    expect(locked.length).toBeGreaterThan(0);
    expect(locked.every((m) => m.missingPrerequisites.length > 0)).toBe(true);
  });

  test("staff see the modules without personal figures or locks", async () => {
    const modules = (await listRaceModules(NIT_FACULTY, db())).flatMap((s) => s.modules);
    expect(modules.find((m) => m.id === moduleId)).toMatchObject({ best: null, locked: false, boardStudents: 2 });
    expect(modules.every((m) => m.best === null && !m.locked)).toBe(true);
    await expect(listRaceModules(null, db())).rejects.toBeInstanceOf(AccessDenied);
  });

  test("the opt-in: off by default, a student turns their own name on and off, and boards follow", async () => {
    await db().execute(sql`UPDATE students SET public_leaderboard = false WHERE id = 'nit-26f-01'`);
    expect(await getLeaderboardOptIn(EMEKA, db())).toBe(false);
    const name = (await queryRows<{ name: string }>(db(), sql`SELECT name FROM students WHERE id = 'nit-26f-01'`))[0]!.name;
    const namesSeenByFreya = async () =>
      (await getModuleLeaderboard(FREYA, "ri-payload-sprint", { ...NO_FILTERS, window: "week" }, { db: db(), now: new Date("2026-11-25T00:00:00Z") }))!.rows.map((r) =>
        r.kind === "student" ? r.name : r.label,
      );
    expect(await namesSeenByFreya()).not.toContain(name);

    expect(await setLeaderboardOptInRecord(EMEKA, true, db())).toEqual({ ok: true, publicLeaderboard: true });
    expect(await getLeaderboardOptIn(EMEKA, db())).toBe(true);
    expect(await namesSeenByFreya()).toContain(name);

    expect(await setLeaderboardOptInRecord(EMEKA, false, db())).toEqual({ ok: true, publicLeaderboard: false });
    expect(await namesSeenByFreya()).not.toContain(name);
    // Freya's own setting is untouched by Emeka's.
    const freya = (await queryRows<{ p: boolean }>(db(), sql`SELECT public_leaderboard AS p FROM students WHERE id = 'nit-26f-02'`))[0]!.p;
    expect(await getLeaderboardOptIn(FREYA, db())).toBe(freya);
  });

  test("only a linked student may set the opt-in", async () => {
    await expect(setLeaderboardOptInRecord(NIT_FACULTY, true, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(setLeaderboardOptInRecord(null, true, db())).rejects.toBeInstanceOf(AccessDenied);
    const unlinked = viewer({ role: "student" });
    expect(await setLeaderboardOptInRecord(unlinked, true, db())).toMatchObject({ ok: false, message: expect.stringMatching(/not linked/) });
    expect(await getLeaderboardOptIn(NIT_FACULTY, db())).toBeNull();
  });

  test("project-scale race: the CADENCE team's pace beside the student's own", async () => {
    const paces = await getProjectPaces(RUNNER, { db: db() });
    expect(paces.runner).toEqual({ kind: "student", label: "You" });
    expect(paces.cohorts).toEqual([]);
    const power = paces.subsystems.find((s) => s.subsystem === "power")!;
    expect(power.modules).toBe(powerModules.length);
    expect(power.ghost).toEqual({
      name: "CADENCE Power team",
      totalItems: 40,
      completedItems: 36,
      startedOn: "2024-01-15",
      points: [
        { share: 25, days: 21 },
        { share: 50, days: 47 },
        { share: 75, days: 90 },
        { share: 100, days: null },
      ],
    });
    // The k-th power module was mastered 2(k − 1) days after the start (the first within the day).
    const k25 = Math.ceil(powerModules.length / 4);
    const k50 = Math.ceil(powerModules.length / 2);
    expect(power.runner).toEqual({
      started: 1,
      points: [
        { share: 25, days: 2 * (k25 - 1), reached: 1 },
        { share: 50, days: 2 * (k50 - 1), reached: 1 },
        { share: 75, days: null, reached: 0 },
        { share: 100, days: null, reached: 0 },
      ],
    });
    // Nothing attempted in thermal: no runner there, the subsystem still listed for its modules.
    expect(paces.subsystems.find((s) => s.subsystem === "thermal")?.runner).toBeNull();
  });

  test("staff compare a cohort they may see: faculty default to their university's latest semester", async () => {
    const paces = await getProjectPaces(NIT_FACULTY, { db: db() });
    expect(paces.runner).toMatchObject({ kind: "cohort", label: "NIT · Fall 2026", cohort: { universityId: 1, semester: "Fall 2026" }, students: 11 });
    expect(paces.cohorts.map((c) => c.label)).toEqual(["NIT · Fall 2026", "NIT · Spring 2026"]);
    for (const s of paces.subsystems) {
      if (!s.runner) continue;
      const reached = s.runner.points.map((p) => p.reached);
      expect(reached, s.subsystem).toEqual([...reached].sort((a, b) => b - a));
      expect(reached[0]!, s.subsystem).toBeLessThanOrEqual(s.runner.started);
    }
    const asked = await getProjectPaces(ADMIN, { cohort: { universityId: 1, semester: "Fall 2026" }, db: db() });
    expect(asked.subsystems).toEqual(paces.subsystems);
    expect(asked.cohorts.length).toBe(6);
    await expect(getProjectPaces(CSU_FACULTY, { cohort: { universityId: 1, semester: "Fall 2026" }, db: db() })).rejects.toBeInstanceOf(AccessDenied);
  });
});
