import { and, desc, eq, isNull, lt } from "drizzle-orm";
import { recordAudit } from "../audit";
import type { Db, Tx } from "../client";
import {
  annotations,
  assignments,
  codes,
  consensusAnnotations,
  documents,
  type ImportBatch,
  importBatchCreations,
  importBatches,
  projectMembers,
  setCodes,
  speakers,
  suggestions,
  users,
} from "../schema";
import { deleteImportedDocument } from "./import-batch";
import { leaveWriteLockFree } from "./leave-write-lock-free";
import { BATCH_ITEMS, BATCH_MS } from "./write-in-batches";

type Creation = typeof importBatchCreations.$inferSelect;

/**
 * Removes an import batch that was never published, in short IMMEDIATE transactions like the ones that wrote it: its
 * documents (their annotations, assignments, set places and search index entries go with them), then the speakers,
 * codes and accounts it created that nothing else uses by now, then the batch itself; each deletion audited as the
 * importing user's. A published batch is never touched: each transaction checks that the batch is still unpublished,
 * and publishing checks that none of its documents are gone (import-batch.ts publishImportBatch).
 * Returns whether there was an unpublished batch to discard.
 */
export function discardImportBatch(db: Db, batchId: number): boolean {
  let lastHeldMs = 0;
  for (let found = false; ; found = true) {
    if (found) leaveWriteLockFree(lastHeldMs);
    const started = performance.now();
    const step = db.transaction((tx) => discardSome(tx, batchId), { behavior: "immediate" });
    lastHeldMs = performance.now() - started;
    if (step === "none") return found;
    if (step === "finished") return true;
  }
}

/** Discards the unpublished batches a job wrote: the job pool calls it after terminating a worker in the middle of an import. */
export function discardImportsOfJob(db: Db, jobId: string): number {
  const batches = db.select({ id: importBatches.id }).from(importBatches).where(and(eq(importBatches.jobId, jobId), isNull(importBatches.publishedAt))).all();
  return batches.filter((batch) => discardImportBatch(db, batch.id)).length;
}

/**
 * Discards unpublished batches created more than `olderThanMs` ago: those of a process that crashed while importing.
 * Choose a time longer than any import may run, or a live import is discarded (it then fails instead of publishing).
 */
export function discardAbandonedImports(db: Db, { olderThanMs }: { olderThanMs: number }): number {
  const before = new Date(Date.now() - olderThanMs);
  const batches = db.select({ id: importBatches.id }).from(importBatches).where(and(isNull(importBatches.publishedAt), lt(importBatches.createdAt, before))).all();
  return batches.filter((batch) => discardImportBatch(db, batch.id)).length;
}

/**
 * For an import writer that failed: discards its batch and throws the failure on. Should the discard fail too (the
 * database locked for too long), both errors are thrown together, and discardAbandonedImports removes the rest later.
 */
export function failImport(db: Db, batchId: number, error: unknown): never {
  try {
    discardImportBatch(db, batchId);
  } catch (discardError) {
    throw new AggregateError([error, discardError], `The import failed, and what it wrote could not be discarded yet: ${String(discardError)}`);
  }
  throw error;
}

/** One transaction's share of the work: some documents, else some created rows, else the batch row. */
function discardSome(tx: Tx, batchId: number): "none" | "more" | "finished" {
  const batch = tx.select().from(importBatches).where(and(eq(importBatches.id, batchId), isNull(importBatches.publishedAt))).get();
  if (!batch) return "none";
  const started = performance.now();
  const full = (done: number) => done >= BATCH_ITEMS || performance.now() - started >= BATCH_MS;

  const documentIds = tx.select({ id: documents.id }).from(documents).where(eq(documents.importBatchId, batchId)).limit(BATCH_ITEMS).all();
  for (const [index, { id }] of documentIds.entries()) {
    deleteImportedDocument(tx, { documentId: id, actorId: batch.createdById });
    if (full(index + 1)) break;
  }
  if (documentIds.length > 0) return "more";

  // Newest first, so that a code the batch created under another of its codes goes before its parent.
  const creations = tx.select().from(importBatchCreations).where(eq(importBatchCreations.batchId, batchId)).orderBy(desc(importBatchCreations.entityId)).limit(BATCH_ITEMS).all();
  for (const [index, creation] of creations.entries()) {
    removeIfUnused(tx, batch, creation);
    tx.delete(importBatchCreations)
      .where(and(eq(importBatchCreations.batchId, batchId), eq(importBatchCreations.entity, creation.entity), eq(importBatchCreations.entityId, creation.entityId)))
      .run();
    if (full(index + 1)) break;
  }
  if (creations.length > 0) return "more";

  tx.delete(importBatches).where(eq(importBatches.id, batchId)).run();
  return "finished";
}

const used = (query: { get: () => unknown }) => query.get() !== undefined;

/** Deletes a row the batch created unless something outside the discarded documents has come to use it meanwhile. */
function removeIfUnused(tx: Tx, batch: ImportBatch, { entity, entityId: id }: Creation): void {
  const actorId = batch.createdById;
  if (entity === "speaker") {
    if (used(tx.select({ id: documents.id }).from(documents).where(eq(documents.speakerId, id)).limit(1))) return;
    const before = tx.delete(speakers).where(eq(speakers.id, id)).returning().get();
    if (before) recordAudit(tx, { actorId, projectId: before.projectId, entity: "speaker", entityId: id, action: "delete", before });
  } else if (entity === "code") {
    const inUse =
      used(tx.select({ id: annotations.id }).from(annotations).where(eq(annotations.codeId, id)).limit(1)) ||
      used(tx.select({ id: consensusAnnotations.id }).from(consensusAnnotations).where(eq(consensusAnnotations.codeId, id)).limit(1)) ||
      used(tx.select({ id: suggestions.id }).from(suggestions).where(eq(suggestions.codeId, id)).limit(1)) ||
      used(tx.select({ id: setCodes.setId }).from(setCodes).where(eq(setCodes.codeId, id)).limit(1)) ||
      used(tx.select({ id: codes.id }).from(codes).where(eq(codes.parentId, id)).limit(1));
    if (inUse) return;
    const before = tx.delete(codes).where(eq(codes.id, id)).returning().get();
    if (before) recordAudit(tx, { actorId, projectId: before.projectId, entity: "code", entityId: id, action: "delete", before });
  } else {
    // An account made for a file's coder is disabled and cannot sign in: only imports and memberships can refer to it.
    const inUse =
      used(tx.select({ id: annotations.id }).from(annotations).where(eq(annotations.coderId, id)).limit(1)) ||
      used(tx.select({ id: assignments.id }).from(assignments).where(eq(assignments.coderId, id)).limit(1)) ||
      used(tx.select({ id: projectMembers.userId }).from(projectMembers).where(eq(projectMembers.userId, id)).limit(1));
    if (inUse) return;
    const before = tx.delete(users).where(eq(users.id, id)).returning({ login: users.login, role: users.role }).get();
    if (before) recordAudit(tx, { actorId, projectId: null, entity: "user", entityId: id, action: "delete", before });
  }
}
