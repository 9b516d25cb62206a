import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import type { Database } from "../client";
import { AccessDenied } from "../queries/access";
import { queryRows } from "../rows";
import { seedDemoData } from "../seed/index";
import { testTargets, type TestDatabase } from "../testing/databases";
import { finishRace, startRace, submitRaceCheckpoint } from "./engine";
import { computeLeaderboardCache, readLeaderboardCache } from "./leaderboard-cache";
import { createRaceModule, RIGHT, staffViewer, startedAgo, studentViewer } from "./race-fixtures";
import { reviewRaceRun } from "./review";

const SLUG = "race-review-fixture";

describe.each(testTargets)("reviewing flagged race runs on $name", (target) => {
  let database: TestDatabase;
  const db = (): Database => database.handle.db;
  let moduleId: number;

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(db());
    moduleId = await createRaceModule(db(), SLUG, { ghosts: true });
  });
  afterAll(() => database?.dispose());

  /** A finish in 40 s: under the 72 s floor, so flagged. */
  async function flaggedRun(viewer: Viewer): Promise<number> {
    const { attemptId } = await startRace(viewer, { slug: SLUG, ghost: "median" }, db());
    await startedAgo(db(), attemptId, 40);
    for (const id of ["first", "second"]) await submitRaceCheckpoint(viewer, { attemptId, checkpointId: id, answers: RIGHT[id]! }, db());
    const { race } = await finishRace(viewer, { attemptId }, db());
    expect(race.boardStatus).toBe("flagged");
    return race.runId;
  }

  const listedRuns = async () => (await readLeaderboardCache(db(), moduleId))!.top.map((e) => e.runId);
  const stored = async (runId: number) =>
    (
      await queryRows<{ board_status: string; medal: string | null; reviewed_by: string | null }>(
        db(),
        sql`SELECT board_status, medal, reviewed_by FROM race_runs WHERE id = ${runId}`,
      )
    )[0];

  test("faculty list a flagged run of their university: it enters the cache, audited", async () => {
    const runId = await flaggedRun(await studentViewer(db(), "nit-26f-02"));
    expect(await listedRuns()).not.toContain(runId);
    const faculty = staffViewer("faculty", 1);
    expect(await reviewRaceRun(faculty, { runId, decision: "list", note: "Watched the run in class." }, db())).toEqual({ ok: true });
    expect(await stored(runId)).toEqual({ board_status: "listed", medal: "gold", reviewed_by: faculty.name });
    expect(await listedRuns()).toContain(runId);
    const { updatedAt: _u, ...cache } = (await readLeaderboardCache(db(), moduleId))!;
    expect(cache).toEqual(await computeLeaderboardCache(db(), moduleId));

    const [audit] = await queryRows<{ actor_id: string; after: { boardStatus: string; note: string } }>(
      db(),
      sql`SELECT actor_id, after FROM audit_logs WHERE action = 'race_run.review' AND entity_id = ${String(runId)}`,
    );
    expect(audit).toMatchObject({ actor_id: faculty.userId, after: { boardStatus: "listed", note: "Watched the run in class." } });

    // Reviewed once: a second decision is refused and changes nothing.
    const again = await reviewRaceRun(faculty, { runId, decision: "reject" }, db());
    expect(again).toEqual({ ok: false, message: "This run is not waiting for review: it is already listed." });
  });

  test("another university's faculty cannot see the run; admins reject it and it loses its medal", async () => {
    const runId = await flaggedRun(await studentViewer(db(), "nit-26f-10"));
    const otherFaculty = staffViewer("faculty", 2);
    expect(await reviewRaceRun(otherFaculty, { runId, decision: "list" }, db())).toEqual({ ok: false, message: "This race run was not found." });
    expect(await stored(runId)).toMatchObject({ board_status: "flagged", reviewed_by: null });

    expect(await reviewRaceRun(staffViewer("admin", null), { runId, decision: "reject" }, db())).toEqual({ ok: true });
    expect(await stored(runId)).toMatchObject({ board_status: "rejected", medal: null });
    expect(await listedRuns()).not.toContain(runId);
    expect((await readLeaderboardCache(db(), moduleId))!.counts.flagged).toBe(0);
  });

  test("students cannot review; bad input changes nothing", async () => {
    const student = await studentViewer(db(), "nit-26f-02");
    await expect(reviewRaceRun(student, { runId: 1, decision: "list" }, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(reviewRaceRun(null, { runId: 1, decision: "list" }, db())).rejects.toBeInstanceOf(AccessDenied);
    const bad = await reviewRaceRun(staffViewer("admin", null), { runId: 1, decision: "approve" as "list" }, db());
    expect(bad.ok).toBe(false);
    expect(await reviewRaceRun(staffViewer("admin", null), { runId: 987654, decision: "list" }, db())).toEqual({
      ok: false,
      message: "This race run was not found.",
    });
  });
});
