import { and, count, eq, gte, inArray, isNull, ne, or } from "drizzle-orm";
import { recordAudit } from "../audit";
import type { Db, Tx } from "../client";
import { isDocumentVisible } from "../queries/visible-documents";
import { documents, type ImportBatch, importBatchCreations, importBatches, importCreatedEntities } from "../schema";

/** Creates the hidden batch an import writes its rows under, in a short transaction of its own. */
export function createImportBatch(
  db: Db | Tx,
  { projectId, label, actorId, jobId }: { projectId: number; label: string; actorId: number | null; jobId?: string },
): ImportBatch {
  return db.insert(importBatches).values({ projectId, label, createdById: actorId, jobId: jobId ?? null, publishedAt: null }).returning().get();
}

/** Notes that the batch created this row, so that discarding the batch removes it unless something else uses it by then. */
export function recordCreation(tx: Tx, { batchId, entity, entityId }: { batchId: number; entity: (typeof importCreatedEntities)[number]; entityId: number }): void {
  tx.insert(importBatchCreations).values({ batchId, entity, entityId }).run();
}

/**
 * The project's document with this text that counts for duplicates: a published one, or one earlier in the same
 * batch (none when `batchId` is null: a REFI-QDA file's sources are each a document, whatever their text).
 */
export function findKnownText(tx: Tx, { projectId, batchId, contentHash }: { projectId: number; batchId: number | null; contentHash: string }): number | undefined {
  const counted = batchId === null ? isDocumentVisible : or(isDocumentVisible, eq(documents.importBatchId, batchId));
  return tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.projectId, projectId), eq(documents.contentHash, contentHash), counted))
    .get()?.id;
}

/** Deletes one document of an unpublished batch, audited; its annotations, assignments and set places go with it. */
export function deleteImportedDocument(tx: Tx, { documentId, actorId }: { documentId: number; actorId: number | null }): void {
  const before = tx
    .delete(documents)
    .where(eq(documents.id, documentId))
    .returning({ id: documents.id, projectId: documents.projectId, title: documents.title, contentHash: documents.contentHash, importBatchId: documents.importBatchId })
    .get();
  if (before) recordAudit(tx, { actorId, projectId: before.projectId, entity: "document", entityId: before.id, action: "delete", before });
}

/**
 * Inside the publishing transaction: the batch's documents whose text another import published while this one was
 * being written (the same file imported twice at once), deleted so that the project holds each text once. `own` maps
 * the content hash of each of the batch's documents to its id. Returns each dropped document with the one kept.
 */
export function dropLateDuplicates(
  tx: Tx,
  { batch, own, actorId }: { batch: ImportBatch; own: Map<string, number>; actorId: number | null },
): { id: number; keptId: number }[] {
  // Batches published before this one was created were visible to every duplicate check; a second's margin covers
  // the two clocks (SQLite's for created_at, the writer's for published_at).
  const since = new Date(batch.createdAt.getTime() - 1_000);
  const publishedMeanwhile = tx
    .select({ id: importBatches.id })
    .from(importBatches)
    .where(and(eq(importBatches.projectId, batch.projectId), ne(importBatches.id, batch.id), gte(importBatches.publishedAt, since)));
  const dropped: { id: number; keptId: number }[] = [];
  for (const other of tx.select({ id: documents.id, contentHash: documents.contentHash }).from(documents).where(inArray(documents.importBatchId, publishedMeanwhile)).all()) {
    const id = own.get(other.contentHash);
    if (id === undefined) continue;
    own.delete(other.contentHash);
    deleteImportedDocument(tx, { documentId: id, actorId });
    dropped.push({ id, keptId: other.id });
  }
  return dropped;
}

/**
 * The last step of an import, inside its short publishing transaction: from now on every reader sees the batch.
 * @throws when the batch no longer holds `documentCount` documents or is no longer unpublished: a discard (of an import
 * taken for abandoned) has begun on it, and the import must fail rather than publish what is left.
 */
export function publishImportBatch(tx: Tx, { batchId, documentCount }: { batchId: number; documentCount: number }): void {
  const held = tx.select({ n: count() }).from(documents).where(eq(documents.importBatchId, batchId)).get()!.n;
  const published = held === documentCount && tx.update(importBatches).set({ publishedAt: new Date() }).where(and(eq(importBatches.id, batchId), isNull(importBatches.publishedAt))).run().changes === 1;
  if (!published) throw new Error(`Import batch ${batchId} was discarded while it was being written (${held} of ${documentCount} documents left); nothing of it was published.`);
}
