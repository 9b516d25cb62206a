import { sql } from "drizzle-orm";
import { parseArgs } from "node:util";
import type { Viewer } from "../../app/lib/auth/roles";
import { ModuleSpec, type CheckpointAnswers } from "../../app/lib/domain/module-spec";
import type { Database } from "../client";
import { closeDatabase, getDatabase } from "../index";
import { finishAttempt, startAttempt, submitCheckpoint } from "../learning/attempts";
import { finishRace, startRace, submitRaceCheckpoint } from "../races/engine";
import { refreshLeaderboardCache } from "../races/leaderboard-cache";
import { loadModuleRace } from "../races/module-race";
import { queryRows } from "../rows";
import { runCli } from "./run";

/**
 * `npm run bench:race`: times finishing a race (the attempt's finish — performance log,
 * progress, competency, calibration — plus the race's time, medal, integrity check and the
 * module's cached leaderboard rewritten, one transaction) on the configured database, meant to
 * hold the scale dataset (1,000,000 learner_performance rows, 10,000 students, and the race runs
 * the scale seed adds). The open module with the most listed runs is raced, topped up to
 * `--listed` listed runs by other students if it has fewer, so the cache is rebuilt over a busy
 * board.
 *
 * Everything happens inside one scratch transaction that is rolled back at the end, so the
 * benchmark database keeps no trace; each finish runs in a savepoint of it, which does the same
 * work as its own transaction minus the COMMIT. Ordinary attempt finishes on the same module are
 * and the cache rewrite alone are timed beside it, so the race's own share of the figure shows.
 */
const { values } = parseArgs({ options: { runs: { type: "string", default: "40" }, listed: { type: "string", default: "3000" } } });
const RUNS = Number(values.runs);
const LISTED = Number(values.listed);

class Rollback extends Error {}

function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return `median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms`;
};

/** Right answers: the run should pass its integrity check and be listed, like most races. */
function rightAnswers(spec: ModuleSpec): Record<string, CheckpointAnswers> {
  return Object.fromEntries(
    spec.checkpoints.map((c) => [
      c.id,
      Object.fromEntries(c.questions.map((q) => [q.id, q.kind === "multiple_choice" ? { optionId: q.correctOptionId } : { value: q.answer, unit: q.unit }])),
    ]),
  );
}

async function startedAgo(tx: Database, attemptId: number, seconds: number) {
  await tx.execute(sql`UPDATE race_runs SET started_at = LOCALTIMESTAMP - make_interval(secs => ${seconds}) WHERE attempt_id = ${attemptId}`);
  await tx.execute(sql`UPDATE module_attempts SET started_at = LOCALTIMESTAMP - make_interval(secs => ${seconds}) WHERE id = ${attemptId}`);
}

