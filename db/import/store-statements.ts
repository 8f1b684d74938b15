import { and, eq } from "drizzle-orm";
import { codePointLength } from "@/lib/offsets/code-points";
import type { Db, Tx } from "../client";
import { insertAssignments, insertDocument } from "../queries/documents";
import { type SpeakerFacts, upsertSpeaker } from "../queries/speakers";
import { documents, importBatches } from "../schema";
import type { ImportedStatement } from "@/lib/import/types";

/** A statement read from a file, with whatever the file says about its speaker and origin. */
export type StatementToStore = ImportedStatement & {
  speaker: SpeakerFacts | null;
  statementDate: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
};

export type StoreResult = { batchId: number; documentIds: number[]; duplicates: string[]; conflicts: string[] };

function isKnownText(tx: Tx, projectId: number, contentHash: string): boolean {
  return !!tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.projectId, projectId), eq(documents.contentHash, contentHash)))
    .get();
}

/**
 * Stores the statements of one file in one IMMEDIATE transaction (all or nothing), as one import batch: speakers
 * by alias, documents, and assignments to `assignTo` coders. A text already in the project (same content hash), or
 * twice in the file, is skipped and named in `duplicates`.
 */
export function storeStatements(
  db: Db,
  { projectId, actorId, batchLabel, statements, assignTo = [] }: {
    projectId: number;
    actorId: number | null;
    batchLabel: string;
    statements: StatementToStore[];
    assignTo?: number[];
  },
): StoreResult {
  return db.transaction(
    (tx) => {
      const batch = tx.insert(importBatches).values({ projectId, label: batchLabel, createdById: actorId }).returning().get();
      const documentIds: number[] = [];
      const duplicates: string[] = [];
      const conflicts: string[] = [];
      const speakerIds = new Map<string, number>();
      for (const statement of statements) {
        if (isKnownText(tx, projectId, statement.contentHash)) {
          duplicates.push(statement.title);
          continue;
        }
        let speakerId: number | null = null;
        if (statement.speaker) {
          speakerId = speakerIds.get(statement.speaker.alias) ?? null;
          if (speakerId === null) {
            const upserted = upsertSpeaker(tx, { projectId, facts: statement.speaker, actorId });
            speakerId = upserted.speaker.id;
            speakerIds.set(statement.speaker.alias, speakerId);
            conflicts.push(...upserted.conflicts);
          }
        }
        const document = insertDocument(tx, {
          actorId,
          values: {
            projectId,
            speakerId,
            title: statement.title,
            text: statement.text,
            contentHash: statement.contentHash,
            length: codePointLength(statement.text),
            language: statement.language,
            direction: statement.direction,
            statementDate: statement.statementDate,
            sourceName: statement.sourceName,
            sourceUrl: statement.sourceUrl,
            importBatchId: batch.id,
          },
        });
        documentIds.push(document.id);
      }
      if (assignTo.length > 0) insertAssignments(tx, { projectId, documentIds, coderIds: assignTo, actorId });
      return { batchId: batch.id, documentIds, duplicates, conflicts };
    },
    { behavior: "immediate" },
  );
}
