import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import type { RaceGhostData } from "../../app/lib/domain/race-data";
import { refreshLeaderboardCache } from "../races/leaderboard-cache";
import { queryRows } from "../rows";
import { moduleAttempts, raceRuns } from "../schema";
import { seedDemoData } from "../seed/index";
import { testTargets, type TestDatabase } from "../testing/databases";
import { AccessDenied } from "./access";
import { NO_FILTERS, type LeaderboardFilters } from "./leaderboard-filters";
import { listFlaggedRuns } from "./leaderboard-review";
import { getModuleLeaderboard, type LeaderboardEntry, type LeaderboardRow, type ModuleLeaderboardView } from "./leaderboards";

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
const NIT_FACULTY = viewer({ role: "faculty", facultyId: 1, universityId: 1 });
const CSU_FACULTY = viewer({ role: "faculty", facultyId: 4, universityId: 2 });
const ADMIN = viewer({ role: "admin" });

const SLUG = "lb-power-sprint";
const NOW = new Date("2026-11-25T12:00:00Z");
const ANON = "Anonymous student";

/**
 * The board under test, on a module of its own (the demo's modules may gain runs from the seed):
 *   B csu-26f-01 250 s (Nov 20) · A nit-26f-03 250 s (Nov 23; also 300 s listed, 120 s flagged) ·
 *   C nit-26s-01 400 s (opted in) · E csu-26s-01 450 s (also 90 s flagged) · Freya 500 s · Emeka 600 s;
 *   D lpu-26f-01 has only a rejected 100 s run. Ties go to the earlier finish: B before A.
 */
const A = "nit-26f-03";
const B = "csu-26f-01";
const C = "nit-26s-01";
const D = "lpu-26f-01";
const E = "csu-26s-01";
const RUNS: { student: string; seconds: number; at: string; board: "listed" | "flagged" | "rejected"; medal?: "gold" | "silver" | "bronze"; reasons?: string[] }[] = [
  { student: A, seconds: 300, at: "2026-09-15T10:00:00Z", board: "listed", medal: "gold" },
  { student: A, seconds: 250, at: "2026-11-23T10:00:00Z", board: "listed", medal: "gold" },
  { student: A, seconds: 120, at: "2026-11-24T10:00:00Z", board: "flagged", reasons: ["Finished in 120 s, under the plausible floor of 150 s (30 % of the gold time)"] },
  { student: B, seconds: 250, at: "2026-11-20T10:00:00Z", board: "listed", medal: "gold" },
  { student: C, seconds: 400, at: "2026-03-01T10:00:00Z", board: "listed", medal: "silver" },
  { student: D, seconds: 100, at: "2026-11-24T10:00:00Z", board: "rejected" },
  { student: E, seconds: 450, at: "2026-03-02T10:00:00Z", board: "listed", medal: "bronze" },
  { student: E, seconds: 90, at: "2026-03-03T10:00:00Z", board: "flagged", reasons: ["Mastery 40 is under 70"] },
  { student: "nit-26f-02", seconds: 500, at: "2026-09-15T10:00:00Z", board: "listed" },
  { student: "nit-26f-01", seconds: 600, at: "2026-11-22T10:00:00Z", board: "listed" },
];

const GHOSTS: RaceGhostData = {
  builtAt: "2026-11-01T00:00:00Z",
  ghosts: [
    { cohortId: 1, name: "NIT Spring 2026 · Power", university: "NIT", semester: "Spring 2026", subsystem: "power", students: 6, attempts: 6, splits: [], finish: { p25: 300, median: 350, p75: 380 }, mastery: { p25: 75, median: 80, p75: 90 } },
    { cohortId: 2, name: "CSU Spring 2026 · Power", university: "CSU", semester: "Spring 2026", subsystem: "power", students: 5, attempts: 5, splits: [], finish: { p25: 480, median: 520, p75: 560 }, mastery: { p25: 70, median: 78, p75: 85 } },
  ],
  pooled: { subsystem: "power", students: 11, attempts: 11, splits: [], finish: { p25: 300, median: 420, p75: 520 }, mastery: { p25: 72, median: 79, p75: 88 } },
};

