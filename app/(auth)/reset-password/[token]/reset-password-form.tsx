"use client";

import Link from "next/link";
import { useActionState } from "react";
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
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium">
          New password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "password-hint password-error" : "password-hint"}
          className="w-full rounded-md border border-line bg-white px-3 py-2 text-base"
        />
        <p id="password-hint" className="text-sm text-muted">
          At least 10 characters.
        </p>
        {passwordError ? (
          <p id="password-error" className="text-sm text-bad">
            {passwordError}
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <label htmlFor="confirmPassword" className="block text-sm font-medium">
          Confirm new password
        </label>
        <input
          id="confirmPassword"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={confirmError ? "confirmPassword-error" : undefined}
          className="w-full rounded-md border border-line bg-white px-3 py-2 text-base"
        />
        {confirmError ? (
          <p id="confirmPassword-error" className="text-sm text-bad">
            {confirmError}
          </p>
        ) : null}
      </div>
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
