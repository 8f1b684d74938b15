import type { ImportedStatement } from "@/lib/import/types";
import { codePointLength } from "@/lib/offsets/code-points";
import type { Db } from "../client";
import { insertAssignments, insertDocument } from "../queries/documents";
import type { SpeakerFacts } from "../queries/speakers";
import { failImport } from "./discard-import-batch";
import { createImportBatch, dropLateDuplicates, findKnownText, publishImportBatch } from "./import-batch";
import { makeImportSpeakers } from "./import-speakers";
import { type ImportOptions, type ImportSteps, runImportSteps } from "./import-steps";
import { writeInBatches } from "./write-in-batches";

/** A statement read from a file, with whatever the file says about its speaker and origin. */
export type StatementToStore = ImportedStatement & {
  speaker: SpeakerFacts | null;
  statementDate: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
};

export type StoreStatementsInput = {
  projectId: number;
  actorId: number | null;
  batchLabel: string;
  statements: StatementToStore[];
  assignTo?: number[];
  jobId?: string;
};

export type StoreResult = { batchId: number; documentIds: number[]; duplicates: string[]; conflicts: string[] };

/**
 * Stores the statements of one file as one import batch, all or nothing: speakers by alias, documents, and their
 * assignments to `assignTo` coders are written in short transactions (write-in-batches.ts) under a hidden batch, and
 * one last short transaction fills in known speakers' facts and publishes the batch. Until then no reader sees any of
 * it; a failure discards it. A text already in the project (same content hash), or twice in the file, is skipped and
 * named in `duplicates`. Run the steps with runImportSteps or runImportStepsAsync (import-steps.ts).
 */
export function* storeStatementsSteps(db: Db, { projectId, actorId, batchLabel, statements, assignTo = [], jobId }: StoreStatementsInput): ImportSteps<StoreResult> {
  const batch = createImportBatch(db, { projectId, label: batchLabel, actorId, jobId });
  try {
    const speakers = makeImportSpeakers({ projectId, batchId: batch.id, actorId });
    // Each stored document by its content hash, for the duplicate check when publishing; and its title.
    const stored = new Map<string, number>();
    const titles = new Map<number, string>();
    const duplicates: string[] = [];
    yield* writeInBatches(db, {
      stage: "storing documents",
      items: statements,
      write: (tx, statement) => {
        if (findKnownText(tx, { projectId, batchId: batch.id, contentHash: statement.contentHash }) !== undefined) {
          duplicates.push(statement.title);
          return;
        }
        const document = insertDocument(tx, {
          actorId,
          values: {
            projectId,
            speakerId: statement.speaker ? speakers.resolve(tx, statement.speaker) : null,
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
        stored.set(statement.contentHash, document.id);
        titles.set(document.id, statement.title);
        // Hidden with their document until the batch is published.
        if (assignTo.length > 0) insertAssignments(tx, { projectId, documentIds: [document.id], coderIds: assignTo, actorId });
      },
    });
    yield { stage: "publishing", done: 0, total: 1 };
    return db.transaction(
      (tx) => {
        for (const { id } of dropLateDuplicates(tx, { batch, own: stored, actorId })) duplicates.push(titles.get(id)!);
        speakers.publish(tx);
        publishImportBatch(tx, { batchId: batch.id, documentCount: stored.size });
        return { batchId: batch.id, documentIds: [...stored.values()], duplicates, conflicts: speakers.conflicts };
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    return failImport(db, batch.id, error);
  }
}

/** storeStatementsSteps run to the end at once: for a few statements, such as one pasted into the app. */
export function storeStatements(db: Db, { onProgress, signal, ...input }: StoreStatementsInput & Omit<ImportOptions, "jobId">): StoreResult {
  return runImportSteps(storeStatementsSteps(db, input), { onProgress, signal });
}
