import { z } from "zod";
import { DIFFICULTIES, SUBSYSTEMS } from "./vocabulary";

/**
 * A module's content and scoring, as stored in its current version's
 * `module_version_history.spec_json`. Sections are read in order; a checkpoint follows the
 * section it names and holds the questions a student answers there. Answers and explanations
 * live here too, which is why the browser only ever gets `publicSpec(spec)` until a checkpoint
 * has been submitted.
 */

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "Use lowercase letters, digits and dashes.");

export const MultipleChoiceQuestion = z.strictObject({
  id,
  kind: z.literal("multiple_choice"),
  /** Markdown. */
  prompt: z.string().min(1).max(2000),
  options: z
    .array(z.strictObject({ id, text: z.string().min(1).max(500) }))
    .min(2)
    .max(8),
  /** The one right option. */
  correctOptionId: id,
  /** Shown after the checkpoint is submitted: why the right answer is right. */
  explanation: z.string().min(1).max(2000),
});

export const NumericQuestion = z.strictObject({
  id,
  kind: z.literal("numeric"),
  prompt: z.string().min(1).max(2000),
  /** The expected value, in `unit`. */
  answer: z.number().finite(),
  /** Accepted when |given − answer| ≤ absolute, or ≤ relative × |answer| (either passes). */
  tolerance: z
    .strictObject({ absolute: z.number().nonnegative().optional(), relative: z.number().nonnegative().max(1).optional() })
    .refine((t) => t.absolute !== undefined || t.relative !== undefined, "Give an absolute or a relative tolerance."),
  /** The unit the answer is in, as a student writes it: "W", "dB", "Wh", "°C", "km", "s". */
  unit: z.string().max(20),
  /**
   * Other units a student may answer in, with the factor that converts them to `unit`
   * (e.g. unit "W", alternatives { "mW": 0.001, "kW": 1000 }).
   */
  alternativeUnits: z.record(z.string().max(20), z.number().positive()).optional(),
  explanation: z.string().min(1).max(2000),
});

export const Question = z.discriminatedUnion("kind", [MultipleChoiceQuestion, NumericQuestion]);

export const Checkpoint = z.strictObject({
  id,
  title: z.string().min(1).max(255),
  /** Index (0-based) of the section this checkpoint follows. */
  afterSection: z.number().int().min(0),
  questions: z.array(Question).min(1).max(12),
});

export const Section = z.strictObject({
  title: z.string().min(1).max(255),
  bodyMarkdown: z.string().max(50_000),
  /** Kept from the first specs: true for a section that a checkpoint follows. */
  isCheckpoint: z.boolean(),
});

export const ModuleSpec = z
  .strictObject({
    title: z.string().min(1).max(255),
    summary: z.string().max(2000),
    subsystem: z.enum(SUBSYSTEMS),
    difficulty: z.enum(DIFFICULTIES),
    estimatedMinutes: z.number().int().min(1).max(600),
    sections: z.array(Section).min(1).max(30),
    // A draft (e.g. generated from a CADENCE document) may have none yet; publishing needs one.
    checkpoints: z.array(Checkpoint).max(20),
    /** Mastery (0–100) at or above which a finished attempt counts as mastered. */
    masteryThreshold: z.number().min(0).max(100).default(70),
  })
  .superRefine((spec, ctx) => {
    const ids = new Set<string>();
    spec.checkpoints.forEach((checkpoint, c) => {
      if (checkpoint.afterSection >= spec.sections.length) {
        ctx.addIssue({ code: "custom", path: ["checkpoints", c, "afterSection"], message: "No section has this index." });
      }
      for (const [q, question] of checkpoint.questions.entries()) {
        if (ids.has(question.id)) {
          ctx.addIssue({ code: "custom", path: ["checkpoints", c, "questions", q, "id"], message: "Question ids must be unique in a module." });
        }
        ids.add(question.id);
        if (question.kind === "multiple_choice" && !question.options.some((o) => o.id === question.correctOptionId)) {
          ctx.addIssue({ code: "custom", path: ["checkpoints", c, "questions", q, "correctOptionId"], message: "Not one of the options." });
        }
      }
    });
  });

export type ModuleSpec = z.infer<typeof ModuleSpec>;

/**
 * Why a valid spec cannot be published yet, in words for the author; empty when it can. A
 * student must be able to reach mastery, so a published module needs at least one checkpoint.
 */
export function publishProblems(spec: ModuleSpec): string[] {
  const problems: string[] = [];
  if (spec.checkpoints.length === 0) problems.push("Add at least one checkpoint with questions before publishing.");
  return problems;
}
export type ModuleSpecInput = z.input<typeof ModuleSpec>;
export type Checkpoint = z.infer<typeof Checkpoint>;
export type Question = z.infer<typeof Question>;
export type MultipleChoiceQuestion = z.infer<typeof MultipleChoiceQuestion>;
export type NumericQuestion = z.infer<typeof NumericQuestion>;

/** A question as the browser may see it before its checkpoint is submitted: no answer, no explanation. */
export type PublicQuestion =
  | Omit<MultipleChoiceQuestion, "correctOptionId" | "explanation">
  | Omit<NumericQuestion, "answer" | "tolerance" | "explanation">;

export interface PublicCheckpoint {
  id: string;
  title: string;
  afterSection: number;
  questions: PublicQuestion[];
}

export interface PublicModuleSpec extends Omit<ModuleSpec, "checkpoints"> {
  checkpoints: PublicCheckpoint[];
}

/** The spec without answers or explanations. */
export function publicSpec(spec: ModuleSpec): PublicModuleSpec {
  return {
    ...spec,
    checkpoints: spec.checkpoints.map((checkpoint) => ({
      id: checkpoint.id,
      title: checkpoint.title,
      afterSection: checkpoint.afterSection,
      questions: checkpoint.questions.map((question): PublicQuestion => {
        if (question.kind === "multiple_choice") {
          const { correctOptionId: _answer, explanation: _why, ...rest } = question;
          return rest;
        }
        const { answer: _answer, tolerance: _tolerance, explanation: _why, ...rest } = question;
        return rest;
      }),
    })),
  };
}

/** What a student answered at one checkpoint, by question id: an option, or a number and its unit. */
export type CheckpointAnswers = Record<string, { optionId: string } | { value: number | null; unit: string | null }>;

/** A submitted checkpoint, as the server scored it. */
export interface CheckpointResult {
  submittedAt: string;
  correct: number;
  total: number;
  /** Question ids answered wrong or left blank. */
  wrong: string[];
}
