"use client";

import { startTransition, useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { CheckpointAnswers, PublicCheckpoint } from "@/app/lib/domain/module-spec";
import { ElapsedTimer } from "@/components/modules/elapsed-timer";
import { durationText, plural, primaryButton, secondaryButton } from "@/components/modules/labels";
import { RaceCheckpoint, type SubmittedCheckpoint } from "./race-checkpoint";
import { deltaWords } from "./race-format";
import { SplitTimeline } from "./split-timeline";

/** A race in progress, as the page hands it over: the attempt's public spec and what the server recorded. */
export interface RaceRunnerData {
  attemptId: number;
  startedAt: string;
  /** The server's clock when the page was rendered: the timer counts from it, not from this device's clock. */
  serverNow: string;
  ghostLabel: string;
  ghostFinish: number | null;
  /** The mastery line of the version raced. */
  masteryThreshold: number;
  /** Sections in order, their markdown already rendered on the server. */
  sections: { title: string; body: ReactNode }[];
  checkpoints: PublicCheckpoint[];
  /** The chosen ghost's time at each checkpoint, by checkpoint id. */
  ghostAt: Record<string, number | null>;
  answers: Record<string, CheckpointAnswers>;
  submitted: Record<string, SubmittedCheckpoint>;
}

export function RaceRunner({
  data,
  finishAction,
  finishing,
  finishError,
  focusOnMount,
}: {
  data: RaceRunnerData;
  finishAction: (formData: FormData) => void;
  finishing: boolean;
  finishError: string | null;
  focusOnMount: boolean;
}) {
  const router = useRouter();
  const [submitted, setSubmitted] = useState(data.submitted);
  const [announcement, setAnnouncement] = useState("");
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
  const done = data.checkpoints.filter((c) => submitted[c.id]).length;
  const open = total - done;
  const numberOf = new Map(data.checkpoints.map((c, i) => [c.id, i + 1]));
  const splits = Object.fromEntries(Object.entries(submitted).map(([id, s]) => [id, s.split]));

  const onSubmitted = (checkpointId: string, result: SubmittedCheckpoint) => {
    setSubmitted((current) => ({ ...current, [checkpointId]: result }));
    // The timer is silent; this one polite sentence per checkpoint is what a screen reader hears.
    const { split } = result;
    setAnnouncement(
      [
        `Checkpoint ${numberOf.get(checkpointId)} at ${durationText(split.seconds)}`,
        split.delta ? deltaWords(split.delta) : "no ghost time here",
        split.newBest ? "new best split" : null,
      ]
        .filter(Boolean)
        .join(", ") + ".",
    );
  };

  // Answers still waiting for their save delay are saved first: finishing scores what is saved.
  const finish = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startFlush(async () => {
      await Promise.all([...flushers.current.values()].map((flush) => flush()));
      startTransition(() => finishAction(formData));
    });
  };

  return (
    <div className="space-y-8">
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 rounded-lg border border-line bg-white px-4 py-3 shadow-sm">
        <h2 ref={topRef} tabIndex={-1} className="font-semibold">
          Race in progress <span className="font-normal text-muted">against {data.ghostLabel}</span>
        </h2>
        <p className="text-sm text-muted">
          {done} of {plural(total, "checkpoint")} submitted
        </p>
        <ElapsedTimer startedAt={data.startedAt} serverNow={data.serverNow} />
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>

      {problem ? (
        <div role="alert" className="space-y-2 rounded-md border border-red-200 bg-red-50 px-4 py-3">
          <p className="font-semibold text-bad">{problem}</p>
          <button type="button" onClick={() => router.refresh()} className={secondaryButton}>
            Reload the race
          </button>
        </div>
      ) : null}

      <SplitTimeline
        checkpoints={data.checkpoints.map((c) => ({ id: c.id, title: c.title, ghostSeconds: data.ghostAt[c.id] ?? null }))}
        splits={splits}
        ghostLabel={data.ghostLabel}
        ghostFinish={data.ghostFinish}
      />

      <ol className="space-y-10">
        {data.sections.map((section, index) => (
          <li key={index} className="space-y-6">
            <section aria-labelledby={`race-section-${index}`} className="space-y-4">
              <h2 id={`race-section-${index}`} className="text-2xl font-semibold">
                <span className="text-muted">{index + 1}.</span> {section.title}
              </h2>
              <div className="max-w-3xl">{section.body}</div>
            </section>
            {data.checkpoints
              .filter((checkpoint) => checkpoint.afterSection === index)
              .map((checkpoint) => (
                <RaceCheckpoint
                  key={checkpoint.id}
                  attemptId={data.attemptId}
                  checkpoint={checkpoint}
                  number={numberOf.get(checkpoint.id)!}
                  ghostLabel={data.ghostLabel}
                  ghostSeconds={data.ghostAt[checkpoint.id] ?? null}
                  saved={data.answers[checkpoint.id]}
                  submitted={submitted[checkpoint.id] ?? null}
                  onSubmitted={onSubmitted}
                  onProblem={setProblem}
                  flushers={flushers}
                />
              ))}
          </li>
        ))}
      </ol>

      <section aria-labelledby="finish-race-heading" className="space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
        <h2 id="finish-race-heading" className="text-xl font-semibold">
          Cross the finish line
        </h2>
        <p>
          {open === 0
            ? "Every checkpoint is submitted. Finishing stops the clock on the server, scores the run and puts it on the leaderboard."
            : `${plural(open, "checkpoint")} not submitted yet. Finishing scores ${open === 1 ? "it" : "them"} with the answers given so far; a blank question counts as wrong.`}
        </p>
        <form onSubmit={finish} className="space-y-3">
          <input type="hidden" name="attemptId" value={data.attemptId} />
          {open > 0 && confirming ? (
            <div ref={confirmRef} tabIndex={-1} className="space-y-3 rounded-md border border-amber-200 bg-amber-50 p-3">
              <p className="font-semibold text-warn">
                Finish with {plural(open, "checkpoint")} not submitted? {open === 1 ? "It is" : "They are"} scored as {open === 1 ? "it stands" : "they stand"}, and a
                run under mastery goes to review instead of the leaderboard.
              </p>
              <div className="flex flex-wrap gap-3">
                <button type="submit" disabled={busy} className={primaryButton}>
                  {busy ? "Finishing…" : "Finish anyway"}
                </button>
                <button type="button" onClick={() => setConfirming(false)} className={secondaryButton}>
                  Keep racing
                </button>
              </div>
            </div>
          ) : open > 0 ? (
            <button type="button" onClick={() => setConfirming(true)} className={primaryButton}>
              Finish race
            </button>
          ) : (
            <button type="submit" disabled={busy} className={primaryButton}>
              {busy ? "Finishing…" : "Finish race"}
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