runCli(async () => {
  const handle = await getDatabase();
  await handle.migrate();
  const db = handle.db;
  const [{ n: attempts } = { n: 0 }] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM learner_performance`);
  // The open module (no required prerequisites) with the busiest board already on record.
  const [module] = await queryRows<{ id: number; slug: string; spec_json: unknown; history: number; listed: number }>(
    db,
    sql`SELECT m.id, m.slug, v.spec_json, (SELECT count(*)::int FROM learner_performance lp WHERE lp.module_id = m.id) AS history,
        (SELECT count(*)::int FROM race_runs r WHERE r.module_id = m.id AND r.board_status = 'listed') AS listed
      FROM modules m JOIN module_version_history v ON v.module_id = m.id AND v.version_number = m.current_version
      WHERE m.status = 'published' AND NOT EXISTS (SELECT 1 FROM module_prerequisites p WHERE p.module_id = m.id AND p.required)
      ORDER BY listed DESC, m.id LIMIT 1`,
  );
  const people = await queryRows<{ id: string; name: string; university_id: number }>(
    db,
    sql`SELECT id, name, university_id FROM students ORDER BY (id LIKE 'scale-%') DESC, id LIMIT ${2 * RUNS + LISTED}`,
  );
  if (!module || people.length < 2 * RUNS + LISTED) throw new Error("Seed the database first: npm run db:seed (and db:seed:scale for the budget's data).");
  const spec = ModuleSpec.parse(module.spec_json);
  // Plausible times around the module's medal targets, so runs are listed as most races are.
  const { targets } = await loadModuleRace(db, module.id);
  const fastest = Math.round(targets.gold * 0.8);
  const spread = Math.round(targets.bronze * 1.2) - fastest;
  const answers = rightAnswers(spec);
  const viewerOf = (s: (typeof people)[number]): Viewer => ({
    userId: `bench-${s.id}`,
    role: "student",
    name: s.name,
    email: `${s.id}@bench.invalid`,
    studentId: s.id,
    facultyId: null,
    universityId: s.university_id,
  });
  const racers = people.slice(0, RUNS).map(viewerOf);
  const ordinary = people.slice(RUNS, 2 * RUNS).map(viewerOf);
  const topUp = Math.max(0, LISTED - module.listed);
  console.log(
    `${handle.description}: ${attempts.toLocaleString("en")} learner_performance rows; module ${module.slug} (${module.history.toLocaleString("en")} attempts, ${module.listed.toLocaleString("en")} listed race runs on record)`,
  );

  const raceFinish: number[] = [];
  const attemptFinish: number[] = [];
  const cacheRefresh: number[] = [];
  let listedBoard = 0;
  await db
    .transaction(async (tx) => {
      // A board of at least LISTED listed runs: the missing ones by other students, one each,
      // from a little under gold to past bronze.
      await tx.execute(sql`
        WITH s AS (
          SELECT id, row_number() OVER (ORDER BY id) AS n FROM (
            SELECT id FROM students ORDER BY (id LIKE 'scale-%') DESC, id OFFSET ${2 * RUNS} LIMIT ${topUp}
          ) board
        ),
        a AS (
          INSERT INTO module_attempts (student_id, module_id, status, started_at, last_activity_at, finished_at)
          SELECT id, ${module.id}, 'finished', LOCALTIMESTAMP - interval '2 days', LOCALTIMESTAMP - interval '1 day', LOCALTIMESTAMP - interval '1 day' FROM s
          RETURNING id, student_id
        )
        INSERT INTO race_runs (attempt_id, student_id, module_id, status, started_at, finished_at, time_seconds, mastery_score, medal, board_status)
        SELECT a.id, a.student_id, ${module.id}, 'finished', LOCALTIMESTAMP - interval '2 days',
          LOCALTIMESTAMP - interval '2 days' + make_interval(secs => s.n * 37),
          ${fastest} + (abs(hashtext(a.student_id)) % ${spread}), 85, NULL, 'listed'
        FROM a JOIN s ON s.id = a.student_id`);
      listedBoard = (await refreshLeaderboardCache(tx, module.id)).counts.listedStudents;

      for (const [i, viewer] of racers.entries()) {
        const { attemptId } = await startRace(viewer, { slug: module.slug, ghost: "median", abandonOpenAttempt: true }, tx);
        await startedAgo(tx, attemptId, fastest + ((37 * i) % spread));
        for (const checkpoint of spec.checkpoints) {
          await submitRaceCheckpoint(viewer, { attemptId, checkpointId: checkpoint.id, answers: answers[checkpoint.id]! }, tx);
        }
        const before = performance.now();
        const { race } = await finishRace(viewer, { attemptId }, tx);
        raceFinish.push(performance.now() - before);
        if (race.boardStatus !== "listed") throw new Error(`A benchmark race was ${race.boardStatus}: ${race.flagReasons.join("; ")}`);

        // The same work without a race, on the same module, for comparison.
        const other = ordinary[i]!;
        await tx.execute(sql`UPDATE module_attempts SET status = 'abandoned' WHERE student_id = ${other.studentId} AND module_id = ${module.id} AND status = 'in_progress'`);
        const plain = await startAttempt(other, module.slug, tx);
        for (const checkpoint of spec.checkpoints) await submitCheckpoint(other, plain.attemptId, checkpoint.id, answers[checkpoint.id]!, tx);
        const start = performance.now();
        await finishAttempt(other, plain.attemptId, tx);
        attemptFinish.push(performance.now() - start);
      }
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        await refreshLeaderboardCache(tx, module.id);
        cacheRefresh.push(performance.now() - start);
      }
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });

  console.log(`${RUNS} races finished over a board of ${listedBoard.toLocaleString("en")} students with a listed run (rolled back afterwards)`);
  console.log(`finish race (attempt + race + cached leaderboard): ${summary(raceFinish)} (budget: under 50 ms)`);
  console.log(`finish an ordinary attempt on the same module: ${summary(attemptFinish)}`);
  console.log(`rewrite the cached leaderboard alone: ${summary(cacheRefresh)}`);
  await closeDatabase();
});
