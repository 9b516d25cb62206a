"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ModuleSpec } from "@/app/lib/domain/module-spec";
import { MODULE_STATUSES, type ModuleStatus } from "@/app/lib/domain/vocabulary";
import { requirePermission } from "@/app/lib/session";
import { fieldErrorsFromIssues, FORM_KEY, type FieldErrors } from "@/components/module-editor/field-errors";
import { saveModuleVersion, setModuleStatusRecord } from "@/db/modules/versions";

export interface SaveModuleState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: FieldErrors;
  /** Why a valid request was refused: the form words each differently. */
  reason?: "not_found" | "conflict" | "unchanged" | "invalid";
  /** On success: the version saved and its spec as stored, the form's new base. */
  versionNumber?: string;
  savedSpec?: ModuleSpec;
}

export interface ModuleStatusState {
  status: "idle" | "success" | "error";
  message?: string;
}

const FAILED = "Something went wrong on our side. Try again.";
// 30 sections of at most 50,000 characters, with room for the questions and JSON escaping.
const MAX_SPEC_CHARACTERS = 4_000_000;
const SLUG = z.string().regex(/^[a-z0-9][a-z0-9-]{0,254}$/, "Unknown module.");

const SaveModuleForm = z.object({
  slug: SLUG,
  bump: z.enum(["patch", "minor", "major"], { error: "Choose patch, minor or major." }),
  changeDescription: z
    .string({ error: "Describe the change." })
    .trim()
    .min(1, "Describe the change, e.g. “Reworded the introduction”.")
    .max(2000, "Use at most 2,000 characters."),
  baseVersion: z
    .string()
    .max(50)
    .optional()
    .transform((v) => (v ? v : null)),
});

function pagesOf(slug: string): string[] {
  return ["/modules", `/modules/${slug}`, `/modules/${slug}/edit`, `/modules/${slug}/history`];
}

/**
 * Saves the form's spec as the module's next version. Everything is checked before anything is
 * written: the change description and the whole spec, with every problem keyed to its field.
 */
export async function saveModule(_previous: SaveModuleState, formData: FormData): Promise<SaveModuleState> {
  const viewer = await requirePermission("modules.edit");
  const form = SaveModuleForm.safeParse(Object.fromEntries(formData));
  const spec = parseSpec(formData.get("spec"));
  // The spec's problems first, in the order of the form; then the fields below it.
  const fieldErrors: FieldErrors = {
    ...(spec.success ? {} : spec.errors),
    ...(form.success ? {} : (z.flattenError(form.error).fieldErrors as FieldErrors)),
  };
  if (!form.success || !spec.success) {
    const count = Object.values(fieldErrors).reduce((n, list) => n + list.length, 0);
    return {
      status: "error",
      message: count === 1 ? "One thing needs fixing." : `${count} things need fixing.`,
      fieldErrors,
    };
  }

  const { slug, bump, changeDescription, baseVersion } = form.data;
  try {
    const result = await saveModuleVersion(viewer, { slug, spec: spec.spec, bump, changeDescription, baseVersion });
    if (!result.ok) return { status: "error", reason: result.reason, message: result.message };
    for (const page of pagesOf(slug)) revalidatePath(page);
    return { status: "success", message: `Saved as version ${result.versionNumber}.`, versionNumber: result.versionNumber, savedSpec: spec.spec };
  } catch (error) {
    console.error("[modules/edit] saveModule failed:", error);
    return { status: "error", message: FAILED };
  }
}

/** The form's spec field: JSON of a ModuleSpec, every problem keyed to its field. */
function parseSpec(field: FormDataEntryValue | null): { success: true; spec: ModuleSpec } | { success: false; errors: FieldErrors } {
  const unreadable = { success: false as const, errors: { [FORM_KEY]: ["The form sent a module that could not be read. Reload the page and try again."] } };
  if (typeof field !== "string" || field.length > MAX_SPEC_CHARACTERS) return unreadable;
  let json: unknown;
  try {
    json = JSON.parse(field);
  } catch {
    return unreadable;
  }
  const parsed = ModuleSpec.safeParse(json);
  return parsed.success ? { success: true, spec: parsed.data } : { success: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
}

const StatusForm = z.object({
  slug: SLUG,
  status: z.enum(MODULE_STATUSES, { error: "Choose draft, published or archived." }),
});

const DONE: Record<ModuleStatus, string> = {
  published: "Published: students can now see and take this module.",
  draft: "Back to draft: students no longer see this module.",
  archived: "Archived: students no longer see this module.",
};

/** Publish, back to draft, or archive. Publishing a module that cannot be mastered is refused. */
export async function setModuleStatus(_previous: ModuleStatusState, formData: FormData): Promise<ModuleStatusState> {
  const viewer = await requirePermission("modules.edit");
  const parsed = StatusForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "Choose a status." };
  const { slug, status } = parsed.data;
  try {
    const result = await setModuleStatusRecord(viewer, { slug, status });
    if (!result.ok) return { status: "error", message: result.message };
    for (const page of pagesOf(slug)) revalidatePath(page);
    return { status: "success", message: DONE[status] };
  } catch (error) {
    console.error("[modules/edit] setModuleStatus failed:", error);
    return { status: "error", message: "Something went wrong; the status was not changed. Try again." };
  }
}
