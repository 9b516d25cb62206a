/**
 * The server-action half of the access matrix: every action in ACTION_POLICY, called by every
 * kind of visitor with valid arguments, against a fresh in-memory database. A caller the policy
 * refuses must be stopped (403, or sign-in for an anonymous caller) before anything is written;
 * a caller it allows must get through. Modules are imported from the policy's keys, and a key
 * without a sample fails, so a new action cannot slip past this file.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

// Before any app module is loaded: getDb() must open a throwaway in-memory PGlite, never a
// configured server.
const state = vi.hoisted(() => {
  process.env.PGLITE_DATA_DIR = "memory://";
  delete process.env.DATABASE_URL;
  delete process.env.DATABASE_DRIVER;
  // So signInWithSso goes as far as Auth.js's signIn (mocked) instead of returning early.
  process.env.AUTH_OIDC_ISSUER = "https://sso.example.edu";
  return { userId: null as string | null };
});

vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (state.userId ? { user: { id: state.userId } } : null)),
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
}));

// next-auth's own entry cannot load outside Next's bundler (it imports "next/server" without an
// extension); the login actions only need its error classes for instanceof checks.
vi.mock("next-auth", () => {
  class AuthError extends Error {}
  class CredentialsSignin extends AuthError {
    code = "credentials";
  }
  return { AuthError, CredentialsSignin };
});

vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
}));

vi.mock("next/navigation", () => ({
  forbidden: () => {
    throw new Error("NEXT_FORBIDDEN");
  },
  unauthorized: () => {
    throw new Error("NEXT_UNAUTHORIZED");
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT:${url}`);
  },
}));

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));

import { closeDatabase, getDb, type Database } from "@/db";
import { createUserAccount, listLinkableStudents, type Actor } from "@/db/queries/users";
import { createApiTokenRecord } from "@/db/queries/api-tokens";
import { loadViewer } from "@/db/queries/auth";
import { getAttempt as getAttemptRecord, startAttempt as startAttemptRecord } from "@/db/learning/attempts";
import { cadencePeople, cadenceProjects, cadenceTasks } from "@/db/schema";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "@/db/seed/accounts";
import { seedDemoData } from "@/db/seed/index";
import { tableChecksums } from "@/db/testing/checksums";
import { ACTION_POLICY, allows, type Access } from "./access-policy";
import type { Role, Viewer } from "./auth/roles";

const REPO = path.resolve(import.meta.dirname, "../..");

// ---------------------------------------------------------------------------------------------
// Personas

function demoAccount(id: (typeof DEMO_ACCOUNTS)[number]["id"]) {
  const account = DEMO_ACCOUNTS.find((a) => a.id === id);
  if (!account) throw new Error(`no demo account ${id}`);
  return account;
}

interface Persona {
  name: string;
  userId: string | null;
  role: Role | null;
}

const PERSONAS: readonly Persona[] = [
  { name: "anonymous", userId: null, role: null },
  ...(
    [
      ["student", "demo-student"],
      ["otherStudent", "demo-student-2"],
      ["otherFaculty", "demo-faculty-2"],
      ["faculty", "demo-faculty"],
      ["admin", "demo-admin"],
    ] as const
  ).map(([name, id]) => ({ name, userId: id, role: demoAccount(id).role as Role })),
];

// ---------------------------------------------------------------------------------------------
// Samples: representative VALID arguments per action

let db: Database;
let serial = 0;
/** Unique per call and per run, so allowed calls never collide with earlier ones. */
const unique = () => `${Date.now().toString(36)}-${++serial}`;

const ADMIN_ACTOR: Actor = { userId: "demo-admin", email: demoAccount("demo-admin").email };
const ADMIN_VIEWER: Viewer = {
  userId: "demo-admin",
  role: "admin",
  name: demoAccount("demo-admin").name,
  email: demoAccount("demo-admin").email,
  studentId: null,
  facultyId: null,
  universityId: null,
};

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/**
 * A fresh student account to aim a row action at, so that an allowed call (which really
 * changes it) leaves the personas' own accounts alone whatever order the matrix runs in.
 */
