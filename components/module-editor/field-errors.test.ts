import { describe, expect, test } from "vitest";
import { ModuleSpec, type ModuleSpec as Spec, type MultipleChoiceQuestion, type NumericQuestion } from "@/app/lib/domain/module-spec";
import { describeField, fieldErrorsFromIssues, fieldId, fieldPath, FORM_KEY } from "./field-errors";

const VALID: Spec = ModuleSpec.parse({
  title: "Batteries",
  summary: "",
  subsystem: "power",
  difficulty: "medium",
  estimatedMinutes: 30,
  sections: [{ title: "Cells", bodyMarkdown: "Li-ion.", isCheckpoint: true }],
  checkpoints: [
    {
      id: "cells",
      title: "Cells",
      afterSection: 0,
      questions: [
        {
          id: "voltage",
          kind: "numeric",
          prompt: "Nominal cell voltage?",
          answer: 3.7,
          tolerance: { absolute: 0.1 },
          unit: "V",
          explanation: "Typical Li-ion.",
        },
        {
          id: "cold",
          kind: "multiple_choice",
          prompt: "Charging below 0 °C causes?",
          options: [
            { id: "a", text: "Plating" },
            { id: "b", text: "Nothing" },
          ],
          correctOptionId: "a",
          explanation: "Lithium plating.",
        },
      ],
    },
  ],
});

const numeric = (s: Spec) => s.checkpoints[0]!.questions[0] as NumericQuestion;
const choice = (s: Spec) => s.checkpoints[0]!.questions[1] as MultipleChoiceQuestion;

/** The field errors of VALID after `edit`, as the server action would report them. */
function errorsAfter(edit: (spec: Spec) => void) {
  const spec = structuredClone(VALID);
  edit(spec);
  const parsed = ModuleSpec.safeParse(JSON.parse(JSON.stringify(spec)));
  expect(parsed.success).toBe(false);
  return parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
}

describe("ModuleSpec issues become field errors at the control that shows them", () => {
  test.each([
    { label: "empty question prompt", edit: (s: Spec) => (choice(s).prompt = ""), errors: { "checkpoints.0.questions.1.prompt": ["Fill in this field."] } },
    { label: "empty section title", edit: (s: Spec) => (s.sections[0]!.title = ""), errors: { "sections.0.title": ["Fill in this field."] } },
    { label: "no sections", edit: (s: Spec) => Object.assign(s, { sections: [], checkpoints: [] }), errors: { sections: ["Add at least one section."] } },
    { label: "a checkpoint without questions", edit: (s: Spec) => (s.checkpoints[0]!.questions = []), errors: { "checkpoints.0.questions": ["Add at least one question."] } },
    { label: "one option only", edit: (s: Spec) => choice(s).options.pop(), errors: { "checkpoints.0.questions.1.options": ["Add at least 2 options."] } },
    { label: "a blank answer (NaN sent as null)", edit: (s: Spec) => (numeric(s).answer = Number.NaN), errors: { "checkpoints.0.questions.0.answer": ["Enter a number."] } },
    { label: "minutes not whole", edit: (s: Spec) => (s.estimatedMinutes = 1.5), errors: { estimatedMinutes: ["Use a whole number."] } },
    { label: "minutes too many", edit: (s: Spec) => (s.estimatedMinutes = 900), errors: { estimatedMinutes: ["Use 600 or less."] } },
    { label: "threshold above 100", edit: (s: Spec) => (s.masteryThreshold = 101), errors: { masteryThreshold: ["Use 100 or less."] } },
    { label: "a title too long", edit: (s: Spec) => (s.title = "x".repeat(256)), errors: { title: ["Use at most 255 characters."] } },
    { label: "no tolerance at all", edit: (s: Spec) => (numeric(s).tolerance = {}), errors: { "checkpoints.0.questions.0.tolerance": ["Give an absolute or a relative tolerance."] } },
    { label: "a negative absolute tolerance", edit: (s: Spec) => (numeric(s).tolerance = { absolute: -1 }), errors: { "checkpoints.0.questions.0.tolerance.absolute": ["Use 0 or more."] } },
    {
      label: "an alternative unit's factor, shown at the units group",
      edit: (s: Spec) => (numeric(s).alternativeUnits = { mV: 0 }),
      errors: { "checkpoints.0.questions.0.alternativeUnits": ["mV: give a factor greater than 0."] },
    },
    { label: "right option not among the options", edit: (s: Spec) => (choice(s).correctOptionId = "z"), errors: { "checkpoints.0.questions.1.correctOptionId": ["Choose the right option."] } },
    { label: "no right option chosen", edit: (s: Spec) => (choice(s).correctOptionId = ""), errors: { "checkpoints.0.questions.1.correctOptionId": ["Choose the right option."] } },
    {
      label: "a duplicate question id, shown at the question",
      edit: (s: Spec) => (choice(s).id = "voltage"),
      errors: { "checkpoints.0.questions.1": ["Question ids must be unique in a module."] },
    },
    { label: "a checkpoint after a missing section", edit: (s: Spec) => (s.checkpoints[0]!.afterSection = 3), errors: { "checkpoints.0.afterSection": ["No section has this index."] } },
  ])("$label", ({ edit, errors }) => {
    expect(errorsAfter(edit)).toEqual(errors);
  });

  test("several problems in one field are all kept, once each", () => {
    const errors = fieldErrorsFromIssues([
      { code: "custom", path: ["title"], message: "First.", input: "" },
      { code: "custom", path: ["title"], message: "Second.", input: "" },
      { code: "custom", path: ["title"], message: "First.", input: "" },
    ]);
    expect(errors).toEqual({ title: ["First.", "Second."] });
  });
});

