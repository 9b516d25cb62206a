import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { RunFacts, runProblemSummary } from "@/components/agent-log/run-summary";
import { StatusBadge } from "@/components/agent-log/status-badge";
import { requireRole } from "@/app/lib/session";
import { listSyncRuns, type SyncRun } from "@/db/queries/agent-log";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sync runs" };

const linkClass = "font-medium text-brand underline underline-offset-2 hover:no-underline";

const Before = z.coerce.number().int().positive().max(2_147_483_647).nullable().catch(null);

export default async function SyncRunsPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole("faculty", "admin");
  const params = await props.searchParams;
  const before = Before.parse(typeof params.before === "string" && params.before !== "" ? params.before : null);
  const { runs, nextBefore } = await listSyncRuns(viewer, before);

  return (
    <div className="space-y-8">
      <section className="max-w-3xl space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm font-medium">
          <Link href="/agent-log" className="text-brand underline-offset-4 hover:underline">
            <span aria-hidden="true">← </span>Agent log
          </Link>
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">Sync runs</h1>
        <p className="text-lg text-muted">
          Every import of the Notion workspace, newest first, with the entries its stages logged (extract, classify,
          transform). Open a run for its error details.
        </p>
      </section>

      {runs.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line bg-white p-6 text-center text-muted">
          {before ? "There are no older runs." : "Nothing has been imported yet. Each import will be listed here as a run."}
        </p>
      ) : (
        <ol className="space-y-4">
          {runs.map((run) => (
            <li key={run.syncId}>
              <RunCard run={run} />
            </li>
          ))}
        </ol>
      )}

      <nav aria-label="Run pages" className="flex flex-wrap items-center justify-between gap-3">
        {before ? (
          <Link href="/agent-log/runs" className={linkClass}>
            <span aria-hidden="true">← </span>Newest
          </Link>
        ) : (
          <span />
        )}
        {nextBefore && (
          <Link href={`/agent-log/runs?before=${nextBefore}`} className={linkClass}>
            Older runs <span aria-hidden="true">→</span>
          </Link>
        )}
      </nav>
    </div>
  );
}

function RunCard({ run }: { run: SyncRun }) {
  const problem = runProblemSummary(run);
  const headingId = `run-${run.syncId}-title`;
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h2 id={headingId} className="text-lg font-semibold">
          <Link href={`/agent-log/runs/${run.syncId}`} className="text-brand underline underline-offset-2 hover:no-underline">
            Run #{run.syncId}
          </Link>
        </h2>
        <StatusBadge status={run.status} />
      </div>
      <RunFacts run={run} />
      {problem && (
        <p className={`rounded-md border px-3 py-2 text-sm break-words ${run.details?.error ? "border-red-200 bg-red-50" : "border-amber-200 bg-amber-50"}`}>
          <span className="font-semibold">{run.details?.error ? "Error: " : "Problems: "}</span>
          {problem}
        </p>
      )}
      <div className="space-y-1">
        <h3 className="text-sm font-semibold">Stages</h3>
        {run.entries.length === 0 ? (
          <p className="text-sm text-muted">No agent-log entries name this run.</p>
        ) : (
          <ol className="divide-y divide-line rounded-md border border-line text-sm">
            {run.entries.map((entry) => (
              <li key={entry.logId} className="flex flex-wrap items-start gap-x-3 gap-y-1 px-3 py-2">
                <StatusBadge status={entry.status} />
                <span className="font-medium">{entry.actionType}</span>
                <span className="min-w-0 flex-1 basis-48 break-words text-muted">
                  {entry.message}
                  {entry.error && <span className="block text-bad">Error: {entry.error}</span>}
                </span>
              </li>
            ))}
          </ol>
        )}
        {run.moreEntries && (
          <p className="text-sm">
            <Link href={`/agent-log/runs/${run.syncId}`} className={linkClass}>
              All entries of run #{run.syncId}
            </Link>
          </p>
        )}
      </div>
    </article>
  );
}
