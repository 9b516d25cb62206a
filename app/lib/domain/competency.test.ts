import { describe, expect, test } from "vitest";
import {
  assessSubsystem,
  COMPETENCY_RULES,
  describeLevels,
  HOW_LEVELS_WORK,
  isMastered,
  modulesNeeded,
  type SubsystemAssessment,
  type SubsystemModuleState,
} from "./competency";
import type { CompetencyLevel } from "./vocabulary";

/**
 * A subsystem of `total` modules titled "Module 1"…; the first `mastered` are mastered with
 * `best` (a number, or one per module); `cross` lists the 1-based modules with a prerequisite
 * in another subsystem.
 */
function subsystem(
  total: number,
  { mastered = 0, best = 90, cross = [] }: { mastered?: number; best?: number | (number | null)[]; cross?: number[] } = {},
): SubsystemModuleState[] {
  return Array.from({ length: total }, (_, i) => {
    const isMasteredModule = i < mastered;
    const bestMastery = Array.isArray(best) ? (best[i] ?? null) : isMasteredModule ? best : null;
    return {
      moduleId: i + 1,
      title: `Module ${i + 1}`,
      bestMastery,
      mastered: isMasteredModule,
      crossSubsystemPrerequisite: cross.includes(i + 1),
    };
  });
}

describe("assessSubsystem: levels", () => {
  test.each<[string, SubsystemModuleState[], CompetencyLevel, number, CompetencyLevel | null]>([
    ["no modules: orientation, nothing next", [], "orientation", 0, null],
    ["no attempts", subsystem(10), "orientation", 0, "competency"],
    ["a module attempted but not mastered does not count", subsystem(1, { best: [69.99] }), "orientation", 0, "competency"],
    ["3 of 10: just under 40 %", subsystem(10, { mastered: 3 }), "orientation", 3, "competency"],
    ["exactly 40 % (4 of 10)", subsystem(10, { mastered: 4 }), "competency", 4, "integration"],
    ["40 % of 7 is 2.8, so 2 is not enough", subsystem(7, { mastered: 2 }), "orientation", 2, "competency"],
    ["40 % of 7 is 2.8, so 3 is enough", subsystem(7, { mastered: 3 }), "competency", 3, "integration"],
    ["7 of 10 with a cross module mastered: under 75 %", subsystem(10, { mastered: 7, cross: [1] }), "competency", 7, "integration"],
    ["exactly 75 % (6 of 8) with a cross module mastered", subsystem(8, { mastered: 6, cross: [2] }), "integration", 6, "autonomy"],
    ["75 % of 10 is 7.5: 8 with a cross module", subsystem(10, { mastered: 8, cross: [3, 10] }), "integration", 8, "autonomy"],
    ["8 of 10 but the cross modules are not mastered", subsystem(10, { mastered: 8, cross: [9, 10] }), "competency", 8, "integration"],
    ["9 of 10, the only cross module left", subsystem(10, { mastered: 9, cross: [10] }), "competency", 9, "integration"],
    ["no cross modules at all: the condition is waived", subsystem(10, { mastered: 8 }), "integration", 8, "autonomy"],
    ["all mastered, mean exactly 85", subsystem(4, { mastered: 4, best: [85, 85, 85, 85], cross: [4] }), "autonomy", 4, null],
    ["all mastered, mean exactly 85 from mixed scores", subsystem(3, { mastered: 3, best: [70.01, 99.99, 85], cross: [1] }), "autonomy", 3, null],
    ["all mastered, mean 84.99", subsystem(4, { mastered: 4, best: [85, 85, 85, 84.96], cross: [4] }), "integration", 4, "autonomy"],
    ["all mastered, no cross modules, mean 90: autonomy (waiver)", subsystem(5, { mastered: 5 }), "autonomy", 5, null],
    ["mean ≥ 85 but one module left", subsystem(5, { mastered: 4, best: [100, 100, 100, 100, 90], cross: [1] }), "integration", 4, "autonomy"],
    ["one module, one attempt at 70: straight to integration", subsystem(1, { mastered: 1, best: 70 }), "integration", 1, "autonomy"],
    ["one module, one attempt at 92: autonomy", subsystem(1, { mastered: 1, best: 92, cross: [1] }), "autonomy", 1, null],
  ])("%s", (_label, modules, level, modulesCompleted, nextLevel) => {
    const result = assessSubsystem(modules);
    expect(result.level).toBe(level);
    expect(result.modulesCompleted).toBe(modulesCompleted);
    expect(result.total).toBe(modules.length);
    expect(result.next?.level ?? null).toBe(nextLevel);
    if (result.next) expect(result.next.missing.length).toBeGreaterThan(0);
  });
});

