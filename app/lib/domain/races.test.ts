import { describe, expect, test } from "vitest";
import {
  cohortEligibleForGhost,
  compareLeaderboardEntries,
  integrityCheck,
  isNewBest,
  medalFor,
  quartiles,
  RACE_RULES,
  splitDelta,
  splitsAgainst,
  timeTargets,
  type LeaderboardSortable,
  type Medal,
  type Quartiles,
  type TimeTargets,
} from "./races";

describe("RACE_RULES", () => {
  test("the documented defaults", () => {
    expect(RACE_RULES.minCohortSize).toBe(5);
    expect(RACE_RULES.integrityFloorShareOfGold).toBe(0.3);
    expect(RACE_RULES.masteryThreshold).toBe(70);
    expect(RACE_RULES.medalQuartiles).toEqual({ gold: "p25", silver: "median", bronze: "p75" });
  });
});

describe("quartiles (R-7 / Excel PERCENTILE.INC; reference values from R's quantile())", () => {
  test.each<[string, number[], Quartiles | null]>([
    ["empty", [], null],
    ["only non-finite values", [Number.NaN, Number.POSITIVE_INFINITY], null],
    ["1 value", [42], { p25: 42, median: 42, p75: 42 }],
    ["2 values", [10, 20], { p25: 12.5, median: 15, p75: 17.5 }],
    ["4 values", [1, 2, 3, 4], { p25: 1.75, median: 2.5, p75: 3.25 }],
    ["4 values, spread", [10, 20, 30, 40], { p25: 17.5, median: 25, p75: 32.5 }],
    ["5 values", [1, 2, 3, 4, 5], { p25: 2, median: 3, p75: 4 }],
    ["5 values, unsorted", [5, 1, 4, 2, 3], { p25: 2, median: 3, p75: 4 }],
    ["unsorted race times", [700, 540, 610, 480, 900, 655], { p25: 557.5, median: 632.5, p75: 688.75 }],
    ["duplicates", [600, 600, 600, 600], { p25: 600, median: 600, p75: 600 }],
    ["non-finite values are ignored", [3, Number.NaN, 1, 2], { p25: 1.5, median: 2, p75: 2.5 }],
  ])("%s", (_label, values, expected) => {
    expect(quartiles(values)).toEqual(expected);
  });

  test("does not reorder its input", () => {
    const values = [5, 1, 4];
    quartiles(values);
    expect(values).toEqual([5, 1, 4]);
  });
});

describe("splitDelta (mine − ghost; a tie is not behind)", () => {
  test.each<[string, number, number, number, boolean]>([
    ["ahead", 100, 110, -10, true],
    ["behind", 120, 110, 10, false],
    ["equal counts as ahead", 110, 110, 0, true],
    ["float noise is still a tie", 0.1 + 0.2, 0.3, 0, true],
    ["under half a millisecond is a tie", 10.0004, 10, 0, true],
    ["a millisecond behind", 10.001, 10, 0.001, false],
    ["fractional ahead", 59.5, 60, -0.5, true],
  ])("%s", (_label, elapsed, ghost, deltaSeconds, ahead) => {
    expect(splitDelta(elapsed, ghost)).toEqual({ deltaSeconds, ahead });
  });

  test("never −0", () => {
    expect(Object.is(splitDelta(5, 5).deltaSeconds, 0)).toBe(true);
  });
});

describe("splitsAgainst (cumulative checkpoint times)", () => {
  const ghost = [60, 150, 300];

  test("per-split and cumulative deltas", () => {
    const rows = splitsAgainst(ghost, [50, 160, 290]);
    expect(
      rows.map((r) => [r.checkpoint, r.splitSeconds, r.ghostSplitSeconds, r.split.deltaSeconds, r.split.ahead, r.cumulative.deltaSeconds, r.cumulative.ahead]),
    ).toEqual([
      [0, 50, 60, -10, true, -10, true],
      [1, 110, 90, 20, false, 10, false],
      [2, 130, 150, -20, true, -10, true],
    ]);
  });

  test.each<[string, number[], number]>([
    ["a race in progress compares the checkpoints reached", [50], 1],
    ["no checkpoints yet", [], 0],
    ["more splits than the ghost stops at the ghost's", [50, 160, 290, 400], 3],
  ])("%s", (_label, mine, length) => {
    expect(splitsAgainst(ghost, mine)).toHaveLength(length);
  });

  test("matching the ghost exactly is ahead (not behind) everywhere", () => {
    for (const row of splitsAgainst(ghost, ghost)) {
      expect(row.split).toEqual({ deltaSeconds: 0, ahead: true });
      expect(row.cumulative).toEqual({ deltaSeconds: 0, ahead: true });
    }
  });
});

