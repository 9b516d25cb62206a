"use server";

import { z } from "zod";
import { PasswordSchema } from "@/app/lib/auth/password";
import { resetPasswordWithToken } from "@/db/queries/users";
import { INVALID_LINK_MESSAGE, ResetToken } from "./token";

export interface ResetPasswordState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: { password?: string[]; confirmPassword?: string[] };
}

const ResetPasswordForm = z
  .object({
    password: PasswordSchema,
    confirmPassword: z.string().max(200),
  })
  .refine((form) => form.password === form.confirmPassword, {
    message: "The two passwords do not match.",
    path: ["confirmPassword"],
  });

/**
 * Public: whoever holds the link may set the password. The token is checked again here, in the
 * same transaction that spends it, whatever the page showed.
 */
export async function resetPassword(token: string, _previous: ResetPasswordState, formData: FormData): Promise<ResetPasswordState> {
  const parsedToken = ResetToken.safeParse(token);
  if (!parsedToken.success) return { status: "error", message: INVALID_LINK_MESSAGE };
  const parsed = ResetPasswordForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: "error", message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  try {
    const result = await resetPasswordWithToken(parsedToken.data, parsed.data.password);
    if (!result.ok) return { status: "error", message: INVALID_LINK_MESSAGE };
  } catch (error) {
    console.error("[reset-password] failed:", error);
    return { status: "error", message: "Something went wrong; your password was not changed. Try again." };
  }
  return { status: "success", message: "Password set. You can now sign in." };
}
