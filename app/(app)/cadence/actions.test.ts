/**
 * The correction actions' own answers: field errors for bad input (and nothing written), a
 * message on success, the survivor's page after a merge. Who may call them at all is the
 * access matrix's business (app/lib/actions-access.test.ts).
 */
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.PGLITE_DATA_DIR = "memory://";
  delete process.env.DATABASE_URL;
  delete process.env.DATABASE_DRIVER;
});

vi.mock("@/auth", () => ({ auth: vi.fn(async () => ({ user: { id: "demo-admin" } })) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/navigation", () => ({
  forbidden: () => {
    throw new Error("NEXT_FORBIDDEN");
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT:${url}`);
  },
}));

import { closeDatabase, getDb, type Database } from "@/db";
import { cadencePeople, cadenceTasks } from "@/db/schema";
import { seedDemoAccounts } from "@/db/seed/accounts";
import { seedDemoData } from "@/db/seed/index";
import { tableChecksums } from "@/db/testing/checksums";
import { correctTask, mergePeople, setRecordSubsystem, type CorrectionState } from "./actions";

const idle: CorrectionState = { status: "idle" };
let db: Database;
let taskId: number;
let ada: number;
let grace: number;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

beforeAll(async () => {
  db = await getDb();
  await seedDemoData(db);
  await seedDemoAccounts(db);
  [{ id: ada }, { id: grace }] = (await db
    .insert(cadencePeople)
    .values([{ name: "Ada Lovelace", subsystem: "power" }, { name: "Grace Hopper" }])
    .returning({ id: cadencePeople.personId })) as [{ id: number }, { id: number }];
  [{ id: taskId }] = (await db.insert(cadenceTasks).values({ title: "Battery sizing", status: "in_progress" }).returning({ id: cadenceTasks.taskId })) as [
    { id: number },
  ];
});
afterAll(() => closeDatabase());

const task = (fields: Record<string, string> = {}) => form({ taskId: String(taskId), status: "completed", assignee: "", project: "", dueDate: "", ...fields });

describe("correction actions refuse bad input with field errors and change nothing", () => {
  test.each([
    ["an unknown status", correctTask, () => task({ status: "done" }), "status"],
    ["a date in another format", correctTask, () => task({ dueDate: "31/12/2026" }), "dueDate"],
    ["an assignee nobody has", correctTask, () => task({ assignee: "Nobody Of That Name" }), "assignee"],
    ["a task id that is not a number", correctTask, () => task({ taskId: "abc" }), "taskId"],
    ["a subsystem for a task", setRecordSubsystem, () => form({ entity: "task", recordId: String(taskId), subsystem: "power" }), "entity"],
    ["a subsystem not in the vocabulary", setRecordSubsystem, () => form({ entity: "person", recordId: String(ada), subsystem: "space" }), "subsystem"],
    ["a merge without confirmation", mergePeople, () => form({ personId: String(ada), into: `Grace Hopper (#${grace})` }), "confirm"],
    ["a merge without anyone to keep", mergePeople, () => form({ personId: String(ada), into: " ", confirm: "yes" }), "into"],
    ["a merge into oneself", mergePeople, () => form({ personId: String(ada), into: `#${ada}`, confirm: "yes" }), "into"],
  ] as const)("%s", async (_label, action, data, field) => {
    const before = await tableChecksums(db, { exclude: ["sign_in_attempts"] });
    const state = await action(idle, data());
    expect(state.status).toBe("error");
    expect(state.message).toBeTruthy();
    expect(state.fieldErrors?.[field]?.[0]).toBeTruthy();
    expect(state.values).toBeDefined();
    expect(await tableChecksums(db, { exclude: ["sign_in_attempts"] })).toEqual(before);
  });
});

describe("correction actions on valid input", () => {
  test("correctTask saves and says which fields it corrected; the same form again is no change", async () => {
    const saved = await correctTask(idle, task({ assignee: "ada lovelace", dueDate: "2026-02-01" }));
    expect(saved).toEqual({ status: "success", message: "Saved. Battery sizing: status, assignee, due date corrected." });
    const again = await correctTask(idle, task({ assignee: `Ada Lovelace (#${ada})`, dueDate: "2026-02-01" }));
    expect(again).toMatchObject({ status: "success", message: expect.stringMatching(/^No change/) });
  });

  test("setRecordSubsystem saves; an empty choice is none", async () => {
    expect(await setRecordSubsystem(idle, form({ entity: "person", recordId: String(grace), subsystem: "thermal" }))).toMatchObject({ status: "success" });
    expect(await setRecordSubsystem(idle, form({ entity: "person", recordId: String(grace), subsystem: "" }))).toMatchObject({ status: "success" });
  });

  test("mergePeople opens the survivor's page", async () => {
    await expect(mergePeople(idle, form({ personId: String(ada), into: `Grace Hopper (#${grace})`, confirm: "yes" }))).rejects.toThrow(
      `NEXT_REDIRECT:/cadence/people/${grace}`,
    );
  });
});
