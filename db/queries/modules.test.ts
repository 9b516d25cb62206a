import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { SUBSYSTEMS } from "../../app/lib/domain/vocabulary";
import { queryRows } from "../rows";
import { seedDemoData } from "../seed/index";
import { testTargets, type TestDatabase } from "../testing/databases";
import { AccessDenied } from "./access";
import { getModuleOverview, learningPathOrder, listCatalogue, nextUp } from "./modules";

const EMEKA = {
  userId: "demo-student",
  role: "student",
  name: "Emeka Eze",
  email: "student@basecamp.example.edu",
  studentId: "nit-26f-01",
  facultyId: null,
  universityId: 1,
} as const satisfies Viewer;
const FREYA = { ...EMEKA, userId: "demo-student-2", studentId: "nit-26f-02" } as const satisfies Viewer;
const FACULTY = { userId: "demo-faculty", role: "faculty", name: "F", email: "f@x", studentId: null, facultyId: 1, universityId: 1 } as const satisfies Viewer;
const OTHER_FACULTY = { ...FACULTY, userId: "demo-faculty-2", facultyId: 4, universityId: 2 } as const satisfies Viewer;

describe("learningPathOrder", () => {
  test.each<[string, number[], [number, number][], number[]]>([
    ["no edges keep catalogue order", [1, 2, 3], [], [1, 2, 3]],
    ["a prerequisite later in the catalogue comes first", [1, 2, 3], [[1, 3]], [2, 3, 1]],
    ["ties go to catalogue order once unlocked", [1, 2, 3, 4], [[4, 1], [2, 1]], [1, 2, 3, 4]],
    ["a chain", [3, 2, 1], [[3, 2], [2, 1]], [1, 2, 3]],
    ["edges to unknown modules are ignored", [1, 2], [[1, 99]], [1, 2]],
    ["a cycle falls back to catalogue order at the end", [1, 2, 3], [[1, 2], [2, 1]], [3, 1, 2]],
  ])("%s", (_label, ids, edges, expected) => {
    expect(learningPathOrder(ids, edges.map(([moduleId, prerequisiteId]) => ({ moduleId, prerequisiteId })))).toEqual(expected);
  });
});

