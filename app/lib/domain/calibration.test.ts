import { describe, expect, test } from "vitest";
import {
  calibrate,
  CALIBRATION_RULES,
  difficultyFromRate,
  subsystemPriorRate,
  wilsonInterval,
  zForConfidence,
  type AttemptStats,
  type Calibration,
} from "./calibration";
import type { Difficulty } from "./vocabulary";

const stats = (sampleSize: number, successes: number, totalTimeSeconds = 600 * sampleSize): AttemptStats => ({
  sampleSize,
  successes,
  totalTimeSeconds,
});

describe("zForConfidence", () => {
  test.each<[number, number]>([
    [0.9, 1.6449],
    [0.95, 1.96],
    [0.99, 2.5758],
    [0.5, 0.6745],
  ])("%d two-sided → z %d", (confidence, z) => {
    expect(zForConfidence(confidence)).toBeCloseTo(z, 4);
  });

  test.each([0, 1, -0.1, 1.5, Number.NaN])("refuses a confidence of %d", (confidence) => {
    expect(() => zForConfidence(confidence)).toThrow(RangeError);
  });
});

describe("wilsonInterval at 90 % (reference values from Python's statistics.NormalDist)", () => {
  test.each<[string, number, number, [number, number]]>([
    ["no attempts", 0, 0, [0, 1]],
    ["one success", 1, 1, [0.2699, 1]],
    ["one failure", 0, 1, [0, 0.7301]],
    ["none of 5", 0, 5, [0, 0.3511]],
    ["all of 5", 5, 5, [0.6489, 1]],
    ["7 of 10", 7, 10, [0.4417, 0.8731]],
    ["45 of 60", 45, 60, [0.6486, 0.8298]],
    ["70 of 100", 70, 100, [0.6202, 0.7693]],
    ["700 of 1000", 700, 1000, [0.6757, 0.7233]],
  ])("%s", (_label, successes, n, expected) => {
    expect(wilsonInterval(successes, n)).toEqual(expected);
  });

  test.each<[number, number]>([
    [0, 1],
    [1, 1],
    [1, 3],
    [2, 3],
    [0, 20],
    [13, 20],
    [20, 20],
    [333, 1000],
    [999, 1000],
  ])("%d of %d: the interval contains the raw rate and stays in [0, 1]", (successes, n) => {
    const [low, high] = wilsonInterval(successes, n);
    const raw = calibrate(stats(n, successes), 0.7).successRate ?? Number.NaN;
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThanOrEqual(1);
    expect(low).toBeLessThanOrEqual(raw);
    expect(high).toBeGreaterThanOrEqual(raw);
  });

  test("narrows as the sample grows at the same rate", () => {
    const widths = [10, 40, 160, 640, 2560].map((n) => {
      const [low, high] = wilsonInterval(0.7 * n, n);
      return high - low;
    });
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeLessThan(widths[i - 1] ?? 1);
    // Roughly halves when n quadruples (the 1/√n behaviour).
    expect((widths[4] ?? 0) / (widths[3] ?? 1)).toBeCloseTo(0.5, 1);
  });

  test("a higher confidence gives a wider interval", () => {
    const [low90, high90] = wilsonInterval(7, 10, 0.9);
    const [low95, high95] = wilsonInterval(7, 10, 0.95);
    expect(low95).toBeLessThan(low90);
    expect(high95).toBeGreaterThan(high90);
  });
});

describe("difficultyFromRate: the bands are inclusive lower bounds", () => {
  test.each<[number, Difficulty]>([
    [1, "easy"],
    [0.8, "easy"],
    [0.7999, "medium"],
    [0.6, "medium"],
    [0.5999, "hard"],
    [0.4, "hard"],
    [0.3999, "expert"],
    [0, "expert"],
  ])("%d → %s", (rate, level) => {
    expect(difficultyFromRate(rate)).toBe(level);
  });
});

