import type { Bump, CheckpointField, MetadataField, QuestionField } from "@/app/lib/domain/module-diff";
import { DIFFICULTY_LABELS } from "@/components/modules/labels";
import type { Difficulty } from "@/app/lib/domain/vocabulary";

/** Words of the history page and of the previous figures on the module page. */

export interface CalibrationFigures {
  majorVersion: number;
  difficultyLevel: Difficulty | null;
  sampleSize: number;
  /** Percentage 0–100. */
  successRate: number | null;
}

/** "Version 1: medium, 62 % reach mastery, 340 attempts"; "Version 2: no completed attempts yet". */
export function majorCalibrationText(c: CalibrationFigures): string {
  const head = `Version ${c.majorVersion}`;
  if (c.sampleSize === 0 || c.difficultyLevel === null) return `${head}: no completed attempts yet`;
  const rate = c.successRate === null ? "" : `, ${Math.round(c.successRate)} % reach mastery`;
  const attempts = `${c.sampleSize.toLocaleString("en-US")} ${c.sampleSize === 1 ? "attempt" : "attempts"}`;
  return `${head}: ${DIFFICULTY_LABELS[c.difficultyLevel].toLowerCase()}${rate}, ${attempts}`;
}

/** The step a version's number took from the one before; the author chose it when saving. */
export const STEP_LABELS: Record<Bump | "first" | "other", string> = {
  first: "First version",
  major: "Major version",
  minor: "Minor version",
  patch: "Patch",
  other: "Renumbered",
};

/** Why a diff suggests its bump, in a few words. */
export const BUMP_MEANING: Record<Bump, string> = {
  major: "what is scored changed",
  minor: "content was added or removed",
  patch: "wording and arrangement only",
};

export const METADATA_LABELS: Record<MetadataField, string> = {
  title: "Title",
  summary: "Summary",
  subsystem: "Subsystem",
  difficulty: "Authored difficulty",
  estimatedMinutes: "Estimated time",
  masteryThreshold: "Mastery threshold",
};

export const CHECKPOINT_FIELD_LABELS: Record<CheckpointField, string> = {
  title: "Title",
  afterSection: "Placed after section",
  questionOrder: "Question order",
};

export const QUESTION_FIELD_LABELS: Record<QuestionField, string> = {
  prompt: "Prompt",
  explanation: "Explanation",
  optionText: "Option wording",
  optionOrder: "Option order",
  options: "Options",
  correctAnswer: "Correct option",
  kind: "Question type",
  answer: "Answer",
  tolerance: "Tolerance",
  unit: "Unit",
  alternativeUnits: "Other units accepted",
  checkpoint: "Checkpoint",
};

/** Fields whose old and new wording is worth a word-by-word diff. */
export const WORDED_QUESTION_FIELDS: ReadonlySet<QuestionField> = new Set<QuestionField>(["prompt", "explanation", "optionText"]);

// The server cannot know the reader's time zone; UTC, said out loud, is never misread.
const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function whenText(iso: string | null): string {
  if (!iso) return "date unknown";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "date unknown" : `${WHEN.format(date)} UTC`;
}
