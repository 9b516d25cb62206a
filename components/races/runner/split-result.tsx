import type { RefObject } from "react";
import type { SplitDelta } from "@/app/lib/domain/races";
import { clockText, durationText } from "@/components/modules/labels";
import { deltaClass, deltaText, deltaWords } from "./race-format";

/** A checkpoint's split as the runner shows it: from the submit just made, or rebuilt on reload. */
export interface SplitView {
  checkpointId: string;
  /** Server time from the start of the race to this checkpoint. */
  seconds: number;
  /** The chosen ghost's time at this checkpoint; null when it has none recorded there. */
  ghostSeconds: number | null;
  delta: SplitDelta | null;
  newBest: boolean;
}

/** "▲ 0:12 ahead" in green or "▼ 0:20 behind" in red; arrow and words carry the meaning, not the colour. */
export function DeltaBadge({ delta }: { delta: SplitDelta }) {
  return (
    <span className={`font-semibold tabular-nums ${deltaClass(delta)}`}>
      <span aria-hidden="true">{deltaText(delta)}</span>
      <span className="sr-only">{deltaWords(delta)}</span>
    </span>
  );
}

export function NewBestMark() {
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-sm font-semibold text-warn">
      <span aria-hidden="true">★</span> New best split
    </span>
  );
}

/** Shown in a checkpoint once it is submitted: the score, the split and where it stands against the ghost. */
export function SplitResult({
  number,
  split,
  ghostLabel,
  score,
  headingRef,
}: {
  number: number;
  split: SplitView;
  ghostLabel: string;
  score: { correct: number; total: number } | null;
  headingRef?: RefObject<HTMLHeadingElement | null>;
}) {
  return (
    <div className="space-y-3">
      <h4 ref={headingRef} tabIndex={-1} className="font-semibold">
        Checkpoint {number} split: <span className="tabular-nums">{clockText(split.seconds)}</span>
        <span className="sr-only"> ({durationText(split.seconds)})</span>
      </h4>
      <dl className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        <div className="rounded-md border border-line bg-canvas p-3">
          <dt className="text-sm text-muted">Your time here</dt>
          <dd className="text-lg font-semibold tabular-nums">{clockText(split.seconds)}</dd>
        </div>
        <div className="rounded-md border border-line bg-canvas p-3">
          <dt className="text-sm text-muted">Ghost: {ghostLabel}</dt>
          <dd className="text-lg font-semibold tabular-nums">{split.ghostSeconds === null ? "—" : clockText(split.ghostSeconds)}</dd>
        </div>
        <div className="rounded-md border border-line bg-canvas p-3">
          <dt className="text-sm text-muted">Against the ghost</dt>
          <dd className="text-lg">{split.delta ? <DeltaBadge delta={split.delta} /> : <span className="text-muted">No ghost time here</span>}</dd>
        </div>
      </dl>
      <div className="flex flex-wrap items-center gap-3">
        {split.newBest ? <NewBestMark /> : null}
        {score ? (
          <p className="text-sm">
            Answers: {score.correct} of {score.total} right. The explanations come with your result when you finish.
          </p>
        ) : null}
      </div>
    </div>
  );
}
