import { countOf } from "@/lib/analysis/count-of";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { prepareStatement } from "@/lib/import/prepare-statement";
import type { FileReport } from "@/lib/import/types";
import { codePointLength, sliceByCodePoints } from "@/lib/offsets/code-points";
import { isConsensusUser } from "@/lib/refi-qda/consensus-user";
import { readDocumentFacts } from "@/lib/refi-qda/document-facts";
import { guidKey as key } from "@/lib/refi-qda/guid-key";
import { readSpeakerFacts } from "@/lib/refi-qda/speaker-case";
import type { ImportedProject } from "@/lib/refi-qda/types";
import { listSome } from "@/lib/refi-qda/wording";
import { recordAudit } from "../audit";
import type { Db } from "../client";
import { insertDocument } from "../queries/documents";
import { annotations, assignments, consensusAnnotations, documents } from "../schema";
import { failImport } from "./discard-import-batch";
import { createImportBatch, deleteImportedDocument, dropLateDuplicates, findKnownText, publishImportBatch } from "./import-batch";
import { makeImportCoders, type UserMap } from "./import-coders";
import { makeImportSpeakers } from "./import-speakers";
import { type ImportOptions, type ImportSteps, runImportStepsAsync } from "./import-steps";
import { appendMemo } from "./append-memo";
import { describeStoredCodes, storeCodes } from "./store-codes";
import { storeRefiSets } from "./store-refi-sets";
import { writeInBatches } from "./write-in-batches";

export type StoreRefiProjectInput = {
  projectId: number;
  actorId: number | null;
  name: string;
  imported: ImportedProject;
  /** The account chosen for each user of the file (by GUID); unmapped users get new disabled accounts. */
  userMap?: UserMap;
  /** Coders of the project every imported document is also assigned to. */
  assignTo?: number[];
  jobId?: string;
};

/**
 * Stores a whole REFI-QDA project as one import batch, all or nothing: codes by GUID (store-codes.ts), speakers from
 * cases (a case's description becomes the speaker's notes), every source as a document of its own (one whose text
 * the project already holds is not stored again, and the report names the document holding it), codings as
 * annotations with their memos (the consensus user's as the consensus layer), a submitted assignment per coder and
 * document, the "assign to" coders' assignments, sets, and the project description. Every row is audited with the
 * batch. See storeRefiProjectSteps for the transactions.
 */
export async function storeRefiProject(db: Db, { onProgress, signal, ...input }: StoreRefiProjectInput & ImportOptions): Promise<FileReport> {
  const unusableHash = await hashPassword(randomUUID());
  return runImportStepsAsync(storeRefiProjectSteps(db, { ...input, unusableHash }), { onProgress, signal });
}

/**
 * The transactions of storeRefiProject: a short one creates the hidden batch and the new codes (codings refer to
 * them); speakers, documents and codings follow in short batches (write-in-batches.ts), new speakers and accounts made
 * as they are needed; a last short one fills in known speakers' facts and notes, makes the new accounts coders, stores
 * the sets and publishes the batch. New codes are visible from the start, everything else only once published. On any
 * failure the batch is discarded, with the codes, speakers and accounts it made that nothing else uses.
 */
