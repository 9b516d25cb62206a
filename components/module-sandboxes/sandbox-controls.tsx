"use client";

import { useActionState } from "react";
import { openSandbox, stopSandbox, type SandboxActionState } from "@/app/(app)/modules/[slug]/sandbox-actions";
import { primaryButton, secondaryButton } from "@/components/modules/labels";

const idle: SandboxActionState = { status: "idle" };

/**
 * A student's Open and Stop for one environment of a module. The page re-renders with their
 * sandbox's new state after each; the answer stays here, in a status region that is always
 * present so it is announced.
 */
export function SandboxControls({
  slug,
  environmentId,
  headingId,
  canOpen,
  canStop,
  reopen,
}: {
  slug: string;
  environmentId: number;
  /** The environment's heading, so "Open sandbox" says which one to a screen reader. */
  headingId: string;
  canOpen: boolean;
  canStop: boolean;
  /** Their sandbox exists but is stopped: opening starts a new instance. */
  reopen: boolean;
}) {
  const [state, action, pending] = useActionState(openOrStop, idle);
  if (!canOpen && !canStop) return null;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {canOpen ? (
          <form action={action}>
            <input type="hidden" name="intent" value="open" />
            <input type="hidden" name="slug" value={slug} />
            <input type="hidden" name="environmentId" value={environmentId} />
            <button type="submit" disabled={pending} aria-describedby={headingId} className={primaryButton}>
              Open sandbox
            </button>
          </form>
        ) : null}
        {canStop ? (
          <form action={action}>
            <input type="hidden" name="intent" value="stop" />
            <input type="hidden" name="slug" value={slug} />
            <input type="hidden" name="environmentId" value={environmentId} />
            <button type="submit" disabled={pending} aria-describedby={headingId} className={secondaryButton}>
              Stop
            </button>
          </form>
        ) : null}
      </div>
      {canOpen && reopen ? <p className="text-sm text-muted">Opening it again starts a new instance in the same sandbox.</p> : null}
      <p role="status" className="text-sm text-ok">
        {pending ? "Working…" : state.status === "success" ? state.message : null}
      </p>
      {!pending && state.status === "error" && state.message ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-bad">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}

/** One answer for both buttons: the latest is the one that matters. */
async function openOrStop(previous: SandboxActionState, formData: FormData): Promise<SandboxActionState> {
  return formData.get("intent") === "stop" ? stopSandbox(previous, formData) : openSandbox(previous, formData);
}
