"use client";

import { useActionState } from "react";
import type { ReviewRunState } from "@/app/(app)/races/[module]/review-actions";
import { primaryButton, scoreText, secondaryButton } from "@/components/modules/labels";
import type { FlaggedRun } from "@/db/queries/leaderboard-review";
import { dayText, RaceTime } from "./format";

type ReviewAction = (previous: ReviewRunState, formData: FormData) => Promise<ReviewRunState>;

const idle: ReviewRunState = { status: "idle" };

/**
 * Staff's review queue on a module's board. One action state for the whole list, so the status
 * message stays on screen after the reviewed run leaves the list.
 */
export function FlaggedRuns({
  slug,
  runs,
  total,
  scope,
  action,
}: {
  slug: string;
  runs: FlaggedRun[];
  total: number;
  scope: "university" | "all";
  action: ReviewAction;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <section aria-labelledby="flagged-heading" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50/60 p-4">
      <h3 id="flagged-heading" className="text-lg font-semibold">
        Flagged for review
      </h3>
      <p className="text-sm text-muted">
        Runs kept off the board as implausibly fast or under the mastery line
        {scope === "university" ? ", of your university's students" : ", of every university"}. List a run to put it on the board, or reject it
        to keep it off for good; either is recorded in the audit log.
      </p>
      <p role="status" className={`min-h-5 text-sm font-medium ${state.status === "error" ? "text-bad" : "text-ok"}`}>
        {state.status === "idle" ? "" : state.message}
      </p>
      {runs.length === 0 ? (
        <p className="text-sm">No runs are waiting for review.</p>
      ) : (
        <ul className="space-y-3">
          {runs.map((run) => (
            <li key={run.runId}>
              <article aria-labelledby={`flagged-${run.runId}`} className="space-y-2 rounded-md border border-line bg-white p-3">
                <h4 id={`flagged-${run.runId}`} className="font-semibold">
                  {run.name}
                  <span className="font-normal text-muted">
                    {" "}
                    · {run.team ?? "No team"} · {run.university}
                  </span>
                </h4>
                <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
                  <div className="flex gap-1">
                    <dt className="text-muted">Time:</dt>
                    <dd>{run.timeSeconds === null ? "—" : <RaceTime seconds={run.timeSeconds} />}</dd>
                  </div>
                  <div className="flex gap-1">
                    <dt className="text-muted">Mastery:</dt>
                    <dd>{run.masteryScore === null ? "—" : scoreText(run.masteryScore)}</dd>
                  </div>
                  <div className="flex gap-1">
                    <dt className="text-muted">Finished:</dt>
                    <dd>{run.finishedAt ? dayText(run.finishedAt) : "—"}</dd>
                  </div>
                </dl>
                <div className="text-sm">
                  <p className="font-medium">{run.reasons.length === 1 ? "Reason" : "Reasons"}</p>
                  <ul className="list-disc pl-5">
                    {run.reasons.length > 0 ? run.reasons.map((reason) => <li key={reason}>{reason}</li>) : <li>No reason was recorded.</li>}
                  </ul>
                </div>
                <form action={formAction} className="flex flex-wrap items-end gap-3">
                  <input type="hidden" name="runId" value={run.runId} />
                  <input type="hidden" name="slug" value={slug} />
                  <div className="min-w-0 grow space-y-1 sm:max-w-sm">
                    <label htmlFor={`note-${run.runId}`} className="block text-sm font-medium">
                      Note for the audit log (optional)
                    </label>
                    <input id={`note-${run.runId}`} name="note" maxLength={1000} className="w-full rounded-md border border-line bg-white px-3 py-2 text-base" />
                  </div>
                  <div className="flex gap-2">
                    <button type="submit" name="decision" value="list" disabled={pending} className={primaryButton}>
                      List
                      <span className="sr-only"> the run of {run.name}</span>
                    </button>
                    <button type="submit" name="decision" value="reject" disabled={pending} className={secondaryButton}>
                      Reject
                      <span className="sr-only"> the run of {run.name}</span>
                    </button>
                  </div>
                </form>
              </article>
            </li>
          ))}
        </ul>
      )}
      {total > runs.length ? <p className="text-sm text-muted">Showing the {runs.length} oldest of {total} runs waiting.</p> : null}
    </section>
  );
}
