import { describe, expect, test } from "vitest";
import { ModuleSpec, type Checkpoint, type CheckpointAnswers, type CheckpointResult, type NumericQuestion } from "./module-spec";
import { checkNumeric, scoreAttempt, scoreCheckpoint } from "./scoring";

function numeric(overrides: Partial<NumericQuestion> = {}): NumericQuestion {
  return {
    id: "q",
    kind: "numeric",
    prompt: "Orbit-average power?",
    answer: 10,
    tolerance: { absolute: 0.5 },
    unit: "W",
    alternativeUnits: { mW: 0.001, kW: 1000 },
    explanation: "P = E / t.",
    ...overrides,
  };
}

describe("checkNumeric: tolerance", () => {
  test.each<[string, Partial<NumericQuestion>, number | null, boolean]>([
    ["the exact answer", {}, 10, true],
    ["inside the absolute tolerance", {}, 10.3, true],
    ["exactly at +absolute is inclusive", {}, 10.5, true],
    ["exactly at −absolute is inclusive", {}, 9.5, true],
    ["just outside the absolute tolerance", {}, 10.51, false],
    ["a decimal boundary despite float noise", { answer: 10, tolerance: { absolute: 0.1 } }, 10.1, true],
    ["exactly at +relative is inclusive", { answer: 3, tolerance: { relative: 0.1 } }, 3.3, true],
    ["exactly at −relative is inclusive", { answer: 3, tolerance: { relative: 0.1 } }, 2.7, true],
    ["outside the relative tolerance", { answer: 3, tolerance: { relative: 0.1 } }, 3.31, false],
    ["either tolerance passes: absolute wider", { answer: 100, tolerance: { absolute: 5, relative: 0.01 } }, 104, true],
    ["either tolerance passes: relative wider", { answer: 100, tolerance: { absolute: 0.5, relative: 0.05 } }, 104, true],
    ["outside both", { answer: 100, tolerance: { absolute: 0.5, relative: 0.01 } }, 102, false],
    ["a zero tolerance needs the exact value", { tolerance: { absolute: 0 } }, 10, true],
    ["a zero tolerance rejects anything else", { tolerance: { absolute: 0 } }, 10.001, false],
    ["a negative answer, inside", { answer: -12.5, tolerance: { absolute: 0.5 }, unit: "°C" }, -12.1, true],
    ["a negative answer, at the boundary", { answer: -12.5, tolerance: { relative: 0.04 }, unit: "°C" }, -13, true],
    ["a negative answer given positive", { answer: -12.5, tolerance: { absolute: 0.5 }, unit: "°C" }, 12.5, false],
    ["answer 0, relative only: 0 passes", { answer: 0, tolerance: { relative: 0.1 } }, 0, true],
    ["answer 0, relative only: anything else fails", { answer: 0, tolerance: { relative: 0.1 } }, 0.01, false],
    ["answer 0, with absolute: near passes", { answer: 0, tolerance: { absolute: 0.05, relative: 0.1 } }, -0.05, true],
    ["blank (null) is wrong", {}, null, false],
    ["NaN is wrong", {}, Number.NaN, false],
    ["Infinity is wrong", {}, Number.POSITIVE_INFINITY, false],
  ])("%s", (_label, overrides, value, expected) => {
    expect(checkNumeric(numeric(overrides), value, null)).toBe(expected);
  });
});

