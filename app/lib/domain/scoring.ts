import type { Checkpoint, CheckpointAnswers, CheckpointResult, ModuleSpec, NumericQuestion, Question } from "./module-spec";

/**
 * Scoring of checkpoints and attempts. Pure: the server calls these with the spec of the
 * attempt's version; the browser never sees answers before a checkpoint is submitted.
 */

export interface CheckpointScore {
  correct: number;
  total: number;
  /** Question ids answered wrong or left blank, in the checkpoint's order. */
  wrong: string[];
  outcomes: { questionId: string; correct: boolean }[];
}

export interface AttemptScore {
  /** 0–100, two decimals. */
  masteryScore: number;
  errorsCount: number;
  mastered: boolean;
}

/**
 * Slack added to a tolerance so a boundary answer stays inside despite binary floating point
 * (10.1 − 10 is 0.0999…96, 1500 mW × 0.001 is not exactly 1.5 W in every case). One part in
 * 10⁹ of the answer is far below any tolerance an author would write.
 */
const FLOAT_SLACK = 1e-9;

/**
 * Whether a numeric answer is right.
 * - `value` null, NaN or infinite: wrong (blank).
 * - `unit` is compared case-sensitively after trimming ("mW" is not "MW"); "" or null means the
 *   question's own unit. An alternative unit is converted with its factor; any other unit is wrong.
 * - Right when |given − answer| ≤ absolute OR ≤ relative × |answer| (boundaries inclusive).
 *   A relative tolerance around an answer of 0 accepts only 0: such questions need an absolute one.
 */
export function checkNumeric(q: NumericQuestion, value: number | null, unit: string | null): boolean {
  if (value === null || !Number.isFinite(value)) return false;
  const given = unit?.trim() ?? "";
  const expected = q.unit.trim();
  const factor =
    given === "" || given === expected
      ? 1
      : q.alternativeUnits && Object.hasOwn(q.alternativeUnits, given)
        ? q.alternativeUnits[given]
        : undefined;
  if (factor === undefined) return false;
  const difference = Math.abs(value * factor - q.answer);
  const slack = FLOAT_SLACK * Math.max(1, Math.abs(q.answer));
  const { absolute, relative } = q.tolerance;
  if (absolute !== undefined && difference <= absolute + slack) return true;
  if (relative !== undefined && difference <= relative * Math.abs(q.answer) + slack) return true;
  return false;
}

function isRight(question: Question, answer: CheckpointAnswers[string] | undefined): boolean {
  if (answer === undefined) return false;
  if (question.kind === "multiple_choice") {
    return "optionId" in answer && answer.optionId === question.correctOptionId;
  }
  return "value" in answer && checkNumeric(question, answer.value, answer.unit);
}

/** Scores one checkpoint. A question with no answer, a blank one or one of the wrong kind is wrong. */
export function scoreCheckpoint(c: Checkpoint, answers: CheckpointAnswers): CheckpointScore {
  const outcomes = c.questions.map((question) => ({
    questionId: question.id,
    correct: isRight(question, Object.hasOwn(answers, question.id) ? answers[question.id] : undefined),
  }));
  return {
    correct: outcomes.filter((o) => o.correct).length,
    total: outcomes.length,
    wrong: outcomes.filter((o) => !o.correct).map((o) => o.questionId),
    outcomes,
  };
}

/**
 * Scores a finished attempt from its submitted checkpoints.
 * - mastery = 100 × Σcorrect / Σquestions over EVERY checkpoint of the spec: a checkpoint that
 *   was never submitted counts all its questions wrong, so skipping ahead cannot raise a score.
 *   Results for checkpoint ids the spec does not have are ignored.
 * - Rounded to 2 decimals (the precision of `learner_performance.mastery_score`), computed as
 *   round(10 000 × correct / total) / 100 so 7 of 10 is exactly 70.
 * - errorsCount = questions not answered right, unsubmitted ones included.
 * - mastered compares the ROUNDED score with the spec's threshold, so what the student sees
 *   (e.g. 70.00) is what decides.
 */
export function scoreAttempt(spec: ModuleSpec, results: Record<string, CheckpointResult>): AttemptScore {
  let correct = 0;
  let total = 0;
  for (const checkpoint of spec.checkpoints) {
    const questions = checkpoint.questions.length;
    total += questions;
    const result = Object.hasOwn(results, checkpoint.id) ? results[checkpoint.id] : undefined;
    if (result) correct += Math.min(Math.max(0, Math.trunc(result.correct)), questions);
  }
  const masteryScore = total === 0 ? 0 : Math.round((10_000 * correct) / total) / 100;
  return { masteryScore, errorsCount: total - correct, mastered: masteryScore >= spec.masteryThreshold };
}
