import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { requireRole } from "@/app/lib/session";
import { Card, CardSkeleton } from "@/components/cohorts/card";
import { CohortPicker } from "@/components/cohorts/cohort-picker";
import { plural } from "@/components/cohorts/levels";
import { cohortSearch, parseCohortParams, STUDENT_COLUMN_IDS } from "@/components/cohorts/params";
import { TableNotices } from "@/components/data-table/notices";
import { AccessDenied } from "@/db/queries/access";
import { DEFAULT_QUIET_DAYS } from "@/db/queries/cohort-query";
import { defaultCohortTeamId, getCohort, listCohortChoices, type Cohort, type CohortChoice } from "@/db/queries/cohorts";
import {
  BenchSection,
  DistributionSection,
  FallingBehindSection,
  HeatMapSection,
  MasterySection,
  StudentsSection,
} from "./sections";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Cohort review" };

export default async function CohortsPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole("faculty", "admin");
  const { notices, teamId: asked, ...view } = parseCohortParams(await props.searchParams);
  const teamId = asked ?? (await defaultCohortTeamId(viewer));
  if (teamId === null) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">Cohort review</h1>
        <p className="rounded-lg border border-dashed border-line bg-white p-6 text-muted">
          {viewer.role === "faculty" && viewer.universityId === null
            ? "Your account is not linked to a faculty record, so there is no university whose cohorts you could review. Ask an admin to link it."
            : "There are no teams yet: a cohort is a team of students, and the cohorts appear here once teams exist."}
        </p>
      </div>
    );
  }

  // Decided before anything streams, so another university's team answers a real 404.
  let cohort: Cohort | null;
  let choices: CohortChoice[];
  try {
    [cohort, choices] = await Promise.all([getCohort(viewer, teamId), listCohortChoices(viewer)]);
  } catch (error) {
    if (error instanceof AccessDenied) notFound();
    throw error;
  }
  if (!cohort) notFound();
  // Column choice stays out of the key: the table shows it at once, without a skeleton.
  const studentsKey = cohortSearch({ ...view, columns: [...STUDENT_COLUMN_IDS], heat: { sort: "name", desc: false, page: 1 } }, cohort.teamId);

  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Cohort review</h1>
        <p className="text-lg text-muted">
          {cohort.team} · {cohort.university} · {cohort.semester} · {plural(cohort.students, "student")}
        </p>
      </header>

      <CohortPicker choices={choices} teamId={cohort.teamId} quietDays={view.quietDays === DEFAULT_QUIET_DAYS ? null : view.quietDays} />
      <TableNotices notices={notices} />

      <Card id="heat-map-heading" title="Competency heat map">
        <p className="text-sm text-muted">
          Each student&apos;s recorded level per subsystem. Sort by a subsystem to see who leads it; a name opens the student&apos;s progress.
        </p>
        <Suspense key={`heat:${view.heat.sort}:${view.heat.desc}:${view.heat.page}`} fallback={<CardSkeleton label="Loading the heat map" height="h-80" />}>
          <HeatMapSection viewer={viewer} cohort={cohort} view={view} />
        </Suspense>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card id="distribution-heading" title="Levels per subsystem">
          <Suspense fallback={<CardSkeleton label="Loading the levels" />}>
            <DistributionSection viewer={viewer} cohort={cohort} />
          </Suspense>
        </Card>
        <Card id="mastery-heading" title="Modules mastered over the semester">
          <Suspense fallback={<CardSkeleton label="Loading modules mastered" />}>
            <MasterySection viewer={viewer} cohort={cohort} />
          </Suspense>
        </Card>
      </div>

      <Card id="bench-heading" title="Bench depth">
        <p className="text-sm text-muted">
          Students at competency or above in each subsystem: who could take it over if its lead left.
        </p>
        <Suspense fallback={<CardSkeleton label="Loading bench depth" height="h-40" />}>
          <BenchSection viewer={viewer} cohort={cohort} />
        </Suspense>
      </Card>

      <Card id="behind-heading" title="Falling behind">
        <Suspense key={`behind:${view.quietDays}`} fallback={<CardSkeleton label="Loading students falling behind" height="h-40" />}>
          <FallingBehindSection viewer={viewer} cohort={cohort} view={view} />
        </Suspense>
      </Card>

      <Card id="students-heading" title="Students">
        <p className="text-sm text-muted">
          Modules mastered count finished attempts of 70 or more; mean mastery is the mean score of the student&apos;s finished
          attempts. Dates are in UTC.
        </p>
        <Suspense key={studentsKey} fallback={<CardSkeleton label="Loading the students" height="h-96" />}>
          <StudentsSection viewer={viewer} cohort={cohort} view={view} />
        </Suspense>
      </Card>
    </div>
  );
}
