import { describe, expect, test } from "vitest";
import { can, canViewStudent, canViewUniversity, leaderboardName, type Viewer } from "./roles";

const viewer = (role: Viewer["role"], extra: Partial<Viewer> = {}): Viewer => ({
  userId: `u-${role}`,
  role,
  name: role,
  email: `${role}@x.example.edu`,
  studentId: null,
  facultyId: null,
  universityId: null,
  ...extra,
});
const student = viewer("student", { studentId: "nit-26f-01", universityId: 1 });
const otherStudent = viewer("student", { studentId: "nit-26f-02", universityId: 1 });
const faculty = viewer("faculty", { facultyId: 1, universityId: 1 });
const foreignFaculty = viewer("faculty", { facultyId: 4, universityId: 2 });
const unlinkedFaculty = viewer("faculty", { facultyId: null, universityId: null });
const admin = viewer("admin");
const record = { id: "nit-26f-01", universityId: 1 };

describe("canViewStudent", () => {
  test.each([
    ["nobody signed in", null, false],
    ["the student themself", student, true],
    ["another student", otherStudent, false],
    ["faculty of the same university", faculty, true],
    ["faculty of another university", foreignFaculty, false],
    ["faculty without a linked record", unlinkedFaculty, false],
    ["an admin", admin, true],
  ])("%s → %s", (_label, who, expected) => {
    expect(canViewStudent(who, record)).toBe(expected);
  });
});

describe("canViewUniversity", () => {
  test.each([
    ["a student, even of that university", student, false],
    ["faculty of that university", faculty, true],
    ["faculty of another university", foreignFaculty, false],
    ["an admin", admin, true],
  ])("%s → %s", (_label, who, expected) => {
    expect(canViewUniversity(who, 1)).toBe(expected);
  });
});

describe("write permissions", () => {
  test.each([
    ["imports.run", [false, false, true]],
    ["users.manage", [false, false, true]],
    ["cadence.correct", [false, false, true]],
    ["modules.edit", [false, true, true]],
    ["prerequisites.edit", [false, true, true]],
  ] as const)("%s for student, faculty, admin", (permission, expected) => {
    expect([student, faculty, admin].map((v) => can(v, permission))).toEqual(expected);
    expect(can(null, permission)).toBe(false);
  });
});

describe("leaderboardName", () => {
  const entry = { ...record, name: "Amara Okafor", publicLeaderboard: false };
  test.each([
    ["another student sees an opted-out student anonymised", otherStudent, entry, "Anonymous student"],
    ["the student sees their own name", student, entry, "Amara Okafor"],
    ["faculty of the university see the name", faculty, entry, "Amara Okafor"],
    ["faculty of another university do not", foreignFaculty, entry, "Anonymous student"],
    ["an opted-in student is named to everyone", otherStudent, { ...entry, publicLeaderboard: true }, "Amara Okafor"],
  ])("%s", (_label, who, student, expected) => {
    expect(leaderboardName(who, student)).toBe(expected);
  });
});
