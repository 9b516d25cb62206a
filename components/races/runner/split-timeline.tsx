import { checkpointTitle, clockText } from "@/components/modules/labels";
import { DeltaBadge, NewBestMark, type SplitView } from "./split-result";

export interface TimelineCheckpoint {
  id: string;
  title: string;
  /** The ghost's time at this checkpoint, null when it has none. */
  ghostSeconds: number | null;
}

/**
 * The race so far, checkpoint by checkpoint: your time and the ghost's as two bars on one scale,
 * with the delta in words. The bars are drawn for sighted readers; the numbers beside them say
 * the same, so the bars are hidden from assistive technology.
 */
export function SplitTimeline({
  checkpoints,
  splits,
  ghostLabel,
  ghostFinish,
}: {
  checkpoints: readonly TimelineCheckpoint[];
  splits: Readonly<Record<string, SplitView>>;
  ghostLabel: string;
  ghostFinish: number | null;
}) {
  const times = [ghostFinish ?? 0, ...checkpoints.map((c) => c.ghostSeconds ?? 0), ...Object.values(splits).map((s) => s.seconds)];
  const scale = Math.max(1, ...times);
  const width = (seconds: number) => `${Math.max(2, Math.min(100, (seconds / scale) * 100))}%`;

  return (
    <section aria-labelledby="timeline-heading" className="space-y-3 rounded-lg border border-line bg-white p-4">
      <h2 id="timeline-heading" className="font-semibold">
        Your splits against {ghostLabel}
      </h2>
      <ol className="space-y-3">
        {checkpoints.map((checkpoint, index) => {
          const split = splits[checkpoint.id];
          return (
            <li key={checkpoint.id} className="space-y-1">
              <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 text-sm">
                <span className="font-medium">
                  {index + 1}. {checkpointTitle(checkpoint.title)}
                </span>
                <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className="tabular-nums">You {split ? clockText(split.seconds) : "—"}</span>
                  <span className="tabular-nums text-muted">Ghost {checkpoint.ghostSeconds === null ? "—" : clockText(checkpoint.ghostSeconds)}</span>
                  {split?.delta ? <DeltaBadge delta={split.delta} /> : null}
                  {split?.newBest ? <NewBestMark /> : null}
                </span>
              </div>
              <div aria-hidden="true" className="space-y-1">
                <div className="h-2 rounded-full bg-canvas">
                  {split ? (
                    <div className={`h-2 rounded-full ${split.delta && !split.delta.ahead ? "bg-bad" : "bg-ok"}`} style={{ width: width(split.seconds) }} />
                  ) : null}
                </div>
                <div className="h-2 rounded-full bg-canvas">
                  {checkpoint.ghostSeconds !== null ? <div className="h-2 rounded-full bg-slate-400" style={{ width: width(checkpoint.ghostSeconds) }} /> : null}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="text-xs text-muted">
        Upper bar: you; lower bar: the ghost. {ghostFinish === null ? "" : `The ghost finishes in ${clockText(ghostFinish)}.`}
      </p>
    </section>
  );
}
