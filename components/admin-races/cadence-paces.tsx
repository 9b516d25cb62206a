import { PACE_SHARES } from "@/app/lib/domain/ghosts";
import { ChartFigure } from "@/components/charts/chart-figure";
import { plural, subsystemLabel } from "@/components/modules/labels";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { PaceRow } from "@/db/races/ghosts-overview";
import type { PaceMilestone } from "@/db/schema/races";
import { PaceChart } from "./pace-chart";

const DAY = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function dayText(iso: string): string {
  return DAY.format(new Date(`${iso}T00:00:00Z`));
}

function milestoneText(m: PaceMilestone | undefined): string {
  if (!m || m.days === null || !m.reachedOn) return "not reached";
  return `day ${m.days} (${dayText(m.reachedOn)})`;
}

/** The CADENCE teams' paces: the milestones table, and a step chart of the milestones reached. */
export function CadencePaces({ paces }: { paces: readonly PaceRow[] }) {
  const reached = (p: PaceRow) => p.milestones.filter((m) => m.days !== null);
  const furthest = paces.reduce<PaceRow | null>((best, p) => (!best || reached(p).length > reached(best).length ? p : best), null);
  const series = paces.map((p) => ({
    key: String(p.cohortId),
    label: subsystemLabel(p.subsystem),
    points: [{ days: 0, share: 0 }, ...reached(p).map((m) => ({ days: m.days!, share: m.share }))],
  }));
  const milestones = (
    <table className="w-full min-w-[40rem] text-sm">
      <caption className="sr-only">CADENCE team paces: day each share of a subsystem&apos;s tasks was completed</caption>
      <thead>
        <tr className="border-b border-line text-left">
          <th scope="col" className="py-1 pr-2 font-medium">Team</th>
          <th scope="col" className="px-2 py-1 text-right font-medium">Tasks done</th>
          <th scope="col" className="px-2 py-1 font-medium">First task due</th>
          {PACE_SHARES.map((share) => (
            <th key={share} scope="col" className="px-2 py-1 font-medium">
              {share} %
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {paces.map((p) => (
          <tr key={p.cohortId} className="border-b border-line last:border-b-0">
            <th scope="row" className="py-1 pr-2 text-left font-normal">
              {p.name}
            </th>
            <td className="px-2 py-1 text-right tabular-nums">
              {p.completedItems} of {p.totalItems}
            </td>
            <td className="px-2 py-1">{p.startedOn ? dayText(p.startedOn) : "—"}</td>
            {PACE_SHARES.map((share) => (
              <td key={share} className="px-2 py-1">
                {milestoneText(p.milestones.find((m) => m.share === share))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  const points = (
    <table className="w-full max-w-md text-sm">
      <caption className="sr-only">Points of the pace chart</caption>
      <thead>
        <tr className="border-b border-line text-left">
          <th scope="col" className="py-1 pr-2 font-medium">Team</th>
          <th scope="col" className="px-2 py-1 text-right font-medium">Share of tasks</th>
          <th scope="col" className="py-1 text-right font-medium">Day</th>
        </tr>
      </thead>
      <tbody>
        {paces.flatMap((p) =>
          reached(p).map((m) => (
            <tr key={`${p.cohortId}-${m.share}`} className="border-b border-line last:border-b-0">
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {subsystemLabel(p.subsystem)}
              </th>
              <td className="px-2 py-1 text-right tabular-nums">{m.share} %</td>
              <td className="py-1 text-right tabular-nums">{m.days}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
  return (
    <div className="space-y-6">
      <ScrollArea label="CADENCE team milestones">{milestones}</ScrollArea>
      <ChartFigure
        label={`Step lines of the share of tasks each of ${plural(paces.length, "CADENCE team")} completed, by days since its first task${furthest ? `; ${furthest.name} got furthest, to ${Math.max(0, ...reached(furthest).map((m) => m.share))} %` : ""}.`}
        caption={
          <>
            Each line is one subsystem&apos;s CADENCE team: the day it had completed 25, 50, 75 and 100 % of all its tasks,
            counted from its first task&apos;s due date. The Notion export has no completion date, so a completed task counts as
            done on its <strong>due date</strong>. A share the team never reached has no point; a task&apos;s subsystem is its
            project&apos;s.
          </>
        }
        table={points}
      >
        <PaceChart series={series} />
      </ChartFigure>
    </div>
  );
}
