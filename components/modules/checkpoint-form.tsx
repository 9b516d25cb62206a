"use client";

import { useEffect, useId, useRef, useState, useTransition, type RefObject } from "react";
import { saveAnswers, submitCheckpoint } from "@/app/(app)/modules/actions";
import type { CheckpointAnswers, PublicCheckpoint, PublicQuestion, Question } from "@/app/lib/domain/module-spec";
import { Markdown } from "@/components/markdown/markdown";
import { answersFrom, draftsFrom, parseNumber, unansweredCount, type Draft, type Drafts } from "./answers";
import { checkpointTitle, plural, primaryButton } from "./labels";

/** A submitted checkpoint as the server scored it, with its questions' answers and explanations. */
export interface CheckpointReview {
  correct: number;
  total: number;
  /** Question ids answered wrong or left blank. */
  wrong: string[];
  /** The full questions: only sent once the checkpoint is submitted. */
  questions: Question[];
}

/** Answers are saved this long after the last change, so typing a number is one save, not ten. */
const SAVE_DELAY_MS = 600;

type SaveStatus = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "error"; message: string };

export function CheckpointForm({
  attemptId,
  checkpoint,
  number,
  saved,
  review,
  onSubmitted,
  onProblem,
  flushers,
}: {
  attemptId: number;
  checkpoint: PublicCheckpoint;
  /** 1-based, for the heading. */
  number: number;
  saved: CheckpointAnswers | undefined;
  review: CheckpointReview | null;
  onSubmitted: (checkpointId: string, review: CheckpointReview, answers: CheckpointAnswers) => void;
  /** The attempt cannot go on here (finished elsewhere, or no longer the student's). */
  onProblem: (message: string) => void;
  /** Where this form registers a way to save at once what is still waiting for its delay (before finishing). */
  flushers: RefObject<Map<string, () => Promise<void>>>;
}) {
  const headingId = useId();
  const [drafts, setDrafts] = useState<Drafts>(() => draftsFrom(checkpoint.questions, saved));
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: "idle" });
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, startSubmit] = useTransition();
  const timer = useRef<number | null>(null);
  const sequence = useRef(0);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const wasReviewed = useRef(review !== null);
  const latest = useRef(drafts);

  useEffect(() => {
    if (review && !wasReviewed.current) resultRef.current?.focus();
    wasReviewed.current = review !== null;
  }, [review]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const save = async (next: Drafts) => {
    const mine = ++sequence.current;
    setSaveStatus({ kind: "saving" });
    const result = await saveAnswers({ attemptId, checkpointId: checkpoint.id, answers: answersFrom(next) });
    // A later change is on its way: its answer is the one to show.
    if (mine !== sequence.current) return;
    if (result.status === "success") {
      setSaveStatus({ kind: "saved" });
    } else {
      setSaveStatus({ kind: "error", message: result.message });
      if (result.code === "finished" || result.code === "not_yours" || result.code === "not_found") onProblem(result.message);
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
    // Submitting saves the answers too; a save still in flight must not report over it.
    sequence.current++;
    const answers = answersFrom(drafts);
    setSubmitError(null);
    startSubmit(async () => {
      const result = await submitCheckpoint({ attemptId, checkpointId: checkpoint.id, answers });
      if (result.status === "success") {
        setSaveStatus({ kind: "idle" });
        onSubmitted(checkpoint.id, { ...result.score, questions: result.revealed.questions }, answers);
      } else {
        setSubmitError(result.message);
        if (result.code === "finished" || result.code === "not_yours" || result.code === "not_found") onProblem(result.message);
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

      {review ? (
        <ReviewView label={checkpointTitle(checkpoint.title)} review={review} drafts={drafts} resultRef={resultRef} />
      ) : (
        <form onSubmit={submit} noValidate className="space-y-6" aria-describedby={`${headingId}-save`}>
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
            <p id={`${headingId}-save`} role="status" className="min-h-5 text-sm text-muted">
              {saveStatus.kind === "saving"
                ? "Saving your answers…"
                : saveStatus.kind === "saved"
                  ? "Saved. Your answers are kept if you reload or come back on another device."
                  : null}
            </p>
            {saveStatus.kind === "error" ? (
              <p role="alert" className="text-sm text-bad">
                Your latest answers were not saved: {saveStatus.message}
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
              <p className="text-sm text-muted">Your answers are checked once; the explanations appear after.</p>
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

/** One question's controls; the race checkpoint uses it too, with its own submit that records a split. */
export function QuestionField({
  question,
  index,
  total,
  draft,
  disabled,
  onChange,
}: {
  question: PublicQuestion;
  index: number;
  total: number;
  draft: Draft;
  disabled: boolean;
  onChange: (draft: Draft) => void;
}) {
  const id = useId();
  const legend = (
    <legend className="w-full">
      <span className="block text-sm font-medium text-muted">
        Question {index + 1} of {total}
        {question.kind === "numeric" ? " · a number" : " · choose one"}
      </span>
      <div className="mt-1 font-medium">
        <Markdown source={question.prompt} headingLevel={5} />
      </div>
    </legend>
  );

  if (question.kind === "multiple_choice" && draft.kind === "choice") {
    return (
      <fieldset className="space-y-3" disabled={disabled}>
        {legend}
        <div className="space-y-2">
          {question.options.map((option) => {
            const optionId = `${id}-${option.id}`;
            return (
              <div key={option.id} className="flex items-start gap-3 rounded-md border border-line px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-blue-50">
                <input
                  type="radio"
                  id={optionId}
                  name={`${id}-choice`}
                  value={option.id}
                  checked={draft.optionId === option.id}
                  onChange={() => onChange({ kind: "choice", optionId: option.id })}
                  className="mt-1 size-4 shrink-0 accent-brand"
                />
                <label htmlFor={optionId} className="grow cursor-pointer">
                  {option.text}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    );
  }

  if (question.kind === "numeric" && draft.kind === "numeric") {
    const value = parseNumber(draft.text);
    const unreadable = value !== null && Number.isNaN(value);
    const units = [question.unit, ...Object.keys(question.alternativeUnits ?? {})].filter((u, i, all) => all.indexOf(u) === i);
    return (
      <fieldset className="space-y-3" disabled={disabled}>
        {legend}
        <div className="flex flex-wrap items-end gap-3">
          <div className="space-y-1">
            <label htmlFor={`${id}-value`} className="block text-sm font-medium">
              Your answer
            </label>
            <input
              id={`${id}-value`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={draft.text}
              onChange={(event) => onChange({ ...draft, text: event.target.value })}
              aria-invalid={unreadable ? true : undefined}
              aria-describedby={unreadable ? `${id}-error` : undefined}
              className="w-40 rounded-md border border-line bg-white px-3 py-2 text-base tabular-nums"
            />
          </div>
          {units.length > 1 ? (
            <div className="space-y-1">
              <label htmlFor={`${id}-unit`} className="block text-sm font-medium">
                Unit
              </label>
              <select
                id={`${id}-unit`}
                value={draft.unit}
                onChange={(event) => onChange({ ...draft, unit: event.target.value })}
                className="rounded-md border border-line bg-white px-3 py-2 text-base"
              >
                {units.map((unit) => (
                  <option key={unit} value={unit}>
                    {unit || "(no unit)"}
                  </option>
                ))}
              </select>
            </div>
          ) : question.unit ? (
            <p className="pb-2 text-base">
              <span className="sr-only">Unit: </span>
              {question.unit}
            </p>
          ) : null}
        </div>
        {unreadable ? (
          <p id={`${id}-error`} className="text-sm text-bad">
            Enter a number, such as 12.5, -3 or 1.2e-3.
          </p>
        ) : null}
      </fieldset>
    );
  }
  return null;
}

function ReviewView({
  label,
  review,
  drafts,
  resultRef,
}: {
  label: string;
  review: CheckpointReview;
  drafts: Drafts;
  resultRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const wrong = new Set(review.wrong);
  return (
    <div className="space-y-4">
      <h4 ref={resultRef} tabIndex={-1} className="font-semibold">
        Submitted: {review.correct} of {review.total} right
        <span className="sr-only"> at {label}</span>
      </h4>
      <ol className="space-y-4">
        {review.questions.map((question, index) => {
          const right = !wrong.has(question.id);
          return (
            <li key={question.id} className={`space-y-2 rounded-md border-l-4 p-3 ${right ? "border-ok bg-green-50" : "border-bad bg-red-50"}`}>
              <p className="text-sm font-semibold">
                Question {index + 1}: <span className={right ? "text-ok" : "text-bad"}>{right ? "Right" : "Wrong"}</span>
              </p>
              <Markdown source={question.prompt} headingLevel={5} />
              <AnswerComparison question={question} draft={drafts[question.id]} right={right} />
              <div className="text-sm">
                <p className="font-semibold">Why</p>
                <Markdown source={question.explanation} headingLevel={5} />
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function AnswerComparison({ question, draft, right }: { question: Question; draft: Draft | undefined; right: boolean }) {
  if (question.kind === "multiple_choice") {
    const given = draft?.kind === "choice" ? question.options.find((o) => o.id === draft.optionId) : undefined;
    const correct = question.options.find((o) => o.id === question.correctOptionId);
    return (
      <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Your answer</dt>
        <dd>{given ? given.text : "No answer"}</dd>
        {right ? null : (
          <>
            <dt className="font-medium">Right answer</dt>
            <dd>{correct?.text}</dd>
          </>
        )}
      </dl>
    );
  }
  const value = draft?.kind === "numeric" ? parseNumber(draft.text) : null;
  const tolerance = question.tolerance;
  const within = [
    tolerance.absolute !== undefined ? `± ${tolerance.absolute} ${question.unit}`.trim() : null,
    tolerance.relative !== undefined ? `± ${Math.round(tolerance.relative * 1000) / 10} %` : null,
  ]
    .filter(Boolean)
    .join(" or ");
  return (
    <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-medium">Your answer</dt>
      <dd>{value === null || Number.isNaN(value) ? "No answer" : `${draft?.kind === "numeric" ? draft.text.trim() : value} ${draft?.kind === "numeric" ? draft.unit : ""}`.trim()}</dd>
      {right ? null : (
        <>
          <dt className="font-medium">Right answer</dt>
          <dd>
            {`${question.answer} ${question.unit}`.trim()}
            {within ? ` (accepted within ${within})` : null}
          </dd>
        </>
      )}
    </dl>
  );
}
