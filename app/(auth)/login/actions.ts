"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { signIn } from "@/auth";
import { safeCallbackPath } from "@/app/lib/auth/callback";
import { clientIp, rateLimitMessage } from "@/app/lib/auth/rate-limit";
import { signInRateLimit } from "@/db/queries/auth";

export interface SignInState {
  status: "idle" | "error";
  message?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
  email?: string;
}

const SignInForm = z.object({
  email: z.email("Enter the e-mail address of your account.").max(255),
  password: z.string().min(1, "Enter your password.").max(200),
  callbackUrl: z.string().optional(),
});


export async function signInWithPassword(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = SignInForm.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) {
    return { status: "error", message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors, email };
  }
  const limit = await signInRateLimit(parsed.data.email, clientIp(await headers()));
  if (limit.limited) return { status: "error", message: rateLimitMessage(limit.retryAfterMinutes), email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackPath(parsed.data.callbackUrl),
    });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      const again = await signInRateLimit(parsed.data.email, clientIp(await headers()));
      return { status: "error", message: rateLimitMessage(Math.max(1, again.retryAfterMinutes)), email };
    }
    // Never say which of the two was wrong: that would tell an attacker the account exists.
    if (error instanceof AuthError) return { status: "error", message: "Wrong email or password.", email };
    throw error;
  }
  return { status: "idle" };
}

/** Starts the university SSO sign-in (only offered when AUTH_OIDC_* is configured). */
export async function signInWithSso(formData: FormData): Promise<void> {
  if (!process.env.AUTH_OIDC_ISSUER) return;
  const callbackUrl = formData.get("callbackUrl");
  await signIn("university-sso", { redirectTo: safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : undefined) });
}
