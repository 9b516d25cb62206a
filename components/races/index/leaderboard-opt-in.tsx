"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { LeaderboardOptInState } from "@/app/(app)/races/actions";
import { primaryButton } from "@/components/modules/labels";

type OptInAction = (previous: LeaderboardOptInState, formData: FormData) => Promise<LeaderboardOptInState>;

const idle: LeaderboardOptInState = { status: "idle" };

/**
 * The student's leaderboard opt-in: off by default. Submitted by hand so the box keeps what the
 * student chose while it saves (a form action would reset it to the old value first).
 */
export function LeaderboardOptInForm({ initial, action }: { initial: boolean; action: OptInAction }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const [checked, setChecked] = useState(initial);
  const saved = state.status === "success" && state.publicLeaderboard !== undefined ? state.publicLeaderboard : initial;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData();
    formData.set("publicLeaderboard", checked ? "true" : "false");
    startTransition(() => formAction(formData));
  }

  return (
    <form action={formAction} onSubmit={onSubmit} aria-labelledby="opt-in-heading" className="max-w-3xl space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm">
      <h2 id="opt-in-heading" className="text-xl font-semibold">
        Your name on leaderboards
      </h2>
      <div className="flex items-start gap-3">
        <input
          id="opt-in"
          type="checkbox"
          name="publicLeaderboard"
          value="true"
          checked={checked}
          onChange={(event) => setChecked(event.target.checked)}
          aria-describedby="opt-in-hint"
          className="mt-1 size-5"
        />
        <div className="space-y-1">
          <label htmlFor="opt-in" className="font-medium">
            Show my name on leaderboards
          </label>
          <p id="opt-in-hint" className="text-sm text-muted">
            Off unless you turn it on: other students then see you as “Anonymous student”, with your team, time and medal. Faculty of your
            university always see your name, and you always see your own. Currently: {saved ? "your name is shown" : "you are anonymous"}.
          </p>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          Save
        </button>
        <p role="status" className={`text-sm ${state.status === "error" ? "text-bad" : "text-ok"}`}>
          {state.status === "idle" ? "" : state.message}
        </p>
      </div>
    </form>
  );
}
