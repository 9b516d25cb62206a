"use client";

import { startTransition, useActionState, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { TextField } from "@/components/ui/text-field";
import { createApiToken, revokeApiToken, type TokenActionState } from "./actions";

const idle: TokenActionState = { status: "idle" };
const button = "rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-60";
const smallButton =
  "whitespace-nowrap rounded-md border border-line bg-white px-3 py-1 text-sm font-semibold hover:bg-canvas disabled:opacity-60";

export function NewTokenForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(async (previous: TokenActionState, formData: FormData) => {
    const next = await createApiToken(previous, formData);
    if (next.status === "success") formRef.current?.reset();
    return next;
  }, idle);

  // Submitted by hand so a refused form keeps what was typed (a form action resets it).
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <div className="space-y-4">
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-64">
          <TextField
            id="token-name"
            name="name"
            label="Name"
            hint="Say which agent will use it, e.g. “Thermal model watcher”."
            autoComplete="off"
            maxLength={100}
            required
            error={state.fieldErrors?.name?.[0]}
          />
        </div>
        <button type="submit" disabled={pending} className={`${button} mb-7`}>
          Create token
        </button>
      </form>
      {state.status === "error" && state.message ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-bad">
          {state.message}
        </p>
      ) : null}
      <div aria-live="polite" className="text-sm">
        {state.status === "success" ? <p className="text-ok">{state.message}</p> : null}
      </div>
      {state.status === "success" && state.token ? (
        <TokenNotice key={state.token} token={state.token} name={state.tokenName ?? "the new token"} />
      ) : null}
    </div>
  );
}

/** The token in full, once: only its hash is stored, so it cannot be shown again. */
function TokenNotice({ token, name }: { token: string; name: string }) {
  const id = useId();
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  async function copyToken() {
    try {
      await navigator.clipboard.writeText(token);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <label htmlFor={id} className="block font-semibold">
        Token for {name}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          type="text"
          readOnly
          value={token}
          spellCheck={false}
          aria-describedby={`${id}-warning`}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 basis-72 rounded-md border border-line bg-white px-2 py-1 font-mono text-sm"
        />
        <button type="button" onClick={copyToken} className={smallButton}>
          Copy token
        </button>
      </div>
      <p id={`${id}-warning`}>
        <strong>Copy it now: it will not be shown again.</strong> Basecamp keeps only a hash of it. Store it in the
        agent&apos;s secret store; if it is lost, revoke it and create a new one.
      </p>
      <p role="status">
        {copy === "copied" ? "Token copied." : copy === "failed" ? "Could not copy: select the token and copy it by hand." : null}
      </p>
    </div>
  );
}

/**
 * Revoking takes two clicks: the first says what will happen, the second does it. Still
 * rendered once the token is revoked, so the outcome stays on screen and is announced.
 */
export function RevokeTokenForm({ tokenId, name, revoked }: { tokenId: number; name: string; revoked: boolean }) {
  const [state, action, pending] = useActionState(revokeApiToken, idle);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const id = useId();

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (returnFocus.current) startRef.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  return (
    <div className="space-y-1">
      {revoked ? null : confirming ? (
        <form action={action} className="space-y-2" aria-describedby={`${id}-consequence`}>
          <input type="hidden" name="tokenId" value={tokenId} />
          <p id={`${id}-consequence`} className="max-w-64 text-sm">
            Agents using “{name}” will be refused at once. This cannot be undone.
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              ref={confirmRef}
              type="submit"
              disabled={pending}
              className="whitespace-nowrap rounded-md border border-red-700 bg-red-700 px-3 py-1 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
            >
              Yes, revoke<span className="sr-only"> {name}</span>
            </button>
            <button
              type="button"
              onClick={() => {
                returnFocus.current = true;
                setConfirming(false);
              }}
              className={smallButton}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button ref={startRef} type="button" onClick={() => setConfirming(true)} className={smallButton}>
          Revoke<span className="sr-only"> {name}</span>
        </button>
      )}
      <div className="text-sm">
        <p role="status" className="text-ok">
          {state.status === "success" ? state.message : null}
        </p>
        {state.status === "error" && state.message ? (
          <p role="alert" className="text-bad">
            {state.message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
