import { desc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { ModuleSpec, type Checkpoint, type CheckpointAnswers, type ModuleSpecInput } from "../../app/lib/domain/module-spec";
import type { Database } from "../client";
import { runCalibrationJob } from "../learning/calibration-job";
import { finishAttempt, startAttempt, submitCheckpoint } from "../learning/attempts";
import { AccessDenied } from "../queries/access";
import { getModuleOverview } from "../queries/modules";
import { queryRows } from "../rows";
import { auditLogs } from "../schema";
import { seedDemoData } from "../seed/index";
import { tableChecksums } from "../testing/checksums";
import { testTargets, type TestDatabase } from "../testing/databases";
import { getModuleHistory } from "./version-history";
import { getModuleForEditing, restoreModuleVersion, saveModuleVersion, setModuleStatusRecord, type SaveModuleInput } from "./versions";

const FACULTY = {
  userId: "demo-faculty",
  role: "faculty",
  name: "Dr. Helen Achterberg",
  email: "faculty@basecamp.example.edu",
  studentId: null,
  facultyId: 1,
  universityId: 1,
} as const satisfies Viewer;
const ADMIN = { ...FACULTY, userId: "demo-admin", role: "admin", name: "Robin Admin", email: "admin@basecamp.example.edu", facultyId: null, universityId: null } as const satisfies Viewer;
const STUDENT = { ...FACULTY, userId: "demo-student", role: "student", name: "Emeka Eze", email: "student@basecamp.example.edu", studentId: "nit-26f-01", facultyId: null } as const satisfies Viewer;
const STUDENT_2 = { ...STUDENT, userId: "demo-student-2", name: "Freya Nasser", studentId: "nit-26f-02" } as const satisfies Viewer;

const SLUG = "pwr-versions-fixture";
const DRAFT_SLUG = "pwr-versions-draft";

const FIXTURE: ModuleSpecInput = {
  title: "Versions fixture: eclipse power",
  summary: "What keeps the bus alive in eclipse.",
  subsystem: "power",
  difficulty: "medium",
  estimatedMinutes: 20,
  masteryThreshold: 70,
  sections: [
    { title: "Eclipse", bodyMarkdown: "The panels see no sun.\nThe battery carries the load.", isCheckpoint: false },
    { title: "Depth of discharge", bodyMarkdown: "Keep it under 30 %.", isCheckpoint: false },
  ],
  checkpoints: [
    {
      id: "cp-eclipse",
      title: "Eclipse check",
      afterSection: 1,
      questions: [
        {
          id: "q-source",
          kind: "multiple_choice",
          prompt: "What powers the bus in eclipse?",
          options: [
            { id: "a", text: "The battery" },
            { id: "b", text: "The solar panels" },
          ],
          correctOptionId: "a",
          explanation: "No sun in eclipse.",
        },
        {
          id: "q-energy",
          kind: "numeric",
          prompt: "A 10 W load for a 0.5 h eclipse uses how much energy?",
          answer: 5,
          tolerance: { relative: 0.05 },
          unit: "Wh",
          explanation: "10 W × 0.5 h.",
        },
      ],
    },
  ],
};

function rightAnswers(checkpoint: Checkpoint): CheckpointAnswers {
  return Object.fromEntries(
    checkpoint.questions.map((q) => [q.id, q.kind === "multiple_choice" ? { optionId: q.correctOptionId } : { value: q.answer, unit: q.unit }]),
  );
}

const v1 = () => ModuleSpec.parse(FIXTURE);

describe.each(testTargets)("module versions on $name", (target) => {
  let database: TestDatabase;
  const db = (): Database => database.handle.db;
  let moduleId = 0;

  async function current(slug = SLUG) {
    const [row] = await queryRows<{ current_version: string; title: string; summary: string; difficulty: string; estimated_minutes: number; spec_json: unknown }>(
      db(),
      sql`SELECT m.current_version, m.title, m.summary, m.difficulty, m.estimated_minutes, v.spec_json
        FROM modules m LEFT JOIN module_version_history v ON v.module_id = m.id AND v.version_number = m.current_version WHERE m.slug = ${slug}`,
    );
    return row!;
  }
  const currentSpec = async () => ModuleSpec.parse((await current()).spec_json);
  const lastAudit = async () => (await db().select().from(auditLogs).orderBy(desc(auditLogs.id)).limit(1))[0];
  const calibrationRows = () =>
    queryRows<{ sample_size: number; difficulty_level: string | null }>(db(), sql`SELECT sample_size, difficulty_level FROM module_difficulty_calibrations WHERE module_id = ${moduleId}`);

  /** Saves `change` applied to the current spec, from the current version. */
  async function save(viewer: Viewer, change: (spec: ModuleSpec) => void, bump: SaveModuleInput["bump"], description = "An edit.") {
    const spec = structuredClone(await currentSpec());
    change(spec);
    return saveModuleVersion(viewer, { slug: SLUG, spec, bump, changeDescription: description, baseVersion: (await current()).current_version }, db());
  }

  /** A whole attempt by a student, every answer right. */
  async function takeModule(viewer: Viewer) {
    const { attemptId } = await startAttempt(viewer, SLUG, db());
    const spec = await currentSpec();
    for (const checkpoint of spec.checkpoints) await submitCheckpoint(viewer, attemptId, checkpoint.id, rightAnswers(checkpoint), db());
    return finishAttempt(viewer, attemptId, db());
  }

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(database.handle.db);
    const [module] = await queryRows<{ id: number }>(
      db(),
      sql`INSERT INTO modules (slug, title, subsystem, status, current_version) VALUES (${SLUG}, ${FIXTURE.title}, 'power', 'published', '1.0.0') RETURNING id`,
    );
    moduleId = module!.id;
    await db().execute(sql`INSERT INTO module_version_history (module_id, version_number, spec_json, created_by, change_description, created_at)
      VALUES (${moduleId}, '1.0.0', ${JSON.stringify(v1())}::jsonb, 'seed', 'First version.', CURRENT_TIMESTAMP - interval '30 days')`);
    // Attempts logged before versioning (imported history): no module_attempts link.
    await db().execute(sql`INSERT INTO learner_performance (student_id, module_id, attempt_number, time_spent_seconds, errors_count, mastery_score, completed, "timestamp")
      SELECT s.id, ${moduleId}, 1, 600, 1, CASE WHEN s.n % 3 = 0 THEN 40 ELSE 90 END, true, CURRENT_TIMESTAMP - interval '10 days'
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM students WHERE id NOT IN ('nit-26f-01', 'nit-26f-02') ORDER BY id LIMIT 12) s`);
    const [draft] = await queryRows<{ id: number }>(
      db(),
      sql`INSERT INTO modules (slug, title, subsystem, status, current_version) VALUES (${DRAFT_SLUG}, 'Versions draft', 'power', 'draft', '1.0.0') RETURNING id`,
    );
    const empty = { ...v1(), title: "Versions draft", checkpoints: [] };
    await db().execute(sql`INSERT INTO module_version_history (module_id, version_number, spec_json, created_by) VALUES (${draft!.id}, '1.0.0', ${JSON.stringify(empty)}::jsonb, 'module-generator')`);
    await runCalibrationJob(db());
  });
  afterAll(() => database?.dispose());

  test("students and visitors may neither read nor write versions; nothing changes", async () => {
    const before = await tableChecksums(db());
    const input = { slug: SLUG, spec: v1(), bump: "patch" as const, changeDescription: "Sneaky.", baseVersion: "1.0.0" };
    for (const viewer of [STUDENT, null]) {
      await expect(saveModuleVersion(viewer, input, db())).rejects.toBeInstanceOf(AccessDenied);
      await expect(restoreModuleVersion(viewer, { slug: SLUG, versionNumber: "1.0.0", baseVersion: "1.0.0" }, db())).rejects.toBeInstanceOf(AccessDenied);
      await expect(getModuleForEditing(viewer, SLUG, db())).rejects.toBeInstanceOf(AccessDenied);
      await expect(setModuleStatusRecord(viewer, { slug: SLUG, status: "archived" }, db())).rejects.toBeInstanceOf(AccessDenied);
      await expect(getModuleHistory(viewer, SLUG, {}, db())).rejects.toBeInstanceOf(AccessDenied);
    }
    expect(await tableChecksums(db())).toEqual(before);
  });

  test("the editor reads the current spec with its answers; an unknown module is null", async () => {
    expect(await getModuleForEditing(FACULTY, SLUG, db())).toEqual({
      id: moduleId,
      slug: SLUG,
      status: "published",
      currentVersion: "1.0.0",
      spec: v1(),
      notionPageId: null,
    });
    expect(await getModuleForEditing(ADMIN, "no-such-module", db())).toBeNull();
  });

  test("a patch save creates 1.0.1 with its author and description, updates the module and its sections, and is audited", async () => {
    const result = await save(
      FACULTY,
      (s) => {
        s.title = "Versions fixture: power in eclipse";
        s.estimatedMinutes = 25;
        s.sections[0]!.bodyMarkdown = "The panels see no sun.\nThe battery carries every load.";
      },
      "patch",
      "  Clearer wording.  ",
    );
    expect(result).toMatchObject({ ok: true, versionNumber: "1.0.1" });
    const [row] = await queryRows<{ version_id: number; created_by: string; change_description: string }>(
      db(),
      sql`SELECT version_id, created_by, change_description FROM module_version_history WHERE module_id = ${moduleId} AND version_number = '1.0.1'`,
    );
    expect(row).toEqual({ version_id: result.ok ? result.versionId : -1, created_by: FACULTY.name, change_description: "Clearer wording." });
    expect(await current()).toMatchObject({ current_version: "1.0.1", title: "Versions fixture: power in eclipse", estimated_minutes: 25 });
    const sections = await queryRows<{ position: number; title: string; body_markdown: string; is_checkpoint: boolean }>(
      db(),
      sql`SELECT position, title, body_markdown, is_checkpoint FROM module_sections WHERE module_id = ${moduleId} ORDER BY position`,
    );
    // A section is a checkpoint section when a checkpoint follows it, whatever the spec's flag says.
    expect(sections).toEqual([
      { position: 1, title: "Eclipse", body_markdown: "The panels see no sun.\nThe battery carries every load.", is_checkpoint: false },
      { position: 2, title: "Depth of discharge", body_markdown: "Keep it under 30 %.", is_checkpoint: true },
    ]);
    expect(await lastAudit()).toMatchObject({
      actorId: FACULTY.userId,
      actorLabel: FACULTY.email,
      action: "module.version_create",
      entityType: "module",
      entityId: String(moduleId),
      before: { slug: SLUG, version: "1.0.0" },
      after: { slug: SLUG, version: "1.0.1", bump: "patch", changeDescription: "Clearer wording." },
    });
  });

  test("a minor save adds a section: 1.1.0, and the sections follow the new spec", async () => {
    const result = await save(ADMIN, (s) => void s.sections.push({ title: "Worked example", bodyMarkdown: "Size a 20 Wh battery.", isCheckpoint: true }), "minor");
    expect(result).toMatchObject({ ok: true, versionNumber: "1.1.0" });
    const sections = await queryRows<{ title: string; is_checkpoint: boolean }>(
      db(),
      sql`SELECT title, is_checkpoint FROM module_sections WHERE module_id = ${moduleId} ORDER BY position`,
    );
    expect(sections).toEqual([
      { title: "Eclipse", is_checkpoint: false },
      { title: "Depth of discharge", is_checkpoint: true },
      { title: "Worked example", is_checkpoint: false },
    ]);
  });

  test("saving from an older version is a conflict and changes nothing; so is the loser of two saves at once", async () => {
    const before = await tableChecksums(db());
    const stale = await saveModuleVersion(
      FACULTY,
      { slug: SLUG, spec: { ...v1(), title: "Stale edit" }, bump: "patch", changeDescription: "From an old tab.", baseVersion: "1.0.0" },
      db(),
    );
    expect(stale).toMatchObject({ ok: false, reason: "conflict" });
    expect(stale.ok ? "" : stale.message).toMatch(/now at version 1\.1\.0.*started from 1\.0\.0/);
    expect(await tableChecksums(db())).toEqual(before);

    const spec = await currentSpec();
    const both = await Promise.all(
      ["First tab", "Second tab"].map((summary) =>
        saveModuleVersion(FACULTY, { slug: SLUG, spec: { ...spec, summary }, bump: "patch", changeDescription: summary, baseVersion: "1.1.0" }, db()),
      ),
    );
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok && r.reason === "conflict")).toHaveLength(1);
    expect((await current()).current_version).toBe("1.1.1");
  });

  test("a save identical to the current version, or an invalid one, is refused and changes nothing", async () => {
    const before = await tableChecksums(db());
    const spec = await currentSpec();
    const base = { slug: SLUG, bump: "patch" as const, baseVersion: "1.1.1" };
    expect(await saveModuleVersion(FACULTY, { ...base, spec, changeDescription: "No change." }, db())).toMatchObject({ ok: false, reason: "unchanged" });
    expect(await saveModuleVersion(FACULTY, { ...base, spec: { ...spec, title: "New" }, changeDescription: "   " }, db())).toMatchObject({ ok: false, reason: "invalid" });
    // A published module must keep a checkpoint students can take.
    const noCheckpoints = await saveModuleVersion(FACULTY, { ...base, spec: { ...spec, checkpoints: [] }, bump: "major", changeDescription: "Drop all." }, db());
    expect(noCheckpoints).toMatchObject({ ok: false, reason: "invalid" });
    expect(noCheckpoints.ok ? "" : noCheckpoints.message).toMatch(/checkpoint/);
    expect(await saveModuleVersion(FACULTY, { ...base, slug: "no-such-module", spec, changeDescription: "x" }, db())).toMatchObject({ ok: false, reason: "not_found" });
    expect(await tableChecksums(db())).toEqual(before);
  });

  test("a major save archives the calibration of major 1; the next recompute counts only attempts on major 2", async () => {
    // An attempt started on 1.1.1 and finished after 2.0.0 exists was taken on the old questions.
    const { attemptId: straddling } = await startAttempt(STUDENT_2, SLUG, db());
    const [before] = await calibrationRows();
    expect(before!.sample_size).toBe(12);
    const [live] = await queryRows<{ difficulty_level: string; success_rate: number; average_time_seconds: number }>(
      db(),
      sql`SELECT difficulty_level, success_rate::float8 AS success_rate, average_time_seconds FROM module_difficulty_calibrations WHERE module_id = ${moduleId}`,
    );

    const newAnswer = (s: ModuleSpec) => {
      const question = s.checkpoints[0]!.questions[1]!;
      if (question.kind === "numeric") question.answer = 6;
    };
    const result = await save(FACULTY, newAnswer, "major", "New numbers.");
    expect(result).toMatchObject({ ok: true, versionNumber: "2.0.0" });
    const archive = await queryRows<{ major_version: number; sample_size: number; difficulty_level: string; success_rate: number; average_time_seconds: number }>(
      db(),
      sql`SELECT major_version, sample_size, difficulty_level, success_rate::float8 AS success_rate, average_time_seconds
        FROM module_calibration_archive WHERE module_id = ${moduleId}`,
    );
    expect(archive).toEqual([{ major_version: 1, sample_size: 12, ...live }]);
    expect(await lastAudit()).toMatchObject({ action: "module.version_create", after: { version: "2.0.0", bump: "major", calibrationArchived: { majorVersion: 1, sampleSize: 12 } } });
    // Until attempts on 2.x come in, the module shows its authored difficulty with no calibration.
    const overview = await getModuleOverview(FACULTY, SLUG, db());
    expect(overview).toMatchObject({ difficulty: "medium", authoredDifficulty: "medium", calibration: null, versionNumber: "2.0.0" });
    expect(overview?.previousCalibrations).toEqual([expect.objectContaining({ majorVersion: 1, sampleSize: 12, difficultyLevel: live!.difficulty_level })]);

    await finishAttempt(STUDENT_2, straddling, db());
    expect((await calibrationRows())[0]!.sample_size).toBe(0);
    const outcome = await takeModule(STUDENT);
    expect(outcome.masteryScore).toBe(100);
    expect(await calibrationRows()).toEqual([expect.objectContaining({ sample_size: 1 })]);

    // An attempt logged without a link after 2.0.0 was created counts too; jobs:calibrate agrees.
    await db().execute(sql`INSERT INTO learner_performance (student_id, module_id, attempt_number, time_spent_seconds, errors_count, mastery_score, completed)
      VALUES ('lpu-26s-01', ${moduleId}, 1, 500, 0, 80, true)`);
    await runCalibrationJob(db());
    expect(await calibrationRows()).toEqual([expect.objectContaining({ sample_size: 2 })]);

    const history = await getModuleHistory(FACULTY, SLUG, {}, db());
    expect(history?.calibrations).toEqual([
      expect.objectContaining({ majorVersion: 1, sampleSize: 12, current: false }),
      expect.objectContaining({ majorVersion: 2, sampleSize: 2, current: true }),
    ]);
  });

  test("restoring an old version makes a new version with that spec, with the bump its diff suggests", async () => {
    const result = await restoreModuleVersion(FACULTY, { slug: SLUG, versionNumber: "1.0.0", baseVersion: "2.0.0", note: "Back to basics." }, db());
    // 1.0.0 lacks the worked-example section and has the old answer: a scoring change, so major.
    expect(result).toMatchObject({ ok: true, versionNumber: "3.0.0" });
    expect(await currentSpec()).toEqual(v1());
    expect(await current()).toMatchObject({ title: FIXTURE.title, estimated_minutes: 20 });
    const [row] = await queryRows<{ change_description: string; created_by: string }>(
      db(),
      sql`SELECT change_description, created_by FROM module_version_history WHERE module_id = ${moduleId} AND version_number = '3.0.0'`,
    );
    expect(row).toEqual({ change_description: "Restored version 1.0.0. Back to basics.", created_by: FACULTY.name });
    expect(await lastAudit()).toMatchObject({ action: "module.version_restore", before: { version: "2.0.0" }, after: { version: "3.0.0", restoredFrom: "1.0.0", bump: "major" } });
    expect(await queryRows(db(), sql`SELECT major_version FROM module_calibration_archive WHERE module_id = ${moduleId} ORDER BY major_version`)).toEqual([
      { major_version: 1 },
      { major_version: 2 },
    ]);

    // Restoring 1.1.0 now only adds the section back: minor.
    expect(await restoreModuleVersion(ADMIN, { slug: SLUG, versionNumber: "1.1.0", baseVersion: "3.0.0" }, db())).toMatchObject({ ok: true, versionNumber: "3.1.0" });
    const before = await tableChecksums(db());
    expect(await restoreModuleVersion(ADMIN, { slug: SLUG, versionNumber: "3.1.0", baseVersion: "3.1.0" }, db())).toMatchObject({ ok: false, reason: "unchanged" });
    expect(await restoreModuleVersion(ADMIN, { slug: SLUG, versionNumber: "1.1.0", baseVersion: "3.1.0" }, db())).toMatchObject({ ok: false, reason: "unchanged" });
    expect(await restoreModuleVersion(ADMIN, { slug: SLUG, versionNumber: "9.9.9", baseVersion: "3.1.0" }, db())).toMatchObject({ ok: false, reason: "not_found" });
    expect(await restoreModuleVersion(ADMIN, { slug: SLUG, versionNumber: "1.0.0", baseVersion: "3.0.0" }, db())).toMatchObject({ ok: false, reason: "conflict" });
    expect(await tableChecksums(db())).toEqual(before);
  });

  test("the history lists versions newest first with their step and compares any two", async () => {
    const history = await getModuleHistory(FACULTY, SLUG, {}, db());
    expect(history?.versions.map((v) => [v.versionNumber, v.step])).toEqual([
      ["3.1.0", "minor"],
      ["3.0.0", "major"],
      ["2.0.0", "major"],
      ["1.1.1", "patch"],
      ["1.1.0", "minor"],
      ["1.0.1", "patch"],
      ["1.0.0", "first"],
    ]);
    expect(history?.versions[1]).toMatchObject({ createdBy: FACULTY.name, changeDescription: "Restored version 1.0.0. Back to basics.", readable: true });
    // By default: the version before the current one against the current one.
    expect(history?.comparison).toMatchObject({ from: "3.0.0", to: "3.1.0", diff: { sections: { added: [{ title: "Worked example" }] } } });

    const picked = await getModuleHistory(FACULTY, SLUG, { from: "1.1.1", to: "2.0.0" }, db());
    expect(picked?.comparison?.diff.questions.changed).toEqual([
      { id: "q-energy", checkpointId: "cp-eclipse", fields: [{ field: "answer", before: "5", after: "6" }] },
    ]);
    const unknown = await getModuleHistory(FACULTY, SLUG, { from: "0.0.1" }, db());
    expect(unknown).toMatchObject({ comparison: null, comparisonProblem: expect.stringContaining("0.0.1") });
    expect(await getModuleHistory(FACULTY, "no-such-module", {}, db())).toBeNull();
  });

  test("status: a draft without checkpoints cannot be published; other changes are audited; a repeat is a no-op", async () => {
    const refused = await setModuleStatusRecord(FACULTY, { slug: DRAFT_SLUG, status: "published" }, db());
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/checkpoint/) });

    expect(await setModuleStatusRecord(FACULTY, { slug: SLUG, status: "draft" }, db())).toEqual({ ok: true });
    expect(await lastAudit()).toMatchObject({ action: "module.status_change", before: { status: "published" }, after: { status: "draft" } });
    const before = await tableChecksums(db());
    expect(await setModuleStatusRecord(FACULTY, { slug: SLUG, status: "draft" }, db())).toEqual({ ok: true });
    expect(await tableChecksums(db())).toEqual(before);
    expect(await setModuleStatusRecord(ADMIN, { slug: SLUG, status: "published" }, db())).toEqual({ ok: true });
    expect(await setModuleStatusRecord(ADMIN, { slug: "no-such-module", status: "published" }, db())).toMatchObject({ ok: false });
  });
});
