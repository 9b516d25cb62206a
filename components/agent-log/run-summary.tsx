import { formatCount, formatDuration } from "@/app/lib/imports/labels";
import type { SyncRun } from "@/db/queries/agent-log";

const STARTED = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function runStarted(run: SyncRun): React.ReactNode {
  return run.startedAt ? <time dateTime={run.startedAt}>{STARTED.format(new Date(run.startedAt))} UTC</time> : "Start time not recorded";
}

/** One line on what went wrong, from error_details: the fatal error, else the problem count. */
export function runProblemSummary(run: SyncRun): string | null {
  const details = run.details;
  if (details?.error) return details.error.message;
  if (details && details.problemCount > 0) return `${formatCount(details.problemCount)} page ${details.problemCount === 1 ? "problem" : "problems"}.`;
  return null;
}

/** The run's figures as a definition list. */
export function RunFacts({ run }: { run: SyncRun }) {
  const facts: [string, React.ReactNode][] = [
    ["Type", run.syncType ?? "Not recorded"],
    ["Started", runStarted(run)],
    ["Records", `${formatCount(run.recordsSynced)} written`],
    ["Errors", formatCount(run.errors)],
  ];
  if (run.details?.pages) {
    const p = run.details.pages;
    facts.push(["Pages read", `${formatCount(p.total)} (${formatCount(p.kept)} kept, ${formatCount(p.excluded)} excluded)`]);
  }
  if (run.details?.durationMs != null) facts.push(["Duration", formatDuration(run.details.durationMs)]);
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr_max-content_1fr]">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted">{term}</dt>
          <dd className="min-w-0 break-words tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
