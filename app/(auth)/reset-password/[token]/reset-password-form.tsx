"use client";

import Link from "next/link";
import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import type { ResetPasswordState } from "./actions";

const initial: ResetPasswordState = { status: "idle" };

export function ResetPasswordForm({
  email,
  action: resetAction,
}: {
  email: string;
  action: (previous: ResetPasswordState, formData: FormData) => Promise<ResetPasswordState>;
}) {
  const [state, action, pending] = useActionState(resetAction, initial);
  const passwordError = state.fieldErrors?.password?.[0];
  const confirmError = state.fieldErrors?.confirmPassword?.[0];

  if (state.status === "success") {
    return (
      <div role="status" className="space-y-3 rounded-md border border-green-200 bg-green-50 px-4 py-3 text-center">
        <p className="font-semibold text-ok">{state.message}</p>
        <Link href="/login" className="font-semibold text-brand underline-offset-4 hover:underline">
          Sign in
        </Link>
      </div>
    );
  }

  return (
    <form action={action} className="space-y-4" noValidate>
      {/* Lets password managers store the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <div aria-live="assertive">
        {state.status === "error" && state.message ? (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-bad">
            {state.message}
          </p>
        ) : null}
      </div>
      <TextField
        id="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters."
        error={passwordError}
      />
      <TextField id="confirmPassword" label="Confirm new password" type="password" autoComplete="new-password" required error={confirmError} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-60"
      >
        {pending ? "Setting password…" : "Set password"}
      </button>
    </form>
  );
}