async function throwawayAccount(): Promise<{ userId: string; token: string }> {
  const n = unique();
  const created = await createUserAccount(
    { name: `Target ${n}`, email: `target-${n}@example.edu`, role: "student", link: null },
    ADMIN_ACTOR,
    { db },
  );
  if (!created.ok) throw new Error(`could not create a target account: ${created.message}`);
  return { userId: created.userId, token: created.token };
}

const idle = { status: "idle" } as const;

/**
 * The viewer an attempt sample belongs to: the calling student's own (so their allowed call can
 * succeed), else the main demo student's (so a refused call has a real attempt to aim at).
 */
async function attemptOwner(persona: Persona): Promise<Viewer> {
  const viewer = await loadViewer(persona.role === "student" && persona.userId ? persona.userId : "demo-student");
  if (!viewer?.studentId) throw new Error(`no linked student behind ${persona.name}`);
  return viewer;
}

/** An attempt in progress on a module every demo student has unlocked (no prerequisites), and its first checkpoint. */
async function openAttempt(persona: Persona, slug: string) {
  const viewer = await attemptOwner(persona);
  const { attemptId } = await startAttemptRecord(viewer, slug, db);
  const view = await getAttemptRecord(viewer, attemptId, db);
  const checkpoint = view?.spec.checkpoints[0];
  if (!checkpoint) throw new Error(`${slug} has no checkpoint`);
  const answers = Object.fromEntries(
    checkpoint.questions.map((q) => [q.id, q.kind === "multiple_choice" ? { optionId: q.options[0]!.id } : { value: 1, unit: q.unit }]),
  );
  return { attemptId, checkpointId: checkpoint.id, answers };
}