describe("isNewBest (strictly faster)", () => {
  test.each<[string, number, number | null, boolean]>([
    ["no previous best", 90, null, true],
    ["faster", 89.9, 90, true],
    ["equal is not a new best", 90, 90, false],
    ["slower", 91, 90, false],
    ["not a number", Number.NaN, null, false],
  ])("%s", (_label, split, previous, expected) => {
    expect(isNewBest(split, previous)).toBe(expected);
  });
});

describe("timeTargets", () => {
  const calibrated = (averageTimeSeconds: number | null) => ({ averageTimeSeconds, difficultyLevel: "medium" });

  test.each<[string, Quartiles | null, ReturnType<typeof calibrated> | null, number, TimeTargets]>([
    ["from the ghosts: p25 / median / p75", { p25: 540, median: 600, p75: 720 }, calibrated(900), 30, { gold: 540, silver: 600, bronze: 720 }],
    ["from the ghosts, rounded to whole seconds", { p25: 540.4, median: 600.5, p75: 720.6 }, null, 30, { gold: 540, silver: 601, bronze: 721 }],
    ["from the calibration's average (0.75 / 1 / 1.25)", null, calibrated(600), 30, { gold: 450, silver: 600, bronze: 750 }],
    ["from the calibration, rounded", null, calibrated(601), 30, { gold: 451, silver: 601, bronze: 751 }],
    ["from the estimate when the calibration has no average", null, calibrated(null), 15, { gold: 675, silver: 900, bronze: 1125 }],
    ["from the estimate when the calibration's average is 0", null, calibrated(0), 10, { gold: 450, silver: 600, bronze: 750 }],
    ["from the estimate with no calibration", null, null, 10, { gold: 450, silver: 600, bronze: 750 }],
    ["ordering: every ghost at the same time", { p25: 600, median: 600, p75: 600 }, null, 10, { gold: 599, silver: 600, bronze: 601 }],
    ["ordering: quartiles that round together", { p25: 600.2, median: 600.3, p75: 600.4 }, null, 10, { gold: 599, silver: 600, bronze: 601 }],
    ["ordering: a zero estimate", null, null, 0, { gold: 1, silver: 2, bronze: 3 }],
    ["ordering: a negative estimate", null, null, -5, { gold: 1, silver: 2, bronze: 3 }],
    ["ordering: a two-second estimate", null, null, 2 / 60, { gold: 1, silver: 2, bronze: 3 }],
  ])("%s", (_label, ghosts, calibration, estimatedMinutes, expected) => {
    expect(timeTargets(ghosts, calibration, estimatedMinutes)).toEqual(expected);
  });

  test("always whole seconds with gold < silver < bronze", () => {
    const inputs: [Quartiles | null, number | null, number][] = [];
    for (const t of [0, 0.4, 1, 1.5, 2, 3, 59.9, 600, 3600.5]) {
      inputs.push([{ p25: t, median: t, p75: t }, null, 0]);
      inputs.push([{ p25: t * 0.9, median: t, p75: t * 1.1 }, null, 0]);
      inputs.push([null, t, 0]);
      inputs.push([null, null, t / 60]);
    }
    for (const [ghosts, average, minutes] of inputs) {
      const { gold, silver, bronze } = timeTargets(ghosts, { averageTimeSeconds: average, difficultyLevel: "hard" }, minutes);
      expect([gold, silver, bronze].every(Number.isInteger)).toBe(true);
      expect(gold).toBeGreaterThanOrEqual(1);
      expect(gold).toBeLessThan(silver);
      expect(silver).toBeLessThan(bronze);
    }
  });
});

describe("medalFor (targets 180 / 240 / 300 s; mastery ≥ 70)", () => {
  const targets: TimeTargets = { gold: 180, silver: 240, bronze: 300 };

  test.each<[number, number, Medal | null]>([
    [120, 90, "gold"],
    [179, 90, "gold"],
    [180, 90, "gold"],
    [180.5, 90, "silver"],
    [239, 90, "silver"],
    [240, 90, "silver"],
    [241, 90, "bronze"],
    [300, 90, "bronze"],
    [300.001, 90, null],
    [1000, 90, null],
    [180, 70, "gold"],
    [300, 70, "bronze"],
    [180, 69.9, null],
    [240, 62, null],
    [300, 0, null],
    [180, Number.NaN, null],
    [Number.NaN, 90, null],
  ])("%d s at mastery %d → %s", (time, mastery, medal) => {
    expect(medalFor(time, mastery, targets)).toBe(medal);
  });
});

