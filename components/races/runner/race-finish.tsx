import type { RefObject } from "react";
import type { Quartiles } from "@/app/lib/domain/races";
import { ChartFigure } from "@/components/charts/chart-figure";
import { checkpointTitle, clockText, durationText, scoreText } from "@/components/modules/labels";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { RaceFinish } from "@/db/races/engine";
import { MEDAL_ICONS, MEDAL_LABELS, noMedalReason, standingText } from "./race-format";
import { DeltaBadge } from "./split-result";
import { SplitsChart, type SplitChartPoint } from "./splits-chart";

/** A finished race as the finish screen shows it: straight after finishing, or on a later visit. */
export interface RaceFinishData {
  race: RaceFinish;
  checkpoints: readonly { id: string; title: string }[];
  ghostLabel: string;
  /** The raced ghost's finish time, when it has one. */
  ghostFinish: number | null;
}

export function RaceFinishPanel({
  data,
  lead,
  headingRef,
}: {
  data: RaceFinishData;
  lead: string;
  headingRef?: RefObject<HTMLHeadingElement | null>;
}) {
  const { race } = data;
  const why = noMedalReason(race.timeSeconds, race.masteryScore, race.targets, race.medal);
  return (
    <section aria-labelledby="race-finish-heading" className="space-y-6 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
      <div className="space-y-2">
        <h2 id="race-finish-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
          {lead} <span className="tabular-nums">{clockText(race.timeSeconds)}</span>
          <span className="sr-only"> ({durationText(race.timeSeconds)})</span>
        </h2>
        {race.medal ? (
          <p className="text-lg font-semibold">
            <span aria-hidden="true">{MEDAL_ICONS[race.medal]} </span>
            {MEDAL_LABELS[race.medal]} medal{" "}
            <span className="font-normal text-muted">
              ({MEDAL_LABELS[race.medal].toLowerCase()} is {clockText(race.targets[race.medal])} or less)
            </span>
          </p>
        ) : (
          <p className="text-lg font-semibold text-warn">{why}</p>
        )}
        <Standing race={race} />
      </div>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure label="Time" value={clockText(race.timeSeconds)} />
        <Figure label="Mastery" value={scoreText(race.masteryScore)} />
        <Figure label="Against the ghost" value={data.ghostFinish === null ? "—" : null} delta={data.ghostFinish === null ? null : race.timeSeconds - data.ghostFinish} />
        <Figure label="Medal targets" value={`${clockText(race.targets.gold)} · ${clockText(race.targets.silver)} · ${clockText(race.targets.bronze)}`} small />
      </dl>

      <SplitsTable data={data} />
      <SplitsFigure data={data} />
    </section>
  );
}

function Standing({ race }: { race: RaceFinish }) {
  if (race.boardStatus === "flagged") {
    return (
      <div className="rounded-md border border-amber-200 bg-amber-50 p-3">
        <p className="font-semibold text-warn">Flagged for review: {race.flagReasons.join("; ")}.</p>
        <p className="text-sm text-muted">This run stays off the leaderboard until a member of faculty lists it.</p>
      </div>
    );
  }
  if (race.boardStatus === "rejected") {
    return <p className="font-semibold text-bad">Not on the leaderboard: a reviewer rejected this run{race.flagReasons.length ? ` (${race.flagReasons.join("; ")})` : ""}.</p>;
  }
  if (race.boardStatus === "listed") {
    return (
      <p className="font-semibold">
        Leaderboard: {race.rank === null ? "listed" : standingText(race.rank, race.listedStudents || null)}
        {race.rank === null ? null : <span className="font-normal text-muted"> (your best run on this module)</span>}
      </p>
    );
  }
  return <p className="text-muted">The leaderboard standing is being worked out.</p>;
}

function Figure({ label, value, delta, small }: { label: string; value: string | null; delta?: number | null; small?: boolean }) {
  return (
    <div className="rounded-md border border-line bg-canvas p-3">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className={`${small ? "text-base" : "text-xl"} font-semibold tabular-nums`}>
        {delta !== undefined && delta !== null ? <DeltaBadge delta={{ deltaSeconds: delta, ahead: delta <= 0 }} /> : value}
      </dd>
    </div>
  );
}

const bandText = (band: Quartiles | null) => (band ? `${clockText(band.p25)}–${clockText(band.p75)}` : "—");

