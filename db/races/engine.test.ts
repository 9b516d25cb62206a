import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import type { RaceLeaderboardCache } from "../../app/lib/domain/race-data";
import type { Database } from "../client";
import { LearningError, startAttempt, submitCheckpoint } from "../learning/attempts";
import { listCatalogue } from "../queries/modules";
import { queryRows } from "../rows";
import { seedDemoData } from "../seed/index";
import { testTargets, type TestDatabase } from "../testing/databases";
import { finishRace, getRaceView, RaceError, startRace, submitRaceCheckpoint } from "./engine";
import { COHORT_ID, createRaceModule, RIGHT, staffViewer, startedAgo, studentViewer, WRONG } from "./race-fixtures";

async function refusal(promise: Promise<unknown>): Promise<LearningError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LearningError);
  return error as LearningError;
}

describe.each(testTargets)("the race engine on $name", (target) => {
  let database: TestDatabase;
  const db = (): Database => database.handle.db;
  let raceModule: number;

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(db());
    raceModule = await createRaceModule(db(), "race-engine-fixture", { ghosts: true });
    await createRaceModule(db(), "race-engine-bare", { ghosts: false });
  });
  afterAll(() => database?.dispose());

  const run = async (attemptId: number) => {
    const [row] = await queryRows<{ status: string; ghost: string; board_status: string; medal: string | null; time_seconds: number | null; flag_reasons: string[] }>(
      db(),
      sql`SELECT status, ghost, board_status, medal, time_seconds, flag_reasons FROM race_runs WHERE attempt_id = ${attemptId}`,
    );
    return row;
  };
  const cache = async (moduleId: number) => {
    const [row] = await queryRows<{ leaderboard_data: RaceLeaderboardCache | null }>(db(), sql`SELECT leaderboard_data FROM race_metadata WHERE module_id = ${moduleId}`);
    return row?.leaderboard_data ?? null;
  };

  /** A whole race: started `seconds` ago, both checkpoints answered, finished. */
  async function race(viewer: Viewer, slug: string, seconds: number, right = true, ghost: Parameters<typeof startRace>[1]["ghost"] = "median") {
    const { attemptId } = await startRace(viewer, { slug, ghost }, db());
    await startedAgo(db(), attemptId, seconds);
    for (const id of ["first", "second"]) await submitRaceCheckpoint(viewer, { attemptId, checkpointId: id, answers: (right ? RIGHT : WRONG)[id]! }, db());
    return finishRace(viewer, { attemptId }, db());
  }

  test("a race is an attempt; starting again resumes it with its ghost", async () => {
    const viewer = await studentViewer(db(), "nit-26f-03");
    const first = await startRace(viewer, { slug: "race-engine-fixture", ghost: `cohort:${COHORT_ID}` }, db());
    expect(first.resumed).toBe(false);
    const again = await startRace(viewer, { slug: "race-engine-fixture", ghost: "median" }, db());
    expect(again).toEqual({ ...first, resumed: true });
    expect(await run(first.attemptId)).toMatchObject({ status: "running", ghost: `cohort:${COHORT_ID}`, board_status: "pending" });
    const [attempt] = await queryRows<{ status: string; version_number: string }>(db(), sql`SELECT status, version_number FROM module_attempts WHERE id = ${first.attemptId}`);
    expect(attempt).toEqual({ status: "in_progress", version_number: "1.0.0" });
    // The attempt runtime resumes the same attempt: there is one attempt in progress, the race's.
    expect((await startAttempt(viewer, "race-engine-fixture", db())).attemptId).toBe(first.attemptId);
  });

  test("refuses locked, draft and unknown modules, non-students, and ghosts the module does not have", async () => {
    const emeka = await studentViewer(db(), "nit-26f-01");
    const locked = (await listCatalogue(emeka, db())).flatMap((s) => s.modules).find((m) => m.locked)!;
    /** Attempts and runs of the two refused students at the modules they tried (the demo has history). */
    const made = async (lockedSlug: string) => {
      const [row] = await queryRows<{ n: number }>(
        db(),
        sql`WITH touched AS (SELECT id FROM modules WHERE slug IN (${lockedSlug}, 'race-engine-fixture', 'race-engine-bare'))
          SELECT ((SELECT COUNT(*) FROM module_attempts WHERE student_id IN ('nit-26f-01', 'nit-26f-04') AND module_id IN (SELECT id FROM touched))
            + (SELECT COUNT(*) FROM race_runs WHERE student_id IN ('nit-26f-01', 'nit-26f-04') AND module_id IN (SELECT id FROM touched)))::int AS n`,
      );
      return Number(row!.n);
    };
    const before = await made(locked.slug);
    const error = await refusal(startRace(emeka, { slug: locked.slug, ghost: "median" }, db()));
    expect(error.code).toBe("locked");
    expect(error.missingPrerequisites.length).toBeGreaterThan(0);
    await db().execute(sql`INSERT INTO modules (slug, title, subsystem, status) VALUES ('race-draft', 'Draft race', 'power', 'draft')`);
    expect((await refusal(startRace(emeka, { slug: "race-draft", ghost: "median" }, db()))).code).toBe("not_found");
    expect((await refusal(startRace(emeka, { slug: "no-such-module", ghost: "median" }, db()))).code).toBe("not_found");
    expect((await refusal(startRace(staffViewer("faculty", 1), { slug: "race-engine-fixture", ghost: "median" }, db()))).code).toBe("not_yours");

    const viewer = await studentViewer(db(), "nit-26f-04");
    for (const [ghost, words] of [
      [`cohort:999`, "not a ghost on this module"],
      ["best", "no finished race"],
      ["fastest", "Pick a ghost"],
    ] as const) {
      const refused = await refusal(startRace(viewer, { slug: "race-engine-fixture", ghost: ghost as "best" }, db()));
      expect(refused).toBeInstanceOf(RaceError);
      expect((refused as RaceError).reason).toBe("ghost_unavailable");
      expect(refused.message).toContain(words);
    }
    // Nobody is listed on the bare module yet, so there is no top time.
    expect((await refusal(startRace(viewer, { slug: "race-engine-bare", ghost: "top" }, db()))).message).toContain("no top time");
    expect(await made(locked.slug)).toBe(before);
  });

  test("an ordinary attempt in progress is explained, and abandoned only when asked", async () => {
    const viewer = await studentViewer(db(), "nit-26f-05");
    const ordinary = await startAttempt(viewer, "race-engine-fixture", db());
    const refused = await refusal(startRace(viewer, { slug: "race-engine-fixture", ghost: "median" }, db()));
    expect((refused as RaceError).reason).toBe("attempt_open");
    expect(refused.message).toContain("in progress");
    expect(await run(ordinary.attemptId)).toBeUndefined();
    // The race functions refuse an ordinary attempt, and leave it as it was.
    expect(((await refusal(finishRace(viewer, { attemptId: ordinary.attemptId }, db()))) as RaceError).reason).toBe("not_a_race");
    expect(((await refusal(submitRaceCheckpoint(viewer, { attemptId: ordinary.attemptId, checkpointId: "first", answers: RIGHT.first! }, db()))) as RaceError).reason).toBe(
      "not_a_race",
    );
    const [still] = await queryRows<{ status: string; results: object }>(
      db(),
      sql`SELECT status, checkpoint_results AS results FROM module_attempts WHERE id = ${ordinary.attemptId}`,
    );
    expect(still).toEqual({ status: "in_progress", results: {} });

    const started = await startRace(viewer, { slug: "race-engine-fixture", ghost: "median", abandonOpenAttempt: true }, db());
    expect(started.attemptId).not.toBe(ordinary.attemptId);
    const [old] = await queryRows<{ status: string }>(db(), sql`SELECT status FROM module_attempts WHERE id = ${ordinary.attemptId}`);
    expect(old!.status).toBe("abandoned");
  });

  test("splits are timed by the server and compared with the ghost; the client's clock is ignored", async () => {
    const viewer = await studentViewer(db(), "nit-26f-06");
    const { attemptId } = await startRace(viewer, { slug: "race-engine-fixture", ghost: "median" }, db());
    await startedAgo(db(), attemptId, 100);
    const client = { attemptId, checkpointId: "first", answers: RIGHT.first!, seconds: 5, at: "2020-01-01T00:00:00Z" };
    const first = await submitRaceCheckpoint(viewer, client, db());
    expect(first.correct).toBe(1);
    // Pooled median at the first checkpoint is 120 s: 20 s ahead.
    expect(first.split).toEqual({ checkpointId: "first", seconds: 100, ghostSeconds: 120, delta: { deltaSeconds: -20, ahead: true }, newBest: true });

    await startedAgo(db(), attemptId, 300);
    // The attempt's own submit records the split too: the race lives in the attempt's transaction.
    await submitCheckpoint(viewer, attemptId, "second", RIGHT.second!, db());
    const view = await getRaceView(viewer, "race-engine-fixture", db());
    expect(view!.run!.splits.map((s) => [s.checkpointId, s.seconds])).toEqual([
      ["first", 100],
      ["second", 300],
    ]);
    expect(Date.parse(view!.run!.serverNow) - Date.parse(view!.run!.startedAt)).toBeGreaterThanOrEqual(299_000);
    expect(view!.attempt!.attemptId).toBe(attemptId);
    // Nobody has finished this module yet: no top time, no personal best.
    expect(view!.ghostOptions.map((g) => g.key)).toEqual(["median", "p25", "p75", `cohort:${COHORT_ID}`]);
    expect(view!.ghostOptions[0]).toMatchObject({ label: "Cohort median", splits: [120, 280], finish: 300 });

    const finished = await finishRace(viewer, { attemptId }, db());
    expect(finished.race.splits.map((s) => [s.seconds, s.ghostSeconds, s.delta?.ahead])).toEqual([
      [100, 120, true],
      [300, 280, false],
    ]);
    expect(finished.race.splits[1]!.ghostBand).toEqual({ p25: 220, median: 280, p75: 340 });
    expect(finished.race.finishBand).toEqual({ p25: 240, median: 300, p75: 420 });
  });

  test("a finish is timed by the server, wins its medal and enters the cached leaderboard", async () => {
    const viewer = await studentViewer(db(), "nit-26f-07");
    const result = await race(viewer, "race-engine-fixture", 200);
    expect(result.timeSpentSeconds).toBe(200);
    expect(result.race).toMatchObject({ timeSeconds: 200, masteryScore: 100, medal: "gold", boardStatus: "listed", flagReasons: [], targets: { gold: 240 } });
    expect(result.race.rank).toBe(1);
    const [listed] = await queryRows<{ n: number }>(
      db(),
      sql`SELECT COUNT(DISTINCT student_id)::int AS n FROM race_runs r JOIN modules m ON m.id = r.module_id
        WHERE m.slug = 'race-engine-fixture' AND r.board_status = 'listed'`,
    );
    expect(result.race.listedStudents).toBe(listed!.n);
    expect(result.race.listedStudents).toBeGreaterThanOrEqual(1);
    const [logged] = await queryRows<{ time: number; mastery: number }>(
      db(),
      sql`SELECT time_spent_seconds AS time, mastery_score::float8 AS mastery FROM learner_performance WHERE log_id = ${result.logId}`,
    );
    expect(logged).toEqual({ time: 200, mastery: 100 });
    const board = await cache(raceModule);
    expect(board!.top[0]).toMatchObject({ runId: result.race.runId, studentId: "nit-26f-07", timeSeconds: 200, medal: "gold" });

    // A second finish call answers what the first recorded.
    const again = await finishRace(viewer, { attemptId: result.attemptId }, db());
    expect(again.race).toEqual(result.race);

    // Racing the own best: slower at the first checkpoint than last time, so no new best there.
    const next = await startRace(viewer, { slug: "race-engine-fixture", ghost: "best" }, db());
    await startedAgo(db(), next.attemptId, 250);
    const split = await submitRaceCheckpoint(viewer, { attemptId: next.attemptId, checkpointId: "first", answers: RIGHT.first! }, db());
    const bestFirst = (await getRaceView(viewer, "race-engine-fixture", db()))!.personalBest!.splits[0]!;
    expect(bestFirst).toBe(200);
    expect(split.split).toEqual({ checkpointId: "first", seconds: 250, ghostSeconds: 200, delta: { deltaSeconds: 50, ahead: false }, newBest: false });
  });

  test("too fast or too little mastery is flagged with its reasons and kept off the leaderboard", async () => {
    const fast = await race(await studentViewer(db(), "nit-26f-08"), "race-engine-fixture", 41);
    expect(fast.race.boardStatus).toBe("flagged");
    expect(fast.race.rank).toBeNull();
    expect(fast.race.flagReasons).toEqual(["Finished in 41 s, under the plausible floor of 72 s (30 % of the gold time)"]);

    const weak = await race(await studentViewer(db(), "nit-26f-09"), "race-engine-fixture", 30, false);
    expect(weak.race.medal).toBeNull();
    expect(weak.race.flagReasons).toHaveLength(2);
    expect(weak.race.flagReasons[1]).toBe("Mastery 0 is under 70");
    expect(await run(weak.attemptId)).toMatchObject({ board_status: "flagged", medal: null, time_seconds: 30 });

    const board = await cache(raceModule);
    const listed = board!.top.map((e) => e.runId);
    expect(listed).not.toContain(fast.race.runId);
    expect(listed).not.toContain(weak.race.runId);
    expect(board!.counts.flagged).toBeGreaterThanOrEqual(2);
  });

  test("a module without ghost data races against fallback targets; top needs a listed run", async () => {
    const viewer = await studentViewer(db(), "nit-26s-02");
    const result = await race(viewer, "race-engine-bare", 400);
    // No ghosts, calibration from this one attempt at most: targets still exist and are ordered.
    const t = result.race.targets;
    expect(t.gold).toBeLessThan(t.silver);
    expect(t.silver).toBeLessThan(t.bronze);
    expect(result.race.splits.every((s) => s.ghostSeconds === null && s.delta === null)).toBe(true);
    const other = await studentViewer(db(), "nit-26s-03");
    const started = await startRace(other, { slug: "race-engine-bare", ghost: "top" }, db());
    expect(started.resumed).toBe(false);
  });

  test("the race view: students see their race, staff see the module without one, drafts stay hidden", async () => {
    const student = await studentViewer(db(), "nit-26f-07");
    const view = await getRaceView(student, "race-engine-fixture", db());
    expect(view!.module).toMatchObject({ slug: "race-engine-fixture", locked: false, missingPrerequisites: [] });
    expect(view!.checkpoints).toEqual([
      { id: "first", title: "First checkpoint", position: 1 },
      { id: "second", title: "Second checkpoint", position: 2 },
    ]);
    expect(view!.personalBest).toMatchObject({ timeSeconds: 200, medal: "gold" });
    expect(view!.lastFinish).toMatchObject({ timeSeconds: 200, medal: "gold", boardStatus: "listed" });
    expect(view!.ghostOptions.map((g) => g.key)).toContain("best");

    const staff = await getRaceView(staffViewer("faculty", 2), "race-engine-fixture", db());
    expect(staff).toMatchObject({ run: null, attempt: null, personalBest: null, lastFinish: null, targets: { gold: 240, silver: 300, bronze: 420 } });
    expect(staff!.ghostOptions.map((g) => g.key)).toEqual(["median", "p25", "p75", "top", `cohort:${COHORT_ID}`]);
    expect(staff!.ghostOptions.find((g) => g.key === `cohort:${COHORT_ID}`)).toMatchObject({ label: "NIT Spring 2026 · Power", splits: [130, 290] });

    expect(await getRaceView(student, "race-draft", db())).toBeNull();
    expect(await getRaceView(student, "no-such-module", db())).toBeNull();
    expect((await getRaceView(staffViewer("admin", null), "race-draft", db()))?.module.slug).toBe("race-draft");
  });
});
