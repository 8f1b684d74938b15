import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit";
import type { Tx } from "../client";
import { annotations, type Document, documents, speakers } from "../schema";
import { type SpeakerFacts, upsertSpeaker } from "./speakers";

export type DocumentFacts = Pick<Document, "title" | "statementDate" | "sourceName" | "sourceUrl">;

/**
 * Changes a document's own facts and its speaker: a new alias links the document to that speaker (created when new);
 * the speaker's facts are then set as given, for every statement of that speaker.
 */
export function updateDocumentFacts(
  tx: Tx,
  { document, facts, speaker, actorId }: { document: Document; facts: DocumentFacts; speaker: SpeakerFacts | null; actorId: number },
): void {
  let speakerId: number | null = null;
  if (speaker) {
    const { speaker: row } = upsertSpeaker(tx, { projectId: document.projectId, facts: { alias: speaker.alias, country: null, region: null, gender: null, defectionDate: null }, actorId });
    const { country, region, gender, defectionDate } = speaker;
    const updated = tx.update(speakers).set({ country, region, gender, defectionDate, updatedAt: new Date() }).where(eq(speakers.id, row.id)).returning().get();
    recordAudit(tx, { actorId, projectId: document.projectId, entity: "speaker", entityId: row.id, action: "update", before: row, after: updated });
    speakerId = row.id;
  }
  const after = tx
    .update(documents)
    .set({ ...facts, speakerId, updatedAt: new Date() })
    .where(eq(documents.id, document.id))
    .returning()
    .get();
  recordAudit(tx, { actorId, projectId: document.projectId, entity: "document", entityId: document.id, action: "update", before: withoutText(document), after: withoutText(after) });
}

/** Deletes a document with its annotations, assignments and consensus; each deleted annotation is audited. */
export function deleteDocument(tx: Tx, { document, actorId }: { document: Document; actorId: number }): number {
  const removed = tx.select().from(annotations).where(and(eq(annotations.documentId, document.id))).all();
  for (const annotation of removed) {
    recordAudit(tx, { actorId, projectId: document.projectId, entity: "annotation", entityId: annotation.id, action: "delete", before: annotation });
  }
  tx.delete(documents).where(eq(documents.id, document.id)).run();
  recordAudit(tx, {
    actorId,
    projectId: document.projectId,
    entity: "document",
    entityId: document.id,
    action: "delete",
    before: { ...withoutText(document), annotationsDeleted: removed.length },
  });
  return removed.length;
}

/** A document's row for the audit log: the text is named by its length and hash, not copied. */
function withoutText(document: Document) {
  return { ...document, text: `(${document.length} code points, sha256 ${document.contentHash})` };
}