describe("calibrate", () => {
  test.each<[string, AttemptStats, number, Calibration]>([
    [
      "no attempts: the prior decides, no rate, the widest interval",
      stats(0, 0, 0),
      0.7,
      { sampleSize: 0, averageTimeSeconds: null, successRate: null, adjustedRate: 0.7, difficultyLevel: "medium", interval90: [0, 1] },
    ],
    [
      "no attempts in a subsystem that finds things easy",
      stats(0, 0, 0),
      0.85,
      { sampleSize: 0, averageTimeSeconds: null, successRate: null, adjustedRate: 0.85, difficultyLevel: "easy", interval90: [0, 1] },
    ],
    [
      "one successful attempt barely moves a 0.5 prior: (1 + 5) / 11",
      stats(1, 1, 754),
      0.5,
      { sampleSize: 1, averageTimeSeconds: 754, successRate: 1, adjustedRate: 0.5455, difficultyLevel: "hard", interval90: [0.2699, 1] },
    ],
    [
      "one failed attempt barely moves a 0.9 prior: (0 + 9) / 11",
      stats(1, 0, 1200),
      0.9,
      { sampleSize: 1, averageTimeSeconds: 1200, successRate: 0, adjustedRate: 0.8182, difficultyLevel: "easy", interval90: [0, 0.7301] },
    ],
    [
      "exactly at the easy band: (10 + 6) / 20 = 0.8",
      stats(10, 10),
      0.6,
      { sampleSize: 10, averageTimeSeconds: 600, successRate: 1, adjustedRate: 0.8, difficultyLevel: "easy", interval90: [0.7871, 1] },
    ],
    [
      "exactly at the medium band: (6 + 6) / 20 = 0.6",
      stats(10, 6),
      0.6,
      { sampleSize: 10, averageTimeSeconds: 600, successRate: 0.6, adjustedRate: 0.6, difficultyLevel: "medium", interval90: [0.3516, 0.8058] },
    ],
    [
      "exactly at the hard band: (2 + 6) / 20 = 0.4",
      stats(10, 2),
      0.6,
      { sampleSize: 10, averageTimeSeconds: 600, successRate: 0.2, adjustedRate: 0.4, difficultyLevel: "hard", interval90: [0.0686, 0.4592] },
    ],
    [
      "just under the hard band: (1 + 6) / 20 = 0.35",
      stats(10, 1),
      0.6,
      { sampleSize: 10, averageTimeSeconds: 600, successRate: 0.1, adjustedRate: 0.35, difficultyLevel: "expert", interval90: [0.0226, 0.3477] },
    ],
    [
      "just under the easy band: (9 + 6.9) / 20 = 0.795",
      stats(10, 9),
      0.69,
      { sampleSize: 10, averageTimeSeconds: 600, successRate: 0.9, adjustedRate: 0.795, difficultyLevel: "medium", interval90: [0.6523, 0.9774] },
    ],
    [
      "average time is rounded to whole seconds (500.5 → 501)",
      stats(2, 1, 1001),
      0.5,
      { sampleSize: 2, averageTimeSeconds: 501, successRate: 0.5, adjustedRate: 0.5, difficultyLevel: "hard", interval90: [0.1209, 0.8791] },
    ],
    [
      "rates are rounded to 4 decimals (1 of 3)",
      stats(3, 1, 1000),
      0.7,
      { sampleSize: 3, averageTimeSeconds: 333, successRate: 0.3333, adjustedRate: 0.6154, difficultyLevel: "medium", interval90: [0.0783, 0.7465] },
    ],
  ])("%s", (_label, input, prior, expected) => {
    expect(calibrate(input, prior)).toEqual(expected);
  });

  test.each<[string, number, number, number, Difficulty, Difficulty]>([
    // label, n, successes, prior, level of the raw rate, level after shrinkage
    ["2 of 2 in a 0.5 subsystem stays hard", 2, 2, 0.5, "easy", "hard"],
    ["0 of 3 in a 0.8 subsystem stays medium", 3, 0, 0.8, "expert", "medium"],
    ["950 of 1000 in a 0.5 subsystem is easy", 1000, 950, 0.5, "easy", "easy"],
    ["300 of 1000 in a 0.9 subsystem is expert", 1000, 300, 0.9, "expert", "expert"],
  ])("shrinkage: %s", (_label, n, successes, prior, rawLevel, level) => {
    const result = calibrate(stats(n, successes), prior);
    const raw = successes / n;
    expect(difficultyFromRate(raw)).toBe(rawLevel);
    expect(result.difficultyLevel).toBe(level);
    // Always between the raw rate and the prior…
    expect(result.adjustedRate).toBeGreaterThanOrEqual(Math.min(raw, prior) - 1e-4);
    expect(result.adjustedRate).toBeLessThanOrEqual(Math.max(raw, prior) + 1e-4);
    // …near the prior for a small sample, near the raw rate for a large one.
    if (n <= CALIBRATION_RULES.pseudoAttempts) expect(Math.abs(result.adjustedRate - prior)).toBeLessThan(Math.abs(result.adjustedRate - raw));
    else expect(Math.abs(result.adjustedRate - raw)).toBeLessThan(0.01);
  });

  test("the pull toward the prior weakens as attempts accumulate", () => {
    const gaps = [1, 5, 10, 50, 200, 1000].map((n) => Math.abs(calibrate(stats(n, n), 0.5).adjustedRate - 1));
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeLessThan(gaps[i - 1] ?? 1);
    expect(calibrate(stats(10, 10), 0.5).adjustedRate).toBe(0.75); // n = k: halfway
  });

  test("k = 0 pseudo-attempts turns shrinkage off", () => {
    expect(calibrate(stats(2, 2), 0.1, { ...CALIBRATION_RULES, pseudoAttempts: 0 }).adjustedRate).toBe(1);
    expect(calibrate(stats(0, 0), 0.1, { ...CALIBRATION_RULES, pseudoAttempts: 0 }).adjustedRate).toBe(0.1);
  });

  test("impossible counts are clamped", () => {
    const result = calibrate({ sampleSize: 4, successes: 9, totalTimeSeconds: -5 }, 1.4);
    expect(result).toMatchObject({ successRate: 1, adjustedRate: 1, averageTimeSeconds: 0, difficultyLevel: "easy" });
  });
});

describe("subsystemPriorRate", () => {
  test.each<[string, AttemptStats[], number]>([
    ["no modules: the default", [], 0.7],
    ["modules without attempts: the default", [stats(0, 0), stats(0, 0)], 0.7],
    ["one module", [stats(10, 4)], 0.4],
    ["pooled, not a mean of rates (55 of 100, not 0.75)", [stats(10, 10), stats(90, 45)], 0.55],
    ["modules without attempts add nothing", [stats(20, 15), stats(0, 0)], 0.75],
  ])("%s", (_label, input, expected) => {
    expect(subsystemPriorRate(input)).toBeCloseTo(expected, 10);
  });
});
