import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { ModuleSpec, type Checkpoint, type CheckpointAnswers, type ModuleSpecInput } from "../../app/lib/domain/module-spec";
import type { Database } from "../client";
import { listCatalogue, nextUp, type CatalogueModule } from "../queries/modules";
import { queryRows } from "../rows";
import { seedDemoData } from "../seed/index";
import { tableChecksums } from "../testing/checksums";
import { testTargets, type TestDatabase } from "../testing/databases";
import { finishAttempt, getAttempt, LearningError, saveAnswers, startAttempt, submitCheckpoint } from "./attempts";

const EMEKA = {
  userId: "demo-student",
  role: "student",
  name: "Emeka Eze",
  email: "student@basecamp.example.edu",
  studentId: "nit-26f-01",
  facultyId: null,
  universityId: 1,
} as const satisfies Viewer;

const FREYA = { ...EMEKA, userId: "demo-student-2", name: "Freya Nasser", email: "student2@basecamp.example.edu", studentId: "nit-26f-02" } as const satisfies Viewer;

const FACULTY = {
  userId: "demo-faculty",
  role: "faculty",
  name: "Dr. Helen Achterberg",
  email: "faculty@basecamp.example.edu",
  studentId: null,
  facultyId: 1,
  universityId: 1,
} as const satisfies Viewer;

function rightAnswers(checkpoint: Checkpoint): CheckpointAnswers {
  return Object.fromEntries(
    checkpoint.questions.map((q) => [q.id, q.kind === "multiple_choice" ? { optionId: q.correctOptionId } : { value: q.answer, unit: q.unit }]),
  );
}

/** The first question answered wrong, the rest right. */
function oneWrong(checkpoint: Checkpoint): CheckpointAnswers {
  const answers = rightAnswers(checkpoint);
  const first = checkpoint.questions[0]!;
  answers[first.id] =
    first.kind === "multiple_choice"
      ? { optionId: first.options.find((o) => o.id !== first.correctOptionId)!.id }
      : { value: first.answer * 3 + 1000, unit: first.unit };
  return answers;
}

async function expectLearningError(promise: Promise<unknown>, code: LearningError["code"]): Promise<LearningError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LearningError);
  expect((error as LearningError).code).toBe(code);
  return error as LearningError;
}

/** A module of our own with two checkpoints, so one can be submitted while the other is not. */
const FIXTURE: ModuleSpecInput = {
  title: "Runtime fixture: battery energy",
  summary: "Two checkpoints, one multiple choice and numeric question each.",
  subsystem: "power",
  difficulty: "medium",
  estimatedMinutes: 20,
  sections: [
    { title: "Energy", bodyMarkdown: "Energy is power times time.", isCheckpoint: true },
    { title: "Margins", bodyMarkdown: "Keep a margin.", isCheckpoint: true },
  ],
  checkpoints: [
    {
      id: "first",
      title: "First checkpoint",
      afterSection: 0,
      questions: [
        {
          id: "mc-energy",
          kind: "multiple_choice",
          prompt: "Energy is…",
          options: [
            { id: "a", text: "power divided by time" },
            { id: "b", text: "power times time" },
          ],
          correctOptionId: "b",
          explanation: "FIRST-MC-EXPLANATION",
        },
        {
          id: "num-energy",
          kind: "numeric",
          prompt: "10 W for 2 h is how much energy?",
          answer: 20,
          tolerance: { relative: 0.05 },
          unit: "Wh",
          alternativeUnits: { kWh: 1000 },
          explanation: "FIRST-NUMERIC-EXPLANATION",
        },
      ],
    },
    {
      id: "second",
      title: "Second checkpoint",
      afterSection: 1,
      questions: [
        {
          id: "mc-margin",
          kind: "multiple_choice",
          prompt: "A margin is kept…",
          options: [
            { id: "a", text: "for what the model misses" },
            { id: "b", text: "never" },
          ],
          correctOptionId: "a",
          explanation: "SECOND-MC-EXPLANATION",
        },
      ],
    },
  ],
  masteryThreshold: 70,
};
const FIXTURE_SLUG = "pwr-runtime-fixture";