function SplitsTable({ data }: { data: RaceFinishData }) {
  const { race } = data;
  const titleOf = new Map(data.checkpoints.map((c, i) => [c.id, `${i + 1}. ${checkpointTitle(c.title)}`]));
  const finishDelta = data.ghostFinish === null ? null : race.timeSeconds - data.ghostFinish;
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">Splits</h3>
      <ScrollArea label="Splits">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Your time at each checkpoint and at the finish, against {data.ghostLabel} and the cohort&apos;s middle half</caption>
          <thead className="bg-canvas text-left">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                Checkpoint
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                Your time
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                Ghost ({data.ghostLabel})
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                Cohort p25–p75
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                Delta
              </th>
            </tr>
          </thead>
          <tbody>
            {race.splits.map((split) => (
              <tr key={split.checkpointId} className="border-t border-line">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {titleOf.get(split.checkpointId) ?? split.checkpointId}
                  {split.newBest ? (
                    <span className="ml-2 whitespace-nowrap text-warn">
                      <span aria-hidden="true">★ </span>new best
                    </span>
                  ) : null}
                </th>
                <td className="px-3 py-2 text-right tabular-nums">{clockText(split.seconds)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{split.ghostSeconds === null ? "—" : clockText(split.ghostSeconds)}</td>
                <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">{bandText(split.ghostBand)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{split.delta ? <DeltaBadge delta={split.delta} /> : "—"}</td>
              </tr>
            ))}
            <tr className="border-t border-line bg-canvas">
              <th scope="row" className="px-3 py-2 text-left font-semibold">
                Finish
              </th>
              <td className="px-3 py-2 text-right font-semibold tabular-nums">{clockText(race.timeSeconds)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{data.ghostFinish === null ? "—" : clockText(data.ghostFinish)}</td>
              <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">{bandText(race.finishBand)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{finishDelta === null ? "—" : <DeltaBadge delta={{ deltaSeconds: finishDelta, ahead: finishDelta <= 0 }} />}</td>
            </tr>
          </tbody>
        </table>
      </ScrollArea>
    </div>
  );
}

/** Chart points: the start, every checkpoint in order, the finish. */
export function chartPoints(data: RaceFinishData): SplitChartPoint[] {
  const { race } = data;
  const byId = new Map(race.splits.map((s) => [s.checkpointId, s]));
  const points: SplitChartPoint[] = [{ label: "Start", you: 0, band: [0, 0], median: 0 }];
  data.checkpoints.forEach((checkpoint, index) => {
    const split = byId.get(checkpoint.id);
    points.push({
      label: `${index + 1}. ${checkpointTitle(checkpoint.title)}`,
      you: split ? split.seconds : null,
      band: split?.ghostBand ? [split.ghostBand.p25, split.ghostBand.p75] : null,
      median: split?.ghostBand ? split.ghostBand.median : null,
    });
  });
  points.push({
    label: "Finish",
    you: race.timeSeconds,
    band: race.finishBand ? [race.finishBand.p25, race.finishBand.p75] : null,
    median: race.finishBand ? race.finishBand.median : null,
  });
  return points;
}

function SplitsFigure({ data }: { data: RaceFinishData }) {
  const points = chartPoints(data);
  const hasBand = points.some((p, i) => i > 0 && p.band !== null);
  const finish = data.race.finishBand;
  const label = finish
    ? `Your cumulative time against the ghost cohort: you finished in ${durationText(data.race.timeSeconds)}; the cohort's middle half finished between ${durationText(finish.p25)} and ${durationText(finish.p75)}, median ${durationText(finish.median)}.`
    : `Your cumulative time at each checkpoint: you finished in ${durationText(data.race.timeSeconds)}. No earlier cohort has recorded times on this module yet.`;
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">Your pace against the ghost cohort</h3>
      <ChartFigure
        label={label}
        caption={
          hasBand
            ? "Cumulative time from the start at each checkpoint and the finish. The shaded band is where the middle half of the earlier cohort was; the dashed line is its median, the solid line you."
            : "Cumulative time from the start at each checkpoint and the finish. There is no cohort band: no earlier cohort has recorded times on this module yet."
        }
        table={
          <table className="min-w-full text-sm">
            <thead className="text-left">
              <tr>
                <th scope="col" className="px-2 py-1">
                  Point
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  You
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  Cohort p25
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  Cohort median
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  Cohort p75
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.label} className="border-t border-line">
                  <th scope="row" className="px-2 py-1 text-left font-medium">
                    {p.label}
                  </th>
                  <td className="px-2 py-1 text-right tabular-nums">{p.you === null ? "—" : clockText(p.you)}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{p.band ? clockText(p.band[0]) : "—"}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{p.median === null ? "—" : clockText(p.median)}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{p.band ? clockText(p.band[1]) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <SplitsChart data={points} />
      </ChartFigure>
    </div>
  );
}
