"use client";

import { useEffect, useId, useRef, useState, useTransition, type RefObject } from "react";
import { saveAnswers } from "@/app/(app)/modules/actions";
import { submitRaceCheckpoint } from "@/app/(app)/races/[module]/actions";
import type { CheckpointAnswers, PublicCheckpoint } from "@/app/lib/domain/module-spec";
import { answersFrom, draftsFrom, unansweredCount, type Draft, type Drafts } from "@/components/modules/answers";
import { checkpointTitle, clockText, plural, primaryButton } from "@/components/modules/labels";
import { QuestionField } from "@/components/modules/checkpoint-form";
import { SplitResult, type SplitView } from "./split-result";

/** A submitted race checkpoint: its score (null when only the split is known) and its split. */
export interface SubmittedCheckpoint {
  score: { correct: number; total: number } | null;
  split: SplitView;
}

/** Answers are saved this long after the last change (as in the module runner), so a reload keeps them. */
const SAVE_DELAY_MS = 600;

/** Codes after which this race cannot go on from this page. */
const FATAL = new Set(["finished", "not_yours", "not_found"]);

export function RaceCheckpoint({
  attemptId,
  checkpoint,
  number,
  ghostLabel,
  ghostSeconds,
  saved,
  submitted,
  onSubmitted,
  onProblem,
  flushers,
}: {
  attemptId: number;
  checkpoint: PublicCheckpoint;
  number: number;
  ghostLabel: string;
  /** The ghost's time here, shown before submitting as the pace to beat. */
  ghostSeconds: number | null;
  saved: CheckpointAnswers | undefined;
  submitted: SubmittedCheckpoint | null;
  onSubmitted: (checkpointId: string, result: SubmittedCheckpoint) => void;
  onProblem: (message: string) => void;
  flushers: RefObject<Map<string, () => Promise<void>>>;
}) {
  const headingId = useId();
  const [drafts, setDrafts] = useState<Drafts>(() => draftsFrom(checkpoint.questions, saved));
  const [saveError, setSaveError] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, startSubmit] = useTransition();
  const timer = useRef<number | null>(null);
  const sequence = useRef(0);
  const latest = useRef(drafts);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const wasSubmitted = useRef(submitted !== null);

  // Focus goes to the split just recorded, so the student hears where they stand and carries on from there.
  useEffect(() => {
    if (submitted && !wasSubmitted.current) resultRef.current?.focus();
    wasSubmitted.current = submitted !== null;
  }, [submitted]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const save = async (next: Drafts) => {
    const mine = ++sequence.current;
    const result = await saveAnswers({ attemptId, checkpointId: checkpoint.id, answers: answersFrom(next) });
    if (mine !== sequence.current) return;
    if (result.status === "success") {
      setSaveError(null);
    } else {
      setSaveError(result.message);
      if (FATAL.has(result.code)) onProblem(result.message);
    }
  };

  useEffect(() => {
    const registry = flushers.current;
    registry.set(checkpoint.id, async () => {
      if (timer.current === null) return;
      window.clearTimeout(timer.current);
      timer.current = null;
      await save(latest.current);
    });
    return () => {
      registry.delete(checkpoint.id);
    };
  });

  const change = (questionId: string, draft: Draft) => {
    const next = { ...drafts, [questionId]: draft };
    latest.current = next;
    setDrafts(next);
    setSubmitError(null);
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void save(next);
    }, SAVE_DELAY_MS);
  };

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    // Submitting saves the answers too: a save still in flight must not report over it.
    sequence.current++;
    setSubmitError(null);
    setSaveError(null);
    const answers = answersFrom(drafts);
    startSubmit(async () => {
      const result = await submitRaceCheckpoint({ attemptId, checkpointId: checkpoint.id, answers });
      if (result.status === "success") {
        onSubmitted(checkpoint.id, { score: { correct: result.score.correct, total: result.score.total }, split: result.split });
      } else {
        setSubmitError(result.message);
        if (FATAL.has(result.code)) onProblem(result.message);
      }
    });
  };

  const blank = unansweredCount(drafts);
  const total = checkpoint.questions.length;

  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          Checkpoint {number}: {checkpointTitle(checkpoint.title)}
        </h3>
        <p className="text-sm text-muted">{plural(total, "question")}</p>
      </div>

      {submitted ? (
        <SplitResult number={number} split={submitted.split} ghostLabel={ghostLabel} score={submitted.score} headingRef={resultRef} />
      ) : (
        <form onSubmit={submit} noValidate className="space-y-6">
          {checkpoint.questions.map((question, index) => (
            <QuestionField
              key={question.id}
              question={question}
              index={index}
              total={total}
              draft={drafts[question.id]!}
              disabled={submitting}
              onChange={(draft) => change(question.id, draft)}
            />
          ))}
          <div className="space-y-2 border-t border-line pt-4">
            {saveError ? (
              <p role="alert" className="text-sm text-bad">
                Your latest answers were not saved: {saveError}
              </p>
            ) : null}
            {blank > 0 ? (
              <p className="text-sm text-muted">
                {blank === total ? "No question is answered yet" : `${plural(blank, "question")} ${blank === 1 ? "is" : "are"} not answered`}: a
                question left blank counts as wrong.
              </p>
            ) : null}
            <div className="flex flex-wrap items-center gap-3">
              <button type="submit" disabled={submitting} className={primaryButton}>
                {submitting ? "Checking…" : "Submit checkpoint"}
              </button>
              <p className="text-sm text-muted">
                {ghostSeconds === null ? "Submitting records your split." : `Submitting records your split. The ghost (${ghostLabel}) got here in ${clockText(ghostSeconds)}.`}
              </p>
            </div>
            {submitError ? (
              <p role="alert" className="text-sm text-bad">
                {submitError}
              </p>
            ) : null}
          </div>
        </form>
      )}
    </section>
  );
}

