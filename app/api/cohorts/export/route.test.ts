/**
 * The CSV route as Next calls it: a real Request in, a Response out, against the app's own
 * database (a throwaway in-memory PGlite). The session is the one thing stubbed: the viewer
 * each test signs in as.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { Viewer } from "@/app/lib/auth/roles";

vi.hoisted(() => {
  process.env.PGLITE_DATA_DIR = "memory://";
  delete process.env.DATABASE_URL;
  delete process.env.DATABASE_DRIVER;
});

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/app/lib/session", () => ({
  viewerForApi: async (roles: string[]) => {
    if (!session.viewer) return { response: Response.json({ error: "Sign in first." }, { status: 401 }) };
    if (!roles.includes(session.viewer.role)) return { response: Response.json({ error: "Not allowed." }, { status: 403 }) };
    return { viewer: session.viewer };
  },
}));

import { parse } from "csv-parse/sync";
import { closeDatabase, getDb } from "@/db";
import { seedDemoData } from "@/db/seed/index";
import { GET } from "./route";

const base: Omit<Viewer, "role"> = { userId: "u", name: "Someone", email: "s@example.edu", studentId: null, facultyId: null, universityId: null };
const FACULTY: Viewer = { ...base, role: "faculty", facultyId: 1, universityId: 1 };
const OTHER_FACULTY: Viewer = { ...base, role: "faculty", facultyId: 4, universityId: 2 };
const STUDENT: Viewer = { ...base, role: "student", studentId: "nit-26f-01", universityId: 1 };

const get = (search: string) => GET(new Request(`http://127.0.0.1:3000/api/cohorts/export?${search}`));

beforeAll(async () => {
  await seedDemoData(await getDb());
});
afterAll(() => closeDatabase());

describe("GET /api/cohorts/export", () => {
  test("faculty get their cohort's students as a CSV attachment, one row each", async () => {
    session.viewer = FACULTY;
    const response = await get("team=4");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="cohort-polaris-ii-fall-2026-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = parse(await response.text()) as string[][];
    expect(header).toEqual([
      "student id",
      "name",
      "team",
      "modules mastered",
      "mean mastery",
      "last activity (UTC)",
      "falling behind",
      "Avionics level",
      "Structures level",
      "Mission operations level",
      "Thermal level",
      "Power level",
      "Communications level",
      "Payload level",
    ]);
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r[0]).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `nit-26f-${String(i + 1).padStart(2, "0")}`));
    expect(rows.every((r) => r[2] === "Polaris II")).toBe(true);
    expect(rows.map((r) => r[1])).toEqual([...rows.map((r) => r[1])].sort((a, b) => a!.localeCompare(b!)));
  });

  test("the table's filters and sort apply", async () => {
    session.viewer = FACULTY;
    const [, ...all] = parse(await (await get("team=4&sort=mastered&dir=desc")).text()) as string[][];
    const mastered = all.map((r) => Number(r[3]));
    expect(mastered).toEqual([...mastered].sort((a, b) => b - a));
    const someone = all[0]!;
    const [, ...named] = parse(await (await get(`team=4&q=${encodeURIComponent(someone[1]!)}`)).text()) as string[][];
    expect(named.map((r) => r[0])).toEqual([someone[0]]);
    // With a one-day quiet period, everyone quiet since the semester's last week is falling behind.
    const [, ...behind] = parse(await (await get("team=4&behind=yes&days=1")).text()) as string[][];
    expect(behind.length).toBeGreaterThan(0);
    expect(behind.every((r) => r[6]!.length > 0)).toBe(true);
  });

  test("another university's team and a missing team are not found; students are refused", async () => {
    session.viewer = OTHER_FACULTY;
    expect((await get("team=4")).status).toBe(404);
    expect((await get("team=5")).status).toBe(200);
    expect((await get("team=99999")).status).toBe(404);
    expect((await get("")).status).toBe(400);
    session.viewer = STUDENT;
    expect((await get("team=4")).status).toBe(403);
    session.viewer = null;
    expect((await get("team=4")).status).toBe(401);
  });
});