describe.each(testTargets)("module queries on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(database.handle.db);
    await database.handle.db.execute(
      sql`INSERT INTO modules (slug, title, subsystem, status) VALUES ('pwr-draft-module', 'A draft', 'power', 'draft')`,
    );
  });
  afterAll(() => database?.dispose());

  test("the catalogue groups published modules by subsystem with the student's status and locks", async () => {
    const catalogue = await listCatalogue(EMEKA, db());
    expect(catalogue.map((g) => g.subsystem)).toEqual([...SUBSYSTEMS]);
    const modules = catalogue.flatMap((g) => g.modules);
    expect(modules).toHaveLength(69);
    expect(modules.some((m) => m.slug === "pwr-draft-module")).toBe(false);

    const locked = await queryRows<{ slug: string; missing: string[] }>(
      db(),
      sql`SELECT m.slug, array_agg(pm.title ORDER BY pm.id) AS missing
        FROM modules m JOIN module_prerequisites p ON p.module_id = m.id JOIN modules pm ON pm.id = p.prerequisite_module_id
        WHERE m.status = 'published' AND p.required AND NOT EXISTS (
          SELECT 1 FROM learner_performance lp WHERE lp.student_id = ${EMEKA.studentId} AND lp.module_id = pm.id AND lp.completed AND lp.mastery_score >= 70)
        GROUP BY m.slug`,
    );
    expect(locked.length).toBeGreaterThan(0);
    const expectedLocks = new Map(locked.map((l) => [l.slug, l.missing]));
    for (const m of modules) {
      expect(m.locked, m.slug).toBe(expectedLocks.has(m.slug));
      expect(m.missingPrerequisites.map((p) => p.title), m.slug).toEqual(expectedLocks.get(m.slug) ?? []);
    }

    const progress = await queryRows<{ slug: string; status: string }>(
      db(),
      sql`SELECT m.slug, p.status FROM module_progress p JOIN modules m ON m.id = p.module_id WHERE p.student_id = ${EMEKA.studentId}`,
    );
    const statusOf = new Map(progress.map((p) => [p.slug, p.status]));
    for (const m of modules) expect(m.status, m.slug).toBe(statusOf.get(m.slug) ?? "not_started");

    const calibrations = await queryRows<{ slug: string; level: string }>(
      db(),
      sql`SELECT m.slug, c.difficulty_level AS level FROM module_difficulty_calibrations c JOIN modules m ON m.id = c.module_id WHERE c.sample_size > 0`,
    );
    for (const c of calibrations) {
      const m = modules.find((x) => x.slug === c.slug)!;
      expect(m.difficulty).toBe(c.level);
      expect(m.calibration!.interval90[0]).toBeLessThanOrEqual(m.calibration!.interval90[1]);
    }
  });

  test("staff see the catalogue without status or locks; nobody signed out sees it", async () => {
    const modules = (await listCatalogue(FACULTY, db())).flatMap((g) => g.modules);
    expect(modules).toHaveLength(69);
    expect(modules.every((m) => m.status === null && !m.locked && m.missingPrerequisites.length === 0)).toBe(true);
    await expect(listCatalogue(null, db())).rejects.toBeInstanceOf(AccessDenied);
  });

  test("next up: unlocked, not mastered, in learning-path order", async () => {
    const catalogue = (await listCatalogue(FREYA, db())).flatMap((g) => g.modules);
    const all = await nextUp(FREYA, FREYA.studentId, 100, db());
    const expected = catalogue.filter((m) => !m.locked && !m.mastered).map((m) => m.slug);
    expect(all.map((m) => m.slug).sort()).toEqual(expected.sort());
    const position = new Map(all.map((m, i) => [m.slug, i]));
    for (const m of all) {
      for (const p of m.prerequisites) {
        if (position.has(p.slug)) expect(position.get(p.slug)!, `${p.slug} before ${m.slug}`).toBeLessThan(position.get(m.slug)!);
      }
    }
    expect(await nextUp(FREYA, FREYA.studentId, 2, db())).toEqual(all.slice(0, 2));
    // Faculty of the student's university may look; others may not.
    expect(await nextUp(FACULTY, FREYA.studentId, 100, db())).toEqual(all);
    await expect(nextUp(OTHER_FACULTY, FREYA.studentId, 5, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(nextUp(EMEKA, FREYA.studentId, 5, db())).rejects.toBeInstanceOf(AccessDenied);
  });

  test("a module's overview: public spec, the student's attempts, drafts for staff only", async () => {
    const overview = await getModuleOverview(EMEKA, "av-obc-architecture", db());
    expect(overview).not.toBeNull();
    expect(overview!.spec!.checkpoints.length).toBeGreaterThan(0);
    const json = JSON.stringify(overview);
    for (const key of ['"correctOptionId"', '"explanation"', '"tolerance"']) expect(json).not.toContain(key);
    const attempts = await queryRows<{ n: number }>(
      db(),
      sql`SELECT COUNT(*)::int AS n FROM learner_performance lp JOIN modules m ON m.id = lp.module_id WHERE m.slug = 'av-obc-architecture' AND lp.student_id = ${EMEKA.studentId}`,
    );
    expect(overview!.attempts).toHaveLength(attempts[0]!.n);
    expect(overview!.attempts.map((a) => a.attemptNumber)).toEqual([...overview!.attempts.map((a) => a.attemptNumber)].sort((a, b) => b - a));
    expect(overview!.dependents.length).toBeGreaterThan(0);
    expect(overview!.inProgressAttemptId).toBeNull();

    expect(await getModuleOverview(EMEKA, "pwr-draft-module", db())).toBeNull();
    expect((await getModuleOverview(FACULTY, "pwr-draft-module", db()))?.moduleStatus).toBe("draft");
    expect(await getModuleOverview(EMEKA, "no-such-module", db())).toBeNull();
    const staff = await getModuleOverview(FACULTY, "av-obc-architecture", db());
    expect(staff!.attempts).toEqual([]);
    expect(staff!.status).toBeNull();
  });
});
