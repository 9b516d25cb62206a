"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/app/lib/session";
import { reviewRaceRun } from "@/db/races/review";

export interface ReviewRunState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

const FAILED = "Something went wrong; the run was not reviewed. Try again.";

const ReviewForm = z.object({
  runId: z.coerce.number({ error: "Choose a run to review." }).int("Choose a run to review.").positive("Choose a run to review."),
  decision: z.enum(["list", "reject"], { error: "Choose List or Reject." }),
  note: z
    .string()
    .trim()
    .max(1000, "Keep the note to 1,000 characters.")
    .optional()
    .transform((note) => note || undefined),
  // Only to refresh the page the review was made on.
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,254}$/, "Unknown module.")
    .optional(),
});

/**
 * Lists or rejects a flagged race run (faculty: their own university's students; admins: all).
 * The decision, its audit entry and the module's cached leaderboard are one transaction in
 * `reviewRaceRun`.
 */
export async function reviewRun(_previous: ReviewRunState, formData: FormData): Promise<ReviewRunState> {
  const viewer = await requireRole("faculty", "admin");
  const parsed = ReviewForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    return { status: "error", message: Object.values(fieldErrors).flat()[0] ?? "Check the review; nothing was changed.", fieldErrors };
  }
  const { runId, decision, note, slug } = parsed.data;
  try {
    const result = await reviewRaceRun(viewer, { runId, decision, note });
    if (!result.ok) return { status: "error", message: result.message };
    revalidatePath(slug ? `/races/${slug}` : "/races");
    return {
      status: "success",
      message: decision === "list" ? "Run listed: it is on the leaderboard now." : "Run rejected: it stays off the leaderboard and loses any medal.",
    };
  } catch (error) {
    console.error("[races] reviewRun failed:", error);
    return { status: "error", message: FAILED };
  }
}