describe("integrityCheck (floor = 30 % of gold, rounded to whole seconds)", () => {
  const targets: TimeTargets = { gold: 180, silver: 240, bronze: 300 };
  const floorReason = (time: string, floor: number) => `Finished in ${time} s, under the plausible floor of ${floor} s (30 % of the gold time)`;

  test.each<[string, number, number, TimeTargets, string[]]>([
    ["a normal finish", 200, 85, targets, []],
    ["exactly at the floor is plausible", 54, 85, targets, []],
    ["exactly at the mastery threshold", 200, 70, targets, []],
    ["just under the floor", 53, 85, targets, [floorReason("53", 54)]],
    ["the issue's example", 41, 85, targets, [floorReason("41", 54)]],
    ["a fractional time is truncated, never rounded up to the floor", 53.96, 85, targets, [floorReason("53.9", 54)]],
    ["mastery under 70", 200, 62, targets, ["Mastery 62 is under 70"]],
    ["mastery just under 70", 200, 69.99, targets, ["Mastery 69.9 is under 70"]],
    ["both reasons, floor first", 41, 62, targets, [floorReason("41", 54), "Mastery 62 is under 70"]],
    ["a floor that rounds up (185 × 0.3 = 55.5 → 56): 55 is under", 55, 85, { gold: 185, silver: 240, bronze: 300 }, [floorReason("55", 56)]],
    ["a floor that rounds up: 56 is at it", 56, 85, { gold: 185, silver: 240, bronze: 300 }, []],
    ["an unreadable time", Number.NaN, 85, targets, ["The finish time is not a valid measurement"]],
    ["a negative time", -1, 85, targets, ["The finish time is not a valid measurement"]],
  ])("%s", (_label, time, mastery, t, reasons) => {
    expect(integrityCheck(time, mastery, t, RACE_RULES)).toEqual({ eligible: reasons.length === 0, reasons });
  });

  test("the floor share is configurable", () => {
    const rules = { ...RACE_RULES, integrityFloorShareOfGold: 0.5 };
    expect(integrityCheck(89, 85, targets, rules)).toEqual({
      eligible: false,
      reasons: ["Finished in 89 s, under the plausible floor of 90 s (50 % of the gold time)"],
    });
    expect(integrityCheck(90, 85, targets, rules).eligible).toBe(true);
  });
});

describe("compareLeaderboardEntries", () => {
  const entry = (attemptId: number | string, timeSeconds: number, finishedAt: Date | string): LeaderboardSortable => ({ attemptId, timeSeconds, finishedAt });

  test.each<[string, LeaderboardSortable, LeaderboardSortable, -1 | 1 | 0]>([
    ["faster first", entry(2, 300, "2025-03-02T10:00:00Z"), entry(1, 301, "2025-03-01T10:00:00Z"), -1],
    ["slower after", entry(1, 301, "2025-03-01T10:00:00Z"), entry(2, 300, "2025-03-02T10:00:00Z"), 1],
    ["tie: the earlier finish first", entry(9, 300, "2025-03-01T10:00:00Z"), entry(1, 300, "2025-03-01T10:00:01Z"), -1],
    ["tie: Date and ISO string compare alike", entry(9, 300, new Date("2025-03-01T10:00:00Z")), entry(1, 300, "2025-03-01T10:00:01Z"), -1],
    ["same time and finish: the lower attempt id", entry(9, 300, "2025-03-01T10:00:00Z"), entry(10, 300, "2025-03-01T10:00:00Z"), -1],
    ["string ids compare as strings", entry("b", 300, "2025-03-01T10:00:00Z"), entry("a", 300, "2025-03-01T10:00:00Z"), 1],
    ["the same entry", entry(3, 300, "2025-03-01T10:00:00Z"), entry(3, 300, "2025-03-01T10:00:00Z"), 0],
    ["an unreadable finish sorts after a readable one", entry(1, 300, "not a date"), entry(2, 300, "2025-03-01T10:00:00Z"), 1],
  ])("%s", (_label, a, b, sign) => {
    expect(Math.sign(compareLeaderboardEntries(a, b))).toBe(sign);
    expect(Math.sign(compareLeaderboardEntries(b, a))).toBe(sign === 0 ? 0 : -sign);
  });

  test("sorts a board deterministically whatever the input order", () => {
    const board = [
      entry(4, 310, "2025-03-01T09:00:00Z"),
      entry(7, 300, "2025-03-02T09:00:00Z"),
      entry(3, 300, "2025-03-01T09:00:00Z"),
      entry(12, 300, "2025-03-01T09:00:00Z"),
      entry(5, 295.5, "2025-03-05T09:00:00Z"),
    ];
    const expected = [5, 3, 12, 7, 4];
    expect([...board].sort(compareLeaderboardEntries).map((e) => e.attemptId)).toEqual(expected);
    expect([...board].reverse().sort(compareLeaderboardEntries).map((e) => e.attemptId)).toEqual(expected);
  });
});

describe("cohortEligibleForGhost (at least 5 students)", () => {
  test.each<[number, boolean]>([
    [0, false],
    [4, false],
    [5, true],
    [6, true],
    [200, true],
  ])("%d students → %s", (count, eligible) => {
    expect(cohortEligibleForGhost(count)).toBe(eligible);
    expect(cohortEligibleForGhost(count, RACE_RULES)).toBe(eligible);
  });

  test("the minimum is configurable", () => {
    expect(cohortEligibleForGhost(4, { ...RACE_RULES, minCohortSize: 3 })).toBe(true);
  });
});
