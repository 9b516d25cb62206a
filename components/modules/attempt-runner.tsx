"use client";

import { startTransition, useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { CheckpointAnswers, PublicCheckpoint } from "@/app/lib/domain/module-spec";
import { CheckpointForm, type CheckpointReview } from "./checkpoint-form";
import { ElapsedTimer } from "./elapsed-timer";
import { plural, primaryButton, secondaryButton } from "./labels";

/** An attempt in progress, as the page hands it over: the public spec only, plus what is already submitted. */
export interface RunnerData {
  attemptId: number;
  startedAt: string;
  /** The server's clock when the page was rendered. */
  serverNow: string;
  /** Sections in order, their markdown already rendered on the server. */
  sections: { title: string; body: ReactNode }[];
  checkpoints: PublicCheckpoint[];
  answers: Record<string, CheckpointAnswers>;
  /** Submitted checkpoints only. */
  reviews: Record<string, CheckpointReview>;
}

export function AttemptRunner({
  data,
  finishAction,
  finishing,
  finishError,
  focusOnMount,
}: {
  data: RunnerData;
  finishAction: (formData: FormData) => void;
  finishing: boolean;
  finishError: string | null;
  focusOnMount: boolean;
}) {
  const router = useRouter();
  const [reviews, setReviews] = useState(data.reviews);
  const [answers, setAnswers] = useState(data.answers);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const topRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const flushers = useRef(new Map<string, () => Promise<void>>());
  const [flushing, startFlush] = useTransition();
  const busy = finishing || flushing;

  useEffect(() => {
    if (focusOnMount) topRef.current?.focus();
  }, [focusOnMount]);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const total = data.checkpoints.length;
  const submitted = data.checkpoints.filter((c) => reviews[c.id]).length;
  const open = total - submitted;
  const numberOf = new Map(data.checkpoints.map((c, i) => [c.id, i + 1]));

  // Answers still waiting for their save delay are saved first: finishing scores what is saved.
  const finish = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startFlush(async () => {
      await Promise.all([...flushers.current.values()].map((flush) => flush()));
      startTransition(() => finishAction(formData));
    });
  };

  const onSubmitted = (checkpointId: string, review: CheckpointReview, sent: CheckpointAnswers) => {
    setReviews((current) => ({ ...current, [checkpointId]: review }));
    setAnswers((current) => ({ ...current, [checkpointId]: sent }));
  };

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line bg-white px-4 py-3">
        <h2 ref={topRef} tabIndex={-1} className="font-semibold">
          Attempt in progress
        </h2>
        <p className="text-sm text-muted">
          {submitted} of {plural(total, "checkpoint")} submitted
        </p>
        <ElapsedTimer startedAt={data.startedAt} serverNow={data.serverNow} />
      </div>

      {problem ? (
        <div role="alert" className="space-y-2 rounded-md border border-red-200 bg-red-50 px-4 py-3">
          <p className="font-semibold text-bad">{problem}</p>
          <button type="button" onClick={() => router.refresh()} className={secondaryButton}>
            Reload the module
          </button>
        </div>
      ) : null}

      <ol className="space-y-10">
        {data.sections.map((section, index) => (
          <li key={index} className="space-y-6">
            <section aria-labelledby={`section-${index}`} className="space-y-4">
              <h2 id={`section-${index}`} className="text-2xl font-semibold">
                <span className="text-muted">{index + 1}.</span> {section.title}
              </h2>
              <div className="max-w-3xl">{section.body}</div>
            </section>
            {data.checkpoints
              .filter((checkpoint) => checkpoint.afterSection === index)
              .map((checkpoint) => (
                <CheckpointForm
                  key={checkpoint.id}
                  attemptId={data.attemptId}
                  checkpoint={checkpoint}
                  number={numberOf.get(checkpoint.id)!}
                  saved={answers[checkpoint.id]}
                  review={reviews[checkpoint.id] ?? null}
                  onSubmitted={onSubmitted}
                  onProblem={setProblem}
                  flushers={flushers}
                />
              ))}
          </li>
        ))}
      </ol>

      <section aria-labelledby="finish-heading" className="space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
        <h2 id="finish-heading" className="text-xl font-semibold">
          Finish the module
        </h2>
        <p>
          {open === 0
            ? "Every checkpoint is submitted. Finishing records your score, time and errors."
            : `${plural(open, "checkpoint")} not submitted yet. Finishing scores ${open === 1 ? "it" : "them"} with the answers given so far; a blank question counts as wrong.`}
        </p>
        <form onSubmit={finish} className="space-y-3">
          <input type="hidden" name="attemptId" value={data.attemptId} />
          {open > 0 && confirming ? (
            <div ref={confirmRef} tabIndex={-1} className="space-y-3 rounded-md border border-amber-200 bg-amber-50 p-3">
              <p className="font-semibold text-warn">
                Finish with {plural(open, "checkpoint")} not submitted? {open === 1 ? "It is" : "They are"} scored as they stand, and a blank question counts as wrong.
              </p>
              <div className="flex flex-wrap gap-3">
                <button type="submit" disabled={busy} className={primaryButton}>
                  {busy ? "Finishing…" : "Finish anyway"}
                </button>
                <button type="button" onClick={() => setConfirming(false)} className={secondaryButton}>
                  Keep working
                </button>
              </div>
            </div>
          ) : open > 0 ? (
            <button type="button" onClick={() => setConfirming(true)} className={primaryButton}>
              Finish module
            </button>
          ) : (
            <button type="submit" disabled={busy} className={primaryButton}>
              {busy ? "Finishing…" : "Finish module"}
            </button>
          )}
          {finishError ? (
            <p role="alert" className="text-sm text-bad">
              {finishError}
            </p>
          ) : null}
        </form>
      </section>
    </div>
  );
}