describe("fieldPath", () => {
  test.each([
    { path: [], key: FORM_KEY },
    { path: ["sections", 0, "title"], key: "sections.0.title" },
    { path: ["checkpoints", 1, "id"], key: "checkpoints.1" },
    { path: ["checkpoints", 0, "questions", 2, "options", 1, "id"], key: "checkpoints.0.questions.2.options.1" },
    { path: ["checkpoints", 0, "questions", 2, "alternativeUnits", "mW"], key: "checkpoints.0.questions.2.alternativeUnits" },
  ])("$path → $key", ({ path, key }) => {
    expect(fieldPath(path)).toBe(key);
  });
});

describe("describeField names a path in words for the summary", () => {
  test.each([
    { path: "title", words: "Title" },
    { path: "estimatedMinutes", words: "Estimated time" },
    { path: "sections", words: "Sections" },
    { path: "sections.1.title", words: "Section 2: title" },
    { path: "sections.0.bodyMarkdown", words: "Section 1: text" },
    { path: "checkpoints.0", words: "Checkpoint 1" },
    { path: "checkpoints.0.questions", words: "Checkpoint 1: questions" },
    { path: "checkpoints.0.questions.2.prompt", words: "Checkpoint 1, question 3: prompt" },
    { path: "checkpoints.1.questions.0.options.1.text", words: "Checkpoint 2, question 1, option 2: text" },
    { path: "checkpoints.0.questions.0.tolerance.absolute", words: "Checkpoint 1, question 1: absolute tolerance" },
    { path: "checkpoints.0.questions.0.tolerance", words: "Checkpoint 1, question 1: tolerance" },
    { path: "checkpoints.0.questions.0.alternativeUnits", words: "Checkpoint 1, question 1: alternative units" },
    { path: "changeDescription", words: "Change description" },
  ])("$path → $words", ({ path, words }) => {
    expect(describeField(path)).toBe(words);
  });
});

test("fieldId gives a valid, distinct DOM id per path", () => {
  expect(fieldId("sections.0.title")).toBe("field-sections-0-title");
  expect(fieldId("sections.0.title")).not.toBe(fieldId("sections.1.title"));
  expect(fieldId("checkpoints.0.questions.1.prompt")).toMatch(/^[A-Za-z][\w-]*$/);
});
