import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { quartiles, timeTargets, type Quartiles } from "../../app/lib/domain/races";
import type { RaceCheckpoint, RaceGhostData, RaceTimeTargets } from "../../app/lib/domain/race-data";
import { AccessDenied } from "../queries/access";
import { queryRows } from "../rows";
import { importDemoCadence } from "../seed/cadence";
import { seedDemoData } from "../seed/index";
import { tableChecksums } from "../testing/checksums";
import { testTargets, type TestDatabase } from "../testing/databases";
import { buildGhosts, buildGhostsAs, GHOST_BUILDER_AGENT, type BuildGhostsResult } from "./build-ghosts";
import { getGhostOverview } from "./ghosts-overview";
import { computeLeaderboardCache } from "./leaderboard-cache";

const ADMIN = { userId: "demo-admin", role: "admin", name: "Robin Admin", email: "admin@basecamp.example.edu", studentId: null, facultyId: null, universityId: null } as const satisfies Viewer;
const FACULTY = { userId: "demo-faculty", role: "faculty", name: "Dr. Helen Achterberg", email: "faculty@basecamp.example.edu", studentId: null, facultyId: 1, universityId: 1 } as const satisfies Viewer;
const STUDENT = { userId: "demo-student", role: "student", name: "Emeka Eze", email: "student@basecamp.example.edu", studentId: "nit-26f-01", facultyId: null, universityId: 1 } as const satisfies Viewer;
const AGENT_LOG = "ascent_basecamp_agent_log";
const SPRING = "Spring 2026";

interface Metadata {
  module_id: number;
  slug: string;
  checkpoints: RaceCheckpoint[];
  ghost_data: RaceGhostData;
  time_targets: RaceTimeTargets;
}

