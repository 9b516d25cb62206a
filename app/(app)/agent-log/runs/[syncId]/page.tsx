import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RunFacts } from "@/components/agent-log/run-summary";
import { RowsWrittenTable } from "@/components/imports/rows-written-table";
import { StatusBadge } from "@/components/agent-log/status-badge";
import { TimelineEntryItem } from "@/components/agent-log/timeline-entry";
import { timelineHref } from "@/app/lib/agent-log/filters";
import { formatCount } from "@/app/lib/imports/labels";
import { requireRole } from "@/app/lib/session";
import { getSyncRun, RUN_ENTRY_LIMIT } from "@/db/queries/agent-log";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ syncId: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { syncId } = await props.params;
  return { title: /^\d{1,10}$/.test(syncId) ? `Sync run #${syncId}` : "Sync run" };
}

const linkClass = "font-medium text-brand underline underline-offset-2 hover:no-underline";

export default async function SyncRunPage(props: Props) {
  const viewer = await requireRole("faculty", "admin");
  const { syncId } = await props.params;
  if (!/^\d{1,10}$/.test(syncId)) notFound();
  const run = await getSyncRun(viewer, Number(syncId));
  if (!run) notFound();
  const details = run.details;

  return (
    <div className="space-y-8">
      <section className="max-w-3xl space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm font-medium">
          <Link href="/agent-log/runs" className="text-brand underline-offset-4 hover:underline">
            <span aria-hidden="true">← </span>Sync runs
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight">Sync run #{run.syncId}</h1>
          <StatusBadge status={run.status} />
        </div>
        <RunFacts run={run} />
      </section>

      <section aria-labelledby="errors-heading" className="max-w-3xl space-y-3">
        <h2 id="errors-heading" className="text-xl font-semibold">
          Error details
        </h2>
        {!details ? (
          <p className="text-muted">This run recorded no error details.</p>
        ) : (
          <>
            {details.error ? (
              <div className="rounded-md border border-red-200 bg-red-50 px-3 py-2">
                <p className="font-semibold text-bad">The run failed</p>
                <p className="break-words">{details.error.message}</p>
                {details.error.code !== "text" && <p className="text-sm text-muted">Code: {details.error.code}</p>}
              </div>
            ) : details.problemCount === 0 ? (
              <p className="text-muted">No errors and no page problems.</p>
            ) : null}
            {details.problemCount > 0 && (
              <div className="space-y-2">
                <h3 className="font-semibold">
                  {formatCount(details.problemCount)} page {details.problemCount === 1 ? "problem" : "problems"}
                  {details.problems.length < details.problemCount && (
                    <span className="font-normal text-muted"> (the first {formatCount(details.problems.length)} listed)</span>
                  )}
                </h3>
                <ul className="divide-y divide-line rounded-md border border-line bg-white text-sm">
                  {details.problems.map((p, i) => (
                    <li key={i} className="space-y-0.5 px-3 py-2">
                      <p className="break-words">{p.message}</p>
                      <p className="text-xs break-all text-muted">
                        <code>{p.code}</code>
                        {p.path && <> · {p.path}</>}
                      </p>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <RowsWrittenTable tables={details.tables} caption="Rows written" />
          </>
        )}
      </section>

      <section aria-labelledby="entries-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="entries-heading" className="text-xl font-semibold">
            Entries
          </h2>
          <Link href={timelineHref({ meta: [{ key: "syncId", value: run.syncId }] })} className={`text-sm ${linkClass}`}>
            Show in the timeline
          </Link>
        </div>
        {run.entries.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line bg-white p-6 text-center text-muted">
            No agent-log entries name this run.
          </p>
        ) : (
          <>
            <p className="text-sm text-muted">
              Oldest first{run.moreEntries ? `; the first ${formatCount(RUN_ENTRY_LIMIT)} of more` : ""}. Times in UTC.
            </p>
            <ol className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-white shadow-sm">
              {run.entries.map((entry) => (
                <li key={entry.logId}>
                  <TimelineEntryItem entry={entry} runLinks withDate currentRun={run.syncId} />
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </div>
  );
}
