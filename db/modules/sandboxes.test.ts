import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { missingPrerequisites } from "../learning/attempts";
import { AccessDenied } from "../queries/access";
import { queryRows } from "../rows";
import { seedDemoData } from "../seed/index";
import { testTargets, type TestDatabase } from "../testing/databases";
import {
  attachModuleEnvironment,
  detachModuleEnvironment,
  getModuleSandboxes,
  openModuleSandbox,
  stopModuleSandbox,
} from "./sandboxes";

const EMEKA = {
  userId: "demo-student",
  role: "student",
  name: "Emeka Eze",
  email: "student@basecamp.example.edu",
  studentId: "nit-26f-01",
  facultyId: null,
  universityId: 1,
} as const satisfies Viewer;
const FREYA = { ...EMEKA, userId: "demo-student-2", name: "Freya Lindqvist", studentId: "nit-26f-02" } as const satisfies Viewer;
const UNLINKED = { ...EMEKA, userId: "unlinked-student", studentId: null } as const satisfies Viewer;
const FACULTY = { userId: "demo-faculty", role: "faculty", name: "F", email: "f@x", studentId: null, facultyId: 1, universityId: 1 } as const satisfies Viewer;
const OTHER_FACULTY = { ...FACULTY, userId: "demo-faculty-2", facultyId: 4, universityId: 2 } as const satisfies Viewer;
const ADMIN = { ...FACULTY, userId: "demo-admin", role: "admin", facultyId: null, universityId: null } as const satisfies Viewer;

