import type { Checkpoint, ModuleSpec, Question } from "@/app/lib/domain/module-spec";
import type { Difficulty, Subsystem } from "@/app/lib/domain/vocabulary";
import { fractionToPercent, numberText, parseDecimal, percentToFraction } from "./numbers";

/**
 * The authoring form's state: a ModuleSpec with every number kept as the text typed, and a
 * `key` on every list item so React keeps an item's inputs (and focus) while items move. Pure:
 * the editor, its preview and the tests share it.
 */

export interface SectionDraft {
  key: string;
  title: string;
  bodyMarkdown: string;
}

export interface OptionDraft {
  key: string;
  id: string;
  text: string;
}

export interface ChoiceQuestionDraft {
  key: string;
  kind: "multiple_choice";
  id: string;
  prompt: string;
  options: OptionDraft[];
  /** Empty until the author picks one. */
  correctOptionId: string;
  explanation: string;
}

export interface UnitDraft {
  key: string;
  unit: string;
  factor: string;
}

export interface NumericQuestionDraft {
  key: string;
  kind: "numeric";
  id: string;
  prompt: string;
  answer: string;
  absoluteTolerance: string;
  /** In percent, as authors think of it; the spec stores a fraction. */
  relativeTolerancePercent: string;
  unit: string;
  alternativeUnits: UnitDraft[];
  explanation: string;
}

export type QuestionDraft = ChoiceQuestionDraft | NumericQuestionDraft;

export interface CheckpointDraft {
  key: string;
  id: string;
  title: string;
  afterSection: number;
  questions: QuestionDraft[];
}

export interface ModuleDraft {
  title: string;
  summary: string;
  subsystem: Subsystem;
  difficulty: Difficulty;
  estimatedMinutes: string;
  masteryThreshold: string;
  sections: SectionDraft[];
  checkpoints: CheckpointDraft[];
}

// Keys of loaded items come from their position, so the server render and hydration agree;
// items added later take keys from a counter with another prefix.
let added = 0;
export const newKey = () => `new-${++added}`;

export function draftFromSpec(spec: ModuleSpec): ModuleDraft {
  return {
    title: spec.title,
    summary: spec.summary,
    subsystem: spec.subsystem,
    difficulty: spec.difficulty,
    estimatedMinutes: numberText(spec.estimatedMinutes),
    masteryThreshold: numberText(spec.masteryThreshold),
    sections: spec.sections.map((section, s) => ({ key: `s${s}`, title: section.title, bodyMarkdown: section.bodyMarkdown })),
    checkpoints: spec.checkpoints.map((checkpoint, c) => ({
      key: `c${c}`,
      id: checkpoint.id,
      title: checkpoint.title,
      afterSection: checkpoint.afterSection,
      questions: checkpoint.questions.map((question, q) => questionDraft(question, `c${c}q${q}`)),
    })),
  };
}

function questionDraft(question: Question, key: string): QuestionDraft {
  if (question.kind === "multiple_choice") {
    return {
      key,
      kind: "multiple_choice",
      id: question.id,
      prompt: question.prompt,
      options: question.options.map((option, o) => ({ key: `${key}o${o}`, id: option.id, text: option.text })),
      correctOptionId: question.correctOptionId,
      explanation: question.explanation,
    };
  }
  return {
    key,
    kind: "numeric",
    id: question.id,
    prompt: question.prompt,
    answer: numberText(question.answer),
    absoluteTolerance: numberText(question.tolerance.absolute),
    relativeTolerancePercent: fractionToPercent(question.tolerance.relative),
    unit: question.unit,
    alternativeUnits: Object.entries(question.alternativeUnits ?? {}).map(([unit, factor], u) => ({ key: `${key}u${u}`, unit, factor: numberText(factor) })),
    explanation: question.explanation,
  };
}

/**
 * The spec the form describes, shaped like a ModuleSpec but not validated: a number that does
 * not read is NaN (JSON sends it as null, which ModuleSpec refuses with the field's path). The
 * preview and the diff use it as it is; only the server decides whether it is valid.
 */
