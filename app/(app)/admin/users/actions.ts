"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROLES, type Viewer } from "@/app/lib/auth/roles";
import { requireRole } from "@/app/lib/session";
import {
  changeUserRoleRecord,
  createUserAccount,
  issuePasswordResetLink,
  linkUserToRecord,
  setUserDisabledRecord,
  type Actor,
  type RecordLink,
  type UserWriteFailure,
} from "@/db/queries/users";
import { describeExpiry, roleLabel } from "./labels";

export interface UserActionState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  resetLink?: string;
}

const PAGE = "/admin/users";
const INVALID = "Check the highlighted fields.";
const FAILED = "Something went wrong; nothing was changed. Try again.";

const UserId = z.string().trim().min(1, "Choose an account.").max(36);
const RoleField = z.enum(ROLES, { error: "Choose student, faculty or admin." });

/** A linked record as the selects send it: "" (none), "student:<id>" or "faculty:<id>". */
const RecordField = z
  .string()
  .trim()
  .max(300)
  .optional()
  .transform((value, ctx): RecordLink => {
    if (!value) return null;
    const [kind, ...rest] = value.split(":");
    const id = rest.join(":");
    if (kind === "student" && id) return { studentId: id };
    const facultyId = z.coerce.number().int().positive().safeParse(id);
    if (kind === "faculty" && facultyId.success) return { facultyId: facultyId.data };
    ctx.addIssue({ code: "custom", message: "Choose a record from the list." });
    return z.NEVER;
  });

const CreateUserForm = z.object({
  name: z.string().trim().min(1, "Enter the person's name.").max(255, "Use at most 255 characters."),
  email: z.string().trim().toLowerCase().max(255, "Use at most 255 characters.").pipe(z.email("Enter a valid e-mail address.")),
  role: RoleField,
  record: RecordField,
});

const ChangeRoleForm = z.object({ userId: UserId, role: RoleField });
const LinkRecordForm = z.object({ userId: UserId, record: RecordField });
const SetDisabledForm = z.object({ userId: UserId, disabled: z.stringbool() });
const ResetLinkForm = z.object({ userId: UserId });

export async function createUser(_previous: UserActionState, formData: FormData): Promise<UserActionState> {
  const viewer = await requireRole("admin");
  const parsed = CreateUserForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, "fields");
  const { name, email, role, record } = parsed.data;
  const result = await attempt("createUser", () => createUserAccount({ name, email, role, link: record }, actor(viewer)));
  if (!result.ok) return failure(result);
  revalidatePath(PAGE);
  return {
    status: "success",
    message: `Account created for ${name}. Send them this one-time link to set a password; ${describeExpiry(result.expiresAt)}.`,
    resetLink: resetPath(result.token),
  };
}

export async function changeUserRole(_previous: UserActionState, formData: FormData): Promise<UserActionState> {
  const viewer = await requireRole("admin");
  const parsed = ChangeRoleForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await attempt("changeUserRole", () => changeUserRoleRecord(parsed.data.userId, parsed.data.role, actor(viewer)));
  if (!result.ok) return failure(result);
  if (result.unchanged) return { status: "success", message: `${result.name} is already ${roleLabel(result.role).toLowerCase()}.` };
  revalidatePath(PAGE);
  const cleared = result.clearedLink ? " Their linked record was removed, as it does not fit the new role." : "";
  return { status: "success", message: `${result.name} is now ${roleLabel(result.role).toLowerCase()}.${cleared}` };
}

export async function linkUserRecord(_previous: UserActionState, formData: FormData): Promise<UserActionState> {
  const viewer = await requireRole("admin");
  const parsed = LinkRecordForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { userId, record } = parsed.data;
  const result = await attempt("linkUserRecord", () => linkUserToRecord(userId, record, actor(viewer)));
  if (!result.ok) return failure(result);
  if (result.unchanged) return { status: "success", message: "No change." };
  revalidatePath(PAGE);
  return { status: "success", message: record ? `Record linked to ${result.name}.` : `${result.name} has no linked record now.` };
}

export async function setUserDisabled(_previous: UserActionState, formData: FormData): Promise<UserActionState> {
  const viewer = await requireRole("admin");
  const parsed = SetDisabledForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { userId, disabled } = parsed.data;
  const result = await attempt("setUserDisabled", () => setUserDisabledRecord(userId, disabled, actor(viewer)));
  if (!result.ok) return failure(result);
  revalidatePath(PAGE);
  return {
    status: "success",
    message: disabled ? `${result.name}'s account is disabled.` : `${result.name}'s account is active again.`,
  };
}

export async function createPasswordResetLink(_previous: UserActionState, formData: FormData): Promise<UserActionState> {
  const viewer = await requireRole("admin");
  const parsed = ResetLinkForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await attempt("createPasswordResetLink", () => issuePasswordResetLink(parsed.data.userId, actor(viewer)));
  if (!result.ok) return failure(result);
  revalidatePath(PAGE);
  return {
    status: "success",
    message: `One-time link for ${result.name}; ${describeExpiry(result.expiresAt)}. Earlier links no longer work.`,
    resetLink: resetPath(result.token),
  };
}

function actor(viewer: Viewer): Actor {
  return { userId: viewer.userId, email: viewer.email };
}

function resetPath(token: string): string {
  return `/reset-password/${token}`;
}

/**
 * The new-account form highlights its fields; a row control has one field at most, so its
 * message says what was wrong instead.
 */
function invalid(error: z.ZodError, summary: "fields" | "first" = "first"): UserActionState {
  const message = summary === "fields" ? INVALID : (error.issues[0]?.message ?? INVALID);
  return { status: "error", message, fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]> };
}

function failure(result: Pick<UserWriteFailure, "message" | "field">): UserActionState {
  return { status: "error", message: result.message, ...(result.field ? { fieldErrors: { [result.field]: [result.message] } } : {}) };
}

/** Runs a write; an unexpected error is logged here and the admin sees a safe message. */
async function attempt<T>(action: string, write: () => Promise<T>): Promise<T | { ok: false; message: string; field?: never }> {
  try {
    return await write();
  } catch (error) {
    console.error(`[admin/users] ${action} failed:`, error);
    return { ok: false, message: FAILED };
  }
}
