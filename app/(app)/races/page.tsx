import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { canViewUniversity, type Viewer } from "@/app/lib/auth/roles";
import { RACE_RULES } from "@/app/lib/domain/races";
import { requireViewer } from "@/app/lib/session";
import { linkClass } from "@/components/modules/labels";
import { LeaderboardOptInForm } from "@/components/races/index/leaderboard-opt-in";
import { ProjectRaces } from "@/components/races/index/project-races";
import { RaceModuleList } from "@/components/races/index/race-module-list";
import { cohortValue, parseCohortValue, type CohortKey } from "@/db/queries/leaderboard-params";
import { getLeaderboardOptIn, listRaceModules } from "@/db/queries/races-index";
import { getProjectPaces } from "@/db/queries/races-pace";
import { setLeaderboardOptIn } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Races" };

export default async function RacesPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("/races");
  const asked = (await props.searchParams).cohort;
  const cohort = typeof asked === "string" && viewer.role !== "student" ? parseCohortValue(asked) : null;
  // Decided before anything streams, so another university's cohort answers a real 404.
  if (cohort && !canViewUniversity(viewer, cohort.universityId)) notFound();
  const student = viewer.role === "student" ? viewer.studentId : null;

  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Races</h1>
        <p className="text-lg text-muted">
          {viewer.role === "student"
            ? "Run a module against the pace of earlier cohorts: the server times you, each checkpoint shows whether you are ahead of the ghost or behind, and your best run goes on the module's leaderboard."
            : "Students run modules against the pace of earlier cohorts. Each module's leaderboard shows their best runs; runs that look implausible wait there for your review."}
        </p>
        <p className="text-sm text-muted">
          A run counts for the leaderboard and medals with mastery of {RACE_RULES.masteryThreshold} or more. Ghosts are earlier cohorts of at least{" "}
          {RACE_RULES.minCohortSize} students.
        </p>
        <nav aria-label="On this page" className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
          <a href="#modules-heading" className={linkClass}>
            Module races
          </a>
          <a href="#project-races" className={linkClass}>
            Project-scale races
          </a>
        </nav>
      </header>

      {viewer.role === "student" && !student ? (
        <p className="max-w-3xl rounded-lg border border-dashed border-line bg-white p-6 text-muted">
          Your account is not linked to a student record yet, so your races cannot be timed or recorded. Ask an admin to link your account.
        </p>
      ) : null}

      {student ? (
        <Suspense fallback={<Skeleton label="Loading your leaderboard setting" height="h-40" />}>
          <OptIn viewer={viewer} />
        </Suspense>
      ) : null}

      <section aria-labelledby="modules-heading" className="scroll-mt-4 space-y-4">
        <h2 id="modules-heading" className="text-2xl font-semibold">
          Module races
        </h2>
        <Suspense fallback={<Skeleton label="Loading the races" height="h-96" />}>
          <Modules viewer={viewer} personal={student !== null} />
        </Suspense>
      </section>

      <section id="project-races" aria-labelledby="project-races-heading" className="scroll-mt-4 space-y-4">
        <div className="max-w-3xl space-y-2">
          <h2 id="project-races-heading" className="text-2xl font-semibold">
            Project-scale races: the CADENCE team
          </h2>
          <p className="text-muted">
            The real CADENCE team&apos;s pace through each subsystem&apos;s work is the benchmark: how many days it took them to get a quarter, half,
            three quarters and all of a subsystem&apos;s tasks done, beside{" "}
            {viewer.role === "student" ? "how fast you are getting through its modules" : "how fast a cohort is getting through its modules"}.
          </p>
        </div>
        <Suspense key={cohort ? cohortValue(cohort) : ""} fallback={<Skeleton label="Loading the paces" height="h-96" />}>
          <Paces viewer={viewer} cohort={cohort} />
        </Suspense>
      </section>
    </div>
  );
}

async function OptIn({ viewer }: { viewer: Viewer }) {
  const optedIn = await getLeaderboardOptIn(viewer);
  if (optedIn === null) return null;
  return <LeaderboardOptInForm initial={optedIn} action={setLeaderboardOptIn} />;
}

/** A cohort's pace reads every attempt of its students in the subsystem: streamed after the rest. */
async function Paces({ viewer, cohort }: { viewer: Viewer; cohort: CohortKey | null }) {
  const paces = await getProjectPaces(viewer, { cohort });
  return <ProjectRaces paces={paces} cohortValue={paces.runner?.kind === "cohort" ? cohortValue(paces.runner.cohort) : null} />;
}

async function Modules({ viewer, personal }: { viewer: Viewer; personal: boolean }) {
  const subsystems = await listRaceModules(viewer);
  if (subsystems.length === 0) return <p className="text-muted">No module is published yet, so there is nothing to race.</p>;
  return <RaceModuleList subsystems={subsystems} personal={personal} />;
}

function Skeleton({ label, height }: { label: string; height: string }) {
  return (
    <div role="status" className={`${height} animate-pulse rounded-lg border border-line bg-white`}>
      <span className="sr-only">{label}</span>
    </div>
  );
}
