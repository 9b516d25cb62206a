import { describe, expect, test } from "vitest";
import { diffSpecs, isEmptyDiff, suggestBump } from "@/app/lib/domain/module-diff";
import { ModuleSpec } from "@/app/lib/domain/module-spec";
import { moduleSpec } from "@/db/seed/demo-learning";
import { MODULE_CATALOG } from "@/db/seed/module-catalog";
import {
  addCheckpoint,
  addOption,
  addQuestion,
  addSection,
  draftFromSpec,
  draftProblems,
  moveSection,
  nextOptionId,
  removeOption,
  removeSection,
  specFromDraft,
  toId,
  uniqueId,
  updateQuestion,
  type ChoiceQuestionDraft,
  type ModuleDraft,
  type NumericQuestionDraft,
} from "./form-state";

const SEEDED = MODULE_CATALOG.map((m) => ({ slug: m.slug, spec: ModuleSpec.parse(moduleSpec(m)) }));
const seeded = (slug: string) => SEEDED.find((m) => m.slug === slug)!.spec;

/** A small valid spec: three sections, checkpoints after the first and the last. */
const SMALL: ModuleSpec = ModuleSpec.parse({
  title: "Batteries",
  summary: "Cells and packs.",
  subsystem: "power",
  difficulty: "medium",
  estimatedMinutes: 30,
  sections: [
    { title: "Cells", bodyMarkdown: "Li-ion.", isCheckpoint: true },
    { title: "Packs", bodyMarkdown: "Series and parallel.", isCheckpoint: false },
    { title: "Care", bodyMarkdown: "Keep them warm.", isCheckpoint: true },
  ],
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
          tolerance: { absolute: 0.1, relative: 0.035 },
          unit: "V",
          alternativeUnits: { mV: 0.001 },
          explanation: "Typical Li-ion.",
        },
      ],
    },
    {
      id: "care",
      title: "Care",
      afterSection: 2,
      questions: [
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
  masteryThreshold: 70,
});

describe("spec ↔ form state", () => {
  test.each(SEEDED)("$slug comes back exactly, with no diff and no form problem", ({ spec }) => {
    const draft = draftFromSpec(spec);
    const back = specFromDraft(draft);
    expect(back).toEqual(spec);
    expect(isEmptyDiff(diffSpecs(spec, back))).toBe(true);
    expect(draftProblems(draft)).toEqual({});
  });

  test("numbers are edited as text, relative tolerance in percent", () => {
    const draft = draftFromSpec(SMALL);
    const numeric = draft.checkpoints[0]!.questions[0] as NumericQuestionDraft;
    expect(numeric).toMatchObject({ answer: "3.7", absoluteTolerance: "0.1", relativeTolerancePercent: "3.5", unit: "V" });
    expect(numeric.alternativeUnits.map(({ unit, factor }) => ({ unit, factor }))).toEqual([{ unit: "mV", factor: "0.001" }]);
    expect(draft.estimatedMinutes).toBe("30");
  });

  test("a blank or unreadable number becomes NaN, which JSON sends as null for the server to refuse", () => {
    const draft = updateQuestion({ ...draftFromSpec(SMALL), estimatedMinutes: "" }, 0, 0, (q) => ({ ...q, answer: "about four" }) as NumericQuestionDraft);
    const spec = specFromDraft(draft);
    const sent = JSON.parse(JSON.stringify(spec));
    expect(sent.estimatedMinutes).toBeNull();
    expect(sent.checkpoints[0].questions[0].answer).toBeNull();
    expect(ModuleSpec.safeParse(sent).success).toBe(false);
  });

  test("a tolerance left blank is left out; no alternative unit means no record", () => {
    const draft = updateQuestion(draftFromSpec(SMALL), 0, 0, (q) => ({ ...q, absoluteTolerance: " ", alternativeUnits: [] }) as NumericQuestionDraft);
    const question = specFromDraft(draft).checkpoints[0]!.questions[0]!;
    expect(question).toMatchObject({ tolerance: { relative: 0.035 } });
    expect(question.kind === "numeric" && question.tolerance).not.toHaveProperty("absolute");
    expect(question).not.toHaveProperty("alternativeUnits");
  });

  test("isCheckpoint follows the checkpoints: moving one moves the flag", () => {
    const draft = draftFromSpec(SMALL);
    const moved: ModuleDraft = { ...draft, checkpoints: draft.checkpoints.map((c, i) => (i === 0 ? { ...c, afterSection: 1 } : c)) };
    expect(specFromDraft(moved).sections.map((s) => s.isCheckpoint)).toEqual([false, true, true]);
  });

  test("rewording a seeded section suggests a patch", () => {
    const spec = seeded("pay-end-to-end-verification");
    const draft = draftFromSpec(spec);
    const edited = { ...draft, sections: draft.sections.map((s, i) => (i === 0 ? { ...s, bodyMarkdown: `${s.bodyMarkdown}\n\nOne more sentence.` } : s)) };
    expect(suggestBump(diffSpecs(spec, specFromDraft(edited)))).toBe("patch");
  });
});