// Seeded: CircuitJS (environment 1) on "EPS Architecture Overview", which has no prerequisites.
const SEEDED = { slug: "pwr-eps-architecture", environmentId: 1 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe.each(testTargets)("module sandboxes on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;

  const sandboxRows = (slug: string, studentId?: string) =>
    queryRows<{ id: number; student_id: string; environment_id: number; name: string; status: string; config_json: Record<string, unknown> }>(
      db(),
      sql`SELECT s.id, s.student_id, s.environment_id, s.name, s.status, s.config_json FROM sandboxes s JOIN modules m ON m.id = s.module_id
        WHERE m.slug = ${slug} ${studentId ? sql`AND s.student_id = ${studentId}` : sql``} ORDER BY s.id`,
    );
  const audits = (action: string) =>
    queryRows<{ actor_id: string; entity_id: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>(
      db(),
      sql`SELECT actor_id, entity_id, before, after FROM audit_logs WHERE action = ${action} ORDER BY id`,
    );
  const countRows = async (table: "sandboxes" | "module_environments") =>
    Number((await queryRows<{ n: number }>(db(), sql`SELECT COUNT(*)::int AS n FROM ${sql.raw(table)}`))[0]!.n);

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(db());
    await db().execute(sql`INSERT INTO modules (slug, title, subsystem, status) VALUES ('pwr-sandbox-draft', 'A draft with a bench', 'power', 'draft')`);
    await db().execute(
      sql`INSERT INTO simulation_environments (name, type, subsystem, config_json, status) VALUES ('Old thermal bench', 'CircuitJS', 'thermal', '{"template": "old"}', 'maintenance')`,
    );
  });
  afterAll(() => database?.dispose());

  test("faculty attach an environment with instructions, audited; the same one again is refused", async () => {
    const result = await attachModuleEnvironment(FACULTY, { slug: "thm-nodal-modelling", environmentId: 3, instructions: "Model the **rails**." }, db());
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining("FreeCAD 1U/3U structure workbench is attached") });

    const view = await getModuleSandboxes(FACULTY, "thm-nodal-modelling", db());
    expect(view?.environments.map((e) => [e.name, e.instructions, e.usage])).toEqual([
      ["FreeCAD 1U/3U structure workbench", "Model the **rails**.", { students: 0, active: 0 }],
    ]);
    expect(view?.attachable.map((e) => e.environmentId)).toEqual([1, 2, 4]);
    const [audit] = await audits("module_environment.attach");
    expect(audit).toMatchObject({ actor_id: "demo-faculty", before: null, after: { module: "thm-nodal-modelling", environmentId: 3, position: 1 } });

    const attachments = await countRows("module_environments");
    const again = await attachModuleEnvironment(ADMIN, { slug: "thm-nodal-modelling", environmentId: 3, instructions: "" }, db());
    expect(again).toMatchObject({ ok: false, reason: "duplicate" });
    expect(await countRows("module_environments")).toBe(attachments);
    expect(await audits("module_environment.attach")).toHaveLength(1);

    const second = await attachModuleEnvironment(ADMIN, { slug: "thm-nodal-modelling", environmentId: 1, instructions: "" }, db());
    expect(second.ok).toBe(true);
    expect((await getModuleSandboxes(ADMIN, "thm-nodal-modelling", db()))?.environments.map((e) => e.environmentId)).toEqual([3, 1]);
  });

  test("an environment in maintenance cannot be attached, and an unknown module or environment is refused", async () => {
    const [old] = await queryRows<{ env_id: number }>(db(), sql`SELECT env_id FROM simulation_environments WHERE name = 'Old thermal bench'`);
    expect(await attachModuleEnvironment(FACULTY, { slug: "thm-hot-cold-cases", environmentId: old!.env_id, instructions: "" }, db())).toMatchObject({
      ok: false,
      reason: "unavailable",
    });
    expect(await attachModuleEnvironment(FACULTY, { slug: "no-such-module", environmentId: 1, instructions: "" }, db())).toMatchObject({ ok: false, reason: "not_found" });
    expect(await attachModuleEnvironment(FACULTY, { slug: "thm-hot-cold-cases", environmentId: 999, instructions: "" }, db())).toMatchObject({ ok: false, reason: "not_found" });
    expect((await getModuleSandboxes(FACULTY, "thm-hot-cold-cases", db()))?.attachable.some((e) => e.environmentId === old!.env_id)).toBe(false);
  });

  test("opening creates the student's one sandbox row with the instance recorded", async () => {
    const result = await openModuleSandbox(EMEKA, SEEDED, db());
    expect(result).toMatchObject({ ok: true, change: "opened", instance: { status: "ready" } });

    const [row] = await sandboxRows(SEEDED.slug, EMEKA.studentId);
    expect(row).toMatchObject({
      environment_id: 1,
      status: "ready",
      name: "Emeka Eze's CircuitJS sandbox — EPS Architecture Overview",
    });
    expect(row!.config_json).toMatchObject({
      instanceId: expect.stringMatching(UUID),
      template: "eps-power-path",
      environmentConfig: { template: "eps-power-path", timestepUs: 5, probes: ["V_BUS", "I_BATT"] },
      environment: { id: 1, kind: "CircuitJS" },
    });
    expect(Date.parse(String(row!.config_json.openedAt))).toBeGreaterThan(Date.now() - 60_000);

    const view = await getModuleSandboxes(EMEKA, SEEDED.slug, db());
    expect(view?.openRefusal).toBeNull();
    expect(view?.environments[0]?.instance).toEqual({
      sandboxId: row!.id,
      instanceId: row!.config_json.instanceId,
      status: "ready",
      openedAt: row!.config_json.openedAt,
      stoppedAt: null,
    });
    expect(view?.environments[0]?.usage).toBeNull();
  });

  test("two opens at once make one row: one opens it, the other finds it open", async () => {
    const results = await Promise.all([openModuleSandbox(FREYA, SEEDED, db()), openModuleSandbox(FREYA, SEEDED, db())]);
    const rows = await sandboxRows(SEEDED.slug, FREYA.studentId);
    expect(rows).toHaveLength(1);
    expect(results.map((r) => (r.ok ? r.change : r.reason)).sort()).toEqual(["already_open", "opened"]);
    for (const r of results) expect(r.ok && r.instance.instanceId).toBe(rows[0]!.config_json.instanceId);
  });

  test("stop, stop again, then reopen: the same row, ready again with a new instance", async () => {
    const [before] = await sandboxRows(SEEDED.slug, EMEKA.studentId);
    expect(await stopModuleSandbox(EMEKA, SEEDED, db())).toMatchObject({ ok: true, change: "stopped" });
    const [stopped] = await sandboxRows(SEEDED.slug, EMEKA.studentId);
    expect(stopped).toMatchObject({ id: before!.id, status: "stopped" });
    expect(stopped!.config_json.instanceId).toBe(before!.config_json.instanceId);
    expect((await getModuleSandboxes(EMEKA, SEEDED.slug, db()))?.environments[0]?.instance).toMatchObject({ status: "stopped", stoppedAt: expect.any(String) });

    expect(await stopModuleSandbox(EMEKA, SEEDED, db())).toMatchObject({ ok: true, change: "already_stopped" });

    expect(await openModuleSandbox(EMEKA, SEEDED, db())).toMatchObject({ ok: true, change: "reopened" });
    const rows = await sandboxRows(SEEDED.slug, EMEKA.studentId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: before!.id, status: "ready" });
    expect(rows[0]!.config_json.instanceId).not.toBe(before!.config_json.instanceId);
    expect(rows[0]!.config_json.stoppedAt).toBeUndefined();
    expect(Date.parse(String(rows[0]!.config_json.openedAt))).toBeGreaterThanOrEqual(Date.parse(String(before!.config_json.openedAt)));

    expect(await stopModuleSandbox(EMEKA, { slug: "str-fea-basics", environmentId: 3 }, db())).toMatchObject({ ok: false, reason: "not_found" });
  });

  test("a student sees only their own instance; faculty count their university's students, admins everyone's", async () => {
    const view = await getModuleSandboxes(FREYA, SEEDED.slug, db());
    const mine = await sandboxRows(SEEDED.slug, FREYA.studentId);
    expect(view?.environments[0]?.instance?.sandboxId).toBe(mine[0]!.id);
    const theirs = await sandboxRows(SEEDED.slug, EMEKA.studentId);
    expect(JSON.stringify(view)).not.toContain(String(theirs[0]!.config_json.instanceId));

    // Someone at another university opens it too, and stops it.
    await db().execute(sql`INSERT INTO sandboxes (environment_id, student_id, module_id, name, config_json, status)
      SELECT 1, s.id, m.id, 'Elsewhere', '{}', 'stopped' FROM students s, modules m WHERE s.university_id = 2 AND m.slug = ${SEEDED.slug} ORDER BY s.id LIMIT 1`);
    expect((await getModuleSandboxes(FACULTY, SEEDED.slug, db()))?.environments[0]?.usage).toEqual({ students: 2, active: 2 });
    expect((await getModuleSandboxes(OTHER_FACULTY, SEEDED.slug, db()))?.environments[0]?.usage).toEqual({ students: 1, active: 0 });
    expect((await getModuleSandboxes(ADMIN, SEEDED.slug, db()))?.environments[0]?.usage).toEqual({ students: 3, active: 2 });
    expect((await getModuleSandboxes(ADMIN, SEEDED.slug, db()))?.usageScope).toBe("all");
    expect((await getModuleSandboxes(FACULTY, SEEDED.slug, db()))?.usageScope).toBe("university");
  });

  test("a student cannot open on a draft, a locked module or an unavailable environment, and nothing is written", async () => {
    expect((await attachModuleEnvironment(FACULTY, { slug: "pwr-sandbox-draft", environmentId: 1, instructions: "" }, db())).ok).toBe(true);
    const [locked] = await queryRows<{ id: number; slug: string }>(
      db(),
      sql`SELECT m.id, m.slug FROM modules m WHERE m.status = 'published' AND EXISTS (SELECT 1 FROM module_prerequisites p WHERE p.module_id = m.id AND p.required) ORDER BY m.id DESC LIMIT 1`,
    );
    expect((await missingPrerequisites(db(), EMEKA.studentId, locked!.id)).length).toBeGreaterThan(0);
    expect((await attachModuleEnvironment(FACULTY, { slug: locked!.slug, environmentId: 2, instructions: "" }, db())).ok).toBe(true);
    // Taken out of service after it was attached.
    expect((await attachModuleEnvironment(FACULTY, { slug: "thm-heat-transfer-in-vacuum", environmentId: 4, instructions: "" }, db())).ok).toBe(true);
    await db().execute(sql`UPDATE simulation_environments SET status = 'maintenance' WHERE env_id = 4`);

    const sandboxes = await countRows("sandboxes");
    expect(await openModuleSandbox(EMEKA, { slug: "pwr-sandbox-draft", environmentId: 1 }, db())).toMatchObject({ ok: false, reason: "not_found" });
    expect(await openModuleSandbox(EMEKA, { slug: locked!.slug, environmentId: 2 }, db())).toMatchObject({ ok: false, reason: "locked", message: expect.stringMatching(/is locked: master .+ first\.$/) });
    expect(await openModuleSandbox(EMEKA, { slug: "thm-heat-transfer-in-vacuum", environmentId: 4 }, db())).toMatchObject({ ok: false, reason: "unavailable" });
    expect(await openModuleSandbox(EMEKA, { slug: "thm-heat-transfer-in-vacuum", environmentId: 1 }, db())).toMatchObject({ ok: false, reason: "not_found" });
    expect(await openModuleSandbox(UNLINKED, SEEDED, db())).toMatchObject({ ok: false, reason: "not_linked" });
    expect(await countRows("sandboxes")).toBe(sandboxes);

    expect(await getModuleSandboxes(EMEKA, "pwr-sandbox-draft", db())).toBeNull();
    expect((await getModuleSandboxes(FACULTY, "pwr-sandbox-draft", db()))?.environments).toHaveLength(1);
    expect((await getModuleSandboxes(EMEKA, locked!.slug, db()))?.openRefusal).toMatch(/^Sandboxes open once the module is unlocked: master .+ first\.$/);
    const unavailable = (await getModuleSandboxes(EMEKA, "thm-heat-transfer-in-vacuum", db()))?.environments[0];
    expect(unavailable).toMatchObject({ status: "maintenance", available: false });
    await db().execute(sql`UPDATE simulation_environments SET status = 'available' WHERE env_id = 4`);
  });

  test("staff cannot open or stop a sandbox, and students cannot attach or detach", async () => {
    for (const staff of [FACULTY, ADMIN]) {
      await expect(openModuleSandbox(staff, SEEDED, db())).rejects.toBeInstanceOf(AccessDenied);
      await expect(stopModuleSandbox(staff, SEEDED, db())).rejects.toBeInstanceOf(AccessDenied);
    }
    await expect(openModuleSandbox(null, SEEDED, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(attachModuleEnvironment(EMEKA, { slug: "thm-hot-cold-cases", environmentId: 1, instructions: "" }, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(detachModuleEnvironment(EMEKA, { ...SEEDED, confirm: true }, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(getModuleSandboxes(null, SEEDED.slug, db())).rejects.toBeInstanceOf(AccessDenied);
  });

  test("detaching asks first with the number of student instances, then keeps their rows but no longer lists them", async () => {
    const ask = await detachModuleEnvironment(FACULTY, { ...SEEDED, confirm: false }, db());
    expect(ask).toMatchObject({ ok: false, reason: "needs_confirmation", instances: 3, message: expect.stringContaining("3 students have opened it") });
    expect((await getModuleSandboxes(FACULTY, SEEDED.slug, db()))?.environments).toHaveLength(1);

    const done = await detachModuleEnvironment(FACULTY, { ...SEEDED, confirm: true }, db());
    expect(done).toMatchObject({ ok: true });
    expect(await sandboxRows(SEEDED.slug)).toHaveLength(3);
    expect((await getModuleSandboxes(EMEKA, SEEDED.slug, db()))?.environments).toEqual([]);
    expect((await getModuleSandboxes(FACULTY, SEEDED.slug, db()))?.attachable.map((e) => e.environmentId)).toContain(1);
    const [audit] = await audits("module_environment.detach");
    expect(audit).toMatchObject({ actor_id: "demo-faculty", after: null, before: { module: SEEDED.slug, environmentId: 1, studentInstances: 3 } });

    expect(await detachModuleEnvironment(FACULTY, { ...SEEDED, confirm: true }, db())).toMatchObject({ ok: false, reason: "not_found" });
    expect(await openModuleSandbox(EMEKA, SEEDED, db())).toMatchObject({ ok: false, reason: "not_found" });
  });
});
