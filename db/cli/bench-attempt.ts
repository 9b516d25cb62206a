import { sql } from "drizzle-orm";
import { parseArgs } from "node:util";
import type { Viewer } from "../../app/lib/auth/roles";
import type { CheckpointAnswers } from "../../app/lib/domain/module-spec";
import { closeDatabase, getDatabase } from "../index";
import { finishAttempt, getAttempt, startAttempt, submitCheckpoint } from "../learning/attempts";
import { queryRows } from "../rows";
import { runCli } from "./run";

/**
 * `npm run bench:attempt`: times finishing a module attempt (score, write the attempt, recompute
 * the student's competency and the module's calibration, one transaction) on the configured
 * database, meant to hold the scale dataset (npm run db:seed:scale: 1,000,000
 * learner_performance rows). Each run starts an attempt for a different scale student on a module
 * without required prerequisites, submits every checkpoint and finishes; only the finish is the
 * measured figure, the whole attempt is printed beside it.
 */
const { values } = parseArgs({ options: { runs: { type: "string", default: "40" } } });
const RUNS = Number(values.runs);

function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

runCli(async () => {
  const handle = await getDatabase();
  await handle.migrate();
  const db = handle.db;
  const [{ n: attempts } = { n: 0 }] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM learner_performance`);
  const students = await queryRows<{ id: string; name: string; university_id: number }>(
    db,
    sql`SELECT id, name, university_id FROM students ORDER BY (id LIKE 'scale-%') DESC, id DESC LIMIT ${RUNS}`,
  );
  const open = await queryRows<{ slug: string }>(
    db,
    sql`SELECT slug FROM modules m WHERE status = 'published'
      AND NOT EXISTS (SELECT 1 FROM module_prerequisites p WHERE p.module_id = m.id AND p.required)
      ORDER BY id`,
  );
  if (students.length < RUNS || open.length === 0) throw new Error("Seed the database first: npm run db:seed (and db:seed:scale for the budget's data).");
  console.log(`${handle.description}: ${attempts.toLocaleString("en")} learner_performance rows; ${RUNS} attempts, each by another student`);

  const finish: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const student = students[i]!;
    const viewer: Viewer = {
      userId: `bench-${student.id}`,
      role: "student",
      name: student.name,
      email: `${student.id}@bench.invalid`,
      studentId: student.id,
      facultyId: null,
      universityId: student.university_id,
    };
    const slug = open[i % open.length]!.slug;
    const started = performance.now();
    const { attemptId } = await startAttempt(viewer, slug, db);
    const attempt = await getAttempt(viewer, attemptId, db);
    if (!attempt) throw new Error(`attempt ${attemptId} vanished`);
    for (const checkpoint of attempt.spec.checkpoints) {
      // Every other question answered with the first option or a round number: some right, some wrong.
      const answers: CheckpointAnswers = {};
      checkpoint.questions.forEach((question, q) => {
        if (q % 2 === 1) return;
        answers[question.id] = question.kind === "multiple_choice" ? { optionId: question.options[0]!.id } : { value: 1, unit: question.unit };
      });
      await submitCheckpoint(viewer, attemptId, checkpoint.id, answers, db);
    }
    const before = performance.now();
    await finishAttempt(viewer, attemptId, db);
    const after = performance.now();
    finish.push(after - before);
    whole.push(after - started);
  }
  finish.sort((a, b) => a - b);
  whole.sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`finish attempt: median ${fmt(quantile(finish, 0.5))}, p95 ${fmt(quantile(finish, 0.95))} (budget: median under 100 ms)`);
  console.log(`whole attempt (start, read, submit every checkpoint, finish): median ${fmt(quantile(whole, 0.5))}, p95 ${fmt(quantile(whole, 0.95))}`);
  await closeDatabase();
});
