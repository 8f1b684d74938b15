import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { prepareStatement } from "@/lib/import/prepare-statement";
import type { FileReport } from "@/lib/import/types";
import { codePointLength, sliceByCodePoints } from "@/lib/offsets/code-points";
import { guidKey as key } from "@/lib/refi-qda/guid-key";
import { readSpeakerFacts } from "@/lib/refi-qda/speaker-case";
import type { ImportedProject } from "@/lib/refi-qda/types";
import type { Db } from "../client";
import { insertDocument } from "../queries/documents";
import { upsertMember } from "../queries/projects";
import { annotations, assignments } from "../schema";
import { failImport } from "./discard-import-batch";
import { createImportBatch, dropLateDuplicates, findKnownText, publishImportBatch } from "./import-batch";
import { makeImportCoders } from "./import-coders";
import { makeImportSpeakers } from "./import-speakers";
import { type ImportOptions, type ImportSteps, runImportStepsAsync } from "./import-steps";
import { storeCodes } from "./store-refi-codebook";
import { storeRefiSets } from "./store-refi-sets";
import { writeInBatches } from "./write-in-batches";

type StoreRefiProjectInput = { projectId: number; actorId: number | null; name: string; imported: ImportedProject; jobId?: string };

/**
 * Stores a whole REFI-QDA project as one import batch, all or nothing: codes (merged by name), speakers from cases,
 * sources as documents (a text already in the project is skipped with its codings), codings as annotations of their
 * users with a submitted assignment each, and sets of codes and documents (a skipped text's set memberships go to
 * the document already holding it). See storeRefiProjectSteps for the transactions.
 */
export async function storeRefiProject(db: Db, { onProgress, signal, ...input }: StoreRefiProjectInput & ImportOptions): Promise<FileReport> {
  const unusableHash = await hashPassword(randomUUID());
  return runImportStepsAsync(storeRefiProjectSteps(db, { ...input, unusableHash }), { onProgress, signal });
}

/**
 * The transactions of storeRefiProject: a short one creates the hidden batch and the new codes (codings refer to
 * them); speakers, documents and codings follow in short batches (write-in-batches.ts), new speakers and accounts made
 * as they are needed; a last short one fills in known speakers' facts, makes the coders members, stores the sets and
 * publishes the batch. New codes are visible from the start, everything else only once published. On any failure the
 * batch is discarded, with the codes, speakers and accounts it made that nothing else uses.
 */
