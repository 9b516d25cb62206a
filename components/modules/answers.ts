import type { CheckpointAnswers, PublicQuestion } from "@/app/lib/domain/module-spec";

/**
 * What the student has typed or picked at a checkpoint, before it becomes the saved
 * `CheckpointAnswers`: a number is kept as typed ("1.", "-") so that editing never loses it.
 */
export type Draft = { kind: "choice"; optionId: string | null } | { kind: "numeric"; text: string; unit: string };
export type Drafts = Record<string, Draft>;

export function draftsFrom(questions: readonly PublicQuestion[], saved: CheckpointAnswers | undefined): Drafts {
  const drafts: Drafts = {};
  for (const question of questions) {
    const answer = saved && Object.hasOwn(saved, question.id) ? saved[question.id] : undefined;
    if (question.kind === "multiple_choice") {
      const optionId = answer && "optionId" in answer ? answer.optionId : null;
      drafts[question.id] = { kind: "choice", optionId: question.options.some((o) => o.id === optionId) ? optionId : null };
    } else {
      const numeric = answer && "value" in answer ? answer : null;
      drafts[question.id] = {
        kind: "numeric",
        text: numeric?.value === null || numeric?.value === undefined ? "" : String(numeric.value),
        unit: numeric?.unit ?? question.unit,
      };
    }
  }
  return drafts;
}

/**
 * A number as a student may type it: "12.5", "-3", "1.2e-3", "0,25" (a decimal comma when
 * there is no point). Null for blank; NaN for anything else, which the form flags.
 */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s+/g, "");
  if (trimmed === "") return null;
  const normalised = trimmed.includes(".") ? trimmed : trimmed.replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised)) return Number.NaN;
  return Number(normalised);
}

/** The drafts as the server stores them. An unreadable number is saved as blank. */
export function answersFrom(drafts: Drafts): CheckpointAnswers {
  const answers: CheckpointAnswers = {};
  for (const [questionId, draft] of Object.entries(drafts)) {
    if (draft.kind === "choice") {
      if (draft.optionId) answers[questionId] = { optionId: draft.optionId };
    } else {
      const value = parseNumber(draft.text);
      answers[questionId] = { value: value === null || Number.isNaN(value) ? null : value, unit: draft.unit || null };
    }
  }
  return answers;
}

export function unansweredCount(drafts: Drafts): number {
  return Object.values(drafts).filter((draft) => {
    if (draft.kind === "choice") return draft.optionId === null;
    const value = parseNumber(draft.text);
    return value === null || Number.isNaN(value);
  }).length;
}
