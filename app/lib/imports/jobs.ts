import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { runImport, type ImportProgress, type ImportSummary } from "@/db/import";
import { getDb } from "@/db/index";

/**
 * Uploaded exports and the import jobs run on them. Both live in this process's memory, so the
 * admin page works on one long-lived Node server (`npm start`, `next dev`); several instances
 * behind a load balancer would each see only their own jobs.
 */

/** Uploads and finished jobs are forgotten (and their files deleted) after this long unused. */
const EXPIRE_AFTER_MS = 60 * 60 * 1000;
/** How often the upload folder is swept for files left by an earlier server process. */
const SWEEP_EVERY_MS = 10 * 60 * 1000;
/** A job's answer lists this many page problems; `warningCount` says how many there were. */
const LISTED_WARNINGS = 100;
const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

export interface Upload {
  id: string;
  fileName: string;
  filePath: string;
  bytes: number;
  lastUsedAt: number;
  /** Set once a real import starts on it: the file is deleted when its jobs are done. */
  imported: boolean;
}

interface Job {
  id: string;
  uploadId: string;
  dryRun: boolean;
  status: "running" | "done";
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  finishedAt: number | null;
}

/** What `GET /api/admin/imports/jobs/<id>` answers. */
export interface JobState {
  status: "running" | "done";
  progress: ImportProgress | null;
  /** The run's summary once done, with at most LISTED_WARNINGS of its warnings. */
  summary: ImportSummary | null;
  warningCount: number;
}

export type StartJobResult = { ok: true; jobId: string } | { ok: false; status: 404 | 409; error: string };

interface Registry {
  uploads: Map<string, Upload>;
  jobs: Map<string, Job>;
  lastSweep: number;
}

// On globalThis so that a dev hot reload keeps the jobs that are running and the files uploaded.
const store = globalThis as unknown as { __basecampImports?: Registry };

function registry(): Registry {
  return (store.__basecampImports ??= { uploads: new Map(), jobs: new Map(), lastSweep: 0 });
}

const MaxUploadBytes = z.coerce.number().int().positive().catch(DEFAULT_MAX_UPLOAD_BYTES);

/** 2 GiB unless IMPORT_MAX_UPLOAD_BYTES says otherwise. */
export function maxUploadBytes(): number {
  return MaxUploadBytes.parse(process.env.IMPORT_MAX_UPLOAD_BYTES ?? DEFAULT_MAX_UPLOAD_BYTES);
}

export function uploadDirectory(): string {
  return path.join(os.tmpdir(), "basecamp-uploads");
}

/** A fresh id and the file it will be stored in; the path never comes from the client. */
export async function reserveUpload(): Promise<{ id: string; filePath: string }> {
  expireStale();
  await mkdir(uploadDirectory(), { recursive: true });
  const id = randomUUID();
  return { id, filePath: path.join(uploadDirectory(), `${id}.zip`) };
}

export function registerUpload(upload: Omit<Upload, "lastUsedAt" | "imported">): void {
  registry().uploads.set(upload.id, { ...upload, lastUsedAt: Date.now(), imported: false });
}

/**
 * Starts a dry run or a real import of an upload in the background. Only one real import runs
 * at a time: two would race on the same CADENCE rows.
 */
export function startImportJob(uploadId: string, dryRun: boolean, actor: { userId: string; email: string }): StartJobResult {
  expireStale();
  const { uploads, jobs } = registry();
  const upload = uploads.get(uploadId);
  if (!upload) {
    return { ok: false, status: 404, error: "This upload is unknown or has expired. Choose the export again." };
  }
  if (upload.imported) {
    return { ok: false, status: 409, error: "This upload was already imported. Choose the export again to import it once more." };
  }
  if (!dryRun && [...jobs.values()].some((j) => j.status === "running" && !j.dryRun)) {
    return { ok: false, status: 409, error: "An import is already running." };
  }
  upload.lastUsedAt = Date.now();
  if (!dryRun) upload.imported = true;
  const job: Job = { id: randomUUID(), uploadId, dryRun, status: "running", progress: null, summary: null, finishedAt: null };
  jobs.set(job.id, job);
  void runJob(job, upload, actor);
  return { ok: true, jobId: job.id };
}

export function getJobState(jobId: string): JobState | null {
  expireStale();
  const job = registry().jobs.get(jobId);
  if (!job) return null;
  const summary = job.summary && { ...job.summary, warnings: job.summary.warnings.slice(0, LISTED_WARNINGS) };
  return { status: job.status, progress: job.progress, summary, warningCount: job.summary?.warnings.length ?? 0 };
}

async function runJob(job: Job, upload: Upload, actor: { userId: string; email: string }): Promise<void> {
  try {
    const db = await getDb();
    job.summary = await runImport(db, upload.filePath, {
      actor,
      dryRun: job.dryRun,
      onProgress: (progress) => {
        job.progress = progress;
      },
    });
  } catch (error) {
    // runImport records its own failures; this is the database being unreachable.
    console.error("[imports] job failed before the import could start:", error);
    job.summary = unreachableSummary(job.dryRun);
  } finally {
    job.status = "done";
    job.finishedAt = Date.now();
    upload.lastUsedAt = Date.now();
    if (upload.imported && !hasRunningJob(upload.id)) await discardUpload(upload);
  }
}

function unreachableSummary(dryRun: boolean): ImportSummary {
  return {
    status: "failed",
    dryRun,
    syncId: null,
    durationMs: 0,
    extract: null,
    classify: null,
    load: null,
    warnings: [],
    error: { code: "internal", message: "The database could not be reached, so nothing was imported; the server log has the details." },
    timings: {},
  };
}

function hasRunningJob(uploadId: string): boolean {
  return [...registry().jobs.values()].some((j) => j.uploadId === uploadId && j.status === "running");
}

async function discardUpload(upload: Upload): Promise<void> {
  registry().uploads.delete(upload.id);
  await rm(upload.filePath, { force: true }).catch((error: unknown) =>
    console.error(`[imports] could not delete upload ${upload.id}:`, error),
  );
}

/** Deletes a file whose upload failed part-way; it was never registered. */
export async function discardPartialUpload(filePath: string): Promise<void> {
  await rm(filePath, { force: true }).catch((error: unknown) =>
    console.error("[imports] could not delete a partial upload:", error),
  );
}

function expireStale(): void {
  const now = Date.now();
  const { uploads, jobs } = registry();
  for (const [id, job] of jobs) {
    if (job.finishedAt !== null && now - job.finishedAt > EXPIRE_AFTER_MS) jobs.delete(id);
  }
  for (const upload of uploads.values()) {
    if (now - upload.lastUsedAt > EXPIRE_AFTER_MS && !hasRunningJob(upload.id)) void discardUpload(upload);
  }
  if (now - registry().lastSweep > SWEEP_EVERY_MS) {
    registry().lastSweep = now;
    void sweepOrphans(now);
  }
}

/** Files a restarted server no longer knows about are deleted once they are old enough. */
async function sweepOrphans(now: number): Promise<void> {
  const directory = uploadDirectory();
  const names = await readdir(directory).catch(() => [] as string[]);
  const known = new Set([...registry().uploads.values()].map((u) => path.basename(u.filePath)));
  for (const name of names) {
    if (known.has(name)) continue;
    const file = path.join(directory, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > EXPIRE_AFTER_MS) await rm(file, { force: true }).catch(() => undefined);
  }
}
