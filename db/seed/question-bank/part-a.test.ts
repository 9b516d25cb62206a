import { describe, expect, test } from "vitest";
import { Checkpoint, ModuleSpec, type Question } from "../../../app/lib/domain/module-spec";
import { checkNumeric } from "../../../app/lib/domain/scoring";
import type { Subsystem } from "../../../app/lib/domain/vocabulary";
import { MODULE_CATALOG } from "../module-catalog";
import { AVIONICS_QUESTION_BANK } from "./avionics";
import { MISSION_OPS_QUESTION_BANK } from "./mission-ops";
import { POWER_QUESTION_BANK } from "./power";
import { STRUCTURES_QUESTION_BANK } from "./structures";

const BANKS: { subsystem: Subsystem; bank: Record<string, Checkpoint[]> }[] = [
  { subsystem: "avionics", bank: AVIONICS_QUESTION_BANK },
  { subsystem: "mission_ops", bank: MISSION_OPS_QUESTION_BANK },
  { subsystem: "structures", bank: STRUCTURES_QUESTION_BANK },
  { subsystem: "power", bank: POWER_QUESTION_BANK },
];

const entries = BANKS.flatMap(({ subsystem, bank }) =>
  MODULE_CATALOG.filter((module) => module.subsystem === subsystem).map((module) => ({
    subsystem,
    module,
    checkpoints: bank[module.slug] ?? [],
  })),
);

const allQuestions = (checkpoints: Checkpoint[]): Question[] => checkpoints.flatMap((c) => c.questions);

describe.each(BANKS)("$subsystem question bank", ({ subsystem, bank }) => {
  test("covers exactly the catalogue's modules of the subsystem", () => {
    const slugs = MODULE_CATALOG.filter((m) => m.subsystem === subsystem).map((m) => m.slug);
    expect(slugs.length).toBeGreaterThan(0);
    expect(Object.keys(bank).sort()).toEqual([...slugs].sort());
  });
});

describe.each(entries)("$module.slug", ({ module, checkpoints }) => {
  test("has one valid checkpoint after each section marked isCheckpoint", () => {
    expect(checkpoints.length).toBeGreaterThan(0);
    for (const checkpoint of checkpoints) {
      expect(Checkpoint.safeParse(checkpoint).error?.issues).toBeUndefined();
      expect(module.sections[checkpoint.afterSection]?.isCheckpoint).toBe(true);
    }
    const marked = module.sections.flatMap((section, index) => (section.isCheckpoint ? [index] : []));
    expect(checkpoints.map((c) => c.afterSection).sort()).toEqual(marked);
    expect(new Set(checkpoints.map((c) => c.id)).size).toBe(checkpoints.length);
  });

  test("forms a valid module spec with the catalogue's sections", () => {
    const spec = ModuleSpec.safeParse({
      title: module.title,
      summary: module.summary,
      subsystem: module.subsystem,
      difficulty: module.difficulty,
      estimatedMinutes: module.estimatedMinutes,
      sections: module.sections,
      checkpoints,
    });
    expect(spec.error?.issues).toBeUndefined();
  });

  test("asks 3–4 questions per checkpoint with ids unique in the module", () => {
    for (const checkpoint of checkpoints) {
      expect(checkpoint.questions.length).toBeGreaterThanOrEqual(3);
      expect(checkpoint.questions.length).toBeLessThanOrEqual(4);
    }
    const ids = allQuestions(checkpoints).map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("writes questions that can be answered and teach", () => {
    for (const question of allQuestions(checkpoints)) {
      expect(question.explanation.length).toBeGreaterThan(30);
      if (question.kind === "multiple_choice") {
        expect(question.options.length).toBeGreaterThanOrEqual(3);
        expect(question.options.length).toBeLessThanOrEqual(5);
        expect(new Set(question.options.map((o) => o.id)).size).toBe(question.options.length);
        expect(new Set(question.options.map((o) => o.text)).size).toBe(question.options.length);
      } else {
        // Much wider than rounding error, a tolerance starts to accept a wrong method: 5 % relative,
        // and an absolute band within 10 % of the answer (small answers such as 0.5 min need that).
        expect(question.tolerance.relative ?? 0).toBeLessThanOrEqual(0.05);
        if (question.tolerance.absolute !== undefined && question.answer !== 0) {
          expect(question.tolerance.absolute / Math.abs(question.answer)).toBeLessThanOrEqual(0.1 + 1e-9);
        }
        expect(Object.keys(question.alternativeUnits ?? {})).not.toContain(question.unit);
        expect(checkNumeric(question, question.answer, question.unit), question.id).toBe(true);
        for (const [unit, factor] of Object.entries(question.alternativeUnits ?? {})) {
          expect(checkNumeric(question, question.answer / factor, unit), `${question.id} in ${unit}`).toBe(true);
        }
        expect(checkNumeric(question, question.answer * 1.15 + 0.01, question.unit), question.id).toBe(false);
      }
    }
  });
});

describe("the part A bank as a whole", () => {
  test("has a numeric question in at least 60 % of modules", () => {
    const withNumeric = entries.filter(({ checkpoints }) => allQuestions(checkpoints).some((q) => q.kind === "numeric"));
    expect(withNumeric.length / entries.length).toBeGreaterThanOrEqual(0.6);
  });

  test("spreads the correct option over the positions", () => {
    const positions = entries
      .flatMap(({ checkpoints }) => allQuestions(checkpoints))
      .flatMap((q) => (q.kind === "multiple_choice" ? [q.options.findIndex((o) => o.id === q.correctOptionId)] : []));
    const counts = new Map<number, number>();
    for (const position of positions) counts.set(position, (counts.get(position) ?? 0) + 1);
    expect(positions).not.toContain(-1);
    expect(counts.size).toBeGreaterThanOrEqual(4);
    for (const count of counts.values()) expect(count / positions.length).toBeLessThanOrEqual(0.35);
  });
});
