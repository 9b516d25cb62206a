"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/app/lib/session";
import { ghostBuildHref } from "@/components/admin-races/run-link";
import { buildGhostsAs } from "@/db/races/build-ghosts";

export interface BuildGhostsState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** The build's agent-log entry. */
  logHref?: string;
}

const PAGE = "/admin/races";

// The button sends no fields; anything else in the form is not ours to act on.
const BuildForm = z.strictObject({});

export async function buildGhosts(_previous: BuildGhostsState, formData: FormData): Promise<BuildGhostsState> {
  const viewer = await requireRole("admin");
  const fields = Object.fromEntries([...formData].filter(([name]) => !name.startsWith("$ACTION")));
  const parsed = BuildForm.safeParse(fields);
  if (!parsed.success) return { status: "error", message: "The form sent fields this action does not take; reload the page and try again." };
  try {
    const result = await buildGhostsAs(viewer);
    revalidatePath(PAGE);
    revalidatePath("/races", "layout");
    return { status: "success", message: result.message, logHref: ghostBuildHref(result.runId) };
  } catch (error) {
    console.error("[admin/races] buildGhosts failed:", error);
    return { status: "error", message: "The ghost build stopped and nothing was changed. Try again; the server log has the details." };
  }
}
