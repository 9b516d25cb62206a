import type { Executor } from "./client";
import { auditLogs } from "./schema";

export interface AuditEntry {
  /** The user who acted; null for the system or an anonymous visitor. */
  actorId: string | null;
  actorLabel?: string | null;
  /** `resource.verb`, e.g. `user.create`, `auth.sign_in_failed`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Writes an audit entry with the executor it is given, so it commits or rolls back with the change. */
export async function recordAudit(executor: Executor, entry: AuditEntry): Promise<void> {
  await executor.insert(auditLogs).values({
    actorId: entry.actorId,
    actorLabel: entry.actorLabel ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
