"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/app/lib/session";
import { restoreModuleVersion } from "@/db/modules/versions";

export interface RestoreVersionState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** On success: the new version that carries the restored content. */
  versionNumber?: string;
}

const VERSION = z.string().trim().regex(/^\d{1,9}\.\d{1,9}\.\d{1,9}$/, "Choose a version from the list.");

const RestoreForm = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,254}$/, "Unknown module."),
  versionNumber: VERSION,
  baseVersion: z
    .string()
    .max(50)
    .optional()
    .transform((v) => (v ? v : null)),
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").optional().default(""),
  confirm: z.literal("yes", { error: "Confirm that you want to restore this version." }),
});

/**
 * Restores an old version as a new one (the history keeps every version). The form sends the
 * version the page showed as current, so a restore over someone's newer save is refused.
 */
export async function restoreVersion(_previous: RestoreVersionState, formData: FormData): Promise<RestoreVersionState> {
  const viewer = await requirePermission("modules.edit");
  const parsed = RestoreForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    return { status: "error", message: parsed.error.issues[0]?.message ?? "Check the form.", fieldErrors };
  }
  const { slug, versionNumber, baseVersion, note } = parsed.data;
  try {
    const result = await restoreModuleVersion(viewer, { slug, versionNumber, baseVersion, note });
    if (!result.ok) return { status: "error", message: result.message };
    for (const page of ["/modules", `/modules/${slug}`, `/modules/${slug}/edit`, `/modules/${slug}/history`]) revalidatePath(page);
    return {
      status: "success",
      message: `Restored: version ${result.versionNumber} now has the content of version ${versionNumber}.`,
      versionNumber: result.versionNumber,
    };
  } catch (error) {
    console.error("[modules/history] restoreVersion failed:", error);
    return { status: "error", message: "Something went wrong; nothing was restored. Try again." };
  }
}
