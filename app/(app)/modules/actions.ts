"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Checkpoint, CheckpointAnswers } from "@/app/lib/domain/module-spec";
import type { CheckpointScore } from "@/app/lib/domain/scoring";
import { requireRole } from "@/app/lib/session";
import {
  finishAttempt as finishAttemptRecord,
  LearningError,
  saveAnswers as saveAnswersRecord,
  startAttempt as startAttemptRecord,
  submitCheckpoint as submitCheckpointRecord,
  type FinishOutcome,
} from "@/db/learning/attempts";

/**
 * Taking a module. Every action is a public POST endpoint: it checks that the caller is a
 * student first, then validates what was sent; the runtime (db/learning/attempts.ts) checks
 * that the attempt is theirs, still open and that the module is unlocked, and scores on the
 * server. A LearningError carries a message written for the student; anything else is logged
 * here and answered with a safe message.
 */

type ErrorCode = LearningError["code"] | "failed";

export type ActionError = { status: "error"; code: ErrorCode; message: string };

export type StartAttemptState = { status: "idle" } | { status: "success"; message: string; attemptId: number; resumed: boolean } | ActionError;

export type SaveAnswersState = { status: "success"; savedAt: string } | ActionError;

export type SubmitCheckpointState =
  | { status: "success"; checkpointId: string; score: CheckpointScore; revealed: Checkpoint }
  | ActionError;

export type FinishAttemptState = { status: "idle" } | { status: "success"; message: string; outcome: FinishOutcome } | ActionError;

const FAILED = "Something went wrong and nothing was saved. Try again in a moment.";

const Slug = z
  .string({ error: "This module is not known." })
  .trim()
  .min(1, "This module is not known.")
  .max(255, "This module is not known.")
  .regex(/^[a-z0-9][a-z0-9-]*$/, "This module is not known.");

const AttemptId = z.coerce
  .number({ error: "This attempt is not known." })
  .int("This attempt is not known.")
  .positive("This attempt is not known.")
  .max(2_147_483_647, "This attempt is not known.");

const SpecId = z.string().min(1).max(64).regex(/^[a-z0-9][a-z0-9-]*$/);

const Answer = z.union(
  [
    z.strictObject({ optionId: SpecId }),
    z.strictObject({
      value: z.number().finite().nullable(),
      unit: z.string().trim().max(20).nullable(),
    }),
  ],
  { error: "An answer is not in the expected form." },
);

/** A checkpoint holds at most 12 questions (module-spec.ts); a few more keys are still refused. */
const Answers = z
  .record(SpecId, Answer, { error: "An answer is not in the expected form." })
  .refine((answers) => Object.keys(answers).length <= 20, "Too many answers for one checkpoint.");

const StartForm = z.object({ slug: Slug });
const FinishForm = z.object({ attemptId: AttemptId });
const CheckpointInput = z.object({
  attemptId: AttemptId,
  checkpointId: z
    .string({ error: "This checkpoint is not known." })
    .max(64, "This checkpoint is not known.")
    .regex(/^[a-z0-9][a-z0-9-]*$/, "This checkpoint is not known."),
  answers: Answers,
});

export interface CheckpointAnswersInput {
  attemptId: number;
  checkpointId: string;
  answers: CheckpointAnswers;
}

/** Starts an attempt on a module (or resumes the one in progress). The form sends `slug`. */
export async function startAttempt(_previous: StartAttemptState, formData: FormData): Promise<StartAttemptState> {
  const viewer = await requireRole("student");
  const parsed = StartForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await run("startAttempt", () => startAttemptRecord(viewer, parsed.data.slug));
  if (isError(result)) return result;
  revalidatePath(`/modules/${parsed.data.slug}`);
  revalidatePath("/modules");
  return {
    status: "success",
    attemptId: result.attemptId,
    resumed: result.resumed,
    message: result.resumed ? "Welcome back: your attempt resumes where you left it." : "Attempt started. The clock is running.",
  };
}

/** Saves a checkpoint's answers as the student goes, so a reload or another device resumes them. */
export async function saveAnswers(input: CheckpointAnswersInput): Promise<SaveAnswersState> {
  const viewer = await requireRole("student");
  const parsed = CheckpointInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { attemptId, checkpointId, answers } = parsed.data;
  const result = await run("saveAnswers", () => saveAnswersRecord(viewer, attemptId, checkpointId, answers));
  if (isError(result)) return result;
  return { status: "success", savedAt: new Date().toISOString() };
}

/** Scores a checkpoint on the server; only now do its answers and explanations reach the browser. */
export async function submitCheckpoint(input: CheckpointAnswersInput): Promise<SubmitCheckpointState> {
  const viewer = await requireRole("student");
  const parsed = CheckpointInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { attemptId, checkpointId, answers } = parsed.data;
  const result = await run("submitCheckpoint", () => submitCheckpointRecord(viewer, attemptId, checkpointId, answers));
  if (isError(result)) return result;
  const { revealed, correct, total, wrong, outcomes } = result;
  return { status: "success", checkpointId, score: { correct, total, wrong, outcomes }, revealed };
}

/** Finishes the attempt: the server times and scores it and records it. The form sends `attemptId`. */
export async function finishAttempt(_previous: FinishAttemptState, formData: FormData): Promise<FinishAttemptState> {
  const viewer = await requireRole("student");
  const parsed = FinishForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await run("finishAttempt", () => finishAttemptRecord(viewer, parsed.data.attemptId));
  if (isError(result)) return result;
  revalidatePath("/modules", "layout");
  revalidatePath("/me");
  return {
    status: "success",
    outcome: result,
    message: result.mastered ? `Module mastered with ${result.masteryScore}.` : `Module finished with ${result.masteryScore}.`,
  };
}

function invalid(error: z.ZodError): ActionError {
  return { status: "error", code: "invalid", message: error.issues[0]?.message ?? "Something sent was not valid; nothing was saved." };
}

function isError<T>(result: T | ActionError): result is ActionError {
  return typeof result === "object" && result !== null && (result as { status?: unknown }).status === "error";
}

/** Runs a runtime call; a LearningError becomes its message, anything else is logged. */
async function run<T>(action: string, work: () => Promise<T>): Promise<T | ActionError> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LearningError) return { status: "error", code: error.code, message: error.message };
    console.error(`[modules] ${action} failed:`, error);
    return { status: "error", code: "failed", message: FAILED };
  }
}