// Samples get the persona: an attempt is its student's, so the allowed call needs one of its own.
const ACTION_SAMPLES: Record<string, (persona: Persona) => Promise<unknown[]>> = {
  "app/(auth)/login/actions.ts#signInWithPassword": async () => [
    idle,
    formData({ email: demoAccount("demo-student").email, password: "basecamp-demo", callbackUrl: "/" }),
  ],
  "app/(auth)/login/actions.ts#signInWithSso": async () => [formData({ callbackUrl: "/" })],
  "app/(auth)/logout/actions.ts#signOutAction": async () => [],
  "app/(auth)/reset-password/[token]/actions.ts#resetPassword": async () => {
    // A bound action: the page binds the token, the form sends the rest.
    const { token } = await throwawayAccount();
    return [token, idle, formData({ password: "a-long-new-password", confirmPassword: "a-long-new-password" })];
  },
  "app/(app)/admin/users/actions.ts#createUser": async () => {
    const n = unique();
    return [idle, formData({ name: "Test Person", email: `t-${n}@example.edu`, role: "student", record: "" })];
  },
  "app/(app)/admin/users/actions.ts#changeUserRole": async () => {
    const { userId } = await throwawayAccount();
    return [idle, formData({ userId, role: "faculty" })];
  },
  "app/(app)/admin/users/actions.ts#linkUserRecord": async () => {
    const { userId } = await throwawayAccount();
    const [free] = await listLinkableStudents(ADMIN_VIEWER, db);
    if (!free) throw new Error("no unlinked student record left to link");
    return [idle, formData({ userId, record: `student:${free.id}` })];
  },
  "app/(app)/admin/users/actions.ts#setUserDisabled": async () => {
    const { userId } = await throwawayAccount();
    return [idle, formData({ userId, disabled: "true" })];
  },
  "app/(app)/admin/users/actions.ts#createPasswordResetLink": async () => [idle, formData({ userId: "demo-student-2" })],
  // CADENCE corrections: throwaway records (the matrix's database has no imported record).
  "app/(app)/cadence/actions.ts#correctTask": async () => {
    const [task] = await db.insert(cadenceTasks).values({ title: `Sample task ${unique()}`, status: "todo" }).returning({ id: cadenceTasks.taskId });
    return [idle, formData({ taskId: String(task!.id), status: "completed", assignee: "", project: "", dueDate: "2026-03-01" })];
  },
  "app/(app)/cadence/actions.ts#setRecordSubsystem": async () => {
    const [project] = await db.insert(cadenceProjects).values({ name: `Sample project ${unique()}` }).returning({ id: cadenceProjects.projectId });
    return [idle, formData({ entity: "project", recordId: String(project!.id), subsystem: "power" })];
  },
  "app/(app)/cadence/actions.ts#mergePeople": async () => {
    const [merged, kept] = await db
      .insert(cadencePeople)
      .values([{ name: `Sample duplicate ${unique()}` }, { name: `Sample person ${unique()}` }])
      .returning({ id: cadencePeople.personId });
    return [idle, formData({ personId: String(merged!.id), into: `#${kept!.id}`, confirm: "yes" })];
  },
  // MODULES: one module each, so a sample never meets an attempt another action has finished.
  "app/(app)/modules/actions.ts#startAttempt": async () => [idle, formData({ slug: "pay-requirements" })],
  "app/(app)/modules/actions.ts#saveAnswers": async (persona) => [await openAttempt(persona, "com-rf-fundamentals")],
  "app/(app)/modules/actions.ts#submitCheckpoint": async (persona) => [await openAttempt(persona, "thm-heat-transfer-in-vacuum")],
  "app/(app)/modules/actions.ts#finishAttempt": async (persona) => {
    const { attemptId } = await openAttempt(persona, "str-cubesat-design-specification");
    return [idle, formData({ attemptId: String(attemptId) })];
  },
  // PREREQUISITES: two fresh draft modules per call, so an allowed edit always has an edge to make or remove.
  "app/(app)/paths/actions.ts#addPrerequisite": async () => {
    const { modules } = await import("@/db/schema");
    const n = unique();
    const [first, then] = await db
      .insert(modules)
      .values([
        { slug: `sample-first-${n}`, title: `Sample first ${n}`, subsystem: "power" },
        { slug: `sample-then-${n}`, title: `Sample then ${n}`, subsystem: "power" },
      ])
      .returning({ slug: modules.slug });
    return [idle, formData({ module: then!.slug, prerequisite: first!.slug, kind: "recommended" })];
  },
  "app/(app)/paths/actions.ts#removePrerequisite": async () => {
    const { modules, modulePrerequisites } = await import("@/db/schema");
    const n = unique();
    const [first, then] = await db
      .insert(modules)
      .values([
        { slug: `sample-first-${n}`, title: `Sample first ${n}`, subsystem: "power" },
        { slug: `sample-then-${n}`, title: `Sample then ${n}`, subsystem: "power" },
      ])
      .returning({ id: modules.id, slug: modules.slug });
    await db.insert(modulePrerequisites).values({ moduleId: then!.id, prerequisiteModuleId: first!.id, required: true });
    // Its only prerequisite: removing it strands the module, so the valid call confirms.
    return [idle, formData({ module: then!.slug, prerequisite: first!.slug, confirm: "yes" })];
  },
  // MODULE AUTHORING: a fresh draft module per call, so an allowed save or status change always changes something.
  "app/(app)/modules/[slug]/edit/actions.ts#saveModule": async () => {
    const { modules } = await import("@/db/schema");
    const slug = `sample-edit-${unique()}`;
    await db.insert(modules).values({ slug, title: `Sample ${slug}`, subsystem: "power" });
    const spec = {
      title: `Sample ${slug}`,
      summary: "A module written by the access matrix.",
      subsystem: "power",
      difficulty: "easy",
      estimatedMinutes: 10,
      sections: [{ title: "Only section", bodyMarkdown: "Some text.", isCheckpoint: false }],
      checkpoints: [],
      masteryThreshold: 70,
    };
    return [idle, formData({ slug, spec: JSON.stringify(spec), bump: "patch", changeDescription: "First version", baseVersion: "" })];
  },
  "app/(app)/modules/[slug]/edit/actions.ts#setModuleStatus": async () => {
    const { modules } = await import("@/db/schema");
    const slug = `sample-status-${unique()}`;
    await db.insert(modules).values({ slug, title: `Sample ${slug}`, subsystem: "power" });
    return [idle, formData({ slug, status: "archived" })];
  },
  // MODULE SANDBOXES: a fresh published module (no prerequisites) per call; environment 1 is the seed's CircuitJS bench.
  "app/(app)/modules/[slug]/sandbox-actions.ts#attachEnvironment": async () => {
    const { modules } = await import("@/db/schema");
    const slug = `sample-bench-${unique()}`;
    await db.insert(modules).values({ slug, title: `Sample ${slug}`, subsystem: "power", status: "published" });
    return [idle, formData({ slug, environmentId: "1", instructions: "Probe the bus." })];
  },
  "app/(app)/modules/[slug]/sandbox-actions.ts#detachEnvironment": async () => {
    const { modules, moduleEnvironments } = await import("@/db/schema");
    const slug = `sample-bench-${unique()}`;
    const [module] = await db.insert(modules).values({ slug, title: `Sample ${slug}`, subsystem: "power", status: "published" }).returning({ id: modules.id });
    await db.insert(moduleEnvironments).values({ moduleId: module!.id, environmentId: 1 });
    return [idle, formData({ slug, environmentId: "1", confirm: "yes" })];
  },
  "app/(app)/modules/[slug]/sandbox-actions.ts#openSandbox": async () => {
    const { modules, moduleEnvironments } = await import("@/db/schema");
    const slug = `sample-bench-${unique()}`;
    const [module] = await db.insert(modules).values({ slug, title: `Sample ${slug}`, subsystem: "power", status: "published" }).returning({ id: modules.id });
    await db.insert(moduleEnvironments).values({ moduleId: module!.id, environmentId: 1 });
    return [idle, formData({ slug, environmentId: "1" })];
  },
  "app/(app)/modules/[slug]/sandbox-actions.ts#stopSandbox": async (persona) => {
    const { modules, moduleEnvironments } = await import("@/db/schema");
    const { openModuleSandbox } = await import("@/db/modules/sandboxes");
    const slug = `sample-bench-${unique()}`;
    const [module] = await db.insert(modules).values({ slug, title: `Sample ${slug}`, subsystem: "power", status: "published" }).returning({ id: modules.id });
    await db.insert(moduleEnvironments).values({ moduleId: module!.id, environmentId: 1 });
    const opened = await openModuleSandbox(await attemptOwner(persona), { slug, environmentId: 1 }, db);
    if (!opened.ok) throw new Error(`could not open a sample sandbox: ${opened.message}`);
    return [idle, formData({ slug, environmentId: "1" })];
  },
  // No CADENCE record here: an allowed run drafts nothing and still writes its agent-log entry.
  "app/(app)/admin/modules/actions.ts#generateModuleDrafts": async () => [idle, formData({})],
  // MODULE HISTORY: a fresh draft module at 1.0.1 per call, so restoring 1.0.0 always makes a new version.
  "app/(app)/modules/[slug]/history/actions.ts#restoreVersion": async () => {
    const { modules, moduleVersionHistory } = await import("@/db/schema");
    const slug = `sample-restore-${unique()}`;
    const spec = (body: string) => ({
      title: `Sample ${slug}`,
      summary: "",
      subsystem: "power",
      difficulty: "easy",
      estimatedMinutes: 10,
      sections: [{ title: "Only section", bodyMarkdown: body, isCheckpoint: false }],
      checkpoints: [],
      masteryThreshold: 70,
    });
    const [module] = await db.insert(modules).values({ slug, title: `Sample ${slug}`, subsystem: "power", currentVersion: "1.0.1" }).returning({ id: modules.id });
    await db.insert(moduleVersionHistory).values([
      { moduleId: module!.id, versionNumber: "1.0.0", specJson: spec("First text."), createdBy: "Sample" },
      { moduleId: module!.id, versionNumber: "1.0.1", specJson: spec("Second text."), createdBy: "Sample" },
    ]);
    return [idle, formData({ slug, versionNumber: "1.0.0", baseVersion: "1.0.1", note: "", confirm: "yes" })];
  },
  // RACES (the runner): a root module each that no other sample attempts, so a race never meets an ordinary attempt.
  "app/(app)/races/[module]/actions.ts#startRace": async () => [idle, formData({ slug: "mo-concept-of-operations", ghost: "median" })],
  "app/(app)/races/[module]/actions.ts#submitRaceCheckpoint": async (persona) => {
    const { startRace } = await import("@/db/races/engine");
    const viewer = await attemptOwner(persona);
    const { attemptId } = await startRace(viewer, { slug: "mo-orbits-and-tles", ghost: "median" }, db);
    const checkpoint = (await getAttemptRecord(viewer, attemptId, db))?.spec.checkpoints[0];
    if (!checkpoint) throw new Error("mo-orbits-and-tles has no checkpoint");
    const answers = Object.fromEntries(
      checkpoint.questions.map((q) => [q.id, q.kind === "multiple_choice" ? { optionId: q.options[0]!.id } : { value: 1, unit: q.unit }]),
    );
    return [{ attemptId, checkpointId: checkpoint.id, answers }];
  },
  "app/(app)/races/[module]/actions.ts#finishRace": async (persona) => {
    const { startRace } = await import("@/db/races/engine");
    const { attemptId } = await startRace(await attemptOwner(persona), { slug: "pwr-eps-architecture", ghost: "median" }, db);
    return [idle, formData({ attemptId: String(attemptId) })];
  },
  // LEADERBOARDS: the opt-in flips the caller's own setting, so an allowed call always changes it.
  "app/(app)/races/actions.ts#setLeaderboardOptIn": async (persona) => {
    const { students } = await import("@/db/schema");
    const { eq } = await import("drizzle-orm");
    const owner = await attemptOwner(persona);
    const [row] = await db.select({ shown: students.publicLeaderboard }).from(students).where(eq(students.id, owner.studentId!));
    return [idle, formData({ publicLeaderboard: row?.shown ? "false" : "true" })];
  },
  // A fresh flagged run per call, of a student the caller may review (faculty: their own university's).
  "app/(app)/races/[module]/review-actions.ts#reviewRun": async (persona) => {
    const { modules, moduleAttempts, raceRuns, students } = await import("@/db/schema");
    const { eq } = await import("drizzle-orm");
    const caller = persona.userId ? await loadViewer(persona.userId) : null;
    const universityId = caller?.role === "faculty" && caller.universityId !== null ? caller.universityId : 1;
    const [student] = await db.select({ id: students.id }).from(students).where(eq(students.universityId, universityId)).orderBy(students.id).limit(1);
    const [raced] = await db.select({ id: modules.id }).from(modules).where(eq(modules.slug, "av-obc-architecture"));
    const [attempt] = await db.insert(moduleAttempts).values({ studentId: student!.id, moduleId: raced!.id, status: "finished" }).returning({ id: moduleAttempts.id });
    const [run] = await db
      .insert(raceRuns)
      .values({
        attemptId: attempt!.id,
        studentId: student!.id,
        moduleId: raced!.id,
        status: "finished",
        finishedAt: new Date(),
        timeSeconds: 5,
        masteryScore: "90.00",
        boardStatus: "flagged",
        flagReasons: ["Finished in 5 s, under the plausible floor"],
      })
      .returning({ id: raceRuns.id });
    return [idle, formData({ runId: String(run!.id), decision: "list", note: "Checked with the student.", slug: "av-obc-architecture" })];
  },
  // No CADENCE record here: an allowed build makes the student ghosts, reports every subsystem without a team pace.
  "app/(app)/admin/races/actions.ts#buildGhosts": async () => [idle, formData({})],
  "app/(app)/admin/tokens/actions.ts#createApiToken": async () => [idle, formData({ name: `Agent ${unique()}` })],
  "app/(app)/admin/tokens/actions.ts#revokeApiToken": async () => {
    const { id } = await createApiTokenRecord(`Agent ${unique()}`, ADMIN_ACTOR, { db });
    return [idle, formData({ tokenId: String(id) })];
  },
};

