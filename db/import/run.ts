import { eq } from "drizzle-orm";
import { recordAudit } from "../audit";
import type { Database, Transaction } from "../client";
import { agentLog, notionSyncMetadata } from "../schema";
import { summarizeClassification } from "./classify";
import { ImportFatalError, type ImportWarning } from "./errors";
import { GarbagePacer } from "./gc-hint";
import { importPages, type ImportedPages } from "./import-pages";
import { fillWarningPaths, loadRows, type LoadResult, type RawLoad } from "./load";
import type { ImportRules } from "./rules";
import { configuredRules, RulesFileError } from "./rules-file";
import { openExport } from "./source";
import { DEFAULT_LIMITS, type ExportSource, type ImportLimits } from "./source-types";
import { transformRows, type TransformResult } from "./transform";

export const IMPORT_AGENT = "notion-importer";
export const SYNC_TYPE = "notion_export";
const MAX_LISTED_WARNINGS = 500;
/** Conflicts are few (one per corrected field Notion changed since); a cap keeps a bulk edit readable. */
const MAX_LISTED_CONFLICTS = 200;

export type ImportStage = "extract" | "classify" | "transform" | "load";

export interface ImportProgress {
  stage: ImportStage;
  processed: number;
  total: number;
}

export interface ImportOptions {
  dryRun?: boolean;
  rules?: ImportRules;
  limits?: Partial<ImportLimits>;
  /** Page bodies above this size are cut (with a warning). */
  maxPageBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Who started the run from the admin page; their audit entry commits with the import. */
  actor?: { userId: string; email: string };
}

export interface ImportSummary {
  status: "success" | "partial" | "failed";
  dryRun: boolean;
  /** The notion_sync_metadata row of this run (null for a dry run). */
  syncId: number | null;
  durationMs: number;
  extract: { entries: number; pageFiles: number; csvFiles: number; otherFiles: number } | null;
  classify: ReturnType<typeof summarizeClassification> | null;
  load: LoadResult | null;
  warnings: ImportWarning[];
  error: { code: string; message: string } | null;
  /** Milliseconds per stage, for the run history and the benchmark. */
  timings: Partial<Record<ImportStage, number>>;
}

class DryRunRollback extends Error {
  constructor(readonly result: LoadResult) {
    super("dry run: rolled back on purpose");
  }
}

/**
 * One import run, in one transaction: the export is read page by page, each page classified
 * and written to cadence_raw_content as it is read (so the export is never whole in memory),
 * then the kept pages become CADENCE rows. A fatal problem leaves every table as it was, apart
 * from this run's own record (notion_sync_metadata and its agent-log entries), which says what
 * failed.
 */
