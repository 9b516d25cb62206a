import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { AccessDenied } from "../queries/access";
import { queryRows } from "../rows";
import { auditLogs } from "../schema";
import { MODULE_CATALOG } from "../seed/module-catalog";
import { seedDemoData } from "../seed/index";
import { tableChecksums } from "../testing/checksums";
import { testTargets, type TestDatabase } from "../testing/databases";
import { addPrerequisiteEdge, removePrerequisiteEdge } from "./prerequisites";

const FACULTY = {
  userId: "demo-faculty",
  role: "faculty",
  name: "Dr. Helen Achterberg",
  email: "faculty@basecamp.example.edu",
  studentId: null,
  facultyId: 1,
  universityId: 1,
} as const satisfies Viewer;
const ADMIN = { ...FACULTY, userId: "demo-admin", role: "admin", email: "admin@basecamp.example.edu", facultyId: null, universityId: null } as const satisfies Viewer;
const STUDENT = { ...FACULTY, userId: "demo-student", role: "student", email: "student@basecamp.example.edu", studentId: "nit-26f-01", facultyId: null } as const satisfies Viewer;

const titleOf = (slug: string) => MODULE_CATALOG.find((m) => m.slug === slug)!.title;

describe.each(testTargets)("prerequisite edits on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;

  async function edge(moduleSlug: string, prerequisiteSlug: string): Promise<{ required: boolean } | null> {
    const [row] = await queryRows<{ required: boolean }>(
      db(),
      sql`SELECT p.required FROM module_prerequisites p JOIN modules m ON m.id = p.module_id JOIN modules pm ON pm.id = p.prerequisite_module_id
        WHERE m.slug = ${moduleSlug} AND pm.slug = ${prerequisiteSlug}`,
    );
    return row ?? null;
  }
  const lastAudit = async () => (await db().select().from(auditLogs).orderBy(desc(auditLogs.id)).limit(1))[0];
  const checksums = () => tableChecksums(db());

  beforeAll(async () => {
    database = await target.open();
    await seedDemoData(database.handle.db);
    await database.handle.db.execute(
      sql`INSERT INTO modules (slug, title, subsystem, status) VALUES
        ('pwr-race-a', 'Race A', 'power', 'draft'), ('pwr-race-b', 'Race B', 'power', 'draft')`,
    );
  });
  afterAll(() => database?.dispose());

  test("students and visitors may not edit; nothing is written", async () => {
    const before = await checksums();
    const input = { moduleSlug: "pay-requirements", prerequisiteSlug: "av-obc-architecture", required: true };
    await expect(addPrerequisiteEdge(STUDENT, input, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(addPrerequisiteEdge(null, input, db())).rejects.toBeInstanceOf(AccessDenied);
    await expect(removePrerequisiteEdge(STUDENT, { moduleSlug: "av-data-buses", prerequisiteSlug: "av-obc-architecture", confirm: true }, db())).rejects.toBeInstanceOf(
      AccessDenied,
    );
    expect(await checksums()).toEqual(before);
  });

  test("faculty add an edge, then change it to recommended; each change is audited", async () => {
    const added = await addPrerequisiteEdge(FACULTY, { moduleSlug: "pay-requirements", prerequisiteSlug: "mo-concept-of-operations", required: true }, db());
    expect(added).toMatchObject({ ok: true, change: "added", required: true, module: { title: titleOf("pay-requirements") } });
    expect(await edge("pay-requirements", "mo-concept-of-operations")).toEqual({ required: true });
    expect(await lastAudit()).toMatchObject({
      actorId: FACULTY.userId,
      actorLabel: FACULTY.email,
      action: "module_prerequisite.add",
      entityType: "module_prerequisite",
      before: null,
      after: { module: "pay-requirements", prerequisite: "mo-concept-of-operations", required: true },
    });

    const updated = await addPrerequisiteEdge(ADMIN, { moduleSlug: "pay-requirements", prerequisiteSlug: "mo-concept-of-operations", required: false }, db());
    expect(updated).toMatchObject({ ok: true, change: "updated", required: false });
    expect(await edge("pay-requirements", "mo-concept-of-operations")).toEqual({ required: false });
    const audit = await lastAudit();
    expect(audit).toMatchObject({
      actorId: ADMIN.userId,
      action: "module_prerequisite.update",
      before: { module: "pay-requirements", prerequisite: "mo-concept-of-operations", required: true },
      after: { module: "pay-requirements", prerequisite: "mo-concept-of-operations", required: false },
    });
    const [{ count }] = (await queryRows<{ count: number }>(db(), sql`SELECT COUNT(*)::int AS count FROM module_prerequisites`)) as [{ count: number }];
    expect(count).toBe(98);
  });

  test.each([
    ["the same edge again", "pay-requirements", "mo-concept-of-operations", false, "duplicate", /already needs .* as a recommended prerequisite\. Nothing changed\./],
    ["a module needing itself", "pay-requirements", "pay-requirements", true, "self", /cannot be a prerequisite of itself/],
    ["an unknown module", "pay-requirements", "no-such-module", true, "not_found", /There is no module “no-such-module”/],
  ] as const)("refused: %s, nothing written", async (_label, moduleSlug, prerequisiteSlug, required, reason, message) => {
    const before = await checksums();
    const result = await addPrerequisiteEdge(FACULTY, { moduleSlug, prerequisiteSlug, required }, db());
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.message).toMatch(message);
    expect(await checksums()).toEqual(before);
  });

  test("an edge that would close a cycle is refused with the cycle named, nothing written", async () => {
    const before = await checksums();
    // The demo path: OBC architecture → Command and data handling → Flight software modes.
    const result = await addPrerequisiteEdge(FACULTY, { moduleSlug: "av-obc-architecture", prerequisiteSlug: "av-flight-software-modes", required: false }, db());
    const cycle = ["av-obc-architecture", "av-command-data-handling", "av-flight-software-modes"];
    expect(result).toEqual({
      ok: false,
      reason: "cycle",
      message: `Refused: this would make a cycle: ${[...cycle, cycle[0]!].map(titleOf).join(" → ")}. Nothing changed.`,
      cycle: cycle.map((slug) => ({ slug, title: titleOf(slug) })),
    });
    expect(await checksums()).toEqual(before);
  });

  test("removing a module's only way in warns, names it, and needs a confirmation", async () => {
    const input = { moduleSlug: "av-data-buses", prerequisiteSlug: "av-obc-architecture" };
    const before = await checksums();
    const warned = await removePrerequisiteEdge(FACULTY, { ...input, confirm: false }, db());
    expect(warned).toMatchObject({ ok: false, reason: "needs_confirmation", unreachable: [{ slug: "av-data-buses", title: titleOf("av-data-buses") }] });
    expect(!warned.ok && warned.message).toContain(`“${titleOf("av-data-buses")}”`);
    expect(await checksums()).toEqual(before);

    const removed = await removePrerequisiteEdge(FACULTY, { ...input, confirm: true }, db());
    expect(removed).toMatchObject({ ok: true, required: true, unreachable: [{ slug: "av-data-buses" }] });
    expect(await edge("av-data-buses", "av-obc-architecture")).toBeNull();
    expect(await lastAudit()).toMatchObject({
      action: "module_prerequisite.remove",
      before: { module: "av-data-buses", prerequisite: "av-obc-architecture", required: true },
      after: { confirmedUnreachable: ["av-data-buses"] },
    });
  });

  test("removing one of several prerequisites needs no confirmation; a missing edge is refused", async () => {
    // Command and data handling also needs Data buses, in its own subsystem.
    const removed = await removePrerequisiteEdge(FACULTY, { moduleSlug: "av-command-data-handling", prerequisiteSlug: "av-obc-architecture", confirm: false }, db());
    expect(removed).toMatchObject({ ok: true, unreachable: [] });
    expect(await edge("av-command-data-handling", "av-obc-architecture")).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: "module_prerequisite.remove", after: null });

    const before = await checksums();
    const again = await removePrerequisiteEdge(FACULTY, { moduleSlug: "av-command-data-handling", prerequisiteSlug: "av-obc-architecture", confirm: true }, db());
    expect(again).toMatchObject({ ok: false, reason: "no_edge" });
    expect(await checksums()).toEqual(before);
  });

  test("two concurrent edits that together would make a cycle: exactly one is written", async () => {
    const auditsBefore = await db().$count(auditLogs, eq(auditLogs.entityType, "module_prerequisite"));
    const results = await Promise.all([
      addPrerequisiteEdge(FACULTY, { moduleSlug: "pwr-race-a", prerequisiteSlug: "pwr-race-b", required: true }, db()),
      addPrerequisiteEdge(ADMIN, { moduleSlug: "pwr-race-b", prerequisiteSlug: "pwr-race-a", required: true }, db()),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(["cycle"]);
    const rows = await queryRows<{ n: number }>(
      db(),
      sql`SELECT COUNT(*)::int AS n FROM module_prerequisites p JOIN modules m ON m.id = p.module_id WHERE m.slug IN ('pwr-race-a', 'pwr-race-b')`,
    );
    expect(rows[0]!.n).toBe(1);
    expect(await db().$count(auditLogs, eq(auditLogs.entityType, "module_prerequisite"))).toBe(auditsBefore + 1);
  });
});
