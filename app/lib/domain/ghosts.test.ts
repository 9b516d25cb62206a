import { describe, expect, test } from "vitest";
import {
  cadenceCohortName,
  daysBetween,
  paceMilestones,
  raceTimeTargets,
  semesterOrder,
  splitSemesters,
  studentCohortName,
  tasksForShare,
} from "./ghosts";

describe("semesterOrder", () => {
  test.each([
    ["Spring 2026 before Fall 2026", "Spring 2026", "Fall 2026"],
    ["Fall 2025 before Winter 2026", "Fall 2025", "Winter 2026"],
    ["Winter before Spring of one year", "Winter 2026", "Spring 2026"],
    ["Summer before Autumn", "Summer 2026", "Autumn 2026"],
    ["year first is read too", "2025 Fall", "Spring 2026"],
    ["case and spaces do not matter", "  spring   2026 ", "FALL 2026"],
  ])("%s", (_label, earlier, later) => {
    expect(semesterOrder(earlier)).not.toBeNull();
    expect(semesterOrder(earlier)!).toBeLessThan(semesterOrder(later)!);
  });

  test.each([["Cohort A"], ["Spring"], ["2026"], ["Spring 26"], ["Spring 2026 B"], [""]])("%j is not a semester name", (name) => {
    expect(semesterOrder(name)).toBeNull();
  });

  test("Fall and Autumn of one year are the same term", () => {
    expect(semesterOrder("Fall 2026")).toBe(semesterOrder("Autumn 2026"));
  });
});

describe("splitSemesters", () => {
  test.each([
    ["the demo's two semesters", ["Fall 2026", "Spring 2026", "Fall 2026"], { latest: "Fall 2026", earlier: ["Spring 2026"], unreadable: [] }],
    ["several earlier ones, oldest first", ["Spring 2027", "Fall 2025", "Spring 2026", "Fall 2026"], { latest: "Spring 2027", earlier: ["Fall 2025", "Spring 2026", "Fall 2026"], unreadable: [] }],
    ["one semester: nobody is earlier", ["Fall 2026"], { latest: "Fall 2026", earlier: [], unreadable: [] }],
    ["unreadable names are set apart", ["Pilot cohort", "Spring 2026", "Fall 2026"], { latest: "Fall 2026", earlier: ["Spring 2026"], unreadable: ["Pilot cohort"] }],
    ["nothing readable", ["Pilot"], { latest: null, earlier: [], unreadable: ["Pilot"] }],
    ["no students", [], { latest: null, earlier: [], unreadable: [] }],
  ])("%s", (_label, names, expected) => {
    expect(splitSemesters(names)).toEqual(expected);
  });
});

describe("ghost names", () => {
  test.each([
    ["NIT", "Spring 2026", "power", "NIT Spring 2026 · Power"],
    ["Cascadia State University", "Fall 2025", "mission_ops", "Cascadia State University Fall 2025 · Mission operations"],
  ] as const)("%s %s %s", (university, semester, subsystem, name) => {
    expect(studentCohortName(university, semester, subsystem)).toBe(name);
  });

  test("a CADENCE ghost names the subsystem's team", () => {
    expect(cadenceCohortName("communications")).toBe("CADENCE Communications team");
  });
});

describe("tasksForShare", () => {
  test.each([
    [25, 10, 3],
    [50, 10, 5],
    [75, 10, 8],
    [100, 10, 10],
    [25, 1, 1],
    [25, 4, 1],
    [25, 0, 1],
  ])("%i %% of %i tasks needs %i", (share, total, needed) => {
    expect(tasksForShare(share, total)).toBe(needed);
  });
});

describe("paceMilestones", () => {
  const tasks = (dates: string[]) => dates.map((dueDate, i) => ({ taskId: i + 1, dueDate }));

  test.each([
    [
      "every share reached",
      { total: 4, startedOn: "2025-01-01", completed: tasks(["2025-01-11", "2025-01-21", "2025-02-01", "2025-03-02"]) },
      [
        { share: 25, days: 10, reachedOn: "2025-01-11", taskId: 1 },
        { share: 50, days: 20, reachedOn: "2025-01-21", taskId: 2 },
        { share: 75, days: 31, reachedOn: "2025-02-01", taskId: 3 },
        { share: 100, days: 60, reachedOn: "2025-03-02", taskId: 4 },
      ],
    ],
    [
      "a team that finished a third of its tasks reaches 25 % only (3 of 9: rounded up)",
      { total: 9, startedOn: "2025-01-01", completed: tasks(["2025-01-05", "2025-01-09", "2025-02-01"]) },
      [
        { share: 25, days: 31, reachedOn: "2025-02-01", taskId: 3 },
        { share: 50, days: null, reachedOn: null, taskId: null },
        { share: 75, days: null, reachedOn: null, taskId: null },
        { share: 100, days: null, reachedOn: null, taskId: null },
      ],
    ],
    [
      "the first task completed on day 0",
      { total: 1, startedOn: "2025-05-05", completed: tasks(["2025-05-05"]) },
      [25, 50, 75, 100].map((share) => ({ share, days: 0, reachedOn: "2025-05-05", taskId: 1 })),
    ],
    [
      "no dated task: no day 0, nothing reached",
      { total: 3, startedOn: null, completed: [] },
      [25, 50, 75, 100].map((share) => ({ share, days: null, reachedOn: null, taskId: null })),
    ],
  ])("%s", (_label, input, expected) => {
    expect(paceMilestones(input)).toEqual(expected);
  });

  test("milestones never go back in time", () => {
    const completed = tasks(["2025-01-02", "2025-01-02", "2025-01-20", "2025-04-01", "2025-06-30", "2025-07-01", "2025-07-01"]);
    const days = paceMilestones({ total: 7, startedOn: "2025-01-01", completed }).map((m) => m.days!);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  test("daysBetween counts whole calendar days across a daylight-saving change", () => {
    expect(daysBetween("2025-03-01", "2025-04-01")).toBe(31);
    expect(daysBetween("2025-10-20", "2025-11-03")).toBe(14);
  });
});

describe("raceTimeTargets", () => {
  test.each([
    ["ghosts first", { p25: 500, median: 600, p75: 720 }, { averageTimeSeconds: 900, difficultyLevel: "hard" }, 20, { gold: 500, silver: 600, bronze: 720, source: "ghosts" }],
    ["then the calibration", null, { averageTimeSeconds: 800, difficultyLevel: "hard" }, 20, { gold: 600, silver: 800, bronze: 1000, source: "calibration" }],
    ["then the estimate", null, { averageTimeSeconds: null, difficultyLevel: "medium" }, 20, { gold: 900, silver: 1200, bronze: 1500, source: "estimate" }],
    ["a zero average is no calibration", null, { averageTimeSeconds: 0, difficultyLevel: "medium" }, 10, { gold: 450, silver: 600, bronze: 750, source: "estimate" }],
    ["no calibration row", null, null, 10, { gold: 450, silver: 600, bronze: 750, source: "estimate" }],
  ] as const)("%s", (_label, pooled, calibration, minutes, expected) => {
    expect(raceTimeTargets(pooled, calibration, minutes)).toEqual(expected);
  });
});