// ---------------------------------------------------------------------------------------------
// The matrix


type Action = (...args: unknown[]) => Promise<unknown>;
const actions = new Map<string, Action>();

beforeAll(async () => {
  db = await getDb();
  await seedDemoData(db);
  await seedDemoAccounts(db);
  // Imported from the policy's keys, not by hand, so every listed action is exercised.
  for (const key of Object.keys(ACTION_POLICY)) {
    const [file, exportName] = key.split("#") as [string, string];
    const mod = (await import(path.resolve(REPO, file))) as Record<string, unknown>;
    const action = mod[exportName];
    if (typeof action === "function") actions.set(key, action as Action);
  }
});

afterAll(async () => {
  state.userId = null;
  await closeDatabase();
});

describe("server actions: the access matrix", () => {
  test("every action in ACTION_POLICY has a sample, and every sample an action", () => {
    expect(Object.keys(ACTION_SAMPLES).sort()).toEqual(Object.keys(ACTION_POLICY).sort());
  });

  test("every action in ACTION_POLICY is an exported function", () => {
    expect(Object.keys(ACTION_POLICY).filter((key) => !actions.has(key))).toEqual([]);
  });

  const cases = Object.entries(ACTION_POLICY).flatMap(([key, access]) =>
    PERSONAS.map((persona) => ({
      key,
      access,
      persona,
      label: `${key.split("#")[1]} as ${persona.name} → ${allows(access, persona.role) ? "allowed" : "refused"}`,
    })),
  );

  // A plain loop rather than test.each: the names stay whole ("createUser as student → refused").
  for (const { key, access, persona, label } of cases) {
    test(label, () => checkCase(key, access, persona));
  }
});

