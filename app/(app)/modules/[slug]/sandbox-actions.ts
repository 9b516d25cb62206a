"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission, requireRole } from "@/app/lib/session";
import {
  attachModuleEnvironment,
  detachModuleEnvironment,
  openModuleSandbox,
  stopModuleSandbox,
  type SandboxResult,
} from "@/db/modules/sandboxes";

/**
 * A module's sandboxes: staff attach and detach simulation environments, students open and
 * stop their own instance. Each action checks the caller's role first (they are public POST
 * endpoints), then validates the form; db/modules/sandboxes.ts checks the rest (the module is
 * published and unlocked, the environment available, the sandbox the student's own) in one
 * transaction.
 */

export interface SandboxActionState {
  /** `confirm`: a detach that needs the person to confirm it first (nothing was removed). */
  status: "idle" | "success" | "error" | "confirm";
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

const FAILED = "Something went wrong; nothing was changed. Try again in a moment.";
const MAX_INSTRUCTIONS = 4000;

const Slug = z
  .string({ error: "This module is not known." })
  .trim()
  .min(1, "This module is not known.")
  .max(255, "This module is not known.")
  .regex(/^[a-z0-9][a-z0-9-]*$/, "This module is not known.");

const EnvironmentId = z.coerce
  .number({ error: "Choose an environment." })
  .int("Choose an environment.")
  .positive("Choose an environment.")
  .max(2_147_483_647, "Choose an environment.");

const SandboxForm = z.object({ slug: Slug, environmentId: EnvironmentId });

const AttachForm = SandboxForm.extend({
  instructions: z
    .string({ error: "Write the instructions as text." })
    .trim()
    .max(MAX_INSTRUCTIONS, `Keep the instructions under ${MAX_INSTRUCTIONS.toLocaleString("en-US")} characters.`)
    .optional()
    .default(""),
});

const DetachForm = SandboxForm.extend({
  confirm: z.enum(["yes"], { error: "Confirm the detach with “Detach anyway”." }).optional(),
});

export async function attachEnvironment(_previous: SandboxActionState, formData: FormData): Promise<SandboxActionState> {
  const viewer = await requirePermission("modules.edit");
  const parsed = AttachForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await run("attachEnvironment", () => attachModuleEnvironment(viewer, parsed.data));
  return answer(result, parsed.data.slug);
}

/** Without `confirm=yes` it only asks: the answer says how many students have an instance. */
export async function detachEnvironment(_previous: SandboxActionState, formData: FormData): Promise<SandboxActionState> {
  const viewer = await requirePermission("modules.edit");
  const parsed = DetachForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { slug, environmentId, confirm } = parsed.data;
  const result = await run("detachEnvironment", () => detachModuleEnvironment(viewer, { slug, environmentId, confirm: confirm === "yes" }));
  return answer(result, slug);
}

export async function openSandbox(_previous: SandboxActionState, formData: FormData): Promise<SandboxActionState> {
  const viewer = await requireRole("student");
  const parsed = SandboxForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await run("openSandbox", () => openModuleSandbox(viewer, parsed.data));
  return answer(result, parsed.data.slug);
}

export async function stopSandbox(_previous: SandboxActionState, formData: FormData): Promise<SandboxActionState> {
  const viewer = await requireRole("student");
  const parsed = SandboxForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await run("stopSandbox", () => stopModuleSandbox(viewer, parsed.data));
  return answer(result, parsed.data.slug);
}

function invalid(error: z.ZodError): SandboxActionState {
  const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[]>;
  return { status: "error", message: error.issues[0]?.message ?? "Something sent was not valid; nothing was changed.", fieldErrors };
}

function answer(result: SandboxResult | null, slug: string): SandboxActionState {
  if (result === null) return { status: "error", message: FAILED };
  if (!result.ok) return { status: result.reason === "needs_confirmation" ? "confirm" : "error", message: result.message };
  revalidatePath(`/modules/${slug}`);
  return { status: "success", message: result.message };
}

/** Anything but a refusal is logged here and answered with a safe message. */
async function run(action: string, work: () => Promise<SandboxResult>): Promise<SandboxResult | null> {
  try {
    return await work();
  } catch (error) {
    console.error(`[modules] ${action} failed:`, error);
    return null;
  }
}
