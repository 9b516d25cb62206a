import "server-only";
import type { Viewer } from "../../app/lib/auth/roles";
import { assertRole } from "./access";
import { desc } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "../index";
import { notionSyncMetadata } from "../schema";

/** A run lists at most this many problems on the page; the count still says how many there were. */
const LISTED_PROBLEMS = 100;

export interface ImportRunProblem {
  code: string;
  message: string;
  path: string | null;
}

export interface ImportRunTableCounts {
  table: string;
  added: number;
  changed: number;
  unchanged: number;
}

export interface ImportRunDetails {
  error: { code: string; message: string } | null;
  problemCount: number;
  problems: ImportRunProblem[];
  tables: ImportRunTableCounts[];
  pages: { total: number; kept: number; excluded: number } | null;
  flaggedMissing: number;
  durationMs: number | null;
  /** Admin corrections the run kept, and those the export has changed since (kept all the same). */
  correctionsKept: number;
  conflictCount: number;
  conflicts: ImportRunConflict[];
}

export interface ImportRunConflict {
  entity: string;
  recordId: number;
  title: string;
  field: string;
  exported: string;
  kept: string;
}

export interface ImportRun {
  syncId: number;
  syncType: string | null;
  /** ISO time the run started, or null when the row has none. */
  startedAt: string | null;
  status: string | null;
  recordsSynced: number;
  problems: number;
  /** Read from error_details; null when the run recorded none. */
  details: ImportRunDetails | null;
}

const count = z.number().int().nonnegative().catch(0);

/**
 * The JSON db/import/run.ts writes to error_details. Every field falls back on its own, so a
 * row written by an older importer (or by hand) still shows what it can.
 */
const RunDetailsJson = z.object({
  error: z.object({ code: z.string().catch("unknown"), message: z.string() }).nullable().catch(null),
  warningCount: count,
  warnings: z
    .array(
      z.object({
        code: z.string().catch("unknown"),
        message: z.string().catch("(no message)"),
        path: z.string().nullish().catch(null),
      }),
    )
    .catch([]),
  classify: z
    .object({ total: count, kept: count, excluded: count })
    .nullable()
    .catch(null),
  tables: z
    .record(z.string(), z.object({ added: count, changed: count, unchanged: count }))
    .nullable()
    .catch(null),
  flaggedMissing: count,
  durationMs: z.number().nonnegative().nullable().catch(null),
  correctionsKept: count,
  conflictCount: count,
  conflicts: z
    .array(
      z.object({
        entity: z.string().catch("record"),
        recordId: z.number().int().catch(0),
        title: z.string().catch(""),
        field: z.string().catch("field"),
        exportedLabel: z.string().catch("?"),
        keptLabel: z.string().catch("?"),
      }),
    )
    .catch([]),
});

/** Every import run, newest first. */
export async function listImportRuns(viewer: Viewer | null, limit = 50): Promise<ImportRun[]> {
  assertRole(viewer, ["admin"]);
  const db = await getDb();
  const rows = await db
    .select({
      syncId: notionSyncMetadata.syncId,
      syncType: notionSyncMetadata.syncType,
      lastSync: notionSyncMetadata.lastSync,
      status: notionSyncMetadata.status,
      recordsSynced: notionSyncMetadata.recordsSynced,
      errors: notionSyncMetadata.errors,
      errorDetails: notionSyncMetadata.errorDetails,
    })
    .from(notionSyncMetadata)
    .orderBy(desc(notionSyncMetadata.syncId))
    .limit(limit);
  return rows.map((row) => ({
    syncId: row.syncId,
    syncType: row.syncType,
    startedAt: row.lastSync ? row.lastSync.toISOString() : null,
    status: row.status,
    recordsSynced: row.recordsSynced ?? 0,
    problems: row.errors ?? 0,
    details: parseRunDetails(row.errorDetails),
  }));
}

/** Never throws: text that is not the importer's JSON is shown as the run's error message. */
export function parseRunDetails(text: string | null): ImportRunDetails | null {
  if (text === null || text.trim() === "") return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return plainText(text);
  }
  const parsed = RunDetailsJson.safeParse(json);
  if (!parsed.success) return plainText(typeof json === "string" ? json : text);
  const d = parsed.data;
  return {
    error: d.error,
    problemCount: Math.max(d.warningCount, d.warnings.length),
    problems: d.warnings.slice(0, LISTED_PROBLEMS).map((w) => ({ code: w.code, message: w.message, path: w.path ?? null })),
    tables: Object.entries(d.tables ?? {}).map(([table, c]) => ({ table, ...c })),
    pages: d.classify,
    flaggedMissing: d.flaggedMissing,
    durationMs: d.durationMs,
    correctionsKept: d.correctionsKept,
    conflictCount: Math.max(d.conflictCount, d.conflicts.length),
    conflicts: d.conflicts.map((c) => ({ entity: c.entity, recordId: c.recordId, title: c.title, field: c.field, exported: c.exportedLabel, kept: c.keptLabel })),
  };
}

function plainText(text: string): ImportRunDetails {
  return {
    error: { code: "text", message: text.slice(0, 2000) },
    problemCount: 0,
    problems: [],
    tables: [],
    pages: null,
    flaggedMissing: 0,
    durationMs: null,
    correctionsKept: 0,
    conflictCount: 0,
    conflicts: [],
  };
}
