"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { CheckpointAnswersInput } from "@/app/(app)/modules/actions";
import { isGhostKey, type GhostKey } from "@/app/lib/domain/race-data";
import type { CheckpointScore } from "@/app/lib/domain/scoring";
import { requireRole } from "@/app/lib/session";
import { durationText } from "@/components/modules/labels";
import { LearningError, type FinishOutcome } from "@/db/learning/attempts";
import {
  finishRace as finishRaceRecord,
  RaceError,
  startRace as startRaceRecord,
  submitRaceCheckpoint as submitRaceCheckpointRecord,
  type RaceFinish,
  type RaceSplitFeedback,
} from "@/db/races/engine";

/**
 * Racing a module. A race is an attempt, so these follow the module actions
 * (app/(app)/modules/actions.ts): the caller must be a student, input is validated here, and
 * the engine (db/races/engine.ts) checks ownership, locks and open attempts and times every
 * split on the server. A LearningError carries a message written for the student; anything else
 * is logged and answered with a safe message.
 */

/** `attempt_open`: an ordinary attempt at the module is in progress; the page offers to abandon it. */
type ErrorCode = LearningError["code"] | "attempt_open" | "failed";

export type RaceActionError = { status: "error"; code: ErrorCode; message: string };

export type StartRaceState =
  | { status: "idle" }
  | { status: "success"; message: string; attemptId: number; runId: number; resumed: boolean }
  | (RaceActionError & { fieldErrors?: { ghost?: string[] } });

export type SubmitRaceCheckpointState =
  | { status: "success"; checkpointId: string; score: CheckpointScore; split: RaceSplitFeedback }
  | RaceActionError;

export type FinishRaceState = { status: "idle" } | { status: "success"; message: string; outcome: FinishOutcome; race: RaceFinish } | RaceActionError;

const FAILED = "Something went wrong and nothing was saved. Try again in a moment.";

const Slug = z
  .string({ error: "This module is not known." })
  .trim()
  .min(1, "This module is not known.")
  .max(255, "This module is not known.")
  .regex(/^[a-z0-9][a-z0-9-]*$/, "This module is not known.");

const AttemptId = z.coerce
  .number({ error: "This race is not known." })
  .int("This race is not known.")
  .positive("This race is not known.")
  .max(2_147_483_647, "This race is not known.");

const Ghost = z
  .string({ error: "Choose a ghost to race against." })
  .max(100, "Choose a ghost to race against.")
  .refine((value): value is GhostKey => isGhostKey(value), "Choose a ghost to race against.")
  .transform((value) => value as GhostKey);

const StartForm = z.object({
  slug: Slug,
  ghost: Ghost,
  // A checkbox: present ("yes") only when the student chose to abandon their open attempt.
  abandonOpenAttempt: z.literal("yes").optional(),
});

const SpecId = z.string().min(1).max(64).regex(/^[a-z0-9][a-z0-9-]*$/);

const Answer = z.union(
  [z.strictObject({ optionId: SpecId }), z.strictObject({ value: z.number().finite().nullable(), unit: z.string().trim().max(20).nullable() })],
  { error: "An answer is not in the expected form." },
);

/** A checkpoint holds at most 12 questions (module-spec.ts); a few more keys are still refused. */
const Answers = z
  .record(SpecId, Answer, { error: "An answer is not in the expected form." })
  .refine((answers) => Object.keys(answers).length <= 20, "Too many answers for one checkpoint.");

const CheckpointInput = z.object({
  attemptId: AttemptId,
  checkpointId: z
    .string({ error: "This checkpoint is not known." })
    .max(64, "This checkpoint is not known.")
    .regex(/^[a-z0-9][a-z0-9-]*$/, "This checkpoint is not known."),
  answers: Answers,
});

const FinishForm = z.object({ attemptId: AttemptId });

/** Starts a race on a module against the chosen ghost, or resumes the race in progress. */
export async function startRace(_previous: StartRaceState, formData: FormData): Promise<StartRaceState> {
  const viewer = await requireRole("student");
  const parsed = StartForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ...invalid(parsed.error), fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { slug, ghost, abandonOpenAttempt } = parsed.data;
  const result = await run("startRace", () => startRaceRecord(viewer, { slug, ghost, abandonOpenAttempt: abandonOpenAttempt === "yes" }));
  if (isError(result)) return result;
  revalidatePath(`/races/${slug}`);
  revalidatePath(`/modules/${slug}`);
  return {
    status: "success",
    attemptId: result.attemptId,
    runId: result.runId,
    resumed: result.resumed,
    message: result.resumed ? "Welcome back: your race resumes where you left it, on the server's clock." : "Race started. The clock is running.",
  };
}

/** Scores a checkpoint and records its split, timed by the server. */
export async function submitRaceCheckpoint(input: CheckpointAnswersInput): Promise<SubmitRaceCheckpointState> {
  const viewer = await requireRole("student");
  const parsed = CheckpointInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { attemptId, checkpointId, answers } = parsed.data;
  const result = await run("submitRaceCheckpoint", () => submitRaceCheckpointRecord(viewer, { attemptId, checkpointId, answers }));
  if (isError(result)) return result;
  const { correct, total, wrong, outcomes, split } = result;
  return { status: "success", checkpointId, score: { correct, total, wrong, outcomes }, split };
}

/** Finishes the race: the server times and scores it, awards the medal and updates the leaderboard. */
export async function finishRace(_previous: FinishRaceState, formData: FormData): Promise<FinishRaceState> {
  const viewer = await requireRole("student");
  const parsed = FinishForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await run("finishRace", () => finishRaceRecord(viewer, { attemptId: parsed.data.attemptId }));
  if (isError(result)) return result;
  // Every race page and the race list show leaderboards; the module pages and /me show the attempt.
  revalidatePath("/races", "layout");
  revalidatePath("/modules", "layout");
  revalidatePath("/me");
  const { race, ...outcome } = result;
  return { status: "success", outcome, race, message: `Finished in ${durationText(race.timeSeconds)}.` };
}

function invalid(error: z.ZodError): RaceActionError {
  return { status: "error", code: "invalid", message: error.issues[0]?.message ?? "Something sent was not valid; nothing was saved." };
}

function isError<T>(result: T | RaceActionError): result is RaceActionError {
  return typeof result === "object" && result !== null && (result as { status?: unknown }).status === "error";
}

async function run<T>(action: string, work: () => Promise<T>): Promise<T | RaceActionError> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RaceError && error.reason === "attempt_open") return { status: "error", code: "attempt_open", message: error.message };
    if (error instanceof LearningError) return { status: "error", code: error.code, message: error.message };
    console.error(`[races] ${action} failed:`, error);
    return { status: "error", code: "failed", message: FAILED };
  }
}