async function checkCase(key: string, access: Access, persona: Persona): Promise<void> {
  const action = actions.get(key);
  const sample = ACTION_SAMPLES[key];
  if (!action) throw new Error(`${key} is not an exported function`);
  if (!sample) throw new Error(`${key} has no entry in ACTION_SAMPLES: add representative valid arguments`);

  // Built before the "before" snapshot: samples may set up a target row.
  const args = await sample(persona);
  const before = await tableChecksums(db, { exclude: ["sign_in_attempts"] });
  state.userId = persona.userId;
  let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, value: await action(...args) };
  } catch (error) {
    outcome = { ok: false, error };
  } finally {
    state.userId = null;
  }

  if (!allows(access, persona.role)) {
    const expected = persona.role === null ? /^NEXT_REDIRECT:\/login(\?|$)/ : /^NEXT_FORBIDDEN$/;
    expect(outcome.ok, `${key} must refuse ${persona.name}, but it returned ${JSON.stringify(outcome.ok && outcome.value)}`).toBe(false);
    if (!outcome.ok) expect(String((outcome.error as Error)?.message ?? outcome.error)).toMatch(expected);
    expect(await tableChecksums(db, { exclude: ["sign_in_attempts"] }), `${key} wrote as ${persona.name}`).toEqual(before);
    return;
  }

  // An action may end by opening the page of what it made (mergePeople opens the survivor).
  const redirected = !outcome.ok && /^NEXT_REDIRECT:\/(?!login)/.test(String((outcome.error as Error)?.message ?? outcome.error));
  if (!outcome.ok && !redirected) throw new Error(`${key} must let ${persona.name} through, but it threw: ${String(outcome.error)}`, { cause: outcome.error });
  const value = (outcome.ok ? outcome.value : undefined) as { status?: string; message?: string } | undefined;
  if (access !== "public" && (redirected || value?.status !== undefined)) {
    // The sample is valid and really writes, so the refused cases' "nothing changed" means something.
    if (!redirected) expect(value?.status, value?.message).toBe("success");
    expect(await tableChecksums(db, { exclude: ["sign_in_attempts"] }), `${key} as ${persona.name} changed nothing`).not.toEqual(before);
  }
  if (key.endsWith("#resetPassword")) expect(value?.status, value?.message).toBe("success");
}
