"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/app/lib/session";
import { generatorRunHref } from "@/components/admin-modules/run-link";
import { generateModuleDraftsAs } from "@/db/jobs/generate-modules";

export interface GenerateModulesState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** The run's agent-log entry. */
  logHref?: string;
  created?: number;
  updated?: number;
  skipped?: number;
}

const PAGE = "/admin/modules";

// The button sends no fields; anything else in the form is not ours to act on.
const GenerateForm = z.strictObject({});

export async function generateModuleDrafts(_previous: GenerateModulesState, formData: FormData): Promise<GenerateModulesState> {
  const viewer = await requireRole("admin");
  const fields = Object.fromEntries([...formData].filter(([name]) => !name.startsWith("$ACTION")));
  const parsed = GenerateForm.safeParse(fields);
  if (!parsed.success) return { status: "error", message: "The form sent fields this action does not take; reload the page and try again." };
  try {
    const result = await generateModuleDraftsAs(viewer);
    revalidatePath(PAGE);
    revalidatePath("/modules");
    return {
      status: "success",
      message: result.message,
      logHref: generatorRunHref(result.runId),
      created: result.created.length,
      updated: result.updated.length,
      skipped: result.skipped.length,
    };
  } catch (error) {
    console.error("[admin/modules] generateModuleDrafts failed:", error);
    return { status: "error", message: "The generator stopped and nothing was changed. Try again; the server log has the details." };
  }
}
