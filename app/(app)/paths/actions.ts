"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/app/lib/session";
import { addPrerequisiteEdge, removePrerequisiteEdge, type PrerequisiteRef } from "@/db/modules/prerequisites";

export interface PrerequisiteActionState {
  /** `confirm`: a removal that would strand modules, waiting for a second submit with confirm=yes. */
  status: "idle" | "success" | "error" | "confirm";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** With `confirm`: the modules the removal would leave without a way in. */
  unreachable?: PrerequisiteRef[];
}

const INVALID = "Check the highlighted fields; nothing was changed.";
const FAILED = "Something went wrong; nothing was changed. Try again.";

const Slug = (what: string) => z.string({ error: `Choose the ${what}.` }).trim().min(1, `Choose the ${what}.`).max(255, `Choose the ${what} from the list.`);

const AddForm = z.object({
  module: Slug("module"),
  prerequisite: Slug("prerequisite"),
  kind: z.enum(["required", "recommended"], { error: "Choose required or recommended." }),
});

const RemoveForm = z.object({
  module: Slug("module"),
  prerequisite: Slug("prerequisite"),
  confirm: z.literal("yes", { error: "Confirm with “yes”, or leave it out." }).optional(),
});

/** Adds "module needs prerequisite", or changes whether it is required (faculty, admins). */
export async function addPrerequisite(_previous: PrerequisiteActionState, formData: FormData): Promise<PrerequisiteActionState> {
  const viewer = await requirePermission("prerequisites.edit");
  const parsed = AddForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: INVALID, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { module, prerequisite, kind } = parsed.data;
  try {
    const result = await addPrerequisiteEdge(viewer, { moduleSlug: module, prerequisiteSlug: prerequisite, required: kind === "required" });
    if (!result.ok) {
      const field = result.reason === "self" ? "prerequisite" : null;
      return { status: "error", message: result.message, ...(field ? { fieldErrors: { [field]: [result.message] } } : {}) };
    }
    revalidate();
    const edge = `“${result.module.title}” now needs “${result.prerequisite.title}”`;
    return {
      status: "success",
      message: result.change === "added" ? `Added: ${edge} (${kind}).` : `Updated: ${edge} as a ${kind} prerequisite.`,
    };
  } catch (error) {
    console.error("[paths] addPrerequisite failed:", error);
    return { status: "error", message: FAILED };
  }
}

/**
 * Removes "module needs prerequisite" (faculty, admins). When that would strand modules the
 * first submit only answers `confirm` naming them; a second with confirm=yes removes it.
 */
export async function removePrerequisite(_previous: PrerequisiteActionState, formData: FormData): Promise<PrerequisiteActionState> {
  const viewer = await requirePermission("prerequisites.edit");
  const parsed = RemoveForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: INVALID, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { module, prerequisite, confirm } = parsed.data;
  try {
    const result = await removePrerequisiteEdge(viewer, { moduleSlug: module, prerequisiteSlug: prerequisite, confirm: confirm === "yes" });
    if (!result.ok) {
      return result.reason === "needs_confirmation"
        ? { status: "confirm", message: result.message, unreachable: result.unreachable }
        : { status: "error", message: result.message };
    }
    revalidate();
    return { status: "success", message: `Removed: “${result.module.title}” no longer needs “${result.prerequisite.title}”.` };
  } catch (error) {
    console.error("[paths] removePrerequisite failed:", error);
    return { status: "error", message: FAILED };
  }
}

/** The path, and the catalogue and module pages whose locks and prerequisites follow the graph. */
function revalidate() {
  revalidatePath("/paths");
  revalidatePath("/modules", "layout");
}
