"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/app/lib/session";
import { setLeaderboardOptInRecord } from "@/db/queries/races-index";

export interface LeaderboardOptInState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** The setting as saved. */
  publicLeaderboard?: boolean;
}

const FAILED = "Something went wrong; your setting was not changed. Try again.";

// An unchecked checkbox sends nothing, so a missing field means "hide my name".
const OptInForm = z.object({
  publicLeaderboard: z.enum(["true", "false"], { error: "Choose whether to show your name: tick the box or leave it empty." }).optional(),
});

/** A student shows or hides their own name on every leaderboard (hidden by default). */
export async function setLeaderboardOptIn(_previous: LeaderboardOptInState, formData: FormData): Promise<LeaderboardOptInState> {
  const viewer = await requireRole("student");
  const parsed = OptInForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    return { status: "error", message: fieldErrors.publicLeaderboard?.[0] ?? "Check the setting; nothing was changed.", fieldErrors };
  }
  const show = parsed.data.publicLeaderboard === "true";
  try {
    const result = await setLeaderboardOptInRecord(viewer, show);
    if (!result.ok) return { status: "error", message: result.message };
    revalidatePath("/races", "layout");
    return {
      status: "success",
      publicLeaderboard: result.publicLeaderboard,
      message: result.publicLeaderboard
        ? "Saved: your name now shows on leaderboards."
        : "Saved: other students now see you as “Anonymous student” on leaderboards.",
    };
  } catch (error) {
    console.error("[races] setLeaderboardOptIn failed:", error);
    return { status: "error", message: FAILED };
  }
}
