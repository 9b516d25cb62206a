import { index, integer, pgTable, serial, timestamp, unique, varchar } from "drizzle-orm/pg-core";
import { agentLog } from "./activity";
import { appUsers } from "./auth";
import { currentTimestamp } from "./checks";

/**
 * Bearer tokens for external agents writing to the agent log (`POST /api/agent-log`). Only a
 * SHA-256 hash of the token is stored; the token itself is shown once, when it is created.
 */
export const agentApiTokens = pgTable(
  "agent_api_tokens",
  {
    id: serial("id").primaryKey(),
    name: varchar("name", { length: 100 }).notNull(),
    // The token's first characters, so an admin can tell tokens apart without the secret.
    tokenPrefix: varchar("token_prefix", { length: 16 }).notNull(),
    tokenHash: varchar("token_hash", { length: 64 }).notNull().unique(),
    createdBy: varchar("created_by", { length: 36 }).references(() => appUsers.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
    lastUsedAt: timestamp("last_used_at"),
    revokedAt: timestamp("revoked_at"),
    revokedBy: varchar("revoked_by", { length: 36 }).references(() => appUsers.id, { onDelete: "set null" }),
  },
);

/**
 * One row per entry received through the ingest API: the rate limit counts them, and the
 * idempotency key makes a retried request return the entry already written.
 */
export const agentLogIngests = pgTable(
  "agent_log_ingests",
  {
    id: serial("id").primaryKey(),
    tokenId: integer("token_id")
      .notNull()
      .references(() => agentApiTokens.id, { onDelete: "cascade" }),
    idempotencyKey: varchar("idempotency_key", { length: 200 }),
    logId: integer("log_id").references(() => agentLog.logId, { onDelete: "cascade" }),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
  },
  (t) => [
    unique("agent_log_ingests_token_key_unique").on(t.tokenId, t.idempotencyKey),
    index("idx_agent_log_ingests_token_created").on(t.tokenId, t.createdAt),
  ],
);

export type AgentApiToken = typeof agentApiTokens.$inferSelect;
