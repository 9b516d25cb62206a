import "server-only";
import { z } from "zod";
import type { Database } from "@/db";
import { authenticateApiToken, recordIngestedEntry, type IngestEntry } from "@/db/queries/api-tokens";
import { RUN_STATUSES, SUBSYSTEMS } from "@/app/lib/domain/vocabulary";

/**
 * `POST /api/agent-log`: external agents write timeline entries with a bearer token an admin
 * issued on /admin/tokens. The order of the checks is the contract: who (401), how big (413),
 * what (400), how often (429); then the entry is written exactly once per idempotency key.
 */

export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_METADATA_BYTES = 16 * 1024;
export const MAX_TEXT_LENGTH = 10_000;
export const DEFAULT_LIMIT_PER_MINUTE = 120;
/** Clocks drift: an agent a little ahead of ours is not lying about the future. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
export const IDEMPOTENCY_HEADER = "Idempotency-Key";

/**
 * Agents of the app itself. An external agent may not write under their names, so an entry
 * signed `notion-importer` on the timeline was written by the importer (`IMPORT_AGENT` in
 * db/import/run.ts; not imported, to keep the importer out of this route's bundle).
 */
export const RESERVED_AGENT_NAMES: readonly string[] = [
  "notion-importer",
  "demo-seed",
  // The learning runtime's, the module generator's and the race builder's (issues 6–8).
  "competency-engine",
  "calibration-job",
  "module-generator",
  "ghost-builder",
];

const UNAUTHORIZED = "Send a valid agent token as `Authorization: Bearer <token>`.";
const UNKNOWN_TOKEN = "This token is unknown or has been revoked.";
const INVALID_BODY = "Invalid request body";

const optionalText = (max: number) =>
  z
    .string()
    .max(max, `Use at most ${max} characters.`)
    .nullish()
    .transform((value) => value ?? null);

const IdempotencyKey = z
  .string()
  .trim()
  .min(1, "Use 1 to 200 characters.")
  .max(200, "Use 1 to 200 characters.");

/** The body as an agent sends it; `now` bounds how far ahead `timestamp` may be. */
export function ingestBodySchema(now: Date) {
  return z.strictObject({
    agent: z
      .string({ error: "Name the agent writing the entry." })
      .trim()
      .min(1, "Name the agent writing the entry.")
      .max(100, "Use at most 100 characters.")
      .refine((name) => !RESERVED_AGENT_NAMES.includes(name.toLowerCase()), "This agent name belongs to Ascent Basecamp itself."),
    action: z
      .string({ error: "Say what the agent did, e.g. `sync` or `grade`." })
      .trim()
      .min(1, "Say what the agent did, e.g. `sync` or `grade`.")
      .max(100, "Use at most 100 characters."),
    status: z.enum(RUN_STATUSES, { error: `Use one of: ${RUN_STATUSES.join(", ")}.` }),
    subsystem: z
      .enum(SUBSYSTEMS, { error: `Use one of: ${SUBSYSTEMS.join(", ")}.` })
      .nullish()
      .transform((value) => value ?? null),
    message: optionalText(MAX_TEXT_LENGTH),
    error: optionalText(MAX_TEXT_LENGTH),
    resolution: optionalText(MAX_TEXT_LENGTH),
    metadata: z
      .record(z.string(), z.unknown(), { error: "Send metadata as a JSON object." })
      .nullish()
      .transform((value) => value ?? {})
      .refine((value) => !("ingest" in value), "`metadata.ingest` is set by Basecamp: it records the token that wrote the entry.")
      .refine(
        (value) => Buffer.byteLength(JSON.stringify(value)) <= MAX_METADATA_BYTES,
        `Keep metadata under ${MAX_METADATA_BYTES / 1024} KB of JSON.`,
      ),
    timestamp: z
      .iso.datetime({ offset: true, error: "Use an ISO 8601 date-time with a time zone, e.g. 2026-03-01T14:05:00Z." })
      .nullish()
      .transform((value) => (value ? new Date(value) : now))
      .refine((value) => value.getTime() <= now.getTime() + FUTURE_TOLERANCE_MS, "The timestamp is in the future."),
    idempotencyKey: IdempotencyKey.nullish().transform((value) => value ?? null),
  });
}