export async function runImport(db: Database, inputPath: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const dryRun = options.dryRun ?? false;
  const report = (stage: ImportStage, processed: number, total: number) =>
    options.onProgress?.({ stage, processed, total });
  const summary: ImportSummary = {
    status: "failed",
    dryRun,
    syncId: null,
    durationMs: 0,
    extract: null,
    classify: null,
    load: null,
    warnings: [],
    error: null,
    timings: {},
  };
  let stage: ImportStage = "extract";
  let stageStarted = performance.now();
  const enter = (next: ImportStage) => {
    summary.timings[stage] = Math.round(performance.now() - stageStarted);
    stage = next;
    stageStarted = performance.now();
  };

  try {
    const rules = options.rules ?? (await configuredRules());
    report("extract", 0, 0);
    // Opened before the transaction: an upload refused for its shape never holds a connection.
    const upload = await Upload.open(inputPath, { ...DEFAULT_LIMITS, ...options.limits });
    let status: "success" | "partial" = "success";
    const memory = new GarbagePacer();
    try {
      await db.transaction(async (tx) => {
        const syncId = await createRun(tx);
        const pages = await importPages(tx, syncId, upload.get(), rules, {
          maxPageBytes: options.maxPageBytes ?? 1024 * 1024,
          memory,
          onProgress: report,
          onExtracted: (stats) => {
            summary.extract = stats;
            enter("classify");
          },
        });
        await upload.close();
        // The listing, the CSV rows and every page's leftovers are garbage now.
        await memory.check();
        summary.warnings.push(...pages.warnings);
        summary.classify = summarizeClassification(pages.rows);
        report("classify", pages.rows.length, pages.rows.length);

        enter("transform");
        report("transform", 0, summary.classify.kept);
        const { data, raw } = transformPages(pages, rules);
        await memory.check();
        await fillWarningPaths(tx, data.warnings);
        summary.warnings.push(...data.warnings);
        report("transform", summary.classify.kept, summary.classify.kept);

        enter("load");
        status = summary.warnings.length > 0 ? "partial" : "success";
        const load = await loadRows(tx, raw, data, (processed, total) => report("load", processed, total));
        if (dryRun) throw new DryRunRollback(load);
        summary.syncId = syncId;
        summary.load = load;
        summary.status = status;
        summary.durationMs = Math.round(performance.now() - started);
        summary.timings.load = Math.round(performance.now() - stageStarted);
        await finishRun(tx, syncId, summary);
        await logStages(tx, summary, null);
        if (options.actor) {
          await recordAudit(tx, {
            actorId: options.actor.userId,
            actorLabel: options.actor.email,
            action: "import.run",
            entityType: "notion_sync",
            entityId: String(syncId),
            after: { status: summary.status, tables: summary.load?.tables, warnings: summary.warnings.length },
          });
        }
      });
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
      summary.load = error.result;
      summary.status = status;
      summary.timings.load = Math.round(performance.now() - stageStarted);
    } finally {
      await upload.close();
    }
  } catch (error) {
    summary.status = "failed";
    summary.syncId = null;
    summary.error =
      error instanceof ImportFatalError
        ? { code: error.code, message: error.message }
        : error instanceof RulesFileError
          ? { code: "rules_file", message: error.message }
        : { code: "internal", message: `The import failed at the ${stage} stage and nothing was written; the server log has the details.` };
    if (!(error instanceof ImportFatalError) && !(error instanceof RulesFileError)) console.error("[import] failed:", error);
    summary.durationMs = Math.round(performance.now() - started);
    if (!dryRun) await recordFailure(db, summary, stage);
  }
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}

/** Stage 2, on the kept pages; lets go of them and of the page list once the CADENCE rows are made. */
function transformPages(pages: ImportedPages, rules: ImportRules): { data: TransformResult; raw: RawLoad } {
  const parents = new Map(pages.rows.map((r) => [r.notionPageId, r.parentPageId]));
  const data = transformRows(pages.kept, parents, rules);
  const raw = { ids: pages.rows.map((r) => r.notionPageId), changes: pages.raw };
  pages.kept = [];
  pages.rows = [];
  return { data, raw };
}

/**
 * The opened upload. Closing it also lets go of the export's listing, so the rest of the run
 * does not keep it in memory; `close()` may be called more than once.
 */
class Upload {
  private closing: Promise<void> | null = null;

  private constructor(private source: ExportSource | null) {}

  /** Opened here, not in runImport: a suspended async function keeps what its awaits returned. */
  static async open(inputPath: string, limits: ImportLimits): Promise<Upload> {
    return new Upload(await openExport(inputPath, limits));
  }

  get(): ExportSource {
    if (!this.source) throw new Error("The upload is already closed.");
    return this.source;
  }

  close(): Promise<void> {
    if (!this.closing) {
      this.closing = this.source?.close() ?? Promise.resolve();
      this.source = null;
    }
    return this.closing;
  }
}

/** The run's record, "running" until finishRun says how it went (no one sees it before the commit). */
async function createRun(tx: Transaction): Promise<number> {
  const [row] = await tx
    .insert(notionSyncMetadata)
    .values({ syncType: SYNC_TYPE, lastSync: new Date(), status: "running", recordsSynced: 0, errors: 0 })
    .returning({ id: notionSyncMetadata.syncId });
  return row!.id;
}

function recordsWritten(load: LoadResult | null): number {
  if (!load) return 0;
  return Object.values(load.tables).reduce((n, t) => n + t.added + t.changed, 0);
}

/** error_details holds the run's problems as JSON text, so the history can list them. */
function details(summary: ImportSummary): string {
  return JSON.stringify({
    error: summary.error,
    warningCount: summary.warnings.length,
    warnings: summary.warnings.slice(0, MAX_LISTED_WARNINGS),
    classify: summary.classify,
    tables: summary.load?.tables ?? null,
    flaggedMissing: summary.load?.flaggedMissing ?? 0,
    correctionsKept: summary.load?.correctionsKept ?? 0,
    conflictCount: summary.load?.conflicts.length ?? 0,
    conflicts: summary.load?.conflicts.slice(0, MAX_LISTED_CONFLICTS) ?? [],
    durationMs: summary.durationMs,
    timings: summary.timings,
  });
}