describe.each(testTargets)("building ghosts from the demo history on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  let first: BuildGhostsResult;

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(db());
    await importDemoCadence(db());
    first = await buildGhosts(db());
  }, 180_000);
  afterAll(() => database?.dispose());

  const metadata = () =>
    queryRows<Metadata>(
      db(),
      sql`SELECT r.module_id, m.slug, r.checkpoints, r.ghost_data, r.time_targets FROM race_metadata r JOIN modules m ON m.id = r.module_id ORDER BY r.module_id`,
    );
  const studentGhosts = () =>
    queryRows<{ cohort_id: number; cohort_name: string; semester: string | null }>(
      db(),
      sql`SELECT cohort_id, cohort_name, semester FROM ghost_cohorts WHERE university <> 'CADENCE' ORDER BY cohort_name`,
    );

  test("one ghost per university and subsystem of the earlier semester, none of the current one", async () => {
    expect(first.latestSemester).toBe("Fall 2026");
    expect(first.earlierSemesters).toEqual([SPRING]);
    expect(first.dropped).toEqual([]);
    const stored = await studentGhosts();
    expect(stored).toHaveLength(3 * 7);
    expect(stored.every((g) => g.semester === SPRING)).toBe(true);
    expect(stored.map((g) => g.cohort_name)).toContain("NIT Spring 2026 · Power");
    expect(first.ghosts.every((g) => g.students >= 5 && g.modules > 0)).toBe(true);

    const rows = await metadata();
    expect(rows).toHaveLength(69);
    for (const row of rows) {
      expect(row.checkpoints.length, row.slug).toBeGreaterThanOrEqual(1);
      expect(row.checkpoints.map((c) => c.position)).toEqual(row.checkpoints.map((_, i) => i + 1));
      for (const ghost of row.ghost_data.ghosts) {
        expect(ghost.semester).toBe(SPRING);
        expect(ghost.students, `${row.slug} ${ghost.name}`).toBeGreaterThanOrEqual(5);
        expect(ghost.splits.map((s) => s.checkpointId)).toEqual(row.checkpoints.map((c) => c.id).filter((id) => ghost.splits.some((s) => s.checkpointId === id)));
      }
    }
    // Most modules were finished by enough Spring students for ghosts with recorded splits.
    const withSplits = rows.filter((r) => (r.ghost_data.pooled?.splits.length ?? 0) > 0);
    expect(withSplits.length).toBeGreaterThan(50);
  });

  test("the stored quartiles are quartiles() of each cohort's first finished attempts", async () => {
    const [row] = (await metadata()).filter((r) => r.ghost_data.ghosts.length === 3);
    expect(row).toBeDefined();
    const attempts = await queryRows<{
      student_id: string; university: string; attempt_number: number; completed: boolean; time: number; mastery: number; started: string | null; results: Record<string, { submittedAt: string }> | null;
    }>(
      db(),
      sql`SELECT lp.student_id, u.short_name AS university, lp.attempt_number, lp.completed, lp.time_spent_seconds AS time, lp.mastery_score::float8 AS mastery,
          to_char(a.started_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS started, a.checkpoint_results AS results
        FROM learner_performance lp JOIN students s ON s.id = lp.student_id JOIN universities u ON u.id = s.university_id
        LEFT JOIN module_attempts a ON a.performance_log_id = lp.log_id
        WHERE lp.module_id = ${row!.module_id} AND s.semester = ${SPRING}`,
    );
    const firsts = new Map<string, (typeof attempts)[number]>();
    for (const a of attempts) {
      const seen = firsts.get(a.student_id);
      if (a.completed && (!seen || a.attempt_number < seen.attempt_number)) firsts.set(a.student_id, a);
    }
    const checkpoint = row!.checkpoints[0]!.id;
    const figures = (list: (typeof attempts)[number][]) => ({
      finish: quartiles(list.map((a) => Number(a.time)))!,
      mastery: quartiles(list.map((a) => Number(a.mastery)))!,
      split: quartiles(list.filter((a) => a.results?.[checkpoint]).map((a) => (Date.parse(a.results![checkpoint]!.submittedAt) - Date.parse(a.started!)) / 1000))!,
    });
    const close = (actual: Quartiles, expected: Quartiles) => {
      for (const k of ["p25", "median", "p75"] as const) expect(actual[k]).toBeCloseTo(expected[k], 2);
    };
    for (const ghost of row!.ghost_data.ghosts) {
      const expected = figures([...firsts.values()].filter((a) => a.university === ghost.university));
      close(ghost.finish, expected.finish);
      close(ghost.mastery, expected.mastery);
      close(ghost.splits[0]!, expected.split);
    }
    const pooled = figures([...firsts.values()]);
    expect(row!.ghost_data.pooled!.students).toBe(firsts.size);
    close(row!.ghost_data.pooled!.finish, pooled.finish);
    close(row!.ghost_data.pooled!.splits[0]!, pooled.split);
    expect(row!.time_targets).toEqual({ ...timeTargets(row!.ghost_data.pooled!.finish, null, 0), source: "ghosts" });
  });

  test.each([
    ["one value", [42]],
    ["two values", [10, 20]],
    ["odd count, unsorted", [9, 1, 5]],
    ["four values", [1, 2, 3, 4]],
    ["ties", [10, 20, 20, 20, 50]],
    ["fractions and an outlier", [1.5, 7, 2.25, 100, 3, 3, 9]],
  ])("percentile_cont interpolates as quartiles() does: %s", async (_label, values) => {
    const rows = values.map((v) => sql`(${v}::float8)`);
    const [result] = await queryRows<{ q: (number | string)[] | string }>(
      db(),
      sql`SELECT percentile_cont(ARRAY[0.25, 0.5, 0.75]::float8[]) WITHIN GROUP (ORDER BY v) AS q FROM (VALUES ${sql.join(rows, sql`, `)}) AS t(v)`,
    );
    const q = Array.isArray(result!.q) ? result!.q.map(Number) : result!.q.replace(/[{}]/g, "").split(",").map(Number);
    const expected = quartiles(values)!;
    expect(q[0]).toBeCloseTo(expected.p25, 9);
    expect(q[1]).toBeCloseTo(expected.median, 9);
    expect(q[2]).toBeCloseTo(expected.p75, 9);
  });

  test("cached leaderboards hold the seeded runs of both semesters", async () => {
    const cached = await queryRows<{ module_id: number; leaderboard_data: Record<string, unknown> }>(
      db(),
      sql`SELECT module_id, leaderboard_data FROM race_metadata ORDER BY module_id`,
    );
    for (const row of cached) {
      const { updatedAt: _stamp, ...stored } = row.leaderboard_data;
      expect(stored, String(row.module_id)).toEqual(JSON.parse(JSON.stringify(await computeLeaderboardCache(db(), row.module_id))));
    }
    const semesters = await queryRows<{ semester: string; n: number }>(
      db(),
      sql`SELECT s.semester, COUNT(*)::int AS n FROM race_metadata r
        CROSS JOIN LATERAL jsonb_array_elements(r.leaderboard_data -> 'top') e JOIN students s ON s.id = e ->> 'studentId'
        GROUP BY s.semester ORDER BY s.semester`,
    );
    expect(semesters.map((s) => s.semester)).toEqual(["Fall 2026", SPRING]);
    expect(semesters.every((s) => s.n > 50)).toBe(true);
  });

  test("a rebuild over the same history changes nothing but the agent log, and logs once", async () => {
    const before = await tableChecksums(db(), { exclude: [AGENT_LOG] });
    const [counted] = await queryRows<{ n: number }>(db(), sql`SELECT COUNT(*)::int AS n FROM ascent_basecamp_agent_log WHERE agent_name = ${GHOST_BUILDER_AGENT}`);
    const again = await buildGhosts(db());
    expect(await tableChecksums(db(), { exclude: [AGENT_LOG] })).toEqual(before);
    expect(again.ghosts).toEqual(first.ghosts);
    expect(again.modules.written).toBe(0);
    expect(again.leaderboardsRefreshed).toBe(0);

    const log = await queryRows<{ action_type: string; status: string; message: string; metadata: Record<string, unknown> }>(
      db(),
      sql`SELECT action_type, status, message, metadata FROM ascent_basecamp_agent_log WHERE agent_name = ${GHOST_BUILDER_AGENT} ORDER BY log_id`,
    );
    expect(log).toHaveLength(counted!.n + 1);
    const entry = log.at(-1)!;
    expect(entry).toMatchObject({ action_type: "build_ghosts", status: "success" });
    expect(entry.message).toMatch(/^Built 21 cohort ghosts from Spring 2026 and 7 CADENCE team paces; race metadata for 69 published modules \(0 changed;/);
    expect(entry.metadata).toMatchObject({ runId: again.runId, startedBy: "command line", minCohortSize: 5, dropped: [], earlierSemesters: [SPRING] });
    expect(entry.metadata.ghosts).toHaveLength(21);
    expect(entry.metadata.paces).toHaveLength(7);
    // The tasks that reached a milestone, as links the agent log can follow.
    expect((entry.metadata.records as { entity: string }[]).every((r) => r.entity === "task")).toBe(true);
  });

  test("a cohort under five students is dropped and reported, and its ghost removed", async () => {
    const moved = await queryRows<{ id: string }>(
      db(),
      sql`UPDATE students SET semester = 'Fall 2026' WHERE id IN (SELECT id FROM students WHERE id LIKE 'nit-26s-%' ORDER BY id LIMIT 6) RETURNING id`,
    );
    expect(moved).toHaveLength(6);
    try {
      const result = await buildGhosts(db());
      const nit = result.dropped.filter((d) => d.university === "NIT");
      expect(nit).toHaveLength(7);
      for (const d of nit) {
        // Four students are left, and not every one of them finished a module of each subsystem.
        expect(d.semester).toBe(SPRING);
        expect(d.students).toBeGreaterThan(0);
        expect(d.students).toBeLessThanOrEqual(4);
        expect(d.reason).toMatch(new RegExp(`^Only ${d.students} students? finished a module of this subsystem; a ghost needs at least 5`));
      }
      expect(result.ghosts).toHaveLength(14);
      expect(result.removed).toHaveLength(7);
      expect(result.removed.every((name) => name.startsWith("NIT Spring 2026 · "))).toBe(true);
      expect((await studentGhosts()).some((g) => g.cohort_name.startsWith("NIT"))).toBe(false);
      for (const row of await metadata()) expect(row.ghost_data.ghosts.some((g) => g.university === "NIT"), row.slug).toBe(false);
      const overview = await getGhostOverview(ADMIN, db());
      expect(overview.lastBuild!.dropped.filter((d) => d.university === "NIT")).toHaveLength(7);
    } finally {
      await db().execute(sql`UPDATE students SET semester = ${SPRING} WHERE id IN (${sql.join(moved.map((m) => sql`${m.id}`), sql`, `)})`);
    }
    const restored = await buildGhosts(db());
    expect(restored.ghosts.map((g) => g.name)).toEqual(first.ghosts.map((g) => g.name));
    expect(restored.dropped).toEqual([]);
  });

  test("students of a semester the build cannot place in time are reported, not made a ghost", async () => {
    await db().execute(sql`UPDATE students SET semester = 'Pilot cohort' WHERE id = 'lpu-26s-01'`);
    try {
      const result = await buildGhosts(db());
      expect(result.dropped).toEqual([
        { university: "LPU", semester: "Pilot cohort", subsystem: null, students: 1, reason: '"Pilot cohort" is not a "<Season> <Year>" semester, so it cannot be placed before the current one.' },
      ]);
      expect(result.earlierSemesters).toEqual([SPRING]);
      expect(result.ghosts.every((g) => g.semester === SPRING)).toBe(true);
    } finally {
      await db().execute(sql`UPDATE students SET semester = ${SPRING} WHERE id = 'lpu-26s-01'`);
    }
  });

  test("students and faculty cannot build or read ghosts; an admin's build is audited", async () => {
    const before = await tableChecksums(db());
    for (const viewer of [STUDENT, FACULTY, null]) {
      await expect(buildGhostsAs(viewer, db())).rejects.toBeInstanceOf(AccessDenied);
      await expect(getGhostOverview(viewer, db())).rejects.toBeInstanceOf(AccessDenied);
    }
    expect(await tableChecksums(db())).toEqual(before);

    const result = await buildGhostsAs(ADMIN, db());
    const [audit] = await queryRows<{ actor_id: string; actor_label: string; entity_id: string }>(
      db(),
      sql`SELECT actor_id, actor_label, entity_id FROM audit_logs WHERE action = 'ghosts.build' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({ actor_id: ADMIN.userId, actor_label: ADMIN.email, entity_id: String(result.logId) });
    const overview = await getGhostOverview(ADMIN, db());
    expect(overview.lastBuild).toMatchObject({ logId: result.logId, runId: result.runId, earlierSemesters: [SPRING] });
    expect(overview.ghosts).toHaveLength(21);
    expect(overview.ghosts.every((g) => (g.students ?? 0) >= 5)).toBe(true);
    expect(overview.paces).toHaveLength(7);
    expect(overview.modules).toHaveLength(69);
    expect(overview.modules.every((m) => m.targets !== null)).toBe(true);
  });
});