export type IngestBody = z.output<ReturnType<typeof ingestBodySchema>>;

export type FieldErrors = Record<string, string[]>;

/** Zod's issues as `{ "metadata.ingest": [messages] }`; an unknown key is reported under its own name. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  const add = (path: PropertyKey[], message: string) => {
    const key = path.map(String).join(".") || "body";
    (fields[key] ??= []).push(message);
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add([...issue.path, key], "Unknown field.");
    } else {
      add(issue.path, issue.message);
    }
  }
  return fields;
}

/** The token in `Authorization: Bearer <token>`, or null when the header is missing or malformed. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(header ?? "");
  return match?.[1] ?? null;
}

export interface IngestHandlerOptions {
  db?: Database;
  now?: () => Date;
  limitPerMinute?: number;
}

/** Handles one request end to end; the route handler is this function with the defaults. */
export async function handleAgentLogIngest(request: Request, options: IngestHandlerOptions = {}): Promise<Response> {
  const token = bearerToken(request.headers.get("authorization"));
  if (!token) return unauthorized(UNAUTHORIZED);
  try {
    const agent = await authenticateApiToken(token, options.db);
    if (!agent) return unauthorized(UNKNOWN_TOKEN);

    const body = await readBody(request, MAX_BODY_BYTES);
    if (body === "too_large") return json(413, { error: `The body is larger than ${MAX_BODY_BYTES / 1024} KB.` });
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      return invalid({ body: ["The body is not valid JSON."] });
    }

    const now = options.now?.() ?? new Date();
    const parsed = ingestBodySchema(now).safeParse(raw);
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    const headerKey = request.headers.get(IDEMPOTENCY_HEADER);
    let key = parsed.data.idempotencyKey;
    if (headerKey !== null) {
      const fromHeader = IdempotencyKey.safeParse(headerKey);
      if (!fromHeader.success) return invalid({ [IDEMPOTENCY_HEADER]: fromHeader.error.issues.map((i) => i.message) });
      if (key !== null && key !== fromHeader.data) {
        return invalid({ idempotencyKey: [`Differs from the ${IDEMPOTENCY_HEADER} header; send one key.`] });
      }
      key = fromHeader.data;
    }

    const result = await recordIngestedEntry(agent, toEntry(parsed.data, key, agent), {
      db: options.db,
      now,
      limitPerMinute: options.limitPerMinute ?? DEFAULT_LIMIT_PER_MINUTE,
    });
    switch (result.status) {
      case "created":
        return json(201, { logId: result.logId, duplicate: false });
      case "duplicate":
        return json(200, { logId: result.logId, duplicate: true });
      case "rate_limited":
        return json(
          429,
          { error: `Too many entries: at most ${options.limitPerMinute ?? DEFAULT_LIMIT_PER_MINUTE} a minute per token.` },
          { "Retry-After": String(result.retryAfterSeconds) },
        );
      case "revoked":
        return unauthorized(UNKNOWN_TOKEN);
    }
  } catch (error) {
    console.error("[api/agent-log] ingest failed:", error);
    return json(500, { error: "The entry could not be recorded; nothing was written. Try again." });
  }
}

function toEntry(body: IngestBody, idempotencyKey: string | null, token: { id: number; name: string }): IngestEntry {
  return {
    agentName: body.agent,
    actionType: body.action,
    status: body.status,
    subsystem: body.subsystem,
    message: body.message,
    error: body.error,
    resolution: body.resolution,
    // Where the entry came from, for the timeline and for whoever has to find a noisy agent.
    metadata: { ...body.metadata, ingest: { tokenId: token.id, tokenName: token.name } },
    timestamp: body.timestamp,
    idempotencyKey,
  };
}

/**
 * The body as text, read no further than `max` bytes: a declared Content-Length over the cap is
 * refused unread, and a body that lies about its length is cut off while streaming.
 */
async function readBody(request: Request, max: number): Promise<string | "too_large"> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > max) return "too_large";
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return "too_large";
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

function unauthorized(error: string): Response {
  return json(401, { error }, { "WWW-Authenticate": 'Bearer realm="agent-log"' });
}

function invalid(fields: FieldErrors): Response {
  return json(400, { error: INVALID_BODY, fields });
}