describe.each(testTargets)("the learning runtime on $name", (target) => {
  let database: TestDatabase;
  const db = (): Database => database.handle.db;

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(database.handle.db);
    const [module] = await queryRows<{ id: number }>(
      database.handle.db,
      sql`INSERT INTO modules (slug, title, subsystem, status, current_version) VALUES (${FIXTURE_SLUG}, ${FIXTURE.title}, 'power', 'published', '1.0.0') RETURNING id`,
    );
    await database.handle.db.execute(
      sql`INSERT INTO module_version_history (module_id, version_number, spec_json) VALUES (${module!.id}, '1.0.0', ${JSON.stringify(FIXTURE)}::jsonb)`,
    );
  });
  afterAll(() => database?.dispose());

  /** A student viewer for a seeded student record. */
  async function student(id: string): Promise<Viewer> {
    const [row] = await queryRows<{ name: string; university_id: number }>(db(), sql`SELECT name, university_id FROM students WHERE id = ${id}`);
    return { userId: `user-${id}`, role: "student", name: row!.name, email: `${id}@example.edu`, studentId: id, facultyId: null, universityId: row!.university_id };
  }

  async function specOf(slug: string): Promise<ModuleSpec> {
    const [row] = await queryRows<{ spec_json: unknown }>(
      db(),
      sql`SELECT v.spec_json FROM module_version_history v JOIN modules m ON m.id = v.module_id
        WHERE m.slug = ${slug} AND v.version_number = m.current_version`,
    );
    return ModuleSpec.parse(row!.spec_json);
  }

  /** Unlocked, unmastered modules for a student that nobody has an attempt in progress at. */
  async function openModules(viewer: Viewer, filter: (m: CatalogueModule) => boolean = () => true): Promise<CatalogueModule[]> {
    const modules = await nextUp(viewer, viewer.studentId!, 100, db());
    const busy = await queryRows<{ module_id: number }>(
      db(),
      sql`SELECT module_id FROM module_attempts WHERE student_id = ${viewer.studentId} AND status = 'in_progress'`,
    );
    return modules.filter((m) => filter(m) && !busy.some((b) => b.module_id === m.id));
  }

  async function count(query: ReturnType<typeof sql>): Promise<number> {
    const [row] = await queryRows<{ n: number }>(db(), query);
    return Number(row!.n);
  }

  async function takeModule(viewer: Viewer, slug: string, answer: (c: Checkpoint) => CheckpointAnswers = rightAnswers) {
    const spec = await specOf(slug);
    const { attemptId } = await startAttempt(viewer, slug, db());
    for (const checkpoint of spec.checkpoints) await submitCheckpoint(viewer, attemptId, checkpoint.id, answer(checkpoint), db());
    return { attemptId, spec };
  }

  test("start creates an attempt on the current version; starting again resumes it", async () => {
    const viewer = await student("lpu-26s-08");
    const [module] = await openModules(viewer, (m) => m.status === "not_started");
    expect(module).toBeDefined();
    const first = await startAttempt(viewer, module!.slug, db());
    expect(first.resumed).toBe(false);
    const again = await startAttempt(viewer, module!.slug, db());
    expect(again).toEqual({ attemptId: first.attemptId, resumed: true });

    const [row] = await queryRows<{ version_number: string; status: string; version_ok: boolean }>(
      db(),
      sql`SELECT a.version_number, a.status, v.version_number = m.current_version AS version_ok
        FROM module_attempts a JOIN modules m ON m.id = a.module_id JOIN module_version_history v ON v.version_id = a.version_id
        WHERE a.id = ${first.attemptId}`,
    );
    expect(row).toEqual({ version_number: "1.0.0", status: "in_progress", version_ok: true });
    expect(await count(sql`SELECT COUNT(*)::int AS n FROM module_analytics_events WHERE event_type = 'started' AND payload @> ${JSON.stringify({ attemptId: first.attemptId })}::jsonb`)).toBe(1);
    const [progress] = await queryRows<{ status: string }>(
      db(),
      sql`SELECT status FROM module_progress WHERE student_id = ${viewer.studentId} AND module_id = ${module!.id}`,
    );
    expect(progress!.status).toBe("in_progress");
  });

  test("restarting a mastered module keeps its progress mastered", async () => {
    const catalogue = (await listCatalogue(EMEKA, db())).flatMap((s) => s.modules);
    const mastered = catalogue.find((m) => m.status === "mastered" && !m.locked)!;
    await startAttempt(EMEKA, mastered.slug, db());
    const [progress] = await queryRows<{ status: string; percent_complete: number }>(
      db(),
      sql`SELECT status, percent_complete FROM module_progress WHERE student_id = ${EMEKA.studentId} AND module_id = ${mastered.id}`,
    );
    expect(progress).toEqual({ status: "mastered", percent_complete: 100 });
  });

  test("two starts at once make one attempt", async () => {
    const viewer = await student("lpu-26f-06");
    const [module] = await openModules(viewer);
    const [a, b] = await Promise.all([startAttempt(viewer, module!.slug, db()), startAttempt(viewer, module!.slug, db())]);
    expect(a.attemptId).toBe(b.attemptId);
    expect([a.resumed, b.resumed].sort()).toEqual([false, true]);
    expect(await count(sql`SELECT COUNT(*)::int AS n FROM module_attempts WHERE student_id = ${viewer.studentId} AND module_id = ${module!.id} AND status = 'in_progress'`)).toBe(1);
    expect(await count(sql`SELECT COUNT(*)::int AS n FROM module_analytics_events WHERE event_type = 'started' AND payload @> ${JSON.stringify({ attemptId: a.attemptId })}::jsonb`)).toBe(1);
  });

  test("a locked module names the prerequisites still to master", async () => {
    const catalogue = (await listCatalogue(EMEKA, db())).flatMap((s) => s.modules);
    const locked = catalogue.find((m) => m.locked)!;
    expect(locked).toBeDefined();
    const error = await expectLearningError(startAttempt(EMEKA, locked.slug, db()), "locked");
    const expected = await queryRows<{ slug: string; title: string }>(
      db(),
      sql`SELECT pm.slug, pm.title FROM module_prerequisites p JOIN modules pm ON pm.id = p.prerequisite_module_id JOIN modules m ON m.id = p.module_id
        WHERE m.slug = ${locked.slug} AND p.required AND NOT EXISTS (
          SELECT 1 FROM learner_performance lp WHERE lp.student_id = ${EMEKA.studentId} AND lp.module_id = pm.id AND lp.completed AND lp.mastery_score >= 70)
        ORDER BY pm.id`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(error.missingPrerequisites).toEqual(expected);
    expect(locked.missingPrerequisites).toEqual(expected);
    for (const { title } of expected) expect(error.message).toContain(title);
    expect(await count(sql`SELECT COUNT(*)::int AS n FROM module_attempts a JOIN modules m ON m.id = a.module_id WHERE m.slug = ${locked.slug} AND a.student_id = ${EMEKA.studentId}`)).toBe(0);
  });

  test("only students take modules, and only published ones", async () => {
    await expectLearningError(startAttempt(FACULTY, "av-obc-architecture", db()), "not_yours");
    await expectLearningError(startAttempt(null, "av-obc-architecture", db()), "not_yours");
    await expectLearningError(startAttempt(EMEKA, "no-such-module", db()), "not_found");
    await db().execute(sql`INSERT INTO modules (slug, title, subsystem, status) VALUES ('draft-runtime-test', 'Draft', 'power', 'draft')`);
    await expectLearningError(startAttempt(EMEKA, "draft-runtime-test", db()), "not_found");
    await db().execute(sql`DELETE FROM modules WHERE slug = 'draft-runtime-test'`);
  });

  test("answers and explanations never reach the browser before their checkpoint is submitted", async () => {
    const spec = ModuleSpec.parse(FIXTURE);
    const { attemptId } = await startAttempt(FREYA, FIXTURE_SLUG, db());

    const hidden = (value: unknown) => {
      const json = JSON.stringify(value);
      for (const key of ['"correctOptionId"', '"explanation"', '"tolerance"', '"answer":']) expect(json).not.toContain(key);
    };
    const before = await getAttempt(FREYA, attemptId, db());
    expect(before!.spec.checkpoints).toHaveLength(spec.checkpoints.length);
    hidden(before);
    expect(before!.revealed).toEqual({});

    const [first, second] = spec.checkpoints;
    const score = await submitCheckpoint(FREYA, attemptId, first!.id, rightAnswers(first!), db());
    expect(score).toMatchObject({ correct: first!.questions.length, total: first!.questions.length, wrong: [] });
    expect(score.revealed).toEqual(first);

    const after = await getAttempt(FREYA, attemptId, db());
    expect(Object.keys(after!.revealed)).toEqual([first!.id]);
    expect(after!.revealed[first!.id]).toEqual(first);
    const { revealed: _revealed, ...rest } = after!;
    hidden(rest);
    expect(JSON.stringify(after)).not.toContain(second!.questions[0]!.explanation);
    expect(JSON.stringify(after)).toContain("FIRST-NUMERIC-EXPLANATION");
    expect(after!.checkpointResults[first!.id]).toMatchObject({ correct: first!.questions.length, wrong: [] });

    // Nobody else reads it: another student gets nothing, their faculty may look.
    expect(await getAttempt(EMEKA, attemptId, db())).toBeNull();
    expect(await getAttempt({ ...FACULTY, universityId: 2 }, attemptId, db())).toBeNull();
    expect((await getAttempt(FACULTY, attemptId, db()))?.attemptId).toBe(attemptId);
  });

  test("saved answers are checked against the checkpoint and come back on reload", async () => {
    const spec = ModuleSpec.parse(FIXTURE);
    const checkpoint = spec.checkpoints[0]!;
    const { attemptId } = await startAttempt(EMEKA, FIXTURE_SLUG, db());
    const question = checkpoint.questions[0]!;
    const numeric = checkpoint.questions[1]!;
    await expectLearningError(saveAnswers(EMEKA, attemptId, checkpoint.id, { [numeric.id]: { optionId: "a" } }, db()), "invalid");

    await expectLearningError(saveAnswers(EMEKA, attemptId, checkpoint.id, { "not-a-question": { optionId: "a" } }, db()), "invalid");
    await expectLearningError(
      saveAnswers(EMEKA, attemptId, checkpoint.id, { [question.id]: question.kind === "multiple_choice" ? { optionId: "zz-no-such-option" } : { optionId: "a" } }, db()),
      "invalid",
    );
    await expectLearningError(saveAnswers(EMEKA, attemptId, "no-such-checkpoint", {}, db()), "invalid");
    await expectLearningError(saveAnswers(FREYA, attemptId, checkpoint.id, {}, db()), "not_yours");

    const partial = { [question.id]: rightAnswers(checkpoint)[question.id]! };
    await saveAnswers(EMEKA, attemptId, checkpoint.id, partial, db());
    const view = await getAttempt(EMEKA, attemptId, db());
    expect(view!.answers[checkpoint.id]).toEqual(partial);
    expect(view!.checkpointResults).toEqual({});

    await submitCheckpoint(EMEKA, attemptId, checkpoint.id, partial, db());
    await expectLearningError(submitCheckpoint(EMEKA, attemptId, checkpoint.id, rightAnswers(checkpoint), db()), "invalid");
    await expectLearningError(saveAnswers(EMEKA, attemptId, checkpoint.id, partial, db()), "invalid");
    // One of two right is 50 %: below the spec's 70, so the checkpoint failed.
    const passed = false;
    expect(
      await count(
        sql`SELECT COUNT(*)::int AS n FROM module_analytics_events WHERE event_type = ${passed ? "checkpoint_passed" : "checkpoint_failed"}
          AND payload @> ${JSON.stringify({ attemptId, checkpointId: checkpoint.id })}::jsonb`,
      ),
    ).toBe(1);
  });

  test("finishing writes one learner_performance row timed by the server, and updates everything derived", async () => {
    const FREYA = await student("lpu-26f-06");
    const [chosen] = await openModules(FREYA, (m) => m.status === "completed");
    const { attemptId, spec } = await takeModule(FREYA, chosen!.slug, oneWrong);
    await db().execute(sql`UPDATE module_attempts SET started_at = started_at - interval '300 seconds' WHERE id = ${attemptId}`);
    expect(chosen).toBeDefined();
    const [previous] = await queryRows<{ last: number; rows: number }>(
      db(),
      sql`SELECT COALESCE(MAX(attempt_number), 0)::int AS last, (SELECT COUNT(*)::int FROM learner_performance) AS rows
        FROM learner_performance WHERE student_id = ${FREYA.studentId} AND module_id = ${chosen!.id}`,
    );
    const [calibrationBefore] = await queryRows<{ sample_size: number }>(db(), sql`SELECT sample_size FROM module_difficulty_calibrations WHERE module_id = ${chosen!.id}`);

    const outcome = await finishAttempt(FREYA, attemptId, db());

    const questions = spec.checkpoints.reduce((n, c) => n + c.questions.length, 0);
    const wrong = spec.checkpoints.length;
    expect(outcome.attemptNumber).toBe(previous!.last + 1);
    expect(outcome.errorsCount).toBe(wrong);
    expect(outcome.masteryScore).toBe(Math.round((10_000 * (questions - wrong)) / questions) / 100);
    expect(outcome.timeSpentSeconds).toBeGreaterThanOrEqual(300);
    expect(outcome.timeSpentSeconds).toBeLessThan(330);
    expect(outcome.wrong).toHaveLength(wrong);
    for (const [i, w] of outcome.wrong.entries()) {
      const checkpoint = spec.checkpoints[i]!;
      expect(w).toMatchObject({ checkpointTitle: checkpoint.title, prompt: checkpoint.questions[0]!.prompt, explanation: checkpoint.questions[0]!.explanation });
    }

    expect(await count(sql`SELECT COUNT(*)::int AS n FROM learner_performance`)).toBe(previous!.rows + 1);
    const [logged] = await queryRows<{ log_id: number; attempt_number: number; time_spent_seconds: number; errors_count: number; mastery: number; completed: boolean }>(
      db(),
      sql`SELECT log_id, attempt_number, time_spent_seconds, errors_count, mastery_score::float8 AS mastery, completed FROM learner_performance
        WHERE student_id = ${FREYA.studentId} AND module_id = ${chosen!.id} ORDER BY attempt_number DESC LIMIT 1`,
    );
    expect(logged).toEqual({
      log_id: outcome.logId,
      attempt_number: outcome.attemptNumber,
      time_spent_seconds: outcome.timeSpentSeconds,
      errors_count: wrong,
      mastery: outcome.masteryScore,
      completed: true,
    });
    const [attempt] = await queryRows<{ status: string; performance_log_id: number; finished: boolean }>(
      db(),
      sql`SELECT status, performance_log_id, finished_at IS NOT NULL AS finished FROM module_attempts WHERE id = ${attemptId}`,
    );
    expect(attempt).toEqual({ status: "finished", performance_log_id: outcome.logId, finished: true });

    const [progress] = await queryRows<{ status: string; percent_complete: number; completed: boolean }>(
      db(),
      sql`SELECT status, percent_complete, completed_at IS NOT NULL AS completed FROM module_progress WHERE student_id = ${FREYA.studentId} AND module_id = ${chosen!.id}`,
    );
    expect(progress).toEqual({ status: outcome.bestMastery >= 70 ? "mastered" : "completed", percent_complete: 100, completed: true });

    const [competency] = await queryRows<{ level: string; modules_completed: number }>(
      db(),
      sql`SELECT competency_level AS level, modules_completed FROM subsystem_competency WHERE student_id = ${FREYA.studentId} AND subsystem = ${chosen!.subsystem}`,
    );
    expect(competency).toEqual({ level: outcome.competency.after, modules_completed: outcome.competency.modulesCompleted });
    const [calibrationAfter] = await queryRows<{ sample_size: number; n: number }>(
      db(),
      sql`SELECT sample_size, (SELECT COUNT(*)::int FROM module_difficulty_calibrations WHERE module_id = ${chosen!.id}) AS n FROM module_difficulty_calibrations WHERE module_id = ${chosen!.id}`,
    );
    expect(calibrationAfter).toEqual({ sample_size: calibrationBefore!.sample_size + 1, n: 1 });

    const events = await queryRows<{ event_type: string }>(
      db(),
      sql`SELECT event_type FROM module_analytics_events WHERE payload @> ${JSON.stringify({ attemptId })}::jsonb ORDER BY id`,
    );
    expect(events.map((e) => e.event_type)).toEqual([
      "started",
      ...spec.checkpoints.map((c) => ((100 * (c.questions.length - 1)) / c.questions.length >= 70 ? "checkpoint_passed" : "checkpoint_failed")),
      "finished",
    ]);

    // Finishing again answers with what was recorded, and records nothing more.
    const again = await finishAttempt(FREYA, attemptId, db());
    expect(again).toEqual(outcome);
    expect((await getAttempt(FREYA, attemptId, db()))!.outcome).toEqual(outcome);
    expect(await count(sql`SELECT COUNT(*)::int AS n FROM learner_performance`)).toBe(previous!.rows + 1);
    await expectLearningError(submitCheckpoint(FREYA, attemptId, spec.checkpoints[0]!.id, {}, db()), "finished");
  });

  test("finishing submits the checkpoints left open with their saved answers", async () => {
    const FREYA = await student("lpu-26s-05");
    const spec = ModuleSpec.parse(FIXTURE);
    const { attemptId } = await startAttempt(FREYA, FIXTURE_SLUG, db());
    const [first, ...others] = spec.checkpoints;
    await saveAnswers(FREYA, attemptId, first!.id, rightAnswers(first!), db());
    const outcome = await finishAttempt(FREYA, attemptId, db());
    const unanswered = others.reduce((n, c) => n + c.questions.length, 0);
    expect(outcome.errorsCount).toBe(unanswered);
    const view = await getAttempt(FREYA, attemptId, db());
    expect(Object.keys(view!.checkpointResults).sort()).toEqual(spec.checkpoints.map((c) => c.id).sort());
    expect(view!.checkpointResults[first!.id]).toMatchObject({ correct: first!.questions.length, wrong: [] });
    expect(Object.keys(view!.revealed)).toHaveLength(spec.checkpoints.length);
  });

  test("a retake reports the personal best", async () => {
    const FREYA = await student("lpu-26s-04");
    const [module] = await openModules(FREYA, (m) => m.status === "not_started");
    const worse = await takeModule(FREYA, module!.slug, oneWrong);
    const first = await finishAttempt(FREYA, worse.attemptId, db());
    const better = await takeModule(FREYA, module!.slug, rightAnswers);
    const second = await finishAttempt(FREYA, better.attemptId, db());
    expect(second.attemptNumber).toBe(first.attemptNumber + 1);
    expect(second.masteryScore).toBe(100);
    expect(second.personalBest).toBe(true);
    expect(second.bestMastery).toBe(100);
    const third = await takeModule(FREYA, module!.slug, oneWrong);
    const outcome = await finishAttempt(FREYA, third.attemptId, db());
    expect(outcome.personalBest).toBe(false);
    expect(outcome.bestMastery).toBe(100);
  });

  test("a competency level change is logged for the student", async () => {
    // 3 of 9 mission-ops modules mastered: a fourth reaches competency (40 % of 9 is 3.6).
    const viewer = await student("nit-26s-09");
    const [level] = await queryRows<{ level: string; m: number }>(
      db(),
      sql`SELECT competency_level AS level, modules_completed AS m FROM subsystem_competency WHERE student_id = ${viewer.studentId} AND subsystem = 'mission_ops'`,
    );
    expect(level).toEqual({ level: "orientation", m: 3 });
    const [module] = await openModules(viewer, (m) => m.subsystem === "mission_ops" && m.status === "not_started");
    const { attemptId } = await takeModule(viewer, module!.slug);
    const outcome = await finishAttempt(viewer, attemptId, db());
    expect(outcome.mastered).toBe(true);
    expect(outcome.competency).toEqual({ subsystem: "mission_ops", before: "orientation", after: "competency", modulesCompleted: 4, total: 9 });
    const entries = await queryRows<{ message: string; metadata: Record<string, unknown> }>(
      db(),
      sql`SELECT message, metadata FROM ascent_basecamp_agent_log
        WHERE agent_name = 'competency-engine' AND action_type = 'level_change' AND metadata @> ${JSON.stringify({ attemptId })}::jsonb`,
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]!.metadata).toMatchObject({ studentId: viewer.studentId, subsystem: "mission_ops", from: "orientation", to: "competency", moduleId: module!.id });
    expect(entries[0]!.message).toBe(`${viewer.name}'s competency in mission operations moved to competency (from orientation): 4 of 9 modules mastered.`);

    // The next attempt in the subsystem that moves nothing logs nothing.
    const [other] = await openModules(viewer, (m) => m.subsystem === "mission_ops");
    const next = await takeModule(viewer, other!.slug, oneWrong);
    const quiet = await finishAttempt(viewer, next.attemptId, db());
    expect(quiet.competency.before).toBe(quiet.competency.after);
    expect(await count(sql`SELECT COUNT(*)::int AS n FROM ascent_basecamp_agent_log WHERE metadata @> ${JSON.stringify({ attemptId: next.attemptId })}::jsonb`)).toBe(0);
  });

  test("a failure part-way through finishing leaves nothing half-written", async () => {
    const EMEKA = await student("nit-26s-10");
    const [module] = await openModules(EMEKA);
    const { attemptId } = await takeModule(EMEKA, module!.slug);
    // The `finished` event is the last write: everything before it must roll back with it.
    await db().execute(sql`CREATE FUNCTION refuse_finished() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.event_type = 'finished' THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$`);
    await db().execute(sql`CREATE TRIGGER refuse_finished BEFORE INSERT ON module_analytics_events FOR EACH ROW EXECUTE FUNCTION refuse_finished()`);
    try {
      const before = await tableChecksums(db());
      await expect(finishAttempt(EMEKA, attemptId, db())).rejects.toThrow();
      expect(await tableChecksums(db())).toEqual(before);
    } finally {
      await db().execute(sql`DROP TRIGGER refuse_finished ON module_analytics_events`);
      await db().execute(sql`DROP FUNCTION refuse_finished()`);
    }
    const outcome = await finishAttempt(EMEKA, attemptId, db());
    expect(outcome.masteryScore).toBe(100);
  });

  test("two finishes of one attempt at once record it once", async () => {
    const FREYA = await student("lpu-26s-06");
    const [module] = await openModules(FREYA);
    const { attemptId } = await takeModule(FREYA, module!.slug);
    const rows = await count(sql`SELECT COUNT(*)::int AS n FROM learner_performance`);
    const [a, b] = await Promise.all([finishAttempt(FREYA, attemptId, db()), finishAttempt(FREYA, attemptId, db())]);
    expect(a).toEqual(b);
    expect(await count(sql`SELECT COUNT(*)::int AS n FROM learner_performance`)).toBe(rows + 1);
    expect(await count(sql`SELECT COUNT(*)::int AS n FROM module_analytics_events WHERE event_type = 'finished' AND payload @> ${JSON.stringify({ attemptId })}::jsonb`)).toBe(1);
  });

  test("another student's attempt cannot be answered or finished", async () => {
    const { attemptId } = await startAttempt(FREYA, FIXTURE_SLUG, db());
    await expectLearningError(finishAttempt(EMEKA, attemptId, db()), "not_yours");
    await expectLearningError(submitCheckpoint(EMEKA, attemptId, "x", {}, db()), "not_yours");
    await expectLearningError(finishAttempt(FACULTY, attemptId, db()), "not_yours");
    await expectLearningError(finishAttempt(FREYA, 987_654, db()), "not_found");
  });
});