describe("checkNumeric: units", () => {
  test.each<[string, number, string | null, boolean]>([
    ["the question's unit", 10, "W", true],
    ["null unit means the question's unit", 10, null, true],
    ["empty unit means the question's unit", 10, "", true],
    ["blank unit means the question's unit", 10, "   ", true],
    ["surrounding spaces are trimmed", 10, "  W ", true],
    ["an alternative unit is converted (mW)", 10_000, "mW", true],
    ["an alternative unit is converted (kW)", 0.01, "kW", true],
    ["an alternative unit at the tolerance boundary", 10_500, "mW", true],
    ["an alternative unit, value not converted by the student", 10, "mW", false],
    ["units are case-sensitive (MW is not mW)", 10_000, "MW", false],
    ["units are case-sensitive (w is not W)", 10, "w", false],
    ["an unknown unit is wrong", 10, "J", false],
    ["an inherited property name is not a unit", 10, "constructor", false],
  ])("%s", (_label, value, unit, expected) => {
    expect(checkNumeric(numeric(), value, unit)).toBe(expected);
  });

  test("a question with no alternative units accepts only its own", () => {
    const q = numeric({ alternativeUnits: undefined });
    expect(checkNumeric(q, 10, "W")).toBe(true);
    expect(checkNumeric(q, 10_000, "mW")).toBe(false);
  });

  test("a question without a unit accepts a blank unit", () => {
    expect(checkNumeric(numeric({ unit: "", alternativeUnits: undefined }), 10, null)).toBe(true);
    expect(checkNumeric(numeric({ unit: "", alternativeUnits: undefined }), 10, "W")).toBe(false);
  });
});

const checkpoint: Checkpoint = {
  id: "power-budget",
  title: "Power budget",
  afterSection: 0,
  questions: [
    {
      id: "q-bus",
      kind: "multiple_choice",
      prompt: "Which bus voltage?",
      options: [
        { id: "a", text: "3.3 V" },
        { id: "b", text: "28 V" },
      ],
      correctOptionId: "a",
      explanation: "CubeSats use a 3.3 V or 5 V bus.",
    },
    numeric({ id: "q-power" }),
    numeric({ id: "q-margin", answer: 3, tolerance: { relative: 0.1 }, unit: "dB", alternativeUnits: undefined }),
  ],
};

describe("scoreCheckpoint", () => {
  test.each<[string, CheckpointAnswers, number, string[]]>([
    [
      "all right",
      { "q-bus": { optionId: "a" }, "q-power": { value: 10, unit: "W" }, "q-margin": { value: 3.2, unit: "dB" } },
      3,
      [],
    ],
    ["no answers: all wrong", {}, 0, ["q-bus", "q-power", "q-margin"]],
    [
      "partially answered: blanks are wrong",
      { "q-bus": { optionId: "a" } },
      1,
      ["q-power", "q-margin"],
    ],
    [
      "a wrong option",
      { "q-bus": { optionId: "b" }, "q-power": { value: 10, unit: null }, "q-margin": { value: 3, unit: "" } },
      2,
      ["q-bus"],
    ],
    [
      "a blank option id and a null value are wrong",
      { "q-bus": { optionId: "" }, "q-power": { value: null, unit: "W" }, "q-margin": { value: 3, unit: "dB" } },
      1,
      ["q-bus", "q-power"],
    ],
    [
      "an answer of the wrong kind is wrong",
      { "q-bus": { value: 1, unit: null }, "q-power": { optionId: "a" }, "q-margin": { value: 3, unit: "dB" } },
      1,
      ["q-bus", "q-power"],
    ],
    [
      "a wrong unit is wrong",
      { "q-bus": { optionId: "a" }, "q-power": { value: 10, unit: "J" }, "q-margin": { value: 3, unit: "dB" } },
      2,
      ["q-power"],
    ],
    [
      "answers to unknown questions are ignored",
      { "q-bus": { optionId: "a" }, "q-other": { optionId: "a" } },
      1,
      ["q-power", "q-margin"],
    ],
  ])("%s", (_label, answers, correct, wrong) => {
    const score = scoreCheckpoint(checkpoint, answers);
    expect(score).toMatchObject({ correct, total: 3, wrong });
    expect(score.outcomes.map((o) => o.questionId)).toEqual(["q-bus", "q-power", "q-margin"]);
    expect(score.outcomes.filter((o) => !o.correct).map((o) => o.questionId)).toEqual(wrong);
  });
});

function mc(id: string) {
  return {
    id,
    kind: "multiple_choice" as const,
    prompt: "?",
    options: [
      { id: "a", text: "A" },
      { id: "b", text: "B" },
    ],
    correctOptionId: "a",
    explanation: "A.",
  };
}

