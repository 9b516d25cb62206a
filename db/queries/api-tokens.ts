import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Viewer } from "../../app/lib/auth/roles";
import { recordAudit } from "../audit";
import type { Database } from "../client";
import { getDb } from "../index";
import { agentApiTokens, agentLog, agentLogIngests, appUsers } from "../schema";
import { assertRole } from "./access";

/**
 * Bearer tokens for external agents and the ledger of what they wrote through
 * `POST /api/agent-log`. Only a token's SHA-256 hash is stored: a leaked database hands out no
 * working token, and the token itself is shown once, when it is created.
 */

/** Tells a Basecamp token apart in a config file or a secret scanner's report. */
export const API_TOKEN_PREFIX = "abk_";
const API_TOKEN_BYTES = 32;
/** `abk_` and 8 characters of the secret: enough to tell tokens apart, far too little to guess one. */
const SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 8;
/** The rate limit's window; `agent_log_ingests(token_id, created_at)` makes the count an index range. */
export const RATE_WINDOW_MS = 60_000;

export interface ApiTokenListItem {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  createdBy: string | null;
  /** ISO time, or null when no agent has used it yet. */
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
}

export interface Actor {
  userId: string;
  email: string;
}

export interface WriteOptions {
  db?: Database;
  now?: Date;
}

export interface IssuedApiToken {
  ok: true;
  id: number;
  name: string;
  prefix: string;
  /** The plain token: returned once, never stored. */
  token: string;
}

export type RevokeResult =
  | { ok: true; id: number; name: string; alreadyRevoked: boolean }
  | { ok: false; code: "not_found"; message: string };

// ---------------------------------------------------------------------------------------------
// Tokens

export function newApiToken(): string {
  return API_TOKEN_PREFIX + randomBytes(API_TOKEN_BYTES).toString("base64url");
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function apiTokenPrefix(token: string): string {
  return token.slice(0, SHOWN_PREFIX_LENGTH);
}

const creator = alias(appUsers, "token_creator");
const revoker = alias(appUsers, "token_revoker");

/** Every token, active ones first, newest first within each group. */
export async function listApiTokens(viewer: Viewer | null, db?: Database): Promise<ApiTokenListItem[]> {
  assertRole(viewer, ["admin"]);
  const d = db ?? (await getDb());
  const rows = await d
    .select({
      id: agentApiTokens.id,
      name: agentApiTokens.name,
      prefix: agentApiTokens.tokenPrefix,
      createdAt: agentApiTokens.createdAt,
      createdBy: creator.name,
      lastUsedAt: agentApiTokens.lastUsedAt,
      revokedAt: agentApiTokens.revokedAt,
      revokedBy: revoker.name,
    })
    .from(agentApiTokens)
    .leftJoin(creator, eq(creator.id, agentApiTokens.createdBy))
    .leftJoin(revoker, eq(revoker.id, agentApiTokens.revokedBy))
    .orderBy(sql`${agentApiTokens.revokedAt} IS NOT NULL`, desc(agentApiTokens.createdAt), desc(agentApiTokens.id));
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  }));
}

/** A new token and its `api_token.create` entry, committed together. */
export async function createApiTokenRecord(name: string, actor: Actor, options: WriteOptions = {}): Promise<IssuedApiToken> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  const token = newApiToken();
  const prefix = apiTokenPrefix(token);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(agentApiTokens)
      .values({ name, tokenPrefix: prefix, tokenHash: hashApiToken(token), createdBy: actor.userId, createdAt: now })
      .returning({ id: agentApiTokens.id });
    if (!row) throw new Error("the token insert returned no row");
    await recordAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.email,
      action: "api_token.create",
      entityType: "agent_api_token",
      entityId: String(row.id),
      after: { name, prefix },
    });
    return row.id;
  });
  return { ok: true, id, name, prefix, token };
}

/**
 * Revokes a token for good. The claim is one conditional update, so two admins revoking at once
 * write one `api_token.revoke` entry between them.
 */
export async function revokeApiTokenRecord(id: number, actor: Actor, options: WriteOptions = {}): Promise<RevokeResult> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  return db.transaction(async (tx): Promise<RevokeResult> => {
    const [revoked] = await tx
      .update(agentApiTokens)
      .set({ revokedAt: now, revokedBy: actor.userId })
      .where(and(eq(agentApiTokens.id, id), isNull(agentApiTokens.revokedAt)))
      .returning({ id: agentApiTokens.id, name: agentApiTokens.name, prefix: agentApiTokens.tokenPrefix });
    if (!revoked) {
      const [existing] = await tx.select({ name: agentApiTokens.name }).from(agentApiTokens).where(eq(agentApiTokens.id, id));
      if (!existing) return { ok: false, code: "not_found", message: "That token no longer exists." };
      return { ok: true, id, name: existing.name, alreadyRevoked: true };
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.email,
      action: "api_token.revoke",
      entityType: "agent_api_token",
      entityId: String(id),
      before: { revokedAt: null },
      after: { name: revoked.name, prefix: revoked.prefix, revokedAt: now.toISOString() },
    });
    return { ok: true, id, name: revoked.name, alreadyRevoked: false };
  });
}

