import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { FilterForm } from "@/components/agent-log/filter-form";
import { TimelineEntryItem } from "@/components/agent-log/timeline-entry";
import {
  hasFilters,
  parseTimelineQuery,
  timelineHref,
  timelineSearch,
  type TimelineFilters,
  type TimelineQuery,
} from "@/app/lib/agent-log/filters";
import { groupByDay } from "@/app/lib/agent-log/group";
import type { Viewer } from "@/app/lib/auth/roles";
import { requireViewer } from "@/app/lib/session";
import { listTimeline, listTimelineOptions } from "@/db/queries/agent-log";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Agent log" };

const linkClass = "font-medium text-brand underline underline-offset-2 hover:no-underline";

export default async function AgentLogPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("/agent-log");
  const query = parseTimelineQuery(await props.searchParams);
  const staff = viewer.role !== "student";
  const unlinked = viewer.role === "student" && !viewer.studentId;
  const { filters } = query;

  return (
    <div className="space-y-8">
      <section className="max-w-3xl space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
          <h1 className="text-3xl font-bold tracking-tight">Agent log</h1>
          {staff && (
            <Link href="/agent-log/runs" className={linkClass}>
              Sync runs <span aria-hidden="true">→</span>
            </Link>
          )}
        </div>
        <p className="text-lg text-muted">
          {staff
            ? "Every automated action, newest first: what each agent did, how it went, and what it touched."
            : "What the platform's agents recorded about you, newest first: your progress, your competencies, your modules."}
        </p>
      </section>

      {unlinked ? (
        <p className="max-w-3xl rounded-lg border border-dashed border-line bg-white p-6 text-muted">
          Your account is not linked to a student record yet, so no entries can be about you. Ask an admin to link your
          account to your student record; your entries will then appear here.
        </p>
      ) : (
        <>
          {query.problems.length > 0 && (
            <div className="max-w-3xl rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm">
              <p className="font-semibold text-warn">Some of the filters in the address were ignored:</p>
              <ul className="mt-1 list-disc pl-5">
                {query.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
          {/* Its own boundary: the options and the entries are read at the same time. */}
          <Suspense fallback={<FiltersSkeleton />}>
            <Filters viewer={viewer} filters={filters} />
          </Suspense>
          <nav aria-label="Shortcuts" className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
            <Link href={timelineHref({ ...filters, status: "failed" })} aria-current={filters.status === "failed" ? "page" : undefined} className={linkClass}>
              Failed only
            </Link>
            {staff && (
              <Link href={timelineHref({ agent: "notion-importer", status: "failed" })} className={linkClass}>
                Failed imports
              </Link>
            )}
            {hasFilters(filters) && (
              <Link href="/agent-log" className={linkClass}>
                All entries
              </Link>
            )}
          </nav>
          <Suspense key={timelineSearch(filters, query.cursor)} fallback={<TimelineSkeleton />}>
            <Timeline viewer={viewer} query={query} />
          </Suspense>
        </>
      )}
    </div>
  );
}

async function Filters({ viewer, filters }: { viewer: Viewer; filters: TimelineFilters }) {
  const options = await listTimelineOptions(viewer);
  // Keyed by the filters: its fields are uncontrolled, so a link to other filters must remount it.
  return <FilterForm key={timelineSearch(filters)} filters={filters} options={options} />;
}

function FiltersSkeleton() {
  return <div aria-hidden="true" className="h-64 animate-pulse rounded-lg border border-line bg-white" />;
}

async function Timeline({ viewer, query }: { viewer: Viewer; query: TimelineQuery }) {
  const page = await listTimeline(viewer, query.filters, query.cursor);
  const staff = viewer.role !== "student";
  const filtered = hasFilters(query.filters);

  if (page.entries.length === 0) {
    return (
      <div className="space-y-4">
        <p className="rounded-lg border border-dashed border-line bg-white p-6 text-center text-muted">
          {query.cursor
            ? "There are no older entries."
            : filtered
              ? "No entries match these filters."
              : staff
                ? "No agent has logged anything yet. Imports and the agents that use the ingest API will appear here."
                : "No agent has recorded anything about you yet. Entries appear here when an agent acts on your records, for example when your competency in a subsystem moves up."}
        </p>
        {(query.cursor || filtered) && (
          <p className="text-center">
            <Link href={query.cursor ? timelineHref(query.filters) : "/agent-log"} className={linkClass}>
              {query.cursor ? "Back to the newest entries" : "Show all entries"}
            </Link>
          </p>
        )}
      </div>
    );
  }

  const days = groupByDay(page.entries);
  return (
    <div className="space-y-6">
      <p className="text-sm text-muted">
        {page.entries.length} {page.entries.length === 1 ? "entry" : "entries"} on this page, newest first. Days and times in UTC.
      </p>
      {days.map((day) => {
        const headingId = `day-${day.day ?? "untimed"}-${day.entries[0]!.logId}`;
        return (
          <section key={headingId} aria-labelledby={headingId} className="space-y-2">
            <h2 id={headingId} className="text-lg font-semibold">
              {day.day ? <time dateTime={day.day}>{day.label}</time> : day.label}
            </h2>
            <ol className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-white shadow-sm">
              {day.entries.map((entry) => (
                <li key={entry.logId}>
                  <TimelineEntryItem entry={entry} runLinks={staff} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      <nav aria-label="Timeline pages" className="flex flex-wrap items-center justify-between gap-3">
        {query.cursor ? (
          <Link href={timelineHref(query.filters)} className={linkClass}>
            <span aria-hidden="true">← </span>Newest
          </Link>
        ) : (
          <span />
        )}
        {page.next && (
          <Link href={timelineHref(query.filters, page.next)} className={linkClass}>
            Older entries <span aria-hidden="true">→</span>
          </Link>
        )}
      </nav>
    </div>
  );
}

function TimelineSkeleton() {
  return (
    <div aria-hidden="true" className="space-y-2">
      <div className="h-6 w-48 animate-pulse rounded bg-line" />
      <div className="space-y-px overflow-hidden rounded-lg border border-line bg-white">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="h-20 animate-pulse bg-canvas" />
        ))}
      </div>
    </div>
  );
}
