"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { SUBSYSTEM_LABELS, SUBSYSTEMS } from "@/app/lib/domain/vocabulary";
import type { ImportProgress, ImportSummary } from "@/db/import";
import type { CadenceTable } from "@/db/import/load";
import type { JobState } from "@/app/lib/imports/jobs";
import { EXCLUDE_REASON_LABELS, formatBytes, formatCount, formatDuration, STAGE_UNITS, TABLE_LABELS, tableLabel } from "@/app/lib/imports/labels";
import { CorrectionConflicts, type ConflictItem } from "./correction-conflicts";
import { ProblemList } from "./problem-list";
import { RunStatus } from "./run-status";
import { ScrollArea } from "@/components/ui/scroll-area";

const POLL_EVERY_MS = 300;
/** Page problems shown in the preview and the result; the history lists more. */
const SHOWN_PROBLEMS = 20;
const CADENCE_TABLES = Object.keys(TABLE_LABELS) as CadenceTable[];

interface Upload {
  uploadId: string;
  fileName: string;
  bytes: number;
}

interface Finished {
  summary: ImportSummary;
  warningCount: number;
}

type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; fileName: string; loaded: number; total: number }
  | { kind: "checking"; upload: Upload; progress: ImportProgress | null }
  | { kind: "preview"; upload: Upload; preview: Finished }
  | { kind: "importing"; upload: Upload; preview: Finished; progress: ImportProgress | null }
  | { kind: "done"; result: Finished };

/**
 * Upload → dry run → preview → import, in one panel. Every step is announced in a polite live
 * region; failures go to an alert. A dry run writes nothing, so cancelling one just stops
 * watching it; a real import cannot be cancelled once started (it is one transaction).
 */
