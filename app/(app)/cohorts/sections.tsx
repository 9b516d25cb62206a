import Link from "next/link";
import { cache } from "react";
import type { Viewer } from "@/app/lib/auth/roles";
import type { TableView } from "@/components/data-table/url-state";
import { BenchDepth } from "@/components/cohorts/bench-depth";
import { FallingBehind } from "@/components/cohorts/falling-behind";
import { HeatMap } from "@/components/cohorts/heat-map";
import { subsystemName } from "@/components/cohorts/levels";
import { cohortSearch, FIXED_STUDENT_COLUMNS, STUDENT_COLUMN_IDS, studentFilterSearch, type CohortParams } from "@/components/cohorts/params";
import { StudentFilters } from "@/components/cohorts/student-filters";
import { StudentsTable } from "@/components/cohorts/students-table";
import { LevelDistribution, MasteryOverSemester } from "@/components/cohorts/summary-charts";
import { linkClass } from "@/components/modules/labels";
import { defaultStudentQuery, STUDENT_PAGE_SIZES, type StudentSortId } from "@/db/queries/cohort-query";
import { behindReason, listCohortStudents, listFallingBehind } from "@/db/queries/cohort-students";
import { getCohortLevels, getMasteryComparison, listHeatMap, type Cohort } from "@/db/queries/cohorts";

/** The review's cards, each an async server component streamed behind its own skeleton. */

export type View = Omit<CohortParams, "notices" | "teamId">;

/** The heat map, the distribution chart and bench depth read the same counts: once per request. */
const levelsOf = cache((viewer: Viewer, teamId: number) => getCohortLevels(viewer, teamId));

export async function HeatMapSection({ viewer, cohort, view }: { viewer: Viewer; cohort: Cohort; view: View }) {
  const [page, levels] = await Promise.all([listHeatMap(viewer, cohort.teamId, view.heat), levelsOf(viewer, cohort.teamId)]);
  if (!page || !levels) return null;
  if (page.total === 0) return <p className="text-muted">This team has no students yet.</p>;
  return <HeatMap page={page} levels={levels} view={view} teamId={cohort.teamId} />;
}

export async function DistributionSection({ viewer, cohort }: { viewer: Viewer; cohort: Cohort }) {
  const levels = await levelsOf(viewer, cohort.teamId);
  if (!levels) return null;
  return <LevelDistribution levels={levels} students={cohort.students} />;
}

export async function MasterySection({ viewer, cohort }: { viewer: Viewer; cohort: Cohort }) {
  const comparison = await getMasteryComparison(viewer, cohort.teamId);
  if (!comparison) return null;
  return <MasteryOverSemester cohort={cohort} comparison={comparison} />;
}

export async function BenchSection({ viewer, cohort }: { viewer: Viewer; cohort: Cohort }) {
  const levels = await levelsOf(viewer, cohort.teamId);
  if (!levels) return null;
  return <BenchDepth levels={levels} />;
}

export async function FallingBehindSection({ viewer, cohort, view }: { viewer: Viewer; cohort: Cohort; view: View }) {
  const result = await listFallingBehind(viewer, cohort.teamId, { quietDays: view.quietDays });
  if (!result) return null;
  const hidden = [...new URLSearchParams(cohortSearch(view, cohort.teamId))].filter(([name]) => name !== "days");
  const tableView: View = { ...view, students: { ...view.students, behind: true, page: 1 } };
  return (
    <FallingBehind
      students={result.students}
      total={result.total}
      quietDays={view.quietDays}
      hidden={hidden}
      tableHref={`/cohorts?${cohortSearch(tableView, cohort.teamId)}#students-heading`}
    />
  );
}

const SORT_LABELS: Record<StudentSortId, string> = {
  name: "name",
  team: "team",
  mastered: "modules mastered",
  mean: "mean mastery",
  lastActivity: "last activity",
  avionics: subsystemName("avionics").toLowerCase(),
  structures: subsystemName("structures").toLowerCase(),
  mission_ops: subsystemName("mission_ops").toLowerCase(),
  thermal: subsystemName("thermal").toLowerCase(),
  power: subsystemName("power").toLowerCase(),
  communications: subsystemName("communications").toLowerCase(),
  payload: subsystemName("payload").toLowerCase(),
};

export async function StudentsSection({ viewer, cohort, view }: { viewer: Viewer; cohort: Cohort; view: View }) {
  const query = view.students;
  const result = await listCohortStudents(viewer, cohort.teamId, query, { quietDays: view.quietDays });
  if (!result) return null;
  const shown: View = { ...view, students: { ...query, page: result.page } };
  const defaults = defaultStudentQuery();
  const tableView: TableView = {
    basePath: "/cohorts",
    search: cohortSearch(shown, cohort.teamId),
    sort: { id: query.sort, desc: query.desc },
    defaultSort: { id: defaults.sort, desc: defaults.desc },
    page: result.page,
    pageCount: result.pageCount,
    size: query.size,
    defaultSize: defaults.size,
    pageSizes: STUDENT_PAGE_SIZES,
    total: result.total,
    columns: view.columns,
    defaultColumns: [...STUDENT_COLUMN_IDS],
    fixedColumns: FIXED_STUDENT_COLUMNS,
  };
  const filtered = query.q !== null || query.levels.length > 0 || query.behind;
  const clearHref = `/cohorts?${studentFilterSearch(view, cohort.teamId, false)}`;
  const rows = result.rows.map((row) => ({ ...row, behindReason: behindReason(row, view.quietDays) }));
  return (
    <div className="space-y-4">
      <StudentFilters
        search={tableView.search}
        filters={query}
        facets={result.facets}
        clearHref={clearHref}
        active={filtered || query.subsystem !== null}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        {result.page !== query.page ? (
          <p className="text-sm text-muted">
            Page {query.page} is past the end; showing page {result.page}.
          </p>
        ) : (
          <span />
        )}
        {/* A plain link: the browser downloads the file the route sends as an attachment. */}
        <a
          href={`/api/cohorts/export?${studentFilterSearch(view, cohort.teamId, true)}`}
          download
          className="rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium text-brand hover:bg-blue-50"
        >
          Export CSV<span className="sr-only"> of these students, all pages</span>
        </a>
      </div>
      <StudentsTable
        rows={rows}
        view={tableView}
        caption={`Students of ${cohort.team}, sorted by ${SORT_LABELS[query.sort]}, ${query.desc ? "descending" : "ascending"}`}
        empty={
          filtered ? (
            <p>
              No students match these filters.{" "}
              <Link href={clearHref} className={linkClass}>
                Clear filters
              </Link>
            </p>
          ) : (
            <p>This team has no students yet.</p>
          )
        }
      />
    </div>
  );
}
