import { sql } from "drizzle-orm";
import {
  check,
  index,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  varchar,
} from "drizzle-orm/pg-core";
import { RUN_STATUSES, SUBSYSTEMS } from "../../app/lib/domain/vocabulary";
import { currentTimestamp, nullOrOneOf } from "./checks";

// ---- specified (SPEC.md): every automated action is written here ----
export const agentLog = pgTable(
  "ascent_basecamp_agent_log",
  {
    logId: serial("log_id").primaryKey(),
    timestamp: timestamp("timestamp").default(currentTimestamp),
    agentName: varchar("agent_name", { length: 100 }).notNull(),
    actionType: varchar("action_type", { length: 100 }).notNull(),
    subsystem: varchar("subsystem", { length: 255 }),
    status: varchar("status", { length: 50 }),
    error: text("error"),
    resolution: text("resolution"),
    message: text("message"),
    metadata: jsonb("metadata").$type<Record<string, unknown>>(),
  },
  (t) => [
    index("idx_ascent_basecamp_agent_log_timestamp").on(t.timestamp),
    index("idx_ascent_basecamp_agent_log_agent_name").on(t.agentName),
    // The timeline pages newest first by (timestamp, log_id); each filter has its own ordered
    // index so a filtered page is an index range scan even with millions of entries.
    index("idx_agent_log_timeline").on(t.timestamp.desc(), t.logId.desc()),
    index("idx_agent_log_agent_timeline").on(t.agentName, t.timestamp.desc(), t.logId.desc()),
    index("idx_agent_log_action_timeline").on(t.actionType, t.timestamp.desc(), t.logId.desc()),
    index("idx_agent_log_status_timeline").on(t.status, t.timestamp.desc(), t.logId.desc()),
    index("idx_agent_log_subsystem_timeline").on(t.subsystem, t.timestamp.desc(), t.logId.desc()),
    // `metadata @> '{"key": value}'` (metadata filters, a student's own entries).
    index("idx_agent_log_metadata").using("gin", t.metadata.op("jsonb_path_ops")),
    check("ascent_basecamp_agent_log_status_check", nullOrOneOf(t.status, RUN_STATUSES)),
    check("ascent_basecamp_agent_log_subsystem_check", nullOrOneOf(t.subsystem, SUBSYSTEMS)),
  ],
);

// ---- ours: every change a person makes through the app ----
export const auditLogs = pgTable(
  "audit_logs",
  {
    id: serial("id").primaryKey(),
    // A user id, or null for changes made by the system itself (seed, migrations).
    actorId: varchar("actor_id", { length: 255 }),
    actorLabel: varchar("actor_label", { length: 255 }),
    action: varchar("action", { length: 100 }).notNull(),
    entityType: varchar("entity_type", { length: 100 }).notNull(),
    entityId: varchar("entity_id", { length: 255 }),
    before: jsonb("before"),
    after: jsonb("after"),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
  },
  (t) => [
    index("idx_audit_logs_entity").on(t.entityType, t.entityId),
    index("idx_audit_logs_actor_id").on(t.actorId),
    index("idx_audit_logs_created_at").on(t.createdAt),
    // `resource.verb`, e.g. `module.update`, so the log reads the same everywhere.
    check("audit_logs_action_format_check", sql`${t.action} ~ '^[a-z_]+([.][a-z_]+)+$'`),
  ],
);

export type AgentLogEntry = typeof agentLog.$inferSelect;
export type AuditLog = typeof auditLogs.$inferSelect;