export function ImportPanel({ maxUploadBytes }: { maxUploadBytes: number }) {
  const router = useRouter();
  const inputId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [error, setError] = useState<{ title: string; message: string } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [dragging, setDragging] = useState(false);
  const active = useRef<AbortController | null>(null);
  const focusInputOnMount = useRef(false);

  useEffect(() => () => active.current?.abort(), []);

  function begin(): AbortSignal {
    active.current?.abort();
    active.current = new AbortController();
    return active.current.signal;
  }

  async function handleFile(file: File) {
    const signal = begin();
    setError(null);
    if (file.size > maxUploadBytes) {
      fail("The file is too large", `${file.name} is ${formatBytes(file.size)}, over the upload limit of ${formatBytes(maxUploadBytes)}. Unpack it on the server and run npm run import instead.`);
      return;
    }
    setPhase({ kind: "uploading", fileName: file.name, loaded: 0, total: file.size });
    setAnnouncement(`Uploading ${file.name}.`);
    try {
      const upload = await uploadFile(file, signal, (loaded, total) =>
        setPhase((p) => (p.kind === "uploading" ? { ...p, loaded, total } : p)),
      );
      setPhase({ kind: "checking", upload, progress: null });
      setAnnouncement("Upload complete. Checking the export with a dry run; nothing is written.");
      const jobId = await startJob(upload.uploadId, true, signal);
      const preview = await waitForJob(jobId, signal, (progress) =>
        setPhase((p) => (p.kind === "checking" ? { ...p, progress } : p)),
      );
      if (preview.summary.status === "failed") {
        fail("The export could not be read", preview.summary.error?.message ?? "The dry run failed; the server log has the details.");
        return;
      }
      setPhase({ kind: "preview", upload, preview });
      setAnnouncement(previewAnnouncement(preview.summary));
    } catch (cause) {
      if (!signal.aborted) fail("The export could not be checked", messageOf(cause));
    }
  }

  async function handleImport() {
    if (phase.kind !== "preview") return;
    const { upload, preview } = phase;
    const signal = begin();
    setError(null);
    setPhase({ kind: "importing", upload, preview, progress: null });
    setAnnouncement(`Importing ${upload.fileName}.`);
    let jobId: string;
    try {
      jobId = await startJob(upload.uploadId, false, signal);
    } catch (cause) {
      if (signal.aborted) return;
      // Nothing started: the preview stays, so Import can be tried again.
      setPhase({ kind: "preview", upload, preview });
      setError({ title: "The import did not start", message: messageOf(cause) });
      setAnnouncement("");
      return;
    }
    try {
      const result = await waitForJob(jobId, signal, (progress) =>
        setPhase((p) => (p.kind === "importing" ? { ...p, progress } : p)),
      );
      setPhase({ kind: "done", result });
      if (result.summary.status === "failed") {
        setError({ title: "The import failed", message: result.summary.error?.message ?? "The server log has the details." });
        setAnnouncement("");
      } else {
        setAnnouncement(`Import finished: ${statusWord(result.summary.status)}, run ${result.summary.syncId}.`);
      }
      router.refresh();
    } catch (cause) {
      if (signal.aborted) return;
      fail("Lost track of the import", `${messageOf(cause)} The import may still be running; the run history will show it.`);
      router.refresh();
    }
  }

  function fail(title: string, message: string) {
    setPhase({ kind: "idle" });
    setError({ title, message });
    // The alert announces itself; saying it twice would only repeat it.
    setAnnouncement("");
  }

  function reset(announce: string) {
    active.current?.abort();
    active.current = null;
    focusInputOnMount.current = true;
    setError(null);
    setPhase({ kind: "idle" });
    setAnnouncement(announce);
  }

  return (
    <div className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {error && (
        <div role="alert" className="flex gap-3 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm">
          <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-0.5 h-4 w-4 shrink-0 text-bad">
            <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M8 4.5v4.2M8 11v.1" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
          <div>
            <p className="font-semibold text-bad">{error.title}</p>
            <p className="text-ink">{error.message}</p>
          </div>
        </div>
      )}

      {phase.kind === "idle" && (
        <div
          onDragEnter={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragOver={(e) => e.preventDefault()}
          onDragLeave={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
          }}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer.files[0];
            if (file) void handleFile(file);
          }}
          className={`rounded-lg border-2 border-dashed px-4 py-8 text-center transition-colors sm:py-10 ${
            dragging ? "border-brand bg-blue-50" : "border-line bg-canvas"
          }`}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="mx-auto h-10 w-10 text-brand">
            <path
              d="M12 15V4m0 0L7.5 8.5M12 4l4.5 4.5M4 15v3.5A1.5 1.5 0 0 0 5.5 20h13a1.5 1.5 0 0 0 1.5-1.5V15"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <label htmlFor={inputId} className="mt-3 block text-base font-semibold">
            Choose a Notion export (.zip)
          </label>
          <p className="mt-1 text-sm text-muted">
            Drop the zip here or pick it from your files; up to {formatBytes(maxUploadBytes)}. You will see a preview before anything is written.
          </p>
          <input
            id={inputId}
            ref={(el) => {
              if (el && focusInputOnMount.current) {
                focusInputOnMount.current = false;
                el.focus();
              }
            }}
            type="file"
            accept=".zip,application/zip"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = "";
              if (file) void handleFile(file);
            }}
            className="mx-auto mt-4 block w-full max-w-sm cursor-pointer rounded-md text-sm text-muted file:mr-3 file:cursor-pointer file:rounded-md file:border-0 file:bg-brand file:px-4 file:py-2 file:text-sm file:font-semibold file:text-white hover:file:bg-brand-strong"
          />
        </div>
      )}

      {phase.kind === "uploading" && (
        <Step title={`Uploading ${phase.fileName}`}>
          <ProgressBar
            label="Upload progress"
            value={phase.loaded}
            max={phase.total}
            text={`${formatBytes(phase.loaded)} of ${formatBytes(phase.total)} uploaded`}
          />
        </Step>
      )}

      {phase.kind === "checking" && (
        <Step title={`Checking ${phase.upload.fileName}`} note="A dry run: the import runs and is rolled back, so nothing is written.">
          <StageProgress label="Dry run progress" progress={phase.progress} />
        </Step>
      )}

      {(phase.kind === "preview" || phase.kind === "importing") && (
        <Preview upload={phase.upload} preview={phase.preview} />
      )}

      {phase.kind === "importing" && (
        <Step title={`Importing ${phase.upload.fileName}`} note="One transaction: if anything fails, nothing is written.">
          <StageProgress label="Import progress" progress={phase.progress} />
        </Step>
      )}

      {phase.kind === "done" && <Result result={phase.result} />}

      {phase.kind !== "idle" && (
        <div className="flex flex-wrap gap-3 border-t border-line pt-4">
          {(phase.kind === "preview" || phase.kind === "importing") && (
            <button type="button" onClick={handleImport} disabled={phase.kind === "importing"} className={PRIMARY}>
              {phase.kind === "importing" ? "Importing…" : "Import"}
            </button>
          )}
          {(phase.kind === "uploading" || phase.kind === "checking") && (
            <button type="button" onClick={() => reset("Cancelled.")} className={SECONDARY}>
              Cancel
            </button>
          )}
          {(phase.kind === "preview" || phase.kind === "done") && (
            <button type="button" onClick={() => reset("Choose another export.")} className={SECONDARY}>
              {phase.kind === "done" ? "Import another export" : "Choose another file"}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

const PRIMARY =
  "rounded-md bg-brand px-5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-strong disabled:cursor-not-allowed disabled:opacity-60";
const SECONDARY = "rounded-md border border-line bg-white px-4 py-2 text-sm font-semibold text-ink shadow-sm hover:bg-canvas";

function Step({ title, note, children }: { title: string; note?: string; children: React.ReactNode }) {
  return (
    <div className="space-y-2 rounded-md border border-blue-100 bg-blue-50/40 p-4">
      <h3 className="font-semibold">{title}</h3>
      {note && <p className="text-sm text-muted">{note}</p>}
      {children}
    </div>
  );
}

function StageProgress({ label, progress }: { label: string; progress: ImportProgress | null }) {
  if (!progress || progress.total === 0) {
    return <ProgressBar label={label} text={progress ? `Stage: ${progress.stage} — starting…` : "Starting…"} />;
  }
  const unit = STAGE_UNITS[progress.stage] ?? "items";
  return (
    <ProgressBar
      label={label}
      value={progress.processed}
      max={progress.total}
      text={`Stage: ${progress.stage} — ${formatCount(progress.processed)} of ${formatCount(progress.total)} ${unit}`}
    />
  );
}

/** Without a value the bar is indeterminate: it pulses and says so in its text. */
function ProgressBar({ label, value, max, text }: { label: string; value?: number; max?: number; text: string }) {
  const textId = useId();
  const known = value !== undefined && max !== undefined && max > 0;
  const percent = known ? Math.min(100, Math.round((value / max) * 100)) : 100;
  return (
    <div className="space-y-1.5">
      <div
        role="progressbar"
        aria-label={label}
        aria-describedby={textId}
        aria-valuemin={0}
        aria-valuemax={known ? max : undefined}
        aria-valuenow={known ? value : undefined}
        aria-valuetext={text}
        className="h-2.5 overflow-hidden rounded-full bg-line"
      >
        <div
          className={`h-full rounded-full bg-brand transition-[width] duration-300 ${known ? "" : "animate-pulse opacity-60"}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      <p id={textId} className="text-sm tabular-nums text-muted">
        {text}
      </p>
    </div>
  );
}

function Preview({ upload, preview }: { upload: Upload; preview: Finished }) {
  const { summary, warningCount } = preview;
  const classify = summary.classify;
  const load = summary.load;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h3 className="text-lg font-semibold">Preview of {upload.fileName}</h3>
        <p className="text-sm text-muted">
          {formatBytes(upload.bytes)} · checked in {formatDuration(summary.durationMs)} · nothing has been written yet.
        </p>
      </div>

      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat term="Pages in the export" value={classify?.total ?? 0} />
        <Stat term="Kept" value={classify?.kept ?? 0} />
        <Stat term="Excluded" value={classify?.excluded ?? 0} />
        <Stat term="No longer in the export (would be flagged)" value={load?.flaggedMissing ?? 0} tone={load?.flaggedMissing ? "warn" : undefined} />
      </dl>

      {load && (
        <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
          <ChangesTable caption="What the import would change" columns={["Would add", "Would change", "Unchanged"]} tables={load.tables} />
          <ExcludedTable excludedByReason={classify?.excludedByReason ?? {}} />
        </div>
      )}

      {load && <SubsystemTable perSubsystem={load.perSubsystem} />}

      {load && <CorrectionConflicts kept={load.correctionsKept} conflicts={conflictItems(load.conflicts)} />}

      <Problems warnings={summary.warnings} warningCount={warningCount} />
    </div>
  );
}

function Result({ result }: { result: Finished }) {
  const { summary, warningCount } = result;
  const failed = summary.status === "failed";
  const written = summary.load ? Object.values(summary.load.tables).reduce((n, t) => n + t.added + t.changed, 0) : 0;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h3 className="text-lg font-semibold">{failed ? "Import failed" : "Import finished"}</h3>
        <RunStatus status={summary.status} />
      </div>
      <p className="text-sm text-muted">
        {failed
          ? "Nothing was written. The run and its error are recorded in the history."
          : `${formatCount(written)} ${written === 1 ? "row" : "rows"} added or changed in ${formatDuration(summary.durationMs)}${
              summary.load?.flaggedMissing ? `; ${formatCount(summary.load.flaggedMissing)} pages no longer in the export were flagged` : ""
            }.`}
      </p>
      {summary.load && (
        <div className="max-w-2xl">
          <ChangesTable caption="Rows written by this import" columns={["Added", "Changed", "Unchanged"]} tables={summary.load.tables} />
        </div>
      )}
      {summary.load && <CorrectionConflicts kept={summary.load.correctionsKept} conflicts={conflictItems(summary.load.conflicts)} />}
      {!failed && <Problems warnings={summary.warnings} warningCount={warningCount} />}
      {summary.syncId !== null && (
        <p>
          <a
            href={`#run-${summary.syncId}`}
            onClick={() => {
              // Open the run's row so the anchor lands on its details, not a closed summary.
              const details = document.getElementById(`run-${summary.syncId}`)?.querySelector("details");
              if (details) details.open = true;
            }}
            className="text-sm font-semibold text-brand underline underline-offset-4 hover:text-brand-strong"
          >
            See run #{summary.syncId} in the history
          </a>
        </p>
      )}
    </div>
  );
}

function ChangesTable({
  caption,
  columns,
  tables,
}: {
  caption: string;
  columns: [added: string, changed: string, unchanged: string];
  tables: NonNullable<ImportSummary["load"]>["tables"];
}) {
  return (
    <ScrollTable caption={caption}>
      <thead>
        <tr>
          <HeadCell first>Table</HeadCell>
          {columns.map((column) => (
            <HeadCell key={column}>{column}</HeadCell>
          ))}
        </tr>
      </thead>
      <tbody>
        {CADENCE_TABLES.map((table) => {
          const c = tables[table];
          return (
            <tr key={table} className="border-t border-line">
              <th scope="row" className="py-1.5 pr-4 text-left font-medium">
                {tableLabel(table)}
              </th>
              <NumberCell value={c.added} strong />
              <NumberCell value={c.changed} strong />
              <NumberCell value={c.unchanged} />
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

function Stat({ term, value, tone }: { term: string; value: number; tone?: "warn" }) {
  return (
    <div className="rounded-md border border-line bg-canvas px-3 py-2">
      <dt className="text-xs font-medium text-muted">{term}</dt>
      <dd className={`mt-0.5 text-2xl font-semibold tabular-nums ${tone === "warn" ? "text-warn" : ""}`}>{formatCount(value)}</dd>
    </div>
  );
}

function ScrollTable({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    <ScrollArea label={caption}>
      <table className="w-full text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        {children}
      </table>
    </ScrollArea>
  );
}

function HeadCell({ children, first }: { children: React.ReactNode; first?: boolean }) {
  return (
    <th scope="col" className={`py-1.5 align-bottom text-xs font-medium text-muted ${first ? "pr-4 text-left" : "px-2 text-right sm:px-3"}`}>
      {children}
    </th>
  );
}

function NumberCell({ value, strong }: { value: number; strong?: boolean }) {
  return (
    <td className={`px-2 py-1.5 text-right tabular-nums sm:px-3 ${value === 0 ? "text-muted" : strong ? "font-semibold" : ""}`}>
      {formatCount(value)}
    </td>
  );
}

function ExcludedTable({ excludedByReason }: { excludedByReason: Record<string, number> }) {
  const reasons = Object.entries(excludedByReason).sort(([, a], [, b]) => b - a);
  return (
    <ScrollTable caption="Excluded pages, by reason">
      <thead>
        <tr>
          <HeadCell first>Reason</HeadCell>
          <HeadCell>Pages</HeadCell>
        </tr>
      </thead>
      <tbody>
        {reasons.length === 0 ? (
          <tr className="border-t border-line">
            <td colSpan={2} className="py-1.5 text-muted">
              No page was excluded.
            </td>
          </tr>
        ) : (
          reasons.map(([reason, n]) => (
            <tr key={reason} className="border-t border-line">
              <th scope="row" className="py-1.5 pr-4 text-left font-medium">
                {EXCLUDE_REASON_LABELS[reason] ?? reason}
              </th>
              <NumberCell value={n} />
            </tr>
          ))
        )}
      </tbody>
    </ScrollTable>
  );
}

function SubsystemTable({ perSubsystem }: { perSubsystem: NonNullable<ImportSummary["load"]>["perSubsystem"] }) {
  const order = [...SUBSYSTEMS, "unassigned"] as string[];
  const rows = Object.keys(perSubsystem).sort((a, b) => rank(order, a) - rank(order, b));
  if (rows.length === 0) {
    return <p className="text-sm text-muted">No rows would be added or changed in any subsystem.</p>;
  }
  return (
    <ScrollTable caption="Rows added or changed, per subsystem">
      <thead>
        <tr>
          <HeadCell first>Subsystem</HeadCell>
          {CADENCE_TABLES.map((table) => (
            <HeadCell key={table}>{tableLabel(table)}</HeadCell>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((subsystem) => (
          <tr key={subsystem} className="border-t border-line">
            <th scope="row" className="whitespace-nowrap py-1.5 pr-4 text-left font-medium">
              {SUBSYSTEM_LABELS[subsystem as keyof typeof SUBSYSTEM_LABELS] ?? "Unassigned"}
            </th>
            {CADENCE_TABLES.map((table) => {
              const c = perSubsystem[subsystem]?.[table];
              return <NumberCell key={table} value={(c?.added ?? 0) + (c?.changed ?? 0)} strong />;
            })}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function rank(order: string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}

function Problems({ warnings, warningCount }: { warnings: ImportSummary["warnings"]; warningCount: number }) {
  if (warningCount === 0) return <p className="text-sm text-muted">No page problems.</p>;
  const shown = warnings.slice(0, SHOWN_PROBLEMS);
  return (
    <div className="space-y-2">
      <h4 className="font-semibold">
        {formatCount(warningCount)} page {warningCount === 1 ? "problem" : "problems"}
        {shown.length < warningCount && <span className="font-normal text-muted"> (the first {shown.length} shown)</span>}
      </h4>
      <p className="text-sm text-muted">These pages still import, with the field concerned left empty.</p>
      <ProblemList problems={shown} />
    </div>
  );
}

// ---- talking to the API ----

class AbortedError extends Error {
  override name = "AbortError";
}

function uploadFile(file: File, signal: AbortSignal, onProgress: (loaded: number, total: number) => void): Promise<Upload> {
  // XMLHttpRequest, not fetch: only it reports upload progress.
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/admin/imports/uploads");
    xhr.setRequestHeader("Content-Type", file.type === "application/zip" ? "application/zip" : "application/octet-stream");
    xhr.setRequestHeader("x-file-name", encodeURIComponent(file.name));
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      const body: unknown = xhr.response;
      if (xhr.status >= 200 && xhr.status < 300 && isUpload(body)) resolve(body);
      else reject(new Error(errorFrom(body, xhr.status)));
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted. Check the connection and try again."));
    xhr.onabort = () => reject(new AbortedError("Cancelled."));
    signal.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

async function startJob(uploadId: string, dryRun: boolean, signal: AbortSignal): Promise<string> {
  const response = await fetch("/api/admin/imports/jobs", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ uploadId, dryRun }),
    signal,
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok || !isRecord(body) || typeof body.jobId !== "string") throw new Error(errorFrom(body, response.status));
  return body.jobId;
}

async function waitForJob(jobId: string, signal: AbortSignal, onProgress: (progress: ImportProgress) => void): Promise<Finished> {
  for (;;) {
    const response = await fetch(`/api/admin/imports/jobs/${encodeURIComponent(jobId)}`, { cache: "no-store", signal });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok || !isRecord(body)) throw new Error(errorFrom(body, response.status));
    const state = body as unknown as JobState;
    if (state.status === "done" && state.summary) return { summary: state.summary, warningCount: state.warningCount };
    if (state.progress) onProgress(state.progress);
    await sleep(POLL_EVERY_MS, signal);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(new AbortedError("Cancelled."));
      },
      { once: true },
    );
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isUpload(value: unknown): value is Upload {
  return isRecord(value) && typeof value.uploadId === "string" && typeof value.fileName === "string" && typeof value.bytes === "number";
}

function errorFrom(body: unknown, status: number): string {
  if (isRecord(body) && typeof body.error === "string") return body.error;
  return `The server answered with an error (HTTP ${status}). Try again; the server log has the details.`;
}

function messageOf(cause: unknown): string {
  if (cause instanceof TypeError) return "The server could not be reached. Check the connection and try again.";
  return cause instanceof Error ? cause.message : String(cause);
}

function statusWord(status: ImportSummary["status"]): string {
  return status === "success" ? "success" : status === "partial" ? "imported with page problems" : "failed";
}

function previewAnnouncement(summary: ImportSummary): string {
  const tables = summary.load?.tables;
  const adds = tables ? Object.values(tables).reduce((n, t) => n + t.added, 0) : 0;
  const changes = tables ? Object.values(tables).reduce((n, t) => n + t.changed, 0) : 0;
  return `Preview ready: ${summary.classify?.kept ?? 0} of ${summary.classify?.total ?? 0} pages kept; ${adds} rows would be added and ${changes} changed. Review it, then choose Import.`;
}

function conflictItems(conflicts: NonNullable<ImportSummary["load"]>["conflicts"] | undefined): ConflictItem[] {
  return (conflicts ?? []).map((c) => ({ entity: c.entity, recordId: c.recordId, title: c.title, field: c.field, exported: c.exportedLabel, kept: c.keptLabel }));
}
