import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LEADERBOARD_CACHE_SIZE, type RaceLeaderboardCache } from "../../app/lib/domain/race-data";
import type { Database } from "../client";
import { queryRows } from "../rows";
import { seedDemoData } from "../seed/index";
import { testTargets, type TestDatabase } from "../testing/databases";
import { finishRace, startRace, submitRaceCheckpoint } from "./engine";
import { computeLeaderboardCache, readLeaderboardCache, refreshLeaderboardCache } from "./leaderboard-cache";
import { createRaceModule, RIGHT, startedAgo, studentViewer } from "./race-fixtures";

describe.each(testTargets)("the cached leaderboard on $name", (target) => {
  let database: TestDatabase;
  const db = (): Database => database.handle.db;
  let students: string[];

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(db());
    students = (await queryRows<{ id: string }>(db(), sql`SELECT id FROM students ORDER BY id`)).map((s) => s.id);
  });
  afterAll(() => database?.dispose());

  /** A finished run written directly, as if raced: `finishedAt` in seconds after a fixed instant. */
  async function finishedRun(moduleId: number, studentId: string, timeSeconds: number, finishedAt: number, boardStatus = "listed") {
    const [attempt] = await queryRows<{ id: number }>(
      db(),
      sql`INSERT INTO module_attempts (student_id, module_id, status, finished_at) VALUES (${studentId}, ${moduleId}, 'finished', LOCALTIMESTAMP) RETURNING id`,
    );
    const [run] = await queryRows<{ id: number }>(
      db(),
      sql`INSERT INTO race_runs (attempt_id, student_id, module_id, status, started_at, finished_at, time_seconds, mastery_score, medal, board_status)
        VALUES (${attempt!.id}, ${studentId}, ${moduleId}, 'finished', TIMESTAMP '2026-09-01 10:00:00' + make_interval(secs => ${finishedAt - timeSeconds}),
          TIMESTAMP '2026-09-01 10:00:00' + make_interval(secs => ${finishedAt}), ${timeSeconds}, 90, NULL, ${boardStatus})
        RETURNING id`,
    );
    return run!.id;
  }

  const withoutTime = (cache: RaceLeaderboardCache | null) => {
    const { updatedAt: _updatedAt, ...rest } = cache!;
    return rest;
  };

  test("each student's best listed run, fastest first, ties to the earlier finish, at most the cache size", async () => {
    const moduleId = await createRaceModule(db(), "race-cache-order", { ghosts: true });
    const tieLater = await finishedRun(moduleId, students[0]!, 300, 2000);
    const tieEarlier = await finishedRun(moduleId, students[1]!, 300, 1000);
    const fastest = await finishedRun(moduleId, students[2]!, 250, 3000);
    // The same student's slower run and a flagged or rejected faster run do not show.
    await finishedRun(moduleId, students[2]!, 260, 500);
    const flagged = await finishedRun(moduleId, students[3]!, 100, 100, "flagged");
    await finishedRun(moduleId, students[4]!, 90, 100, "rejected");
    for (let i = 0; i < LEADERBOARD_CACHE_SIZE + 5; i++) await finishedRun(moduleId, students[10 + i]!, 400 + i, 10 + i);

    const cache = await db().transaction((tx) => refreshLeaderboardCache(tx, moduleId));
    expect(cache.top).toHaveLength(LEADERBOARD_CACHE_SIZE);
    expect(cache.top.slice(0, 4).map((e) => e.runId)).toEqual([fastest, tieEarlier, tieLater, cache.top[3]!.runId]);
    expect(cache.top[3]).toMatchObject({ studentId: students[10], timeSeconds: 400 });
    expect(cache.top.map((e) => e.runId)).not.toContain(flagged);
    expect(cache.top[1]).toEqual({ runId: tieEarlier, studentId: students[1], timeSeconds: 300, masteryScore: 90, medal: null, finishedAt: "2026-09-01T10:16:40.000Z" });
    expect(cache.counts).toEqual({ finished: 6 + LEADERBOARD_CACHE_SIZE + 5, listedStudents: 3 + LEADERBOARD_CACHE_SIZE + 5, flagged: 1 });
    expect(await readLeaderboardCache(db(), moduleId)).toEqual(cache);
  });

  test("a student with many fast runs takes one row; the board still fills with the next students", async () => {
    const moduleId = await createRaceModule(db(), "race-cache-repeats", { ghosts: false });
    // 150 runs by one student, all faster than anyone else, then one run each by 30 others.
    await db().execute(sql`
      WITH a AS (
        INSERT INTO module_attempts (student_id, module_id, status, finished_at)
        SELECT ${students[5]}, ${moduleId}, 'finished', LOCALTIMESTAMP FROM generate_series(1, 150)
        RETURNING id
      )
      INSERT INTO race_runs (attempt_id, student_id, module_id, status, started_at, finished_at, time_seconds, mastery_score, board_status)
      SELECT id, ${students[5]}, ${moduleId}, 'finished', LOCALTIMESTAMP, LOCALTIMESTAMP, 100 + (id % 50), 80, 'listed' FROM a`);
    for (let i = 0; i < 30; i++) await finishedRun(moduleId, students[30 + i]!, 200 + i, 100);

    const { top, counts } = await computeLeaderboardCache(db(), moduleId);
    // The same board the slow way: every student's best run, sorted, cut.
    const expected = await queryRows<{ id: number }>(
      db(),
      sql`SELECT id FROM (
          SELECT DISTINCT ON (student_id) id, time_seconds, finished_at, attempt_id FROM race_runs
          WHERE module_id = ${moduleId} AND board_status = 'listed' ORDER BY student_id, time_seconds, finished_at, attempt_id
        ) best ORDER BY time_seconds, finished_at, attempt_id LIMIT ${LEADERBOARD_CACHE_SIZE}`,
    );
    expect(top.map((e) => e.runId)).toEqual(expected.map((r) => r.id));
    expect(top[0]).toMatchObject({ studentId: students[5], timeSeconds: 100 });
    expect(new Set(top.map((e) => e.studentId)).size).toBe(LEADERBOARD_CACHE_SIZE);
    expect(counts).toEqual({ finished: 180, listedStudents: 31, flagged: 0 });
  });

  test("two students finishing at once leave the cache equal to a fresh recompute", async () => {
    const slug = "race-cache-concurrency";
    const moduleId = await createRaceModule(db(), slug, { ghosts: true });
    const racers = await Promise.all(["csu-26f-01", "csu-26f-02", "csu-26f-03", "csu-26f-04", "csu-26f-05", "csu-26f-06"].map((id) => studentViewer(db(), id)));
    for (let round = 0; round < 3; round++) {
      const pair = racers.slice(round * 2, round * 2 + 2);
      const attempts: number[] = [];
      for (const [i, viewer] of pair.entries()) {
        const { attemptId } = await startRace(viewer, { slug, ghost: "median" }, db());
        await startedAgo(db(), attemptId, 200 + 10 * round + i);
        for (const id of ["first", "second"]) await submitRaceCheckpoint(viewer, { attemptId, checkpointId: id, answers: RIGHT[id]! }, db());
        attempts.push(attemptId);
      }
      const finished = await Promise.all(pair.map((viewer, i) => finishRace(viewer, { attemptId: attempts[i]! }, db())));
      expect(finished.map((f) => f.race.boardStatus)).toEqual(["listed", "listed"]);
      const stored = await readLeaderboardCache(db(), moduleId);
      expect(withoutTime(stored)).toEqual(await computeLeaderboardCache(db(), moduleId));
      expect(stored!.top).toHaveLength(2 * (round + 1));
      expect(stored!.counts).toEqual({ finished: 2 * (round + 1), listedStudents: 2 * (round + 1), flagged: 0 });
    }
  });
});
