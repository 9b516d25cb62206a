import type { Metadata } from "next";
import Link from "next/link";
import { listImportRuns, type ImportRun, type ImportRunDetails } from "@/db/queries/imports";
import { ImportPanel } from "./import-panel";
import { maxUploadBytes } from "@/app/lib/imports/jobs";
import { requirePermission } from "@/app/lib/session";
import { formatBytes, formatCount, formatDuration } from "@/app/lib/imports/labels";
import { CorrectionConflicts } from "./correction-conflicts";
import { ProblemList } from "./problem-list";
import { RunStatus } from "./run-status";
import { RowsWrittenTable } from "@/components/imports/rows-written-table";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Notion imports" };

const HISTORY_LIMIT = 50;

// The server cannot know the reader's time zone; UTC, said out loud, is never misread.
const STARTED = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ImportsPage() {
  const viewer = await requirePermission("imports.run");
  const runs = await listImportRuns(viewer, HISTORY_LIMIT);
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm font-medium">
          <Link href="/admin" className="text-brand underline-offset-4 hover:underline">
            <span aria-hidden="true">← </span>Admin
          </Link>
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">Notion imports</h1>
        <p className="text-lg text-muted">
          Bring the CADENCE Notion workspace into the archive. Every upload is checked first with a dry
          run that writes nothing; the import itself runs in one transaction, so a failure leaves the
          archive as it was.
        </p>
      </section>

      <section aria-labelledby="export-heading" className="max-w-3xl space-y-2">
        <h2 id="export-heading" className="text-xl font-semibold">
          Export from Notion
        </h2>
        <p className="text-muted">
          In Notion, open the workspace settings (or the menu of the top page) and choose{" "}
          <strong className="font-semibold text-ink">Export → Markdown &amp; CSV</strong>, with{" "}
          <strong className="font-semibold text-ink">Include subpages</strong> on. Upload the zip Notion
          e-mails you, as it is (up to {formatBytes(maxUploadBytes())}). For a larger export, unpack it
          on the server and run{" "}
          <code className="rounded bg-white px-1 py-0.5 font-mono text-sm text-ink ring-1 ring-line">
            npm run import -- &lt;folder&gt;
          </code>{" "}
          instead; its runs appear in the history below too.
        </p>
      </section>

      <section aria-labelledby="import-heading" className="space-y-4">
        <h2 id="import-heading" className="text-xl font-semibold">
          Import an export
        </h2>
        <ImportPanel maxUploadBytes={maxUploadBytes()} />
      </section>

      <section aria-labelledby="history-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="history-heading" className="text-xl font-semibold">
            Run history
          </h2>
          <p className="text-sm text-muted">
            {runs.length >= HISTORY_LIMIT ? `The latest ${HISTORY_LIMIT} runs, newest first.` : "Newest first."} Times in UTC.
          </p>
        </div>
        {runs.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line bg-white p-6 text-center text-muted">
            Nothing has been imported yet. The first import will be listed here.
          </p>
        ) : (
          <ol className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-white shadow-sm">
            {runs.map((run) => (
              <RunItem key={run.syncId} run={run} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function RunItem({ run }: { run: ImportRun }) {
  return (
    <li id={`run-${run.syncId}`} className="scroll-mt-4">
      <details className="group">
        <summary className="grid cursor-pointer list-none grid-cols-[auto_1fr_auto] items-center gap-x-3 gap-y-1 px-4 py-3 hover:bg-canvas sm:grid-cols-[auto_6rem_minmax(10rem,1fr)_7rem_9rem_7rem] [&::-webkit-details-marker]:hidden">
          <svg
            aria-hidden="true"
            viewBox="0 0 16 16"
            className="h-4 w-4 text-muted transition-transform group-open:rotate-90"
          >
            <path d="M6 3.5L10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span className="font-semibold tabular-nums">Run #{run.syncId}</span>
          <span className="justify-self-end sm:order-last sm:justify-self-start">
            <RunStatus status={run.status} />
          </span>
          <span className="col-start-2 col-end-4 text-sm text-muted sm:col-auto">
            {run.startedAt ? (
              <time dateTime={run.startedAt}>{STARTED.format(new Date(run.startedAt))}</time>
            ) : (
              "Start time not recorded"
            )}
          </span>
          <span className="col-start-2 text-sm tabular-nums sm:col-auto">
            {formatCount(run.recordsSynced)} {run.recordsSynced === 1 ? "record" : "records"}
          </span>
          <span className={`text-sm tabular-nums sm:col-auto ${run.problems > 0 ? "text-warn" : "text-muted"}`}>
            {formatCount(run.problems)} {run.problems === 1 ? "problem" : "problems"}
          </span>
        </summary>
        <div className="space-y-4 border-t border-line bg-canvas/60 px-4 py-4 text-sm">
          {run.details ? <RunDetails run={run} details={run.details} /> : <p className="text-muted">This run recorded no details.</p>}
        </div>
      </details>
    </li>
  );
}

function RunDetails({ run, details }: { run: ImportRun; details: ImportRunDetails }) {
  const facts: [string, string][] = [];
  if (details.pages) {
    facts.push([
      "Pages read",
      `${formatCount(details.pages.total)} (${formatCount(details.pages.kept)} kept, ${formatCount(details.pages.excluded)} excluded)`,
    ]);
  }
  facts.push(["Pages no longer in the export", `${formatCount(details.flaggedMissing)} (kept, flagged)`]);
  if (details.durationMs !== null) facts.push(["Duration", formatDuration(details.durationMs)]);
  if (run.syncType) facts.push(["Kind", run.syncType]);

  return (
    <>
      {details.error && (
        <div className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-bad">
          <p className="font-semibold">Error</p>
          <p className="text-ink">{details.error.message}</p>
        </div>
      )}
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-muted">{term}</dt>
            <dd className="mb-1 tabular-nums sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      <RowsWrittenTable tables={details.tables} caption={`Rows written by run #${run.syncId}`} />
      <CorrectionConflicts kept={details.correctionsKept} conflicts={details.conflicts} total={details.conflictCount} />
      {details.problemCount > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">
            {formatCount(details.problemCount)} page {details.problemCount === 1 ? "problem" : "problems"}
            {details.problems.length < details.problemCount && (
              <span className="font-normal text-muted"> (the first {formatCount(details.problems.length)} listed)</span>
            )}
          </h3>
          <ProblemList problems={details.problems} />
        </div>
      ) : (
        !details.error && <p className="text-muted">No page problems.</p>
      )}
    </>
  );
}
