import { scoreText } from "@/components/modules/labels";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { GhostRow } from "@/db/queries/leaderboard-ghosts";
import type { LeaderboardEntry, ModuleLeaderboardView } from "@/db/queries/leaderboards";
import { dayText, MedalBadge, RaceTime } from "./format";

const cell = "px-3 py-2 align-middle";

/**
 * The board as a table: students ranked, ghosts between them in their own style and unranked,
 * the viewer's row highlighted, and when the viewer is further down, their row after a gap with
 * its true rank.
 */
export function LeaderboardTable({ view }: { view: ModuleLeaderboardView }) {
  return (
    <ScrollArea label="Leaderboard">
      <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
        <caption className="sr-only">
          Leaderboard of {view.module.title}: fastest first, ties to the earlier finish. Ghost rows are earlier cohorts&apos; median times and are not
          ranked.
        </caption>
        <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className={`${cell} w-16`}>
              Rank
            </th>
            <th scope="col" className={`${cell} min-w-44`}>
              Name
            </th>
            <th scope="col" className={cell}>
              Team
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Time
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Mastery
            </th>
            <th scope="col" className={cell}>
              Medal
            </th>
            <th scope="col" className={cell}>
              Date
            </th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (row.kind === "ghost" ? <GhostLine key={row.key} ghost={row} /> : <EntryLine key={row.runId} entry={row} />))}
          {view.viewerRow ? (
            <>
              <tr aria-hidden="true">
                <td colSpan={7} className="px-3 py-1 text-center text-muted">
                  ⋯
                </td>
              </tr>
              <EntryLine entry={view.viewerRow} />
            </>
          ) : null}
        </tbody>
      </table>
    </ScrollArea>
  );
}

function EntryLine({ entry }: { entry: LeaderboardEntry }) {
  return (
    <tr className={`border-b border-line ${entry.isViewer ? "bg-blue-50 font-semibold" : "bg-white"}`}>
      <td className={`${cell} tabular-nums`}>
        <span className="sr-only">Rank </span>
        {entry.rank}
      </td>
      <th scope="row" className={`${cell} font-medium`}>
        <span className={entry.anonymous ? "italic text-muted" : ""}>{entry.name}</span>
        {entry.isViewer ? (
          <span className="ml-2 inline-block rounded-full border border-brand bg-white px-2 py-0.5 text-xs font-semibold text-brand">You</span>
        ) : null}
      </th>
      <td className={cell}>
        {entry.team ?? <span className="text-muted">No team</span>}
        <span className="text-muted"> · {entry.university}</span>
      </td>
      <td className={`${cell} text-right`}>
        <RaceTime seconds={entry.timeSeconds} />
      </td>
      <td className={`${cell} text-right tabular-nums`}>{scoreText(entry.masteryScore)}</td>
      <td className={cell}>
        <MedalBadge medal={entry.medal} />
      </td>
      <td className={`${cell} whitespace-nowrap`}>{dayText(entry.finishedAt)}</td>
    </tr>
  );
}

function GhostLine({ ghost }: { ghost: GhostRow }) {
  return (
    <tr className="border-y border-dashed border-slate-300 bg-slate-50 text-slate-700">
      <td className={cell}>
        <span className="inline-block whitespace-nowrap rounded border border-dashed border-slate-400 px-1.5 text-xs font-semibold uppercase tracking-wide">
          Ghost
        </span>
      </td>
      <th scope="row" className={`${cell} font-normal italic`}>
        {ghost.label}
      </th>
      <td className={cell}>
        {ghost.students} {ghost.students === 1 ? "student" : "students"}
      </td>
      <td className={`${cell} text-right italic`}>
        <RaceTime seconds={ghost.timeSeconds} />
      </td>
      <td className={`${cell} text-right tabular-nums italic`}>{ghost.masteryScore === null ? "—" : scoreText(ghost.masteryScore)}</td>
      <td className={cell}>
        <MedalBadge medal={ghost.medal} />
      </td>
      <td className={cell}>
        <span aria-hidden="true">—</span>
        <span className="sr-only">an earlier cohort, no date</span>
      </td>
    </tr>
  );
}
