import { reviewRun } from "@/app/(app)/races/[module]/review-actions";
import type { Viewer } from "@/app/lib/auth/roles";
import { RACE_RULES } from "@/app/lib/domain/races";
import { plural } from "@/components/modules/labels";
import { isUnfiltered } from "@/db/queries/leaderboard-params";
import { listFlaggedRuns } from "@/db/queries/leaderboard-review";
import { getModuleLeaderboard, listLeaderboardFilterOptions, type ModuleLeaderboardView } from "@/db/queries/leaderboards";
import { FlaggedRuns } from "./flagged-runs";
import { LeaderboardFilterForm } from "./leaderboard-filters";
import { LeaderboardTable } from "./leaderboard-table";
import { otherParams, parseLeaderboardParams } from "./params";

/**
 * Server component: the module's leaderboard with its filter form (GET, URL state), the viewer's
 * own row always shown and highlighted, ghost rows interleaved, and for staff the flagged runs
 * with their review. The race page puts it under its "Leaderboard" heading.
 */
export async function ModuleLeaderboard(props: {
  viewer: Viewer;
  slug: string;
  searchParams: Record<string, string | string[] | undefined>;
}): Promise<React.ReactElement> {
  const { viewer, slug, searchParams } = props;
  const filters = parseLeaderboardParams(searchParams);
  const [view, options] = await Promise.all([getModuleLeaderboard(viewer, slug, filters), listLeaderboardFilterOptions(viewer)]);
  if (!view) return <p className="text-muted">This module has no leaderboard.</p>;
  const flagged = viewer.role === "student" ? null : await listFlaggedRuns(viewer, view.module.id);
  const filtered = !isUnfiltered(filters);
  const path = `/races/${view.module.slug}`;

  return (
    <div id="leaderboard" className="scroll-mt-4 space-y-4">
      <p className="text-sm">
        <span className="font-semibold">{plural(view.counts.students, "student")} on the board</span>
        {filtered ? " under these filters" : ""}, {plural(view.counts.flagged, "run")} under review.{" "}
        <span className="text-muted">
          Each student&apos;s best run counts; ties go to whoever finished first. A run needs mastery of {RACE_RULES.masteryThreshold} or more
          to be listed. Names show only for students who chose to show them.
        </span>
      </p>
      <LeaderboardFilterForm
        path={path}
        filters={filters}
        options={options}
        subsystem={view.module.subsystem}
        kept={otherParams(searchParams)}
        active={filtered}
      />
      <Board view={view} filtered={filtered} student={viewer.role === "student"} />
      {flagged ? (
        <FlaggedRuns slug={view.module.slug} runs={flagged.runs} total={flagged.total} scope={viewer.role === "faculty" ? "university" : "all"} action={reviewRun} />
      ) : null}
    </div>
  );
}

function Board({ view, filtered, student }: { view: ModuleLeaderboardView; filtered: boolean; student: boolean }) {
  const anyone = view.rows.some((r) => r.kind === "student") || view.viewerRow !== null;
  return (
    <div className="space-y-3">
      {!anyone ? (
        <p className="rounded-lg border border-dashed border-line bg-white p-4 text-muted">
          {filtered ? "Nobody is on the board under these filters." : "Nobody is on this board yet."}
          {student ? ` Finish a race with mastery of ${RACE_RULES.masteryThreshold} or more to be listed.` : ""}
          {view.rows.length > 0 ? " The ghosts below are the pace to beat." : ""}
        </p>
      ) : null}
      {student && view.viewerFlagged > 0 ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {view.viewerFlagged === 1 ? "Your finished run is" : `${view.viewerFlagged} of your finished runs are`} waiting for faculty review, so you are not on
          the board yet.
        </p>
      ) : null}
      {view.rows.length > 0 || view.viewerRow ? <LeaderboardTable view={view} /> : null}
      {view.counts.students > view.pageSize ? (
        <p className="text-sm text-muted">
          The fastest {view.pageSize} are shown{view.viewerRow ? ", and your own best run with its place" : ""}.
        </p>
      ) : null}
    </div>
  );
}
