import type { Metadata } from "next";
import Link from "next/link";
import { RACE_RULES } from "@/app/lib/domain/races";
import { requireRole } from "@/app/lib/session";
import { BuildGhostsForm } from "@/components/admin-races/build-form";
import { CadencePaces } from "@/components/admin-races/cadence-paces";
import { DroppedTable, GhostsTable, ModuleTargetsTable } from "@/components/admin-races/ghost-tables";
import { ghostBuildHref } from "@/components/admin-races/run-link";
import { linkClass, plural, subsystemLabel } from "@/components/modules/labels";
import { getGhostOverview, type GhostOverview } from "@/db/races/ghosts-overview";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Races and ghosts" };

// The server cannot know the reader's time zone; UTC, said out loud, is never misread.
const WHEN = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const code = "rounded bg-white px-1 py-0.5 font-mono text-[0.9em] text-ink ring-1 ring-line";

export default async function AdminRacesPage() {
  const viewer = await requireRole("admin");
  const overview = await getGhostOverview(viewer);
  const { lastBuild, ghosts, paces, modules } = overview;
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm font-medium">
          <Link href="/admin" className="text-brand underline-offset-4 hover:underline">
            <span aria-hidden="true">← </span>Admin
          </Link>
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">Races and ghosts</h1>
        <p className="text-lg text-muted">
          Students race a module against the pace of earlier cohorts. A ghost is one university&apos;s semester in one
          subsystem: per module, the quartiles of its students&apos; times at each checkpoint and at the finish, from each
          student&apos;s first finished attempt. The CADENCE team&apos;s pace through its tasks is the benchmark at project scale.
        </p>
      </section>

      <section aria-labelledby="build-heading" className="max-w-3xl space-y-4">
        <h2 id="build-heading" className="text-xl font-semibold">
          Build ghosts
        </h2>
        <p className="text-sm text-muted">
          A build turns every semester before the current one into ghosts, drops cohorts with fewer than{" "}
          {RACE_RULES.minCohortSize} students (too few to be anonymous or a steady pace), reads the CADENCE team paces and
          rewrites each published module&apos;s checkpoints, ghosts and medal targets. Rebuilding over the same history changes
          nothing. The same job runs from the command line as <code className={code}>npm run jobs:build-ghosts</code>.
        </p>
        <BuildGhostsForm />
        <LastBuildLine overview={overview} />
      </section>

      <section aria-labelledby="ghosts-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="ghosts-heading" className="text-xl font-semibold">
            Cohort ghosts
          </h2>
          <p className="text-sm text-muted">
            {plural(ghosts.length, "ghost")}
            {lastBuild && lastBuild.earlierSemesters.length > 0 ? ` from ${lastBuild.earlierSemesters.join(", ")}` : ""}
          </p>
        </div>
        {ghosts.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line bg-white p-6 text-center text-muted">
            {lastBuild ? "The last build found no cohort to turn into a ghost." : "No ghosts yet. Build them above."}
          </p>
        ) : (
          <GhostsTable ghosts={ghosts} />
        )}
      </section>

      <section aria-labelledby="dropped-heading" className="space-y-4">
        <h2 id="dropped-heading" className="text-xl font-semibold">
          Dropped cohorts
        </h2>
        {!lastBuild ? (
          <p className="text-muted">Nothing is built yet.</p>
        ) : lastBuild.dropped.length === 0 ? (
          <p className="text-muted">The last build dropped no cohort: every one had at least {RACE_RULES.minCohortSize} students.</p>
        ) : (
          <DroppedTable dropped={lastBuild.dropped} />
        )}
      </section>

      <section aria-labelledby="paces-heading" className="space-y-4">
        <h2 id="paces-heading" className="text-xl font-semibold">
          CADENCE team paces
        </h2>
        {paces.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line bg-white p-6 text-center text-muted">
            No CADENCE pace yet: import the CADENCE record, then build ghosts.
          </p>
        ) : (
          <CadencePaces paces={paces} />
        )}
        {lastBuild && lastBuild.cadenceDropped.length > 0 ? (
          <div className="space-y-2">
            <h3 className="font-semibold">Subsystems without a CADENCE ghost</h3>
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {lastBuild.cadenceDropped.map((d) => (
                <li key={d.subsystem}>
                  <span className="font-medium">{subsystemLabel(d.subsystem)}:</span> {d.reason}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="targets-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="targets-heading" className="text-xl font-semibold">
            Time targets per module
          </h2>
          <p className="text-sm text-muted">{plural(modules.length, "published module")}</p>
        </div>
        <p className="max-w-3xl text-sm text-muted">
          Gold, silver and bronze are the pooled ghosts&apos; finish p25, median and p75. A module no cohort finished often
          enough takes them from its calibrated average time, or else its estimated minutes (×0.75, ×1, ×1.25). Times are
          minutes:seconds.
        </p>
        <ModuleTargetsTable modules={modules} />
      </section>
    </div>
  );
}

function LastBuildLine({ overview }: { overview: GhostOverview }) {
  const build = overview.lastBuild;
  if (!build) return <p className="text-sm text-muted">Ghosts have never been built.</p>;
  return (
    <p className="text-sm text-muted">
      Last build
      {build.at ? (
        <>
          {" "}
          <time dateTime={build.at}>{WHEN.format(new Date(build.at))} UTC</time>
        </>
      ) : null}
      {build.durationMs !== null ? ` (${(build.durationMs / 1000).toFixed(1)} s)` : ""}: {build.message}{" "}
      <Link href={ghostBuildHref(build.runId)} className={linkClass}>
        Agent-log entry #{build.logId}
      </Link>
    </p>
  );
}
