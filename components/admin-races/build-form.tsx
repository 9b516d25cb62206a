"use client";

import Link from "next/link";
import { useActionState } from "react";
import { buildGhosts, type BuildGhostsState } from "@/app/(app)/admin/races/actions";
import { linkClass, primaryButton } from "@/components/modules/labels";

const idle: BuildGhostsState = { status: "idle" };

/** The ghost build's button and, once it has run, what it built with a link to its agent-log entry. */
export function BuildGhostsForm() {
  const [state, formAction, pending] = useActionState(buildGhosts, idle);
  return (
    <div className="space-y-3">
      <form action={formAction}>
        <button type="submit" disabled={pending} aria-describedby="build-progress" className={primaryButton}>
          Build ghosts
        </button>
        <span id="build-progress" className="ml-3 text-sm text-muted">
          {pending ? "Building…" : null}
        </span>
      </form>
      {state.status === "error" && state.message ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-bad">
          {state.message}
        </p>
      ) : null}
      <div role="status" aria-live="polite" className="text-sm">
        {state.status === "success" ? (
          <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-ok">
            {state.message}{" "}
            {state.logHref ? (
              <Link href={state.logHref} className={linkClass}>
                See its agent-log entry
              </Link>
            ) : null}
          </p>
        ) : null}
      </div>
    </div>
  );
}
