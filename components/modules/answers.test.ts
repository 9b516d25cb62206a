import { describe, expect, test } from "vitest";
import type { PublicQuestion } from "@/app/lib/domain/module-spec";
import { answersFrom, draftsFrom, parseNumber, unansweredCount } from "./answers";

describe("parseNumber", () => {
  test.each([
    ["blank", "", null],
    ["spaces only", "   ", null],
    ["integer", "12", 12],
    ["decimal point", "12.5", 12.5],
    ["negative", "-3", -3],
    ["leading point", ".5", 0.5],
    ["trailing point while typing", "1.", 1],
    ["scientific", "1.2e-3", 0.0012],
    ["decimal comma", "0,25", 0.25],
    ["thousands spaces", "1 500", 1500],
    ["words", "twelve", Number.NaN],
    ["a unit typed in", "12 W", Number.NaN],
    ["two points", "1.2.3", Number.NaN],
    ["comma and point", "1,500.5", Number.NaN],
  ])("%s: %j → %s", (_label, text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
});

const QUESTIONS: PublicQuestion[] = [
  { id: "q1", kind: "multiple_choice", prompt: "Pick", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }] },
  { id: "q2", kind: "numeric", prompt: "How much?", unit: "W", alternativeUnits: { mW: 0.001 } },
];

describe("drafts and saved answers", () => {
  test("nothing saved: blank drafts in the question's unit, both unanswered", () => {
    const drafts = draftsFrom(QUESTIONS, undefined);
    expect(drafts).toEqual({ q1: { kind: "choice", optionId: null }, q2: { kind: "numeric", text: "", unit: "W" } });
    expect(unansweredCount(drafts)).toBe(2);
    expect(answersFrom(drafts)).toEqual({ q2: { value: null, unit: "W" } });
  });

  test("saved answers come back as they were sent", () => {
    const saved = { q1: { optionId: "b" }, q2: { value: 590, unit: "mW" } };
    const drafts = draftsFrom(QUESTIONS, saved);
    expect(unansweredCount(drafts)).toBe(0);
    expect(answersFrom(drafts)).toEqual(saved);
  });

  test("an option the question no longer has, or an unreadable number, is blank", () => {
    const drafts = draftsFrom(QUESTIONS, { q1: { optionId: "z" } });
    expect(drafts.q1).toEqual({ kind: "choice", optionId: null });
    const typed = { ...drafts, q2: { kind: "numeric" as const, text: "abc", unit: "W" } };
    expect(unansweredCount(typed)).toBe(2);
    expect(answersFrom(typed)).toEqual({ q2: { value: null, unit: "W" } });
  });
});
