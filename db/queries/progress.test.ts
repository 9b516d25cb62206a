import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { SUBSYSTEMS } from "../../app/lib/domain/vocabulary";
import { queryRows } from "../rows";
import { agentLog, students, subsystemCompetency } from "../schema";
import { seedDemoData } from "../seed";
import { testTargets, type TestDatabase } from "../testing/databases";
import { AccessDenied } from "./access";
import { FEED_LIMIT, getStudentProgress, getStudentScope, RECENT_ATTEMPTS_LIMIT } from "./progress";

const STUDENT_ID = "nit-26f-01";

const viewer = (patch: Partial<Viewer> & Pick<Viewer, "role">): Viewer => ({
  userId: `u-${patch.role}`,
  name: "Someone",
  email: "someone@example.edu",
  studentId: null,
  facultyId: null,
  universityId: null,
  ...patch,
});

/** Monday of the ISO week of a UTC time, `YYYY-MM-DD`, worked out in JS to check the SQL. */
function mondayOf(iso: string): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const back = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

describe.each(testTargets)("student progress on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  let universityId: number;
  let otherUniversityId: number;
  let self: Viewer;
  let faculty: Viewer;
  let otherFaculty: Viewer;
  let otherStudent: Viewer;
  const admin = viewer({ role: "admin" });

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(db());
    const [row] = await queryRows<{ university_id: number; other: number }>(
      db(),
      sql`SELECT university_id, (SELECT min(id) FROM universities WHERE id <> s.university_id) AS other FROM students s WHERE id = ${STUDENT_ID}`,
    );
    universityId = row!.university_id;
    otherUniversityId = row!.other;
    self = viewer({ role: "student", studentId: STUDENT_ID, universityId });
    otherStudent = viewer({ role: "student", studentId: "nit-26f-02", universityId });
    faculty = viewer({ role: "faculty", facultyId: 1, universityId });
    otherFaculty = viewer({ role: "faculty", facultyId: 4, universityId: otherUniversityId });

    // The seed records every student's levels; a recorded level that lags the evidence and a
    // missing row must both show as recorded (the missing one as orientation).
    await db().update(subsystemCompetency).set({ competencyLevel: "autonomy" }).where(
      and(eq(subsystemCompetency.studentId, STUDENT_ID), eq(subsystemCompetency.subsystem, "power")),
    );
    await db().delete(subsystemCompetency).where(
      and(eq(subsystemCompetency.studentId, STUDENT_ID), eq(subsystemCompetency.subsystem, "payload")),
    );
    // Feed entries, newer than any the seed writes: 25 about the student (more than the feed
    // shows), one about another student, one about no one.
    await db()
      .insert(agentLog)
      .values([
        ...Array.from({ length: 25 }, (_, i) => ({
          agentName: "competency-engine",
          actionType: "level_change",
          subsystem: "power",
          status: "success",
          message: `entry ${i}`,
          metadata: { studentId: STUDENT_ID, subsystem: "power" },
          timestamp: new Date(Date.UTC(2030, 0, 1 + i)),
        })),
        {
          agentName: "competency-engine",
          actionType: "level_change",
          message: "about someone else",
          metadata: { studentId: "nit-26f-02" },
          timestamp: new Date(Date.UTC(2030, 1, 1)),
        },
        { agentName: "notion-importer", actionType: "extract", message: "about no one", metadata: {}, timestamp: new Date(Date.UTC(2030, 1, 2)) },
      ]);
    await db().insert(students).values({ id: "nit-empty-01", name: "New Student", email: "new@students.example.edu", universityId, semester: "2026 Fall" });
  });
  afterAll(() => database?.dispose());

  test.each([
    ["the student themself", () => self],
    ["faculty of their university", () => faculty],
    ["an admin", () => admin],
  ])("%s may read it", async (_label, who) => {
    const progress = await getStudentProgress(who(), STUDENT_ID, db());
    expect(progress?.student.id).toBe(STUDENT_ID);
    expect(await getStudentScope(who(), STUDENT_ID, db())).toEqual({ id: STUDENT_ID, universityId });
  });

  test.each([
    ["another student", () => otherStudent],
    ["faculty of another university", () => otherFaculty],
    ["a student account without a record", () => viewer({ role: "student" })],
  ])("%s gets the same null as a missing student", async (_label, who) => {
    expect(await getStudentProgress(who(), STUDENT_ID, db())).toBeNull();
  });

  test("a missing student is null for everyone; no viewer is denied outright", async () => {
    expect(await getStudentProgress(admin, "no-such-student", db())).toBeNull();
    expect(await getStudentScope(admin, "no-such-student", db())).toBeNull();
    await expect(getStudentProgress(null, STUDENT_ID, db())).rejects.toBeInstanceOf(AccessDenied);
  });

  test("the student, levels and module figures match the tables", async () => {
    const progress = (await getStudentProgress(self, STUDENT_ID, db()))!;
    expect(progress.student).toMatchObject({ id: STUDENT_ID, name: "Emeka Eze" });

    const perSubsystem = await queryRows<{ subsystem: string; total: number; mastered: number }>(
      db(),
      sql`SELECT m.subsystem, count(*)::int AS total,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM learner_performance lp WHERE lp.student_id = ${STUDENT_ID}
            AND lp.module_id = m.id AND lp.completed AND lp.mastery_score >= 70))::int AS mastered
        FROM modules m WHERE m.status = 'published' GROUP BY m.subsystem`,
    );
    const recorded = await queryRows<{ subsystem: string; level: string }>(
      db(),
      sql`SELECT subsystem, competency_level AS level FROM subsystem_competency WHERE student_id = ${STUDENT_ID}`,
    );
    expect(progress.subsystems.map((s) => s.subsystem)).toEqual([...SUBSYSTEMS]);
    expect(progress.subsystems.find((s) => s.subsystem === "power")!.level).toBe("autonomy");
    expect(progress.subsystems.find((s) => s.subsystem === "payload")!.level).toBe("orientation");
    for (const s of progress.subsystems) {
      const expected = perSubsystem.find((r) => r.subsystem === s.subsystem);
      expect([s.subsystem, s.modulesTotal, s.modulesMastered]).toEqual([s.subsystem, expected?.total ?? 0, expected?.mastered ?? 0]);
      expect(s.level).toBe(recorded.find((r) => r.subsystem === s.subsystem)?.level ?? "orientation");
      if (s.subsystem !== "power") expect(s.assessedLevel).toBe(s.level);
      if (s.assessedLevel !== "autonomy") expect(s.next?.missing.length).toBeGreaterThan(0);
    }

    const [counts] = await queryRows<{ mastered: number; touched: number; attempts: number }>(
      db(),
      sql`SELECT count(DISTINCT module_id) FILTER (WHERE completed AND mastery_score >= 70)::int AS mastered,
          count(DISTINCT module_id)::int AS touched, count(*)::int AS attempts
        FROM learner_performance WHERE student_id = ${STUDENT_ID}`,
    );
    expect(counts!.attempts).toBeGreaterThan(0);
    expect(progress.attemptCount).toBe(counts!.attempts);
    expect(progress.mastered).toHaveLength(counts!.mastered);
    expect(progress.inProgress).toHaveLength(counts!.touched - counts!.mastered);
    expect(progress.mastered.every((m) => m.bestMastery !== null && m.bestMastery >= 70)).toBe(true);
    expect(progress.inProgress.every((m) => m.bestMastery === null || m.bestMastery < 70)).toBe(true);
  });

  test("recent attempts are the latest fifty, newest first, with their module", async () => {
    const progress = (await getStudentProgress(faculty, STUDENT_ID, db()))!;
    const expected = await queryRows<{ log_id: number; slug: string; mastery: number; completed: boolean }>(
      db(),
      sql`SELECT lp.log_id, m.slug, lp.mastery_score::float8 AS mastery, lp.completed
        FROM learner_performance lp JOIN modules m ON m.id = lp.module_id
        WHERE lp.student_id = ${STUDENT_ID} ORDER BY lp."timestamp" DESC, lp.log_id DESC LIMIT ${RECENT_ATTEMPTS_LIMIT}`,
    );
    expect(progress.recentAttempts.map((a) => [a.logId, a.moduleSlug, a.masteryScore])).toEqual(
      expected.map((e) => [e.log_id, e.slug, e.mastery]),
    );
    expect(progress.recentAttempts.map((a) => a.mastered)).toEqual(expected.map((e) => e.completed && e.mastery >= 70));
    const times = progress.recentAttempts.map((a) => a.at!);
    expect([...times].sort().reverse()).toEqual(times);
  });

  test("the weekly series: every ISO week, mean mastery of completed attempts, running modules mastered", async () => {
    const progress = (await getStudentProgress(self, STUDENT_ID, db()))!;
    const raw = await queryRows<{ module_id: number; at: string; mastery: number; completed: boolean }>(
      db(),
      sql`SELECT module_id, to_char("timestamp", 'YYYY-MM-DD"T"HH24:MI:SS') AS at, mastery_score::float8 AS mastery, completed
        FROM learner_performance WHERE student_id = ${STUDENT_ID} ORDER BY "timestamp"`,
    );
    const weeks = progress.weekly;
    expect(weeks.length).toBeGreaterThan(1);
    for (let i = 1; i < weeks.length; i++) {
      expect(Date.parse(weeks[i]!.weekStart) - Date.parse(weeks[i - 1]!.weekStart)).toBe(7 * 86_400_000);
    }
    expect(weeks[0]!.weekStart).toBe(mondayOf(raw[0]!.at));
    expect(weeks.at(-1)!.weekStart).toBe(mondayOf(raw.at(-1)!.at));
    expect(weeks.reduce((sum, w) => sum + w.attempts, 0)).toBe(raw.length);

    const firstMastered = new Map<number, string>();
    for (const r of raw) if (r.completed && r.mastery >= 70 && !firstMastered.has(r.module_id)) firstMastered.set(r.module_id, r.at);
    let running = 0;
    for (const w of weeks) {
      const inWeek = raw.filter((r) => mondayOf(r.at) === w.weekStart);
      const done = inWeek.filter((r) => r.completed);
      const mean = done.length === 0 ? null : Math.round((done.reduce((s, r) => s + r.mastery, 0) / done.length) * 10) / 10;
      const newly = [...firstMastered.values()].filter((at) => mondayOf(at) === w.weekStart).length;
      running += newly;
      expect(w).toMatchObject({ attempts: inWeek.length, completedAttempts: done.length, newlyMastered: newly, masteredTotal: running });
      if (mean === null) expect(w.meanMastery).toBeNull();
      else expect(w.meanMastery).toBeCloseTo(mean, 5);
      expect(w.label).toMatch(/^\d{4}-W\d{2}$/);
    }
    expect(running).toBe(progress.mastered.length);
  });

  test("the feed holds only entries about the student, newest first, capped", async () => {
    const progress = (await getStudentProgress(admin, STUDENT_ID, db()))!;
    expect(progress.feed).toHaveLength(FEED_LIMIT);
    expect(progress.feed.map((e) => e.message)).toEqual(Array.from({ length: FEED_LIMIT }, (_, i) => `entry ${24 - i}`));
    const other = (await getStudentProgress(admin, "nit-26f-02", db()))!;
    expect(other.feed[0]!.message).toBe("about someone else");
    const about = await db()
      .select({ logId: agentLog.logId, metadata: agentLog.metadata })
      .from(agentLog)
      .where(inArray(agentLog.logId, [...progress.feed, ...other.feed].map((e) => e.logId)));
    const studentOf = new Map(about.map((e) => [e.logId, e.metadata?.studentId]));
    expect(progress.feed.every((e) => studentOf.get(e.logId) === STUDENT_ID)).toBe(true);
    expect(other.feed.every((e) => studentOf.get(e.logId) === "nit-26f-02")).toBe(true);
  });

  test("next up lists unlocked modules the student has not mastered", async () => {
    const progress = (await getStudentProgress(self, STUDENT_ID, db()))!;
    const mastered = new Set(progress.mastered.map((m) => m.slug));
    expect(progress.nextUp.length).toBeGreaterThan(0);
    expect(progress.nextUp.length).toBeLessThanOrEqual(5);
    expect(progress.nextUp.every((m) => !mastered.has(m.slug))).toBe(true);
  });

  test("a student with no attempts gets empty lists and orientation everywhere", async () => {
    const progress = (await getStudentProgress(faculty, "nit-empty-01", db()))!;
    expect(progress.student.team).toBeNull();
    expect(progress).toMatchObject({ recentAttempts: [], attemptCount: 0, weekly: [], mastered: [], inProgress: [], feed: [] });
    expect(progress.subsystems.every((s) => s.level === "orientation" && s.assessedLevel === "orientation" && s.modulesMastered === 0)).toBe(true);
    expect(progress.nextUp.length).toBeGreaterThan(0);
  });
});
