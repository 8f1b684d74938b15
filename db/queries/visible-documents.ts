import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import { documents, importBatches } from "../schema";

/**
 * True for a document every reader may see: one that came in no import batch, or in a published one. An import writes
 * its documents and their annotations over many short transactions and publishes them in a last one
 * (db/import/store-statements.ts); until then this condition hides them, and a failed import is discarded unseen.
 * The subquery runs once per statement and reads only the batches still being written, usually none.
 *
 * `importBatchId` is the documents' `import_batch_id` column, to be given as `sql.raw("d.import_batch_id")` where a
 * raw query names the table by an alias.
 */
export function isVisibleImport(importBatchId: AnyColumn | SQL): SQL {
  return sql`coalesce(${importBatchId}, 0) NOT IN (SELECT ${importBatches.id} FROM ${importBatches} WHERE ${importBatches.publishedAt} IS NULL)`;
}

/** `isVisibleImport` for queries that name the documents table itself. */
export const isDocumentVisible: SQL = isVisibleImport(documents.importBatchId);
