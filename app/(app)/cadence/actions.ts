"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Viewer } from "@/app/lib/auth/roles";
import { SUBSYSTEMS, WORK_STATUSES } from "@/app/lib/domain/vocabulary";
import { requireRole } from "@/app/lib/session";
import {
  correctTaskRecord,
  mergePeopleRecord,
  parseRecordRef,
  setRecordSubsystemRecord,
  SUBSYSTEM_ENTITIES,
  type Actor,
  type CorrectionFailure,
} from "@/db/cadence/corrections";

export interface CorrectionState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What was sent, on an error: the form shows it again instead of the saved values. */
  values?: Record<string, string>;
}

const INVALID = "Check the highlighted fields; nothing was changed.";
const FAILED = "Something went wrong; nothing was changed. Try again.";
const ENTITY_PATHS = { person: "people", project: "projects", document: "documents" } as const;

const RecordId = z.coerce.number({ error: "This record is not known." }).int().positive("This record is not known.").max(2_147_483_647);
/** A person or project box: "Name (#12)" from the suggestions, "#12", a name, or empty for none. */
const RecordRefField = z.string().max(300, "Use at most 300 characters.").optional().transform((value) => parseRecordRef(value ?? ""));

const TaskForm = z.object({
  taskId: RecordId,
  status: z.enum(WORK_STATUSES, { error: "Choose a status from the list." }),
  assignee: RecordRefField,
  project: RecordRefField,
  dueDate: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(z.iso.date({ error: "Enter a date as YYYY-MM-DD, or leave it empty." }).nullable()),
});

const SubsystemForm = z.object({
  entity: z.enum(SUBSYSTEM_ENTITIES, { error: "Only people, projects and documents have a subsystem." }),
  recordId: RecordId,
  subsystem: z.union([z.literal("").transform(() => null), z.enum(SUBSYSTEMS)], { error: "Choose a subsystem from the list, or none." }),
});

const MergeForm = z.object({
  personId: RecordId,
  into: z
    .string()
    .max(300, "Use at most 300 characters.")
    .optional()
    .transform((value) => parseRecordRef(value ?? ""))
    .refine((ref) => ref !== null, "Choose the person to keep."),
  confirm: z.literal("yes", { error: "Tick the box to confirm the merge." }),
});

/** Corrects a task's status, assignee, project and due date (admin). */
export async function correctTask(_previous: CorrectionState, formData: FormData): Promise<CorrectionState> {
  const viewer = await requireRole("admin");
  const parsed = TaskForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const result = await attempt("correctTask", () => correctTaskRecord(parsed.data, actor(viewer)));
  if (!result.ok) return failure(result, formData);
  if (result.changed.length === 0) return { status: "success", message: "No change: the task already says that." };
  revalidatePath("/cadence", "layout");
  return { status: "success", message: `Saved. ${result.title}: ${result.changed.map((f) => FIELD_WORDS[f]).join(", ")} corrected.` };
}

/** Sets the subsystem of a person, project or document (admin). */
export async function setRecordSubsystem(_previous: CorrectionState, formData: FormData): Promise<CorrectionState> {
  const viewer = await requireRole("admin");
  const parsed = SubsystemForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const { entity, recordId, subsystem } = parsed.data;
  const result = await attempt("setRecordSubsystem", () => setRecordSubsystemRecord(entity, recordId, subsystem, actor(viewer)));
  if (!result.ok) return failure(result, formData);
  if (result.unchanged) return { status: "success", message: "No change: that is already its subsystem." };
  revalidatePath("/cadence", "layout");
  return { status: "success", message: `Saved. The subsystem of ${result.title} is corrected.` };
}

/** Merges a person into another and opens the survivor's page (admin). */
export async function mergePeople(_previous: CorrectionState, formData: FormData): Promise<CorrectionState> {
  const viewer = await requireRole("admin");
  const parsed = MergeForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const result = await attempt("mergePeople", () => mergePeopleRecord(parsed.data.personId, parsed.data.into, actor(viewer)));
  if (!result.ok) return failure(result, formData);
  revalidatePath("/cadence", "layout");
  redirect(`/cadence/${ENTITY_PATHS.person}/${result.survivorId}`);
}

const FIELD_WORDS = { status: "status", assigneeId: "assignee", projectId: "project", dueDate: "due date" } as const;

function actor(viewer: Viewer): Actor {
  return { userId: viewer.userId, email: viewer.email };
}

function sent(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData].filter(([name, value]) => typeof value === "string" && !name.startsWith("$")).map(([name, value]) => [name, String(value).slice(0, 300)]));
}

function invalid(error: z.ZodError, formData: FormData): CorrectionState {
  return { status: "error", message: INVALID, fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]>, values: sent(formData) };
}

function failure(result: Pick<CorrectionFailure, "message" | "field">, formData: FormData): CorrectionState {
  return {
    status: "error",
    message: result.message,
    ...(result.field ? { fieldErrors: { [result.field]: [result.message] } } : {}),
    values: sent(formData),
  };
}

/** Runs a write; an unexpected error is logged here and the admin sees a safe message. */
async function attempt<T extends { ok: boolean }>(action: string, write: () => Promise<T>): Promise<T | { ok: false; message: string; field?: never }> {
  try {
    return await write();
  } catch (error) {
    console.error(`[cadence] ${action} failed:`, error);
    return { ok: false, message: FAILED };
  }
}