export function specFromDraft(draft: ModuleDraft): ModuleSpec {
  return {
    title: draft.title,
    summary: draft.summary,
    subsystem: draft.subsystem,
    difficulty: draft.difficulty,
    estimatedMinutes: parseDecimal(draft.estimatedMinutes),
    sections: draft.sections.map((section, s) => ({
      title: section.title,
      bodyMarkdown: section.bodyMarkdown,
      // Derived rather than edited: it says whether a checkpoint follows the section.
      isCheckpoint: draft.checkpoints.some((checkpoint) => checkpoint.afterSection === s),
    })),
    checkpoints: draft.checkpoints.map(
      (checkpoint): Checkpoint => ({
        id: checkpoint.id,
        title: checkpoint.title,
        afterSection: checkpoint.afterSection,
        questions: checkpoint.questions.map(questionFromDraft),
      }),
    ),
    masteryThreshold: parseDecimal(draft.masteryThreshold),
  };
}

function questionFromDraft(question: QuestionDraft): Question {
  if (question.kind === "multiple_choice") {
    return {
      id: question.id,
      kind: "multiple_choice",
      prompt: question.prompt,
      options: question.options.map((option) => ({ id: option.id, text: option.text })),
      correctOptionId: question.correctOptionId,
      explanation: question.explanation,
    };
  }
  const tolerance: { absolute?: number; relative?: number } = {};
  if (question.absoluteTolerance.trim() !== "") tolerance.absolute = parseDecimal(question.absoluteTolerance);
  if (question.relativeTolerancePercent.trim() !== "") tolerance.relative = percentToFraction(question.relativeTolerancePercent);
  const units = question.alternativeUnits.filter((row) => row.unit.trim() !== "" || row.factor.trim() !== "");
  return {
    id: question.id,
    kind: "numeric",
    prompt: question.prompt,
    answer: parseDecimal(question.answer),
    tolerance,
    unit: question.unit,
    ...(units.length > 0 ? { alternativeUnits: Object.fromEntries(units.map((row) => [row.unit.trim(), parseDecimal(row.factor)])) } : {}),
    explanation: question.explanation,
  };
}

/**
 * What the form can hold but a spec cannot say, keyed like field errors: alternative units
 * are a record, so a unit listed twice or without a name would be lost silently on the way.
 */
export function draftProblems(draft: ModuleDraft): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  draft.checkpoints.forEach((checkpoint, c) =>
    checkpoint.questions.forEach((question, q) => {
      if (question.kind !== "numeric") return;
      const seen = new Set<string>();
      const messages: string[] = [];
      question.alternativeUnits.forEach((row, u) => {
        const unit = row.unit.trim();
        if (unit === "" && row.factor.trim() !== "") messages.push(`Row ${u + 1}: name the unit, or remove the row.`);
        else if (unit !== "" && seen.has(unit)) messages.push(`${unit} is listed twice.`);
        else if (unit !== "" && unit === question.unit.trim()) messages.push(`${unit} is already the answer's unit.`);
        seen.add(unit);
      });
      if (messages.length > 0) problems[`checkpoints.${c}.questions.${q}.alternativeUnits`] = messages;
    }),
  );
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Ids

/** Text as an id ModuleSpec accepts: lowercase letters, digits and dashes, at most 64 characters. */
export function toId(text: string): string {
  const id = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 56)
    .replace(/-+$/, "");
  return id || "item";
}

/** `base` as an id, with "-2", "-3"… added until no id in `taken` has it. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const id = toId(base);
  if (!used.has(id)) return id;
  for (let n = 2; ; n++) if (!used.has(`${id}-${n}`)) return `${id}-${n}`;
}

/** Options are lettered as in the seed's questions: "a" to "h" (a question has at most 8). */
export function nextOptionId(options: { id: string }[]): string {
  const used = options.map((o) => o.id);
  const letter = "abcdefgh".split("").find((l) => !used.includes(l));
  return letter ?? uniqueId("option", used);
}

const allQuestionIds = (draft: ModuleDraft) => draft.checkpoints.flatMap((c) => c.questions.map((q) => q.id));

// ---------------------------------------------------------------------------------------------
// Changes the form makes: each returns a new draft.

