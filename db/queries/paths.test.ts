import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { SUBSYSTEMS } from "../../app/lib/domain/vocabulary";
import { queryRows } from "../rows";
import { seedDemoData } from "../seed/index";
import { testTargets, type TestDatabase } from "../testing/databases";
import { AccessDenied } from "./access";
import { listCatalogue } from "./modules";
import { getLearningPath, listPathStudents, listPrerequisiteModuleChoices, type LearningPath } from "./paths";

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
const ADMIN = { ...FACULTY, userId: "demo-admin", role: "admin", facultyId: null, universityId: null } as const satisfies Viewer;

const DRAFT = "pwr-paths-draft";

/** Every prerequisite in the view comes before the module needing it. */
function expectLearningOrder(path: LearningPath) {
  const inView = path.modules.filter((m) => !m.ghost);
  const position = new Map(inView.map((m, i) => [m.id, i]));
  for (const e of path.edges) {
    if (position.has(e.moduleId) && position.has(e.prerequisiteModuleId)) {
      expect(position.get(e.prerequisiteModuleId)!, `${e.prerequisiteModuleId} before ${e.moduleId}`).toBeLessThan(position.get(e.moduleId)!);
    }
  }
}

describe.each(testTargets)("learning path queries on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(database.handle.db);
    // A draft that follows Power budget: staff see it and its edge, students neither.
    await database.handle.db.execute(sql`INSERT INTO modules (slug, title, subsystem, status) VALUES (${DRAFT}, 'Draft power topic', 'power', 'draft')`);
    await database.handle.db.execute(
      sql`INSERT INTO module_prerequisites (module_id, prerequisite_module_id, required)
        SELECT d.id, p.id, true FROM modules d, modules p WHERE d.slug = ${DRAFT} AND p.slug = 'pwr-power-budget'`,
    );
  });
  afterAll(() => database?.dispose());

  test("students see every published module in learning order with their own status, and no draft", async () => {
    const seen = new Set<string>();
    for (const student of [EMEKA, FREYA]) {
      const path = (await getLearningPath(student, { view: "all" }, db()))!;
      expect(path.student?.id).toBe(student.studentId);
      expect(path.cycle).toBeNull();
      expect(path.modules).toHaveLength(69);
      expect(path.modules.some((m) => m.slug === DRAFT || m.moduleStatus !== "published" || m.ghost)).toBe(false);
      const ids = new Set(path.modules.map((m) => m.id));
      expect(path.edges.every((e) => ids.has(e.moduleId) && ids.has(e.prerequisiteModuleId))).toBe(true);
      expect(path.edges).toHaveLength(97);
      expect(path.edges.filter((e) => e.crossSubsystem)).toHaveLength(14);
      expectLearningOrder(path);

      // The statuses agree with the catalogue the student sees on /modules.
      const catalogue = new Map((await listCatalogue(student, db())).flatMap((g) => g.modules).map((m) => [m.slug, m]));
      for (const m of path.modules) {
        const entry = catalogue.get(m.slug)!;
        const expected = entry.mastered
          ? "mastered"
          : entry.status === "in_progress" || entry.status === "completed"
            ? "in_progress"
            : entry.locked
              ? "locked"
              : "unlocked";
        expect(m.status, m.slug).toBe(expected);
        seen.add(m.status!);
        if (m.status === "locked") expect(m.missing.map((p) => p.title), m.slug).toEqual(entry.missingPrerequisites.map((p) => p.title));
      }
    }
    expect([...seen].sort()).toEqual(["in_progress", "locked", "mastered", "unlocked"]);
  });

  test("a student may not ask for another student's path", async () => {
    expect(await getLearningPath(EMEKA, { view: "all", studentId: FREYA.studentId }, db())).toBeNull();
    expect((await getLearningPath(EMEKA, { view: "all", studentId: EMEKA.studentId }, db()))!.student!.id).toBe(EMEKA.studentId);
    await expect(getLearningPath(null, { view: "all" }, db())).rejects.toBeInstanceOf(AccessDenied);
  });

  test("staff see drafts marked, no statuses unless they pick a student of their university", async () => {
    const plain = (await getLearningPath(FACULTY, { view: "all" }, db()))!;
    expect(plain.student).toBeNull();
    expect(plain.modules).toHaveLength(70);
    expect(plain.modules.every((m) => m.status === null)).toBe(true);
    expect(plain.modules.find((m) => m.slug === DRAFT)).toMatchObject({ moduleStatus: "draft", ghost: false });
    expect(plain.edges).toHaveLength(98);
    expectLearningOrder(plain);

    const freya = (await getLearningPath(FACULTY, { view: "all", studentId: FREYA.studentId }, db()))!;
    const own = (await getLearningPath(FREYA, { view: "all" }, db()))!;
    expect(freya.student).toEqual(own.student);
    const statusOf = new Map(own.modules.map((m) => [m.slug, m.status]));
    for (const m of freya.modules) if (m.slug !== DRAFT) expect(m.status, m.slug).toBe(statusOf.get(m.slug));
    const emeka = (await getLearningPath(FACULTY, { view: "all", studentId: EMEKA.studentId }, db()))!;
    expect(emeka.modules.map((m) => m.status)).not.toEqual(freya.modules.map((m) => m.status));

    expect(await getLearningPath(OTHER_FACULTY, { view: "all", studentId: FREYA.studentId }, db())).toBeNull();
    expect(await getLearningPath(FACULTY, { view: "all", studentId: "no-such-student" }, db())).toBeNull();
    expect(await getLearningPath(ADMIN, { view: "all", studentId: FREYA.studentId }, db())).not.toBeNull();
  });

  test("a subsystem view: its modules, then the modules of other subsystems joined to them as ghosts", async () => {
    for (const viewer of [EMEKA, FACULTY]) {
      const path = (await getLearningPath(viewer, { view: "power" }, db()))!;
      const own = path.modules.filter((m) => !m.ghost);
      const ghosts = path.modules.filter((m) => m.ghost);
      expect(own.every((m) => m.subsystem === "power")).toBe(true);
      expect(own.map((m) => m.slug).includes(DRAFT)).toBe(viewer === FACULTY);
      expect(ghosts.length).toBeGreaterThan(0);
      expect(ghosts.every((m) => m.subsystem !== "power")).toBe(true);
      const ownIds = new Set(own.map((m) => m.id));
      for (const e of path.edges) {
        expect(ownIds.has(e.moduleId) || ownIds.has(e.prerequisiteModuleId)).toBe(true);
        const ghostEnd = !ownIds.has(e.moduleId) || !ownIds.has(e.prerequisiteModuleId);
        expect(e.crossSubsystem).toBe(ghostEnd);
      }
      // Every ghost is there for an edge.
      for (const g of ghosts) expect(path.edges.some((e) => e.moduleId === g.id || e.prerequisiteModuleId === g.id)).toBe(true);
      expectLearningOrder(path);
    }
    const [{ n }] = (await queryRows<{ n: number }>(db(), sql`SELECT COUNT(*)::int AS n FROM modules WHERE subsystem = 'power' AND status = 'published'`)) as [{ n: number }];
    expect((await getLearningPath(EMEKA, { view: "power" }, db()))!.modules.filter((m) => !m.ghost)).toHaveLength(n);
    for (const view of SUBSYSTEMS) expect((await getLearningPath(FACULTY, { view }, db()))!.cycle).toBeNull();
  });

  test("the student picker lists the faculty member's own university; the module lists are for staff", async () => {
    const mine = await listPathStudents(FACULTY, db());
    expect(mine.length).toBe(20);
    expect(mine.every((s) => s.id.startsWith("nit-"))).toBe(true);
    expect(mine.find((s) => s.id === EMEKA.studentId)).toMatchObject({ name: "Emeka Eze" });
    expect(await listPathStudents(ADMIN, db())).toHaveLength(60);
    await expect(listPathStudents(EMEKA, db())).rejects.toBeInstanceOf(AccessDenied);

    const choices = await listPrerequisiteModuleChoices(FACULTY, db());
    expect(choices).toHaveLength(70);
    expect(choices.find((c) => c.slug === DRAFT)).toMatchObject({ moduleStatus: "draft", subsystem: "power" });
    await expect(listPrerequisiteModuleChoices(EMEKA, db())).rejects.toBeInstanceOf(AccessDenied);
  });
});
