"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { finishAttempt, startAttempt, type FinishAttemptState, type StartAttemptState } from "@/app/(app)/modules/actions";
import { COMPETENCY_RULES } from "@/app/lib/domain/competency";
import { AttemptRunner, type RunnerData } from "./attempt-runner";
import { linkClass, primaryButton } from "./labels";
import { ResultsPanel, type AttemptResults } from "./results-panel";

/** Who is looking, and whether they may start this module. */
export type StartAccess =
  | { kind: "open" }
  | { kind: "locked"; missing: { slug: string; title: string }[] }
  /** Faculty and admins read the outline; only students take modules. */
  | { kind: "staff" }
  /** A student account without a student record: nothing could be recorded. */
  | { kind: "unlinked" };

const idleStart: StartAttemptState = { status: "idle" };
const idleFinish: FinishAttemptState = { status: "idle" };

/**
 * The part of the module page that changes as the student works: the outline and Start, the
 * attempt, then the results. It stays mounted while the server re-renders the page after
 * starting or finishing, so the results of the attempt just finished (with how it moved
 * competency, which is only known at that moment) stay on screen.
 */
export function ModuleWorkspace({
  slug,
  access,
  outline,
  attempt,
  lastResults,
  masteryThreshold,
}: {
  slug: string;
  access: StartAccess;
  outline: ReactNode;
  attempt: RunnerData | null;
  lastResults: AttemptResults | null;
  masteryThreshold: number;
}) {
  const [startState, startAction, starting] = useActionState(startAttempt, idleStart);
  const [finishState, finishAction, finishing] = useActionState(finishAttempt, idleFinish);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const finished = finishState.status === "success" ? finishState : null;

  useEffect(() => {
    if (finished) resultsRef.current?.focus();
  }, [finished]);

  if (attempt) {
    return (
      <AttemptRunner
        key={attempt.attemptId}
        data={attempt}
        finishAction={finishAction}
        finishing={finishing}
        finishError={finishState.status === "error" ? finishState.message : null}
        focusOnMount={startState.status === "success" && startState.attemptId === attempt.attemptId}
      />
    );
  }

  const results: AttemptResults | null = finished
    ? {
        attemptNumber: finished.outcome.attemptNumber,
        masteryScore: finished.outcome.masteryScore,
        masteryThreshold,
        timeSpentSeconds: finished.outcome.timeSpentSeconds,
        errorsCount: finished.outcome.errorsCount,
        mastered: finished.outcome.mastered,
        personalBest: finished.outcome.personalBest,
        bestMastery: finished.outcome.bestMastery,
        wrong: finished.outcome.wrong,
        competency: finished.outcome.competency,
      }
    : lastResults;

  return (
    <div className="space-y-6">
      {results ? <ResultsPanel results={results} headingRef={resultsRef} lead={finished ? "Your result" : "Your last result"} /> : null}
      {results ? null : outline}
      <StartPanel
        slug={slug}
        access={access}
        again={results !== null}
        action={startAction}
        starting={starting}
        error={startState.status === "error" ? startState.message : null}
      />
      {results ? outline : null}
    </div>
  );
}

function StartPanel({
  slug,
  access,
  again,
  action,
  starting,
  error,
}: {
  slug: string;
  access: StartAccess;
  again: boolean;
  action: (formData: FormData) => void;
  starting: boolean;
  error: string | null;
}) {
  if (access.kind === "staff") {
    return <p className="text-muted">Students take this module here: the sections, then its checkpoints. Faculty and admins see its outline.</p>;
  }
  if (access.kind === "unlinked") {
    return (
      <p className="rounded-md border border-dashed border-line bg-white p-4 text-muted">
        Your account is not linked to a student record yet, so an attempt could not be recorded. Ask an admin to link it.
      </p>
    );
  }
  if (access.kind === "locked") {
    return (
      <div className="space-y-2 rounded-md border border-amber-200 bg-amber-50 p-4">
        <p className="font-semibold">
          <span aria-hidden="true">🔒 </span>Locked — master{" "}
          {access.missing.map((m, i) => (
            <span key={m.slug}>
              {i > 0 ? (i === access.missing.length - 1 ? " and " : ", ") : null}
              <Link href={`/modules/${m.slug}`} className={linkClass}>
                {m.title}
              </Link>
            </span>
          ))}{" "}
          first.
        </p>
        <p className="text-sm text-muted">A module opens once each of its required prerequisites is mastered (a finished attempt scoring {COMPETENCY_RULES.masteryThreshold} or more).</p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      <button type="submit" disabled={starting} className={primaryButton}>
        {starting ? "Starting…" : again ? "Try again" : "Start module"}
      </button>
      <p className="text-sm text-muted">
        {again
          ? "A new attempt starts with blank answers; your best score is kept."
          : "The clock starts when you press Start; your answers are saved as you go."}
      </p>
      {error ? (
        <p role="alert" className="text-sm text-bad">
          {error}
        </p>
      ) : null}
    </form>
  );
}