describe.each(testTargets)("leaderboards on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  let moduleId: number;
  const names = new Map<string, string>();

  const board = (who: Viewer, filters: Partial<LeaderboardFilters> = {}, pageSize?: number) =>
    getModuleLeaderboard(who, SLUG, { ...NO_FILTERS, ...filters }, { db: db(), now: NOW, pageSize }) as Promise<ModuleLeaderboardView>;
  const students = (view: ModuleLeaderboardView) => view.rows.filter((r): r is LeaderboardEntry => r.kind === "student");
  /** Who each ranked row is, by time and finish (rows carry no student id on purpose). */
  const who = (row: LeaderboardEntry) => RUNS.find((r) => r.board === "listed" && r.seconds === row.timeSeconds && new Date(r.at).toISOString() === row.finishedAt)!.student;
  const order = (view: ModuleLeaderboardView) => students(view).map(who);

  /** The race engine's own cache refresh, as a finish or a review runs it. */
  async function writeCache() {
    await db().transaction((tx) => refreshLeaderboardCache(tx, moduleId));
  }

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(db());
    const [module] = await queryRows<{ id: number }>(
      db(),
      sql`INSERT INTO modules (slug, title, subsystem, status) VALUES (${SLUG}, 'Power sprint', 'power', 'published') RETURNING id`,
    );
    moduleId = module!.id;
    for (const run of RUNS) {
      const [attempt] = await db()
        .insert(moduleAttempts)
        .values({ studentId: run.student, moduleId, status: "finished", startedAt: new Date(Date.parse(run.at) - run.seconds * 1000), finishedAt: new Date(run.at) })
        .returning({ id: moduleAttempts.id });
      await db()
        .insert(raceRuns)
        .values({
          attemptId: attempt!.id,
          studentId: run.student,
          moduleId,
          status: "finished",
          startedAt: new Date(Date.parse(run.at) - run.seconds * 1000),
          finishedAt: new Date(run.at),
          timeSeconds: run.seconds,
          masteryScore: run.board === "flagged" && run.seconds === 90 ? "40.00" : "85.00",
          medal: run.medal ?? null,
          boardStatus: run.board,
          flagReasons: run.reasons ?? [],
        });
    }
    await db().execute(sql`UPDATE students SET public_leaderboard = (id = ${C})`);
    await db().execute(sql`UPDATE subsystem_competency SET competency_level = 'orientation' WHERE subsystem = 'power'`);
    await db().execute(sql`UPDATE subsystem_competency SET competency_level = 'competency' WHERE subsystem = 'power' AND student_id IN (${A}, 'nit-26f-02')`);
    await db().execute(sql`DELETE FROM subsystem_competency WHERE subsystem = 'power' AND student_id = ${C}`);
    await db().execute(
      sql`INSERT INTO race_metadata (module_id, ghost_data, time_targets)
        VALUES (${moduleId}, ${JSON.stringify(GHOSTS)}::jsonb, ${JSON.stringify({ gold: 300, silver: 420, bronze: 520, source: "ghosts" })}::jsonb)`,
    );
    await writeCache();
    for (const s of await queryRows<{ id: string; name: string }>(db(), sql`SELECT id, name FROM students`)) names.set(s.id, s.name);
  });
  afterAll(() => database?.dispose());

  test("fastest first, each student's best listed run once, ties to the earlier finish; flagged and rejected runs stay off", async () => {
    const view = await board(ADMIN);
    expect(view.source).toBe("cache");
    expect(order(view)).toEqual([B, A, C, E, "nit-26f-02", "nit-26f-01"]);
    expect(students(view).map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(students(view).map((r) => r.timeSeconds)).toEqual([250, 250, 400, 450, 500, 600]);
    expect(view.counts).toEqual({ students: 6, flagged: 2 });
    expect(students(view).find((r) => who(r) === A)).toMatchObject({ medal: "gold", masteryScore: 85, team: "Polaris II", university: "NIT" });
  });

  test("without a cache the same board is read from race_runs", async () => {
    const cached = await board(ADMIN);
    await db().execute(sql`UPDATE race_metadata SET leaderboard_data = NULL WHERE module_id = ${moduleId}`);
    try {
      const queried = await board(ADMIN);
      expect(queried.source).toBe("query");
      expect(queried.rows).toEqual(cached.rows);
      expect(queried.counts).toEqual(cached.counts);
    } finally {
      await writeCache();
    }
  });

  test("the unfiltered board is the cache, not a recount of the runs", async () => {
    await db().execute(
      sql`UPDATE race_metadata SET leaderboard_data = jsonb_set(jsonb_set(leaderboard_data, '{top}', (leaderboard_data -> 'top') - 0), '{counts,listedStudents}', '5')
        WHERE module_id = ${moduleId}`,
    );
    try {
      const view = await board(ADMIN);
      expect(order(view)).toEqual([A, C, E, "nit-26f-02", "nit-26f-01"]);
      expect(view.counts.students).toBe(5);
    } finally {
      await writeCache();
    }
  });

  test.each<[string, Partial<LeaderboardFilters>, string[]]>([
    ["university", { universityId: 1 }, [A, C, "nit-26f-02", "nit-26f-01"]],
    ["cohort (university × semester)", { cohort: { universityId: 1, semester: "Fall 2026" } }, [A, "nit-26f-02", "nit-26f-01"]],
    ["team", { teamId: 1 }, [C]],
    ["semester", { semester: "Spring 2026" }, [C, E]],
    // The week before Nov 25 noon: A's best within it is still 250 s, B's Nov 20 run counts.
    ["this week", { window: "week" }, [B, A, "nit-26f-01"]],
    // Fall 2026 began on Aug 24 (its teams' creation): Spring runs drop out.
    ["this semester", { window: "semester" }, [B, A, "nit-26f-02", "nit-26f-01"]],
    ["competency bracket", { level: "competency" }, [A, "nit-26f-02"]],
    ["no level recorded yet", { level: "none" }, [C]],
    ["filters together", { universityId: 1, window: "semester" }, [A, "nit-26f-02", "nit-26f-01"]],
  ])("filter: %s", async (_label, filters, expected) => {
    const view = await board(ADMIN, filters);
    expect(view.source).toBe("query");
    expect(order(view)).toEqual(expected);
    expect(students(view).map((r) => r.rank)).toEqual(expected.map((_, i) => i + 1));
    expect(view.counts.students).toBe(expected.length);
  });

  test("flagged counts follow the filters", async () => {
    expect((await board(ADMIN, { universityId: 1 })).counts.flagged).toBe(1);
    expect((await board(ADMIN, { semester: "Spring 2026" })).counts.flagged).toBe(1);
    expect((await board(ADMIN, { universityId: 3 })).counts).toEqual({ students: 0, flagged: 0 });
  });

  test("the viewer's own row is always there, with its true rank when outside the page", async () => {
    const cached = await board(EMEKA, {}, 2);
    expect(order(cached)).toEqual([B, A]);
    expect(cached.viewerRow).toMatchObject({ rank: 6, timeSeconds: 600, isViewer: true, name: names.get("nit-26f-01") });
    const filtered = await board(EMEKA, { universityId: 1 }, 2);
    expect(filtered.viewerRow).toMatchObject({ rank: 4, timeSeconds: 600, isViewer: true });
    // On the page: highlighted there, not repeated.
    const full = await board(EMEKA);
    expect(full.viewerRow).toBeNull();
    expect(students(full).filter((r) => r.isViewer).map(who)).toEqual(["nit-26f-01"]);
    // Staff have no row of their own.
    expect((await board(NIT_FACULTY, {}, 2)).viewerRow).toBeNull();
  });

  test("a student sees names only of those who opted in, and their own; nothing else about the others", async () => {
    const view = await board(FREYA);
    const shown = new Map(students(view).map((r) => [who(r), r.name]));
    expect(shown).toEqual(
      new Map([
        [B, ANON],
        [A, ANON],
        [C, names.get(C)],
        [E, ANON],
        ["nit-26f-02", names.get("nit-26f-02")],
        ["nit-26f-01", ANON],
      ]),
    );
    const json = JSON.stringify(view);
    for (const hidden of [A, B, E, "nit-26f-01"]) {
      expect(json).not.toContain(names.get(hidden));
      expect(json).not.toContain(hidden);
    }
  });

  test.each<[string, Viewer, string[], string[]]>([
    ["faculty see their university's names", NIT_FACULTY, [A, C, "nit-26f-02", "nit-26f-01"], [B, E]],
    ["another university's faculty do not", CSU_FACULTY, [B, C, E], [A, "nit-26f-02", "nit-26f-01"]],
    ["admins see every name", ADMIN, [A, B, C, E, "nit-26f-02", "nit-26f-01"], []],
  ])("%s", async (_label, staff, named, anonymous) => {
    const view = await board(staff);
    for (const row of students(view)) {
      const id = who(row);
      expect(row.name, id).toBe(named.includes(id) ? names.get(id) : ANON);
      expect(row.anonymous, id).toBe(anonymous.includes(id));
    }
    const json = JSON.stringify(view);
    for (const id of anonymous) expect(json).not.toContain(names.get(id));
  });

  test("ghost rows are interleaved at their median times, unranked, with the medal their time earns", async () => {
    const view = await board(ADMIN);
    const sequence = view.rows.map((r: LeaderboardRow) => (r.kind === "ghost" ? r.label : who(r)));
    expect(sequence).toEqual([
      B,
      A,
      "Ghost · NIT Spring 2026 · Power (median)",
      C,
      "Ghost · all earlier cohorts (median)",
      E,
      "nit-26f-02",
      "Ghost · CSU Spring 2026 · Power (median)",
      "nit-26f-01",
    ]);
    const ghosts = view.rows.filter((r) => r.kind === "ghost");
    expect(ghosts.map((g) => [g.timeSeconds, g.medal])).toEqual([[350, "silver"], [420, "silver"], [520, "bronze"]]);
    expect(ghosts.every((g) => !("rank" in g))).toBe(true);
  });

  test("a ghost slower than a partial page is left for later pages; a university filter keeps its own cohorts", async () => {
    const partial = await board(ADMIN, {}, 2);
    expect(partial.rows.every((r) => r.kind === "student")).toBe(true);
    const csu = await board(ADMIN, { universityId: 2 });
    expect(csu.rows.map((r) => (r.kind === "ghost" ? r.label : who(r)))).toEqual([B, E, "Ghost · CSU Spring 2026 · Power (median)"]);
  });

  test("a student without a listed run learns their flagged runs are waiting for review", async () => {
    const lone = viewer({ role: "student", studentId: "lpu-26f-02", universityId: 3 });
    const [attempt] = await db().insert(moduleAttempts).values({ studentId: "lpu-26f-02", moduleId, status: "finished" }).returning({ id: moduleAttempts.id });
    await db().insert(raceRuns).values({
      attemptId: attempt!.id,
      studentId: "lpu-26f-02",
      moduleId,
      status: "finished",
      finishedAt: new Date("2026-11-24T09:00:00Z"),
      timeSeconds: 30,
      masteryScore: "90.00",
      boardStatus: "flagged",
      flagReasons: ["too fast"],
    });
    try {
      const view = await board(lone);
      expect(view.viewerRow).toBeNull();
      expect(view.viewerFlagged).toBe(1);
    } finally {
      await db().execute(sql`DELETE FROM module_attempts WHERE id = ${attempt!.id}`);
    }
  });

  test("unknown or unpublished modules have no board for students; nobody signed out sees one", async () => {
    expect(await getModuleLeaderboard(EMEKA, "no-such-module", NO_FILTERS, { db: db() })).toBeNull();
    await db().execute(sql`INSERT INTO modules (slug, title, subsystem, status) VALUES ('lb-draft', 'Draft', 'power', 'draft')`);
    expect(await getModuleLeaderboard(EMEKA, "lb-draft", NO_FILTERS, { db: db() })).toBeNull();
    expect(await getModuleLeaderboard(ADMIN, "lb-draft", NO_FILTERS, { db: db() })).not.toBeNull();
    await expect(getModuleLeaderboard(null, SLUG, NO_FILTERS, { db: db() })).rejects.toBeInstanceOf(AccessDenied);
  });

  test("flagged runs: off the board, listed for their university's faculty and for admins, with the reasons", async () => {
    const nit = await listFlaggedRuns(NIT_FACULTY, moduleId, { db: db() });
    expect(nit.runs.map((r) => [r.name, r.timeSeconds, r.reasons])).toEqual([[names.get(A), 120, [RUNS[2]!.reasons![0]]]]);
    const csu = await listFlaggedRuns(CSU_FACULTY, moduleId, { db: db() });
    expect(csu.runs.map((r) => [r.name, r.timeSeconds, r.reasons])).toEqual([[names.get(E), 90, ["Mastery 40 is under 70"]]]);
    const all = await listFlaggedRuns(ADMIN, moduleId, { db: db() });
    expect(all.total).toBe(2);
    expect(all.runs.map((r) => r.timeSeconds)).toEqual([90, 120]);
    const unlinked = viewer({ role: "faculty", facultyId: null, universityId: null });
    expect(await listFlaggedRuns(unlinked, moduleId, { db: db() })).toEqual({ runs: [], total: 0 });
    await expect(listFlaggedRuns(FREYA, moduleId, { db: db() })).rejects.toBeInstanceOf(AccessDenied);
    const onBoard = (await board(ADMIN)).rows.map((r) => r.timeSeconds);
    expect(onBoard).not.toContain(120);
    expect(onBoard).not.toContain(90);
  });
});