export interface AuthenticatedToken {
  id: number;
  name: string;
}

/** The active token with this secret, or null for an unknown or revoked one. */
export async function authenticateApiToken(token: string, db?: Database): Promise<AuthenticatedToken | null> {
  const d = db ?? (await getDb());
  const [row] = await d
    .select({ id: agentApiTokens.id, name: agentApiTokens.name })
    .from(agentApiTokens)
    .where(and(eq(agentApiTokens.tokenHash, hashApiToken(token)), isNull(agentApiTokens.revokedAt)))
    .limit(1);
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------
// Ingest

export interface IngestEntry {
  agentName: string;
  actionType: string;
  status: string;
  subsystem: string | null;
  message: string | null;
  error: string | null;
  resolution: string | null;
  metadata: Record<string, unknown>;
  timestamp: Date;
  idempotencyKey: string | null;
}

export interface IngestOptions {
  db?: Database;
  now?: Date;
  /** Entries one token may write per minute. */
  limitPerMinute: number;
}

export type IngestResult =
  | { status: "created"; logId: number }
  | { status: "duplicate"; logId: number }
  | { status: "rate_limited"; retryAfterSeconds: number }
  /** Revoked between authentication and the write: nothing was written. */
  | { status: "revoked" };

class TokenRevoked extends Error {}

/**
 * Writes one entry for an authenticated token, exactly once per idempotency key. The ledger row
 * is claimed first with `ON CONFLICT DO NOTHING`: a concurrent request with the same key waits
 * on the unique index until the first one commits, then finds its entry instead of writing a
 * second. A repeated key answers with the first entry even past the rate limit, so a client
 * retrying after a timeout learns its entry was kept. The count-then-insert limit can let a
 * burst of simultaneous requests through a few entries over; exactness is not worth serializing
 * every request of a token on a lock.
 */
export async function recordIngestedEntry(token: AuthenticatedToken, entry: IngestEntry, options: IngestOptions): Promise<IngestResult> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  const key = entry.idempotencyKey;
  try {
    return await db.transaction(async (tx): Promise<IngestResult> => {
      const earlier = async () => {
        if (key === null) return null;
        const [row] = await tx
          .select({ logId: agentLogIngests.logId })
          .from(agentLogIngests)
          .where(and(eq(agentLogIngests.tokenId, token.id), eq(agentLogIngests.idempotencyKey, key)));
        return row?.logId ?? null;
      };
      const touch = async () => {
        const [active] = await tx
          .update(agentApiTokens)
          .set({ lastUsedAt: now })
          .where(and(eq(agentApiTokens.id, token.id), isNull(agentApiTokens.revokedAt)))
          .returning({ id: agentApiTokens.id });
        if (!active) throw new TokenRevoked();
      };

      const known = await earlier();
      if (known !== null) {
        await touch();
        return { status: "duplicate", logId: known };
      }

      const windowStart = new Date(now.getTime() - RATE_WINDOW_MS);
      const [usage] = await tx
        .select({
          count: sql<number>`count(*)::int`,
          oldest: sql<Date | null>`min(${agentLogIngests.createdAt})`.mapWith(agentLogIngests.createdAt),
        })
        .from(agentLogIngests)
        .where(and(eq(agentLogIngests.tokenId, token.id), gt(agentLogIngests.createdAt, windowStart)));
      if ((usage?.count ?? 0) >= options.limitPerMinute) {
        // The oldest entry in the window is the next to age out of it.
        const oldest = usage?.oldest?.getTime() ?? now.getTime();
        const wait = Math.ceil((oldest + RATE_WINDOW_MS - now.getTime()) / 1000);
        return { status: "rate_limited", retryAfterSeconds: Math.min(Math.max(wait, 1), RATE_WINDOW_MS / 1000) };
      }

      const [claimed] = await tx
        .insert(agentLogIngests)
        .values({ tokenId: token.id, idempotencyKey: key, createdAt: now })
        .onConflictDoNothing({ target: [agentLogIngests.tokenId, agentLogIngests.idempotencyKey] })
        .returning({ id: agentLogIngests.id });
      if (!claimed) {
        const first = await earlier();
        if (first === null) throw new Error("an idempotency key conflicted, but its entry is gone");
        await touch();
        return { status: "duplicate", logId: first };
      }

      const [written] = await tx
        .insert(agentLog)
        .values({
          timestamp: entry.timestamp,
          agentName: entry.agentName,
          actionType: entry.actionType,
          status: entry.status,
          subsystem: entry.subsystem,
          message: entry.message,
          error: entry.error,
          resolution: entry.resolution,
          metadata: entry.metadata,
        })
        .returning({ logId: agentLog.logId });
      if (!written) throw new Error("the agent-log insert returned no row");
      await tx.update(agentLogIngests).set({ logId: written.logId }).where(eq(agentLogIngests.id, claimed.id));
      await touch();
      return { status: "created", logId: written.logId };
    });
  } catch (error) {
    if (error instanceof TokenRevoked) return { status: "revoked" };
    throw error;
  }
}