export function* storeRefiProjectSteps(
  db: Db,
  { projectId, actorId, name, imported, userMap = new Map(), assignTo = [], jobId, unusableHash }: StoreRefiProjectInput & { unusableHash: string },
): ImportSteps<FileReport> {
  const { batch, codesStored } = db.transaction(
    (tx) => {
      const batch = createImportBatch(tx, { projectId, label: name, actorId, jobId });
      return { batch, codesStored: storeCodes(tx, { projectId, tree: imported.codes, actorId, batchId: batch.id }) };
    },
    { behavior: "immediate" },
  );
  const codeIds = codesStored.idByGuid;
  const batchId = batch.id;
  try {
    const speakers = makeImportSpeakers({ projectId, batchId, actorId });
    const speakerBySource = new Map<string, number>();
    const speakerNotes: { id: number; notes: string }[] = [];
    yield* writeInBatches(db, {
      stage: "storing speakers",
      items: imported.cases.filter((speakerCase) => speakerCase.name),
      write: (tx, speakerCase) => {
        const id = speakers.resolve(tx, { ...readSpeakerFacts(speakerCase, imported.variables), alias: speakerCase.name! });
        if (speakerCase.description) speakerNotes.push({ id, notes: speakerCase.description });
        for (const sourceGuid of speakerCase.sourceGuids) if (!speakerBySource.has(key(sourceGuid))) speakerBySource.set(key(sourceGuid), id);
      },
    });

    const documentBySource = new Map<string, { id: number; text: string; name: string; hash: string }>();
    const setMemberBySource = new Map<string, number>();
    const duplicates: { source: string; documentId: number }[] = [];
    yield* writeInBatches(db, {
      stage: "storing documents",
      items: imported.sources,
      write: (tx, source) => {
        const statement = prepareStatement(source.name, source.text);
        // Only documents already in the project count: two sources of one file are two documents, whatever their text.
        const known = findKnownText(tx, { projectId, batchId: null, contentHash: statement.contentHash });
        if (known !== undefined) {
          duplicates.push({ source: source.name, documentId: known });
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
            ...readDocumentFacts(source.values),
            importBatchId: batchId,
          },
        });
        documentBySource.set(key(source.guid), { id: document.id, text: statement.text, name: source.name, hash: statement.contentHash });
        setMemberBySource.set(key(source.guid), document.id);
      },
    });

    const coders = makeImportCoders({ fileUsers: imported.users, userMap, origin: imported.origin ?? null, projectId, batchId, actorId, unusableHash });
    const placedOn = new Map<number, number>();
    const assigned = new Set<string>();
    const notPlaced: string[] = [];
    let consensusPlaced = 0;
    let onDuplicates = 0;
    yield* writeInBatches(db, {
      stage: "storing codings",
      items: imported.codings,
      write: (tx, coding) => {
        const document = documentBySource.get(key(coding.sourceGuid));
        const codeId = codeIds.get(key(coding.codeGuid));
        if (!document || codeId === undefined) {
          onDuplicates++;
          return;
        }
        const quote = sliceByCodePoints(document.text, coding.start, coding.end);
        if (quote !== coding.quote) {
          notPlaced.push(`A coding at ${coding.start}–${coding.end} of "${document.name}" was not imported: its quote does not match the text.`);
          return;
        }
        const memo = coding.memo ?? "";
        // Hidden with their document until the batch is published.
        if (isConsensusUser(coding.userGuid)) {
          const createdById = actorId ?? coders.resolve(tx, coding.userGuid);
          const row = tx.insert(consensusAnnotations).values({ documentId: document.id, codeId, start: coding.start, end: coding.end, quote, memo, createdById }).returning().get();
          recordAudit(tx, { actorId, projectId, entity: "consensus_annotation", entityId: row.id, action: "create", after: { ...row, importBatchId: batchId } });
          consensusPlaced++;
          return;
        }
        const coderId = coders.resolve(tx, coding.userGuid);
        const row = tx.insert(annotations).values({ documentId: document.id, coderId, codeId, start: coding.start, end: coding.end, quote, memo }).returning().get();
        recordAudit(tx, { actorId, projectId, entity: "annotation", entityId: row.id, action: "create", after: { ...row, importBatchId: batchId } });
        const pair = `${document.id}:${coderId}`;
        if (!assigned.has(pair)) {
          assigned.add(pair);
          const assignment = tx.insert(assignments).values({ documentId: document.id, coderId, status: "submitted", submittedAt: new Date() }).onConflictDoNothing().returning().get();
          if (assignment) recordAudit(tx, { actorId, projectId, entity: "assignment", entityId: assignment.id, action: "create", after: { ...assignment, importBatchId: batchId } });
        }
        placedOn.set(document.id, (placedOn.get(document.id) ?? 0) + 1);
      },
    });
    yield* writeInBatches(db, {
      stage: "assigning",
      items: assignTo.length === 0 ? [] : [...documentBySource.values()],
      write: (tx, document) => {
        for (const coderId of assignTo) {
          const assignment = tx.insert(assignments).values({ documentId: document.id, coderId }).onConflictDoNothing().returning().get();
          if (assignment) recordAudit(tx, { actorId, projectId, entity: "assignment", entityId: assignment.id, action: "create", after: { ...assignment, importBatchId: batchId } });
        }
      },
    });

    yield { stage: "publishing", done: 0, total: 1 };
    return db.transaction(
      (tx) => {
        const byHash = new Map<string, number[]>();
        for (const document of documentBySource.values()) byHash.set(document.hash, [...(byHash.get(document.hash) ?? []), document.id]);
        const keptFor = new Map<number, number>();
        const own = new Map([...byHash].map(([hash, ids]) => [hash, ids[0]!]));
        for (const { id, keptId } of dropLateDuplicates(tx, { batch, own, actorId })) {
          // The file's other sources of that text go too: the project now holds it.
          const hash = [...own].find(([, first]) => first === id)?.[0];
          for (const sameText of byHash.get(hash ?? "") ?? [id]) {
            if (sameText !== id) deleteImportedDocument(tx, { documentId: sameText, actorId });
            keptFor.set(sameText, keptId);
          }
        }
        for (const [sourceKey, document] of documentBySource) {
          const keptId = keptFor.get(document.id);
          if (keptId === undefined) continue;
          documentBySource.delete(sourceKey);
          setMemberBySource.set(sourceKey, keptId);
          placedOn.delete(document.id);
          duplicates.push({ source: document.name, documentId: keptId });
        }
        speakers.publish(tx);
        for (const { id, notes } of speakerNotes) appendMemo(tx, { entity: "speaker", id, memo: notes, actorId, projectId, batchId });
        if (imported.description) appendMemo(tx, { entity: "project", id: projectId, memo: imported.description, actorId, projectId, batchId });
        coders.publish(tx);
        const setsStored = storeRefiSets(tx, { projectId, actorId, fileSets: imported.sets, codeIds, documentIds: setMemberBySource });
        publishImportBatch(tx, { batchId, documentCount: documentBySource.size });

        const placed = [...placedOn.values()].reduce((sum, n) => sum + n, 0);
        const messages = [
          `${countOf(documentBySource.size, "source")}, ${countOf(placed, "coding")}${consensusPlaced > 0 ? `, ${countOf(consensusPlaced, "consensus coding")}` : ""}.`,
          ...describeStoredCodes(codesStored),
          ...describeDuplicates(tx, duplicates, onDuplicates),
          ...describeAccounts(coders.created),
          ...setsStored,
          ...speakers.conflicts,
          ...imported.warnings,
          ...notPlaced,
        ];
        return {
          file: name,
          status: documentBySource.size === 0 && duplicates.length > 0 ? "duplicate" : "imported",
          imported: documentBySource.size,
          duplicates: duplicates.map(({ source }) => source),
          documentIds: [...documentBySource.values()].map((document) => document.id),
          messages,
        };
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    return failImport(db, batchId, error);
  }
}

function describeDuplicates(tx: Parameters<typeof findKnownText>[0], duplicates: { source: string; documentId: number }[], codings: number): string[] {
  if (duplicates.length === 0) return [];
  const matches = duplicates.map(({ source, documentId }) => {
    const title = tx.select({ title: documents.title }).from(documents).where(eq(documents.id, documentId)).get()?.title;
    return `${source} = ${title ?? `document ${documentId}`}`;
  });
  return [
    `${duplicates.length} sources hold the text of a document already in the project, and were not stored again (source = document): ${listSome(matches)}. ` +
      `Their ${codings} codings were not imported.`,
  ];
}

function describeAccounts(created: { login: string; displayName: string }[]): string[] {
  if (created.length === 0) return [];
  return [
    `${created.length} users of the file were mapped to no coder, and got new accounts, disabled until an administrator enables them: ` +
      `${listSome(created.map(({ login, displayName }) => `${displayName}: ${login}`))}.`,
  ];
}