async function finishRun(tx: Transaction, syncId: number, summary: ImportSummary): Promise<void> {
  await tx
    .update(notionSyncMetadata)
    .set({
      status: summary.status,
      recordsSynced: recordsWritten(summary.load),
      errors: summary.warnings.length,
      errorDetails: details(summary),
    })
    .where(eq(notionSyncMetadata.syncId, syncId));
}

async function recordFailure(db: Database, summary: ImportSummary, failedStage: ImportStage): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(notionSyncMetadata)
        .values({
          syncType: SYNC_TYPE,
          lastSync: new Date(),
          status: "failed",
          recordsSynced: 0,
          errors: summary.warnings.length + 1,
          errorDetails: details(summary),
        })
        .returning({ id: notionSyncMetadata.syncId });
      summary.syncId = row!.id;
      await logStages(tx, summary, failedStage);
    });
  } catch (error) {
    console.error("[import] could not record the failed run:", error);
  }
}

/** One agent-log entry per stage; a failed run logs the stages it reached. */
async function logStages(tx: Transaction, summary: ImportSummary, failedStage: ImportStage | null): Promise<void> {
  const syncId = summary.syncId;
  const entries: (typeof agentLog.$inferInsert)[] = [];
  const failed = (stage: ImportStage) => failedStage === stage;
  const base = { agentName: IMPORT_AGENT };

  entries.push({
    ...base,
    actionType: "extract",
    status: failed("extract") ? "failed" : "success",
    message: summary.extract
      ? `Read ${summary.extract.pageFiles} pages and ${summary.extract.csvFiles} databases from ${summary.extract.entries} files.`
      : "Could not read the export.",
    error: failed("extract") ? summary.error?.message : null,
    resolution: failed("extract") ? "Upload the zip Notion produced (Export → Markdown & CSV, include subpages) or its unpacked folder." : null,
    metadata: { syncId, ...summary.extract },
  });
  if (summary.classify || failedStage === "classify") {
    entries.push({
      ...base,
      actionType: "classify",
      status: failed("classify") ? "failed" : "success",
      message: summary.classify
        ? `Classified ${summary.classify.total} pages: ${summary.classify.kept} kept, ${summary.classify.excluded} excluded.`
        : "Classification failed.",
      error: failed("classify") ? summary.error?.message : null,
      metadata: { syncId, ...summary.classify },
    });
  }
  if (summary.load || failedStage === "transform" || failedStage === "load") {
    const tables = summary.load?.tables;
    const conflicts = summary.load?.conflicts ?? [];
    const kept = summary.load?.correctionsKept ?? 0;
    const corrections =
      kept > 0 || conflicts.length > 0
        ? ` ${kept} admin ${kept === 1 ? "correction" : "corrections"} kept, ${conflicts.length} ${conflicts.length === 1 ? "conflict" : "conflicts"} with the export.`
        : "";
    entries.push({
      ...base,
      actionType: "transform",
      status: failedStage === "transform" || failedStage === "load" ? "failed" : summary.warnings.length > 0 ? "partial" : "success",
      message: tables
        ? `Wrote ${recordsWritten(summary.load)} rows (${Object.entries(tables)
            .map(([t, c]) => `${t.replace("cadence_", "")} +${c.added}/~${c.changed}`)
            .join(", ")}); ${summary.warnings.length} page problem(s).${corrections}`
        : "Nothing was written: the import was rolled back.",
      error: failedStage === "transform" || failedStage === "load" ? summary.error?.message : null,
      resolution:
        summary.warnings.length > 0 || conflicts.length > 0
          ? `See the run's ${conflicts.length > 0 ? "conflicts and problems" : "problems"} on /admin/imports.`
          : null,
      metadata: {
        syncId,
        tables: tables ?? null,
        flaggedMissing: summary.load?.flaggedMissing ?? 0,
        warnings: summary.warnings.length,
        correctionsKept: kept,
        conflicts: conflicts.slice(0, MAX_LISTED_CONFLICTS),
        // The records whose correction the export disagrees with (agent-log convention: `records`).
        ...(conflicts.length > 0
          ? { records: [...new Map(conflicts.map((c) => [`${c.entity}:${c.recordId}`, { entity: c.entity, id: c.recordId }])).values()].slice(0, MAX_LISTED_CONFLICTS) }
          : {}),
      },
    });
  }
  await tx.insert(agentLog).values(entries);
}