/** Checkpoint "c1" has 4 questions, "c2" 3, "c3" 3: 10 in all. */
const spec = ModuleSpec.parse({
  title: "Power budgets",
  summary: "",
  subsystem: "power",
  difficulty: "medium",
  estimatedMinutes: 30,
  sections: [{ title: "Intro", bodyMarkdown: "…", isCheckpoint: true }],
  checkpoints: [
    { id: "c1", title: "One", afterSection: 0, questions: ["a1", "a2", "a3", "a4"].map(mc) },
    { id: "c2", title: "Two", afterSection: 0, questions: ["b1", "b2", "b3"].map(mc) },
    { id: "c3", title: "Three", afterSection: 0, questions: ["d1", "d2", "d3"].map(mc) },
  ],
});

function result(correct: number, total: number): CheckpointResult {
  return { submittedAt: "2026-03-01T10:00:00.000Z", correct, total, wrong: Array.from({ length: total - correct }, (_, i) => `x${i}`) };
}

describe("scoreAttempt", () => {
  test.each<[string, Record<string, CheckpointResult>, number, number, boolean]>([
    ["everything right", { c1: result(4, 4), c2: result(3, 3), c3: result(3, 3) }, 100, 0, true],
    ["nothing submitted: all wrong", {}, 0, 10, false],
    ["exactly at the threshold (7 of 10) is mastered", { c1: result(4, 4), c2: result(3, 3), c3: result(0, 3) }, 70, 3, true],
    ["just under the threshold (6 of 10)", { c1: result(4, 4), c2: result(2, 3), c3: result(0, 3) }, 60, 4, false],
    ["an unsubmitted checkpoint counts its questions wrong", { c1: result(4, 4), c2: result(3, 3) }, 70, 3, true],
    ["only the first checkpoint submitted", { c1: result(4, 4) }, 40, 6, false],
    ["results for checkpoints not in the spec are ignored", { c1: result(4, 4), zz: result(9, 9) }, 40, 6, false],
    ["a result claiming more than the questions is capped", { c1: result(9, 9) }, 40, 6, false],
  ])("%s", (_label, results, masteryScore, errorsCount, mastered) => {
    expect(scoreAttempt(spec, results)).toEqual({ masteryScore, errorsCount, mastered });
  });

  test.each<[string, number, number, number]>([
    ["thirds round to 2 decimals (1 of 3)", 1, 3, 33.33],
    ["thirds round to 2 decimals (2 of 3)", 2, 3, 66.67],
    ["sevenths round half away (1 of 7)", 1, 7, 14.29],
    ["a whole score stays whole", 3, 4, 75],
  ])("%s", (_label, correct, total, expected) => {
    const small = ModuleSpec.parse({
      ...spec,
      checkpoints: [{ id: "only", title: "Only", afterSection: 0, questions: Array.from({ length: total }, (_, i) => mc(`q${i}`)) }],
    });
    expect(scoreAttempt(small, { only: result(correct, total) }).masteryScore).toBe(expected);
  });

  test("the spec's own threshold decides mastery, on the rounded score", () => {
    const strict = { ...spec, masteryThreshold: 80 };
    expect(scoreAttempt(strict, { c1: result(4, 4), c2: result(3, 3), c3: result(1, 3) }).mastered).toBe(true);
    expect(scoreAttempt(strict, { c1: result(4, 4), c2: result(3, 3), c3: result(0, 3) }).mastered).toBe(false);
    const thirds = ModuleSpec.parse({
      ...spec,
      masteryThreshold: 66.67,
      checkpoints: [{ id: "only", title: "Only", afterSection: 0, questions: ["q0", "q1", "q2"].map(mc) }],
    });
    expect(scoreAttempt(thirds, { only: result(2, 3) })).toEqual({ masteryScore: 66.67, errorsCount: 1, mastered: true });
  });
});