export function* storeRefiProjectSteps(
  db: Db,
  { projectId, actorId, name, imported, jobId, unusableHash }: StoreRefiProjectInput & { unusableHash: string },
): ImportSteps<FileReport> {
  const { batch, codeIds, codesCreated } = db.transaction(
    (tx) => {
      const batch = createImportBatch(tx, { projectId, label: name, actorId, jobId });
      const { idByGuid, created } = storeCodes(tx, { projectId, tree: imported.codes, actorId, batchId: batch.id });
      return { batch, codeIds: idByGuid, codesCreated: created };
    },
    { behavior: "immediate" },
  );
  try {
    const speakers = makeImportSpeakers({ projectId, batchId: batch.id, actorId });
    const speakerBySource = new Map<string, number>();
    yield* writeInBatches(db, {
      stage: "storing speakers",
      items: imported.cases.filter((speakerCase) => speakerCase.name),
      write: (tx, speakerCase) => {
        const id = speakers.resolve(tx, { ...readSpeakerFacts(speakerCase, imported.variables), alias: speakerCase.name! });
        for (const sourceGuid of speakerCase.sourceGuids) if (!speakerBySource.has(key(sourceGuid))) speakerBySource.set(key(sourceGuid), id);
      },
    });

    const documentBySource = new Map<string, { id: number; text: string; name: string }>();
    const setMemberBySource = new Map<string, number>();
    const stored = new Map<string, number>();
    const duplicates: string[] = [];
    yield* writeInBatches(db, {
      stage: "storing documents",
      items: imported.sources,
      write: (tx, source) => {
        const statement = prepareStatement(source.name, source.text);
        const known = findKnownText(tx, { projectId, batchId: batch.id, contentHash: statement.contentHash });
        if (known !== undefined) {
          duplicates.push(source.name);
          setMemberBySource.set(key(source.guid), known);
          return;
        }
        const document = insertDocument(tx, {
          actorId,
          values: {
            projectId,
            speakerId: speakerBySource.get(key(source.guid)) ?? null,
            title: statement.title,
            text: statement.text,
            contentHash: statement.contentHash,
            length: codePointLength(statement.text),
            language: statement.language,
            direction: statement.direction,
            notes: source.description ?? "",
            importBatchId: batch.id,
          },
        });
        documentBySource.set(key(source.guid), { id: document.id, text: statement.text, name: source.name });
        setMemberBySource.set(key(source.guid), document.id);
        stored.set(statement.contentHash, document.id);
      },
    });

    const coderFor = makeImportCoders({ fileUsers: imported.users, batchId: batch.id, actorId, unusableHash });
    const coders = new Set<number>();
    const placedOn = new Map<number, number>();
    const notPlaced: string[] = [];
    yield* writeInBatches(db, {
      stage: "storing codings",
      items: imported.codings,
      write: (tx, coding) => {
        const document = documentBySource.get(key(coding.sourceGuid));
        const codeId = codeIds.get(key(coding.codeGuid));
        if (!document || codeId === undefined) return;
        const quote = sliceByCodePoints(document.text, coding.start, coding.end);
        if (quote !== coding.quote) {
          notPlaced.push(`a coding at ${coding.start}–${coding.end} whose quote does not match the text`);
          return;
        }
        const coderId = coderFor(tx, coding.userGuid);
        coders.add(coderId);
        // Hidden with their document until the batch is published.
        tx.insert(annotations).values({ documentId: document.id, coderId, codeId, start: coding.start, end: coding.end, quote }).run();
        tx.insert(assignments).values({ documentId: document.id, coderId, status: "submitted", submittedAt: new Date() }).onConflictDoNothing().run();
        placedOn.set(document.id, (placedOn.get(document.id) ?? 0) + 1);
      },
    });

    yield { stage: "publishing", done: 0, total: 1 };
    return db.transaction(
      (tx) => {
        const dropped = new Map(dropLateDuplicates(tx, { batch, own: stored, actorId }).map(({ id, keptId }) => [id, keptId]));
        for (const [sourceKey, document] of documentBySource) {
          const keptId = dropped.get(document.id);
          if (keptId === undefined) continue;
          documentBySource.delete(sourceKey);
          setMemberBySource.set(sourceKey, keptId);
          placedOn.delete(document.id);
          duplicates.push(document.name);
        }
        speakers.publish(tx);
        for (const userId of coders) upsertMember(tx, { projectId, userId, role: "coder", actorId });
        const setsStored = storeRefiSets(tx, { projectId, actorId, fileSets: imported.sets, codeIds, documentIds: setMemberBySource });
        publishImportBatch(tx, { batchId: batch.id, documentCount: stored.size });

        const placed = [...placedOn.values()].reduce((sum, n) => sum + n, 0);
        const messages = [`${documentBySource.size} sources, ${placed} codings, ${codesCreated} new codes.`, ...setsStored, ...imported.warnings, ...notPlaced];
        if (duplicates.length > 0) messages.push(`Codings on sources already in the project were not imported again.`);
        return {
          file: name,
          status: documentBySource.size === 0 && duplicates.length > 0 ? "duplicate" : "imported",
          imported: documentBySource.size,
          duplicates,
          documentIds: [...documentBySource.values()].map((document) => document.id),
          messages,
        };
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    return failImport(db, batch.id, error);
  }
}
