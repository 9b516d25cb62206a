import { viewerForApi } from "@/app/lib/session";
import { createWriteStream } from "node:fs";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { z } from "zod";
import {
  discardPartialUpload,
  maxUploadBytes,
  registerUpload,
  reserveUpload,
} from "@/app/lib/imports/jobs";
import { formatBytes } from "@/app/lib/imports/labels";

export const dynamic = "force-dynamic";

const ZIP_MEDIA_TYPES = new Set(["application/zip", "application/x-zip-compressed", "application/octet-stream"]);
// A local file header opens every zip with entries; an end-of-central-directory record opens an empty one.
const ZIP_SIGNATURES = [Buffer.from("PK\x03\x04", "latin1"), Buffer.from("PK\x05\x06", "latin1")];

const FileName = z
  .string()
  .transform((raw, ctx) => {
    try {
      return decodeURIComponent(raw);
    } catch {
      ctx.addIssue({ code: "custom", message: "The x-file-name header is not valid percent-encoding." });
      return z.NEVER;
    }
  })
  // Only shown back to the admin; a client-sent path part is dropped, never used.
  .transform((name) => name.split(/[\\/]/).pop()!.trim())
  .pipe(
    z
      .string()
      .min(1, "Name the file in the x-file-name header (percent-encoded).")
      .max(255, "The file name is longer than 255 characters.")
      .regex(/^[^\p{Cc}]+$/u, "The file name contains control characters."),
  );

const ContentLength = z.coerce.number().int().nonnegative();
const DRAIN_AFTER_REJECTION = 8 * 1024 ** 2;

class UploadRejected extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Receives an export as the raw request body and stores it in a temporary file, streamed so a
 * multi-gigabyte export never sits in memory. Answers `{ uploadId, fileName, bytes }`.
 */
export async function POST(request: Request) {
  const { response } = await viewerForApi(["admin"]);
  if (response) return response;
  const limit = maxUploadBytes();

  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!ZIP_MEDIA_TYPES.has(mediaType)) {
    return error(415, "Send the export as the request body with Content-Type application/zip or application/octet-stream.");
  }
  const fileName = FileName.safeParse(request.headers.get("x-file-name") ?? "");
  if (!fileName.success) {
    return error(400, fileName.error.issues[0]?.message ?? "The x-file-name header is not valid.");
  }
  const declared = ContentLength.safeParse(request.headers.get("content-length") ?? undefined);
  if (declared.success && declared.data > limit) return error(413, tooLarge(limit));
  if (!request.body) return error(400, "The upload is empty.");

  let upload: { id: string; filePath: string } | null = null;
  const counter = new UploadCheck(limit);
  try {
    upload = await reserveUpload();
    await pipeline(
      Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>),
      counter,
      createWriteStream(upload.filePath, { flags: "wx" }),
    );
    counter.assertComplete();
  } catch (cause) {
    if (upload) await discardPartialUpload(upload.filePath);
    if (cause instanceof UploadRejected) return error(cause.status, cause.message);
    console.error("[imports] upload failed:", cause);
    // File-system errors name a path; anything else is the connection breaking off.
    return isFileSystemError(cause)
      ? error(500, "The server could not store the upload; the server log has the details.")
      : error(400, "The upload did not complete. Try again.");
  }
  const { id, filePath } = upload;

  registerUpload({ id, fileName: fileName.data, filePath, bytes: counter.bytes });
  return Response.json({ uploadId: id, fileName: fileName.data, bytes: counter.bytes }, { status: 201 });
}

/**
 * Counts bytes as they pass and checks the zip signature first. A rejected body is still read
 * (and dropped) for a while rather than cancelled at once: cancelling the request stream just
 * as it ends trips an undici bug that throws "ReadableStream is already closed" as an uncaught
 * exception. Only a body that goes on past DRAIN_AFTER_REJECTION is cut off.
 */
class UploadCheck extends Transform {
  bytes = 0;
  private head = Buffer.alloc(0);
  private rejection: UploadRejected | null = null;
  private drained = 0;

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (!this.rejection && this.bytes > this.limit) this.rejection = new UploadRejected(413, tooLarge(this.limit));
    if (!this.rejection && this.head.length < 4) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, 4 - this.head.length)]);
      if (this.head.length === 4 && !isZipSignature(this.head)) this.rejection = notAZip();
    }
    if (!this.rejection) return done(null, chunk);
    this.drained += chunk.length;
    done(this.drained > DRAIN_AFTER_REJECTION ? this.rejection : null);
  }

  override _flush(done: TransformCallback): void {
    done(this.rejection);
  }

  assertComplete(): void {
    if (this.bytes === 0) throw new UploadRejected(400, "The upload is empty.");
    if (this.head.length < 4) throw notAZip();
  }
}

function isFileSystemError(cause: unknown): boolean {
  return typeof cause === "object" && cause !== null && "syscall" in cause && "path" in cause;
}

function isZipSignature(head: Buffer): boolean {
  return ZIP_SIGNATURES.some((signature) => head.equals(signature));
}

function notAZip(): UploadRejected {
  return new UploadRejected(415, "The upload is not a zip file.");
}

function tooLarge(limit: number): string {
  return `The upload is larger than the limit of ${formatBytes(limit)}.`;
}

function error(status: number, message: string): Response {
  return Response.json({ error: message }, { status });
}
