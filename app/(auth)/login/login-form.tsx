"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import { signInWithPassword, type SignInState } from "./actions";

const initial: SignInState = { status: "idle" };

export function LoginForm({ callbackUrl, ssoName }: { callbackUrl?: string; ssoName?: string }) {
  const [state, action, pending] = useActionState(signInWithPassword, initial);
  const emailError = state.fieldErrors?.email?.[0];
  const passwordError = state.fieldErrors?.password?.[0];
  return (
    <form action={action} className="space-y-4" noValidate>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <div aria-live="assertive">
        {state.status === "error" && state.message ? (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-bad">
            {state.message}
          </p>
        ) : null}
      </div>
      <TextField id="email" label="Email" type="email" autoComplete="username" required defaultValue={state.email} error={emailError} />
      <TextField id="password" label="Password" type="password" autoComplete="current-password" required error={passwordError} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
      {ssoName ? <p className="text-center text-sm text-muted">or</p> : null}
    </form>
  );
}
