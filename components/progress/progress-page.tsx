import { Suspense } from "react";
import { notFound } from "next/navigation";
import type { Viewer } from "@/app/lib/auth/roles";
import type { SortState } from "@/components/data-table/url-state";
import { getStudentProgress } from "@/db/queries/progress";
import { DEFAULT_ATTEMPT_SORT, parseAttemptSort } from "./attempts-sort";
import { ProgressView } from "./progress-view";

export type ProgressSearchParams = Record<string, string | string[] | undefined>;

/** The query string the view keeps: only the attempts table's sort, and only when not the default. */
function searchOf(sort: SortState): string {
  if (sort.id === DEFAULT_ATTEMPT_SORT.id && sort.desc === DEFAULT_ATTEMPT_SORT.desc) return "";
  return new URLSearchParams({ sort: sort.id, dir: sort.desc ? "desc" : "asc" }).toString();
}

/**
 * The body of `/me` and `/students/[id]` once access is settled: the progress read streams in
 * behind a skeleton while the shell is already on screen.
 */
export function ProgressPage({
  viewer,
  studentId,
  self,
  basePath,
  params,
}: {
  viewer: Viewer;
  studentId: string;
  self: boolean;
  basePath: string;
  params: ProgressSearchParams;
}) {
  const sort = parseAttemptSort(params);
  return (
    <Suspense fallback={<ProgressSkeleton />}>
      <ProgressContent viewer={viewer} studentId={studentId} self={self} basePath={basePath} sort={sort} />
    </Suspense>
  );
}

async function ProgressContent({
  viewer,
  studentId,
  self,
  basePath,
  sort,
}: {
  viewer: Viewer;
  studentId: string;
  self: boolean;
  basePath: string;
  sort: SortState;
}) {
  const progress = await getStudentProgress(viewer, studentId);
  if (!progress) notFound();
  return <ProgressView progress={progress} self={self} basePath={basePath} search={searchOf(sort)} sort={sort} />;
}

function ProgressSkeleton() {
  return (
    <div className="space-y-6" role="status">
      <span className="sr-only">Loading progress…</span>
      <div aria-hidden="true" className="h-10 w-64 animate-pulse rounded bg-line" />
      <div aria-hidden="true" className="h-24 animate-pulse rounded-lg border border-line bg-white" />
      <div aria-hidden="true" className="h-96 animate-pulse rounded-lg border border-line bg-white" />
    </div>
  );
}