describe("assessSubsystem: what is missing, in the student's words", () => {
  test.each<[string, SubsystemModuleState[], SubsystemAssessment["next"]]>([
    [
      "orientation, no attempts",
      subsystem(10),
      { level: "competency", missing: ["Master 4 more power modules (competency needs 4 of 10)."] },
    ],
    [
      "orientation, one module short",
      subsystem(10, { mastered: 3 }),
      { level: "competency", missing: ["Master 1 more power module (competency needs 4 of 10)."] },
    ],
    [
      "competency, short of modules and of a cross module",
      subsystem(10, { mastered: 5, cross: [8, 9] }),
      {
        level: "integration",
        missing: [
          "Master 3 more power modules (integration needs 8 of 10).",
          "Master a module that builds on another subsystem, e.g. Module 8.",
        ],
      },
    ],
    [
      "competency, enough modules but no cross module",
      subsystem(10, { mastered: 9, cross: [10] }),
      { level: "integration", missing: ["Master a module that builds on another subsystem, e.g. Module 10."] },
    ],
    [
      "competency, cross condition waived",
      subsystem(10, { mastered: 6 }),
      { level: "integration", missing: ["Master 2 more power modules (integration needs 8 of 10)."] },
    ],
    [
      "competency, cross module mastered, one module short",
      subsystem(4, { mastered: 2, best: [80, 90, 60, null], cross: [1] }),
      { level: "integration", missing: ["Master 1 more power module (integration needs 3 of 4)."] },
    ],
    [
      "integration, one module left (named) and the mean too low",
      subsystem(4, { mastered: 3, best: [80, 90, 72, 40], cross: [1] }),
      {
        level: "autonomy",
        missing: [
          "Master the last power module: Module 4.",
          "Raise your mean best mastery across all 4 power modules to 85 (now 70.5); retaking a module can raise its best score.",
        ],
      },
    ],
    [
      "integration, two modules left (named), mean already high enough",
      subsystem(8, { mastered: 6, best: [100, 100, 100, 100, 100, 100, 80, 80] }),
      { level: "autonomy", missing: ["Master the remaining 2 power modules: Module 7, Module 8."] },
    ],
    [
      "integration, many modules left (not named)",
      subsystem(20, { mastered: 15 }),
      {
        level: "autonomy",
        missing: [
          "Master the remaining 5 power modules.",
          "Raise your mean best mastery across all 20 power modules to 85 (now 67.5); retaking a module can raise its best score.",
        ],
      },
    ],
    [
      "integration, everything mastered, only the mean",
      subsystem(3, { mastered: 3, best: [70, 80, 90] }),
      {
        level: "autonomy",
        missing: ["Raise your mean best mastery across all 3 power modules to 85 (now 80); retaking a module can raise its best score."],
      },
    ],
    ["autonomy: nothing next", subsystem(2, { mastered: 2, best: 95 }), null],
  ])("%s", (_label, modules, next) => {
    expect(assessSubsystem(modules, COMPETENCY_RULES, "power").next).toEqual(next);
  });

  test("the subsystem's label is lowercased; without one the sentence says 'in this subsystem'", () => {
    expect(assessSubsystem(subsystem(5), COMPETENCY_RULES, "mission_ops").next?.missing).toEqual([
      "Master 2 more mission operations modules (competency needs 2 of 5).",
    ]);
    expect(assessSubsystem(subsystem(5)).next?.missing).toEqual([
      "Master 2 more modules in this subsystem (competency needs 2 of 5).",
    ]);
  });
});

describe("assessSubsystem: the rules are configurable in one place", () => {
  test.each<[string, Partial<typeof COMPETENCY_RULES>, SubsystemModuleState[], CompetencyLevel]>([
    ["a lower competency share", { competencyShare: 0.2 }, subsystem(10, { mastered: 2 }), "competency"],
    ["a higher integration share", { integrationShare: 0.9 }, subsystem(10, { mastered: 8 }), "competency"],
    ["a lower autonomy mean", { autonomyMeanBest: 75 }, subsystem(2, { mastered: 2, best: [75, 75] }), "autonomy"],
  ])("%s", (_label, overrides, modules, level) => {
    expect(assessSubsystem(modules, { ...COMPETENCY_RULES, ...overrides }).level).toBe(level);
  });
});

describe("isMastered and modulesNeeded", () => {
  test.each<[string, number | null, boolean]>([
    ["no completed attempt", null, false],
    ["just under 70", 69.99, false],
    ["exactly 70", 70, true],
    ["above", 100, true],
  ])("isMastered: %s", (_label, best, expected) => {
    expect(isMastered(best)).toBe(expected);
  });

  test.each<[number, number, number]>([
    [0.4, 10, 4],
    [0.4, 7, 3],
    [0.4, 1, 1],
    [0.75, 4, 3],
    [0.75, 10, 8],
    [0.7, 10, 7],
    [0.4, 0, 0],
  ])("%d of %d modules needs %d", (share, total, expected) => {
    expect(modulesNeeded(share, total)).toBe(expected);
  });
});

describe("HOW_LEVELS_WORK", () => {
  test("lists the four levels in order, with the default figures", () => {
    expect(HOW_LEVELS_WORK.map((l) => l.level)).toEqual(["orientation", "competency", "integration", "autonomy"]);
    const text = HOW_LEVELS_WORK.map((l) => l.rule).join("\n");
    for (const figure of ["70 or more", "40 %", "75 %", "85 or more"]) expect(text).toContain(figure);
  });

  test("follows the rules it is generated from", () => {
    const text = describeLevels({ masteryThreshold: 60, competencyShare: 0.35, integrationShare: 0.8, autonomyMeanBest: 90 })
      .map((l) => l.rule)
      .join("\n");
    for (const figure of ["60 or more", "35 %", "80 %", "90 or more"]) expect(text).toContain(figure);
  });
});