describe("sections move, and their checkpoints with them", () => {
  const afterSections = (draft: ModuleDraft) => draft.checkpoints.map((c) => c.afterSection);
  const titles = (draft: ModuleDraft) => draft.sections.map((s) => s.title);

  test.each([
    { label: "first down", index: 0, direction: 1 as const, order: ["Packs", "Cells", "Care"], after: [1, 2] },
    { label: "last up", index: 2, direction: -1 as const, order: ["Cells", "Care", "Packs"], after: [0, 1] },
    { label: "first up: nothing moves", index: 0, direction: -1 as const, order: ["Cells", "Packs", "Care"], after: [0, 2] },
    { label: "last down: nothing moves", index: 2, direction: 1 as const, order: ["Cells", "Packs", "Care"], after: [0, 2] },
  ])("$label", ({ index, direction, order, after }) => {
    const moved = moveSection(draftFromSpec(SMALL), index, direction);
    expect(titles(moved)).toEqual(order);
    expect(afterSections(moved)).toEqual(after);
  });

  test.each([
    { label: "the first: its checkpoint follows the new first", index: 0, order: ["Packs", "Care"], after: [0, 1] },
    { label: "one in the middle: later checkpoints shift up", index: 1, order: ["Cells", "Care"], after: [0, 1] },
    { label: "the last: its checkpoint follows the one before", index: 2, order: ["Cells", "Packs"], after: [0, 1] },
  ])("removing $label", ({ index, order, after }) => {
    const removed = removeSection(draftFromSpec(SMALL), index);
    expect(titles(removed)).toEqual(order);
    expect(afterSections(removed)).toEqual(after);
  });

  test("an added section is empty and last; a checkpoint added follows the last section", () => {
    const draft = addCheckpoint(addSection(draftFromSpec(SMALL)));
    expect(draft.sections.at(-1)).toMatchObject({ title: "", bodyMarkdown: "" });
    expect(draft.checkpoints.at(-1)).toMatchObject({ id: "checkpoint-3", afterSection: 3, questions: [] });
  });
});

describe("generated ids are ids ModuleSpec accepts, unique where they must be", () => {
  const ID = /^[a-z0-9][a-z0-9-]*$/;

  test.each([
    { text: "Checkpoint 1", id: "checkpoint-1" },
    { text: "  Ünïcode — résumé! ", id: "unicode-resume" },
    { text: "---", id: "item" },
    { text: "A".repeat(100), id: "a".repeat(56) },
  ])("toId($text) = $id", ({ text, id }) => {
    expect(toId(text)).toBe(id);
    expect(id).toMatch(ID);
  });

  test.each([
    { base: "question-3", taken: [], id: "question-3" },
    { base: "question-3", taken: ["question-3"], id: "question-3-2" },
    { base: "question-3", taken: ["question-3", "question-3-2"], id: "question-3-3" },
  ])("uniqueId($base) with $taken taken = $id", ({ base, taken, id }) => {
    expect(uniqueId(base, taken)).toBe(id);
  });

  test("a new question's id is unique in the whole module, not only in its checkpoint", () => {
    let draft = draftFromSpec(SMALL);
    // "question-3" would be the natural next id: take it in the other checkpoint first.
    draft = updateQuestion(draft, 1, 0, (q) => ({ ...q, id: "question-3" }));
    draft = addQuestion(draft, 0, "multiple_choice");
    draft = addQuestion(draft, 0, "numeric");
    const ids = draft.checkpoints.flatMap((c) => c.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID);
  });

  test("options are lettered, filling gaps, and fall back to numbered ids past h", () => {
    expect(nextOptionId([{ id: "a" }, { id: "c" }])).toBe("b");
    expect(nextOptionId("abcdefgh".split("").map((id) => ({ id })))).toBe("option");
  });

  test("a new multiple-choice question has two empty options and no right answer yet", () => {
    const draft = addQuestion(draftFromSpec(SMALL), 1, "multiple_choice");
    const question = draft.checkpoints[1]!.questions.at(-1) as ChoiceQuestionDraft;
    expect(question.options.map((o) => o.id)).toEqual(["a", "b"]);
    expect(question.correctOptionId).toBe("");
    expect(addOption(question).options.map((o) => o.id)).toEqual(["a", "b", "c"]);
  });

  test("removing the right option clears the right answer; removing another keeps it", () => {
    const question = draftFromSpec(SMALL).checkpoints[1]!.questions[0] as ChoiceQuestionDraft;
    expect(removeOption(question, 0).correctOptionId).toBe("");
    expect(removeOption(question, 1).correctOptionId).toBe("a");
  });
});

describe("draftProblems: what a spec could not carry", () => {
  const withUnits = (rows: { unit: string; factor: string }[]) =>
    updateQuestion(draftFromSpec(SMALL), 0, 0, (q) => ({ ...q, alternativeUnits: rows.map((r, i) => ({ key: `u${i}`, ...r })) }) as NumericQuestionDraft);
  const PATH = "checkpoints.0.questions.0.alternativeUnits";

  test.each([
    { label: "a unit listed twice", rows: [{ unit: "mV", factor: "0.001" }, { unit: "mV", factor: "0.01" }], problems: { [PATH]: ["mV is listed twice."] } },
    { label: "a factor without a unit", rows: [{ unit: "", factor: "1000" }], problems: { [PATH]: ["Row 1: name the unit, or remove the row."] } },
    { label: "the answer's own unit", rows: [{ unit: "V", factor: "1" }], problems: { [PATH]: ["V is already the answer's unit."] } },
    { label: "an empty row (ignored)", rows: [{ unit: "", factor: "" }], problems: {} },
    { label: "distinct units", rows: [{ unit: "mV", factor: "0.001" }, { unit: "kV", factor: "1000" }], problems: {} },
  ])("$label", ({ rows, problems }) => {
    expect(draftProblems(withUnits(rows))).toEqual(problems);
  });
});
