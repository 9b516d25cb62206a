import Link from "next/link";
import { SUBSYSTEM_LABELS, SUBSYSTEMS, type Subsystem } from "@/app/lib/domain/vocabulary";
import type { TimelineEntry } from "@/db/queries/agent-log";
import { MetadataView } from "./metadata-view";
import { StatusBadge } from "./status-badge";

const TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export function subsystemLabel(subsystem: string): string {
  return (SUBSYSTEMS as readonly string[]).includes(subsystem) ? SUBSYSTEM_LABELS[subsystem as Subsystem] : subsystem;
}

const linkClass = "font-medium text-brand underline underline-offset-2 hover:no-underline";

/**
 * One agent-log entry. `withDate` shows the full date where no day heading gives it (a run's
 * page, which passes its own id as `currentRun` so entries do not point back at it); `runLinks`
 * is off for students, who cannot open runs.
 */
export function TimelineEntryItem({
  entry,
  runLinks,
  withDate = false,
  currentRun = null,
}: {
  entry: TimelineEntry;
  runLinks: boolean;
  withDate?: boolean;
  currentRun?: number | null;
}) {
  const links = { ...entry.links, syncId: entry.links.syncId === currentRun ? null : entry.links.syncId };
  const hasLinks = links.syncId !== null || links.records.length > 0 || links.module !== null || links.student !== null;
  return (
    <article aria-labelledby={`entry-${entry.logId}-title`} className="min-w-0 space-y-2 px-4 py-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <StatusBadge status={entry.status} />
        <h3 id={`entry-${entry.logId}-title`} className="min-w-0 font-semibold break-words">
          {entry.agentName} <span className="font-normal text-muted">·</span> {entry.actionType}
        </h3>
        {entry.subsystem && (
          <span className="rounded border border-line bg-canvas px-1.5 py-0.5 text-xs text-muted">
            <span className="sr-only">Subsystem: </span>
            {subsystemLabel(entry.subsystem)}
          </span>
        )}
        <span className="ml-auto text-sm text-muted tabular-nums">
          {entry.timestamp ? (
            <time dateTime={entry.timestamp}>
              {withDate ? DATE_TIME.format(new Date(entry.timestamp)) : TIME.format(new Date(entry.timestamp))} UTC
            </time>
          ) : (
            "No time recorded"
          )}
        </span>
      </div>
      {entry.message && <p className="break-words">{entry.message}</p>}
      {(entry.error || entry.resolution) && (
        <div className={`space-y-1 rounded-md border px-3 py-2 text-sm ${entry.error ? "border-red-200 bg-red-50" : "border-line bg-canvas"}`}>
          {entry.error && (
            <p className="break-words">
              <span className="font-semibold text-bad">Error: </span>
              {entry.error}
            </p>
          )}
          {entry.resolution && (
            <p className="break-words">
              <span className="font-semibold">Resolution: </span>
              {entry.resolution}
            </p>
          )}
        </div>
      )}
      {hasLinks && (
        <ul aria-label="What this entry touched" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.syncId !== null && (
            <li>
              {runLinks ? (
                <Link href={`/agent-log/runs/${links.syncId}`} className={linkClass}>
                  Sync run #{links.syncId}
                </Link>
              ) : (
                <span>Sync run #{links.syncId}</span>
              )}
            </li>
          )}
          {links.records.map((record) => (
            <li key={record.href}>
              <Link href={record.href} className={linkClass}>
                {record.label}
              </Link>
            </li>
          ))}
          {links.module && (
            <li>
              <span className="text-muted">Module: </span>
              <Link href={`/modules/${links.module.slug}`} className={linkClass}>
                {links.module.title}
              </Link>
            </li>
          )}
          {links.student && (
            <li>
              <span className="text-muted">Student: </span>
              {links.student.name}
            </li>
          )}
        </ul>
      )}
      <MetadataView metadata={entry.metadata} />
    </article>
  );
}
