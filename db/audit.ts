import type { Tx } from "./client";
import { type AuditEntity, auditLog } from "./schema";

export type AuditEntry = {
  actorId: number | null;
  projectId: number | null;
  entity: AuditEntity;
  entityId: number;
  action: "create" | "update" | "delete";
  before?: unknown;
  after?: unknown;
};

/** Appends one row to the audit log; call it inside the transaction that makes the change. */
export function recordAudit(tx: Tx, entry: AuditEntry): void {
  tx.insert(auditLog)
    .values({ ...entry, before: entry.before ?? null, after: entry.after ?? null })
    .run();
}