/** Swaps item `index` with its neighbour above (-1) or below (+1); out of range leaves it. */
export function move<T>(items: T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (index < 0 || target < 0 || index >= items.length || target >= items.length) return items;
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function addSection(draft: ModuleDraft): ModuleDraft {
  return { ...draft, sections: [...draft.sections, { key: newKey(), title: "", bodyMarkdown: "" }] };
}

/** Checkpoints follow their section when it moves. */
export function moveSection(draft: ModuleDraft, index: number, direction: -1 | 1): ModuleDraft {
  const target = index + direction;
  const sections = move(draft.sections, index, direction);
  if (sections === draft.sections) return draft;
  return {
    ...draft,
    sections,
    checkpoints: draft.checkpoints.map((c) =>
      c.afterSection === index ? { ...c, afterSection: target } : c.afterSection === target ? { ...c, afterSection: index } : c,
    ),
  };
}

/** A checkpoint that followed the removed section then follows the one before it (or the new first). */
export function removeSection(draft: ModuleDraft, index: number): ModuleDraft {
  return {
    ...draft,
    sections: draft.sections.filter((_, s) => s !== index),
    checkpoints: draft.checkpoints.map((c) =>
      c.afterSection > index || (c.afterSection === index && index > 0) ? { ...c, afterSection: c.afterSection - 1 } : c,
    ),
  };
}

export function addCheckpoint(draft: ModuleDraft): ModuleDraft {
  const id = uniqueId(`checkpoint-${draft.checkpoints.length + 1}`, draft.checkpoints.map((c) => c.id));
  const checkpoint: CheckpointDraft = { key: newKey(), id, title: "", afterSection: Math.max(0, draft.sections.length - 1), questions: [] };
  return { ...draft, checkpoints: [...draft.checkpoints, checkpoint] };
}

export function updateCheckpoint(draft: ModuleDraft, c: number, change: (checkpoint: CheckpointDraft) => CheckpointDraft): ModuleDraft {
  return { ...draft, checkpoints: draft.checkpoints.map((checkpoint, i) => (i === c ? change(checkpoint) : checkpoint)) };
}

export function updateQuestion(draft: ModuleDraft, c: number, q: number, change: (question: QuestionDraft) => QuestionDraft): ModuleDraft {
  return updateCheckpoint(draft, c, (checkpoint) => ({
    ...checkpoint,
    questions: checkpoint.questions.map((question, i) => (i === q ? change(question) : question)),
  }));
}

/** A new question, its id unique in the module (ModuleSpec requires it). */
export function addQuestion(draft: ModuleDraft, c: number, kind: QuestionDraft["kind"]): ModuleDraft {
  const id = uniqueId(`question-${allQuestionIds(draft).length + 1}`, allQuestionIds(draft));
  const question: QuestionDraft =
    kind === "multiple_choice"
      ? {
          key: newKey(),
          kind,
          id,
          prompt: "",
          options: [
            { key: newKey(), id: "a", text: "" },
            { key: newKey(), id: "b", text: "" },
          ],
          correctOptionId: "",
          explanation: "",
        }
      : {
          key: newKey(),
          kind,
          id,
          prompt: "",
          answer: "",
          absoluteTolerance: "",
          relativeTolerancePercent: "",
          unit: "",
          alternativeUnits: [],
          explanation: "",
        };
  return updateCheckpoint(draft, c, (checkpoint) => ({ ...checkpoint, questions: [...checkpoint.questions, question] }));
}

export function addOption(question: ChoiceQuestionDraft): ChoiceQuestionDraft {
  return { ...question, options: [...question.options, { key: newKey(), id: nextOptionId(question.options), text: "" }] };
}

/** Removing the right option leaves none chosen, so the author has to pick again. */
export function removeOption(question: ChoiceQuestionDraft, o: number): ChoiceQuestionDraft {
  const removed = question.options[o];
  return {
    ...question,
    options: question.options.filter((_, i) => i !== o),
    correctOptionId: removed && removed.id === question.correctOptionId ? "" : question.correctOptionId,
  };
}

export function addUnit(question: NumericQuestionDraft): NumericQuestionDraft {
  return { ...question, alternativeUnits: [...question.alternativeUnits, { key: newKey(), unit: "", factor: "" }] };
}
