"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { attachEnvironment, detachEnvironment, type SandboxActionState } from "@/app/(app)/modules/[slug]/sandbox-actions";
import { primaryButton, secondaryButton } from "@/components/modules/labels";
import { useAnnounce } from "./announcer";

const idle: SandboxActionState = { status: "idle" };
const fieldClass = "w-full rounded-md border border-line bg-white px-3 py-2 text-base";

export interface EnvironmentOption {
  environmentId: number;
  label: string;
}

/**
 * Attach one of the available environments not attached yet, with instructions for students.
 * Submitted by hand so a refused attempt keeps what was typed (a form action resets the form);
 * a successful one clears it.
 */
export function AttachEnvironmentForm({ slug, options }: { slug: string; options: EnvironmentOption[] }) {
  const [state, formAction, pending] = useActionState(attachEnvironment, idle);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state.status === "success") formRef.current?.reset();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  const environmentError = state.fieldErrors?.environmentId?.[0];
  const instructionsError = state.fieldErrors?.instructions?.[0];
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="attach-environment-heading" className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm">
      <h3 id="attach-environment-heading" className="text-lg font-semibold">
        Attach an environment
      </h3>
      {options.length === 0 ? (
        <p className="text-muted">Every available environment is attached to this module already.</p>
      ) : (
        <>
          <input type="hidden" name="slug" value={slug} />
          <div className="min-w-0 space-y-1">
            <label htmlFor="attach-environment" className="block text-sm font-medium">
              Environment
            </label>
            <select
              key={options.map((o) => o.environmentId).join(",")}
              id="attach-environment"
              name="environmentId"
              defaultValue=""
              aria-invalid={environmentError ? true : undefined}
              aria-describedby={`attach-environment-hint${environmentError ? " attach-environment-error" : ""}`}
              className={fieldClass}
            >
              <option value="">Choose an environment</option>
              {options.map((o) => (
                <option key={o.environmentId} value={o.environmentId}>
                  {o.label}
                </option>
              ))}
            </select>
            <p id="attach-environment-hint" className="text-sm text-muted">
              Environments in maintenance or retired are not offered.
            </p>
            {environmentError ? (
              <p id="attach-environment-error" className="text-sm text-bad">
                {environmentError}
              </p>
            ) : null}
          </div>
          <div className="space-y-1">
            <label htmlFor="attach-instructions" className="block text-sm font-medium">
              Instructions for students
            </label>
            <textarea
              id="attach-instructions"
              name="instructions"
              rows={5}
              maxLength={4000}
              aria-invalid={instructionsError ? true : undefined}
              aria-describedby={`attach-instructions-hint${instructionsError ? " attach-instructions-error" : ""}`}
              className={fieldClass}
            />
            <p id="attach-instructions-hint" className="text-sm text-muted">
              Markdown: what to build, measure or answer in this sandbox. Shown with the environment on this page.
            </p>
            {instructionsError ? (
              <p id="attach-instructions-error" className="text-sm text-bad">
                {instructionsError}
              </p>
            ) : null}
          </div>
          <button type="submit" disabled={pending} className={primaryButton}>
            Attach environment
          </button>
        </>
      )}
      <FormStatus state={state} />
    </form>
  );
}

/**
 * Detach one environment. The first press only asks: the answer says how many students have an
 * instance there (their sandboxes are kept); "Detach anyway" confirms.
 */
export function DetachEnvironmentForm({ slug, environmentId, headingId }: { slug: string; environmentId: number; headingId: string }) {
  const announce = useAnnounce();
  // The card goes away with a successful detach, so its answer is given by the section.
  const [state, formAction, pending] = useActionState(async (previous: SandboxActionState, formData: FormData) => {
    const answer = await detachEnvironment(previous, formData);
    if (answer.status === "success" && answer.message) announce(answer.message);
    return answer;
  }, idle);
  const [dismissed, setDismissed] = useState<SandboxActionState | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const confirming = state.status === "confirm" && dismissed !== state;
  const warningId = `detach-warning-${environmentId}`;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function send(confirm: boolean) {
    const data = new FormData();
    data.set("slug", slug);
    data.set("environmentId", String(environmentId));
    if (confirm) data.set("confirm", "yes");
    startTransition(() => formAction(data));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-2">
      {confirming ? (
        <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p id={warningId}>{state.message}</p>
          <div className="flex flex-wrap gap-2">
            <button
              ref={confirmRef}
              type="button"
              onClick={() => send(true)}
              disabled={pending}
              aria-describedby={warningId}
              className="whitespace-nowrap rounded-md border border-red-700 bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
            >
              Detach anyway
            </button>
            <button type="button" onClick={() => setDismissed(state)} className={secondaryButton}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <button type="submit" disabled={pending} aria-describedby={headingId} className={secondaryButton}>
          Detach
        </button>
      )}
      <FormStatus state={state} />
    </form>
  );
}

/** Success in a status region that is always there, so it is announced; an error as an alert. */
function FormStatus({ state }: { state: SandboxActionState }) {
  return (
    <div className="text-sm">
      <p role="status" className="text-ok">
        {state.status === "success" ? state.message : null}
      </p>
      {state.status === "error" && state.message ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-bad">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
