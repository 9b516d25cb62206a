import { describe, expect, test } from "vitest";
import type { AttemptRow } from "@/db/queries/progress";
import { DEFAULT_ATTEMPT_SORT, parseAttemptSort, sortAttempts } from "./attempts-sort";

const row = (logId: number, patch: Partial<AttemptRow>): AttemptRow => ({
  logId,
  at: `2026-09-${String(logId).padStart(2, "0")}T10:00:00Z`,
  moduleSlug: `m-${logId}`,
  moduleTitle: `Module ${logId}`,
  subsystem: "power",
  attemptNumber: 1,
  timeSpentSeconds: 600,
  errorsCount: 2,
  masteryScore: 50,
  completed: true,
  mastered: false,
  ...patch,
});

describe("parseAttemptSort", () => {
  test.each<[string, Record<string, string | string[] | undefined>, { id: string; desc: boolean }]>([
    ["nothing: newest first", {}, DEFAULT_ATTEMPT_SORT],
    ["an unknown column", { sort: "password", dir: "asc" }, DEFAULT_ATTEMPT_SORT],
    ["a column and direction", { sort: "errors", dir: "desc" }, { id: "errors", desc: true }],
    ["a column without direction takes its natural one", { sort: "mastery" }, { id: "mastery", desc: true }],
    ["a repeated parameter uses the first", { sort: ["module", "errors"], dir: "asc" }, { id: "module", desc: false }],
  ])("%s", (_label, params, expected) => {
    expect(parseAttemptSort(params)).toEqual(expected);
  });
});

describe("sortAttempts", () => {
  const rows = [
    row(1, { masteryScore: 80, mastered: true, moduleTitle: "beta" }),
    row(2, { masteryScore: null, completed: false, moduleTitle: "Alpha" }),
    row(3, { masteryScore: 65, moduleTitle: "gamma" }),
    row(4, { masteryScore: 80, mastered: true, moduleTitle: "delta" }),
  ];
  test.each<[string, { id: string; desc: boolean }, number[]]>([
    ["newest first", DEFAULT_ATTEMPT_SORT, [4, 3, 2, 1]],
    ["mastery descending, missing last, ties newest first", { id: "mastery", desc: true }, [4, 1, 3, 2]],
    ["mastery ascending, missing still last", { id: "mastery", desc: false }, [3, 4, 1, 2]],
    ["module title, case-insensitive", { id: "module", desc: false }, [2, 1, 4, 3]],
    ["result: mastered, then below 70, then unfinished", { id: "result", desc: true }, [4, 1, 3, 2]],
  ])("%s", (_label, sort, expected) => {
    expect(sortAttempts(rows, sort).map((r) => r.logId)).toEqual(expected);
  });
});
