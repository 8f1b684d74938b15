import { and, eq, ne } from "drizzle-orm";
import { checkSpan } from "@/lib/annotations/check-span";
import { findAgreedSpans } from "@/lib/review/find-agreed-spans";
import type { AdjudicationStatus } from "@/lib/review/review-json";
import { recordAudit } from "../audit";
import type { Db, Tx } from "../client";
import { type Outcome, refused } from "../outcome";
import { type Adjudication, adjudications, type ConsensusAnnotation, consensusAnnotations, type Document } from "../schema";
import { findCodeOfProject, getCodesByProject, groupCode } from "./codes";
import { getDocumentById } from "./documents";
import { getRejectionsByDocument, getSubmittedAnnotations, getSubmittedCoders, type RejectDecision, type WithdrawDecision } from "./review";

/**
 * The consensus layer of a document, built by a supervisor from the coders' submitted layers. Every write runs in
 * one IMMEDIATE transaction with its audit rows, refuses a document whose adjudication is marked done, and moves a
 * document not yet started to in progress. A rejection of a coder's annotation has no table of its own: it is an
 * audit row of the document's adjudication ({ decision: "reject", annotationId, memo }), withdrawn by a later
 * { decision: "withdraw" } when the supervisor accepts that annotation after all.
 */

export type ConsensusSpanInput = { code: number | string; start: number; end: number; quote?: string; memo: string };

/** The document a consensus annotation belongs to, for authorizing a change of it; undefined when there is none. */
export function getConsensusAnnotationById(db: Db, { id }: { id: number }): ConsensusAnnotation | undefined {
  return db.select().from(consensusAnnotations).where(eq(consensusAnnotations.id, id)).get();
}

/**
 * A coder's submitted annotation accepted as it is. When coders chose different codes for one passage, choosing one
 * is the decision: `rejectOthers` names the other coders' annotations there, rejected with the same memo in the same
 * transaction.
 */
export type AcceptInput = { source: number; memo: string; rejectOthers?: readonly number[] };

/**
 * Adds a span to the consensus: a coder's submitted annotation accepted as it is (`source`, see AcceptInput), or one
 * the supervisor drew. Answers the consensus annotation and the ids of the annotations rejected with it.
 */
export function createConsensusAnnotation(
  db: Db,
  { documentId, actorId, input }: { documentId: number; actorId: number; input: ConsensusSpanInput | AcceptInput },
): Outcome<ConsensusAnnotation & { rejected: number[] }> {
  return db.transaction(
    (tx): Outcome<ConsensusAnnotation & { rejected: number[] }> => {
      const open = loadOpenDocument(tx, { documentId });
      if (!open.ok) return open;
      const { document } = open.value;
      let values: Pick<ConsensusAnnotation, "codeId" | "start" | "end" | "quote" | "memo" | "sourceAnnotationId">;
      const rejected: number[] = [];
      if ("source" in input) {
        const submitted = getSubmittedAnnotations(tx, { documentId });
        const source = submitted.find((annotation) => annotation.id === input.source);
        if (!source) return refused("not_found", `Annotation ${input.source} is not an annotation of this document by a coder who submitted it.`);
        const stranger = (input.rejectOthers ?? []).find((id) => id === source.id || !submitted.some((annotation) => annotation.id === id));
        if (stranger !== undefined) return refused("bad_request", `Annotation ${stranger} cannot be rejected with annotation ${source.id}: it must be another submitted annotation of this document.`);
        const span = checkSpan(document.text, source);
        if (!span.ok) return refused("conflict", `The coder's annotation no longer matches the text: ${span.error}`);
        values = { codeId: source.codeId, start: source.start, end: source.end, quote: span.quote, memo: input.memo, sourceAnnotationId: source.id };
      } else {
        const checked = checkConsensusSpan(tx, document, input);
        if (!checked.ok) return checked;
        values = { ...checked.value, memo: input.memo, sourceAnnotationId: null };
      }
      const duplicate = findDuplicate(tx, { documentId, ...values });
      if (duplicate) return duplicate;
      const created = insertConsensus(tx, { document, actorId, values });
      if (values.sourceAnnotationId !== null) withdrawRejection(tx, { document, annotationId: values.sourceAnnotationId, actorId });
      if ("source" in input) {
        for (const annotationId of input.rejectOthers ?? []) {
          writeRejection(tx, { document, annotationId, memo: input.memo, actorId });
          rejected.push(annotationId);
        }
      }
      markInProgress(tx, { document, current: open.value.adjudication, actorId });
      return { ok: true, value: { ...created, rejected } };
    },
    { behavior: "immediate" },
  );
}

/** Accepts every span all submitted coders agree on exactly (same code, start and end) that the consensus lacks. */
export function acceptAgreedSpans(db: Db, { documentId, actorId }: { documentId: number; actorId: number }): Outcome<{ added: number; alreadyInConsensus: number }> {
  return db.transaction(
    (tx): Outcome<{ added: number; alreadyInConsensus: number }> => {
      const open = loadOpenDocument(tx, { documentId });
      if (!open.ok) return open;
      const { document } = open.value;
      const layers = getSubmittedAnnotations(tx, { documentId });
      const agreed = findAgreedSpans({ coders: getSubmittedCoders(tx, { documentId }), annotations: layers.map((row) => ({ ...row, code: row.codeId })) });
      const quotes = new Map(layers.map((row) => [row.id, row.quote]));
      let added = 0;
      for (const span of agreed) {
        const values = { codeId: span.code, start: span.start, end: span.end, quote: quotes.get(span.annotationIds[0]!)!, memo: "", sourceAnnotationId: span.annotationIds[0]! };
        if (findDuplicate(tx, { documentId, ...values })) continue;
        insertConsensus(tx, { document, actorId, values });
        for (const annotationId of span.annotationIds) withdrawRejection(tx, { document, annotationId, actorId });
        added++;
      }
      if (added > 0) markInProgress(tx, { document, current: open.value.adjudication, actorId });
      return { ok: true, value: { added, alreadyInConsensus: agreed.length - added } };
    },
    { behavior: "immediate" },
  );
}

/** Changes the code, span or memo of a consensus annotation, checking the span against the text again. */
export function updateConsensusAnnotation(
  db: Db,
  { id, actorId, changes }: { id: number; actorId: number; changes: Partial<ConsensusSpanInput> },
): Outcome<ConsensusAnnotation> {
  return db.transaction(
    (tx): Outcome<ConsensusAnnotation> => {
      const before = tx.select().from(consensusAnnotations).where(eq(consensusAnnotations.id, id)).get();
      if (!before) return refused("not_found", "No such consensus annotation.");
      const open = loadOpenDocument(tx, { documentId: before.documentId });
      if (!open.ok) return open;
      const { document } = open.value;
      const checked = checkConsensusSpan(tx, document, {
        code: changes.code ?? before.codeId,
        start: changes.start ?? before.start,
        end: changes.end ?? before.end,
        quote: changes.quote,
      });
      if (!checked.ok) return checked;
      const values = { ...checked.value, memo: changes.memo ?? before.memo };
      const duplicate = findDuplicate(tx, { documentId: document.id, ...values }, id);
      if (duplicate) return duplicate;
      const after = tx
        .update(consensusAnnotations)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(consensusAnnotations.id, id))
        .returning()
        .get();
      recordAudit(tx, { actorId, projectId: document.projectId, entity: "consensus_annotation", entityId: id, action: "update", before, after });
      markInProgress(tx, { document, current: open.value.adjudication, actorId });
      return { ok: true, value: after };
    },
    { behavior: "immediate" },
  );
}

/** Takes a span out of the consensus. */
export function deleteConsensusAnnotation(db: Db, { id, actorId }: { id: number; actorId: number }): Outcome<ConsensusAnnotation> {
  return db.transaction(
    (tx): Outcome<ConsensusAnnotation> => {
      const before = tx.select().from(consensusAnnotations).where(eq(consensusAnnotations.id, id)).get();
      if (!before) return refused("not_found", "No such consensus annotation.");
      const open = loadOpenDocument(tx, { documentId: before.documentId });
      if (!open.ok) return open;
      const { document } = open.value;
      tx.delete(consensusAnnotations).where(eq(consensusAnnotations.id, id)).run();
      recordAudit(tx, { actorId, projectId: document.projectId, entity: "consensus_annotation", entityId: id, action: "delete", before });
      markInProgress(tx, { document, current: open.value.adjudication, actorId });
      return { ok: true, value: before };
    },
    { behavior: "immediate" },
  );
}

/**
 * Rejects a coder's annotation: it does not belong in the consensus, for the reason in `memo`. A consensus span
 * accepted from it is taken out in the same transaction.
 */
export function rejectAnnotation(
  db: Db,
  { documentId, annotationId, memo, actorId }: { documentId: number; annotationId: number; memo: string; actorId: number },
): Outcome<{ annotationId: number; removedFromConsensus: number }> {
  return db.transaction(
    (tx): Outcome<{ annotationId: number; removedFromConsensus: number }> => {
      const open = loadOpenDocument(tx, { documentId });
      if (!open.ok) return open;
      const { document } = open.value;
      if (!getSubmittedAnnotations(tx, { documentId }).some((annotation) => annotation.id === annotationId)) {
        return refused("not_found", `Annotation ${annotationId} is not an annotation of this document by a coder who submitted it.`);
      }
      const removedFromConsensus = writeRejection(tx, { document, annotationId, memo, actorId });
      markInProgress(tx, { document, current: open.value.adjudication, actorId });
      return { ok: true, value: { annotationId, removedFromConsensus } };
    },
    { behavior: "immediate" },
  );
}

/** Sets the document's adjudication status and memo; "done" closes the consensus to changes until reopened. */
export function setAdjudication(
  db: Db,
  { documentId, actorId, status, memo }: { documentId: number; actorId: number; status?: AdjudicationStatus; memo?: string },
): Outcome<Adjudication> {
  return db.transaction(
    (tx): Outcome<Adjudication> => {
      const document = getDocumentById(tx, { id: documentId });
      if (!document) return refused("not_found", "No such document.");
      const before = tx.select().from(adjudications).where(eq(adjudications.documentId, documentId)).get();
      return { ok: true, value: writeAdjudication(tx, { document, before, actorId, status: status ?? before?.status ?? "not_started", memo: memo ?? before?.memo ?? "" }) };
    },
    { behavior: "immediate" },
  );
}

function loadOpenDocument(tx: Tx, { documentId }: { documentId: number }) {
  const document = getDocumentById(tx, { id: documentId });
  if (!document) return refused("not_found", "No such document.");
  const adjudication = tx.select().from(adjudications).where(eq(adjudications.documentId, documentId)).get();
  if (adjudication?.status === "done") {
    return refused("conflict", "This document's adjudication is marked done; set it back to in progress to change the consensus.");
  }
  return { ok: true, value: { document, adjudication } } as const;
}

function checkConsensusSpan(tx: Tx, document: Document, input: { code: number | string; start: number; end: number; quote?: string }) {
  const code = findCodeOfProject(tx, { projectId: document.projectId, code: input.code });
  if (!code) {
    const known = getCodesByProject(tx, { projectId: document.projectId }).map((row) => `${row.id} "${row.name}"`);
    return refused("bad_request", `Unknown code ${JSON.stringify(input.code)}; this project's codes are ${known.join(", ")}.`);
  }
  if (code.isGroup) return groupCode(code);
  const span = checkSpan(document.text, input);
  if (!span.ok) return refused("bad_request", span.error);
  return { ok: true, value: { codeId: code.id, start: input.start, end: input.end, quote: span.quote } } as const;
}

function findDuplicate(tx: Tx, values: { documentId: number; codeId: number; start: number; end: number }, exceptId?: number) {
  const existing = tx
    .select({ id: consensusAnnotations.id })
    .from(consensusAnnotations)
    .where(
      and(
        eq(consensusAnnotations.documentId, values.documentId),
        eq(consensusAnnotations.codeId, values.codeId),
        eq(consensusAnnotations.start, values.start),
        eq(consensusAnnotations.end, values.end),
        exceptId === undefined ? undefined : ne(consensusAnnotations.id, exceptId),
      ),
    )
    .get();
  return existing ? refused("conflict", `The consensus already holds this passage with this code (consensus annotation ${existing.id}).`) : undefined;
}

function insertConsensus(
  tx: Tx,
  { document, actorId, values }: { document: Document; actorId: number; values: Pick<ConsensusAnnotation, "codeId" | "start" | "end" | "quote" | "memo" | "sourceAnnotationId"> },
): ConsensusAnnotation {
  const created = tx
    .insert(consensusAnnotations)
    .values({ ...values, documentId: document.id, createdById: actorId })
    .returning()
    .get();
  recordAudit(tx, { actorId, projectId: document.projectId, entity: "consensus_annotation", entityId: created.id, action: "create", after: created });
  return created;
}

/**
 * Records the rejection of a coder's submitted annotation (the caller has checked it is one), taking out a consensus
 * span accepted from it; answers how many were taken out.
 */
function writeRejection(tx: Tx, { document, annotationId, memo, actorId }: { document: Document; annotationId: number; memo: string; actorId: number }): number {
  const accepted = tx.select().from(consensusAnnotations).where(eq(consensusAnnotations.sourceAnnotationId, annotationId)).all();
  for (const before of accepted) {
    tx.delete(consensusAnnotations).where(eq(consensusAnnotations.id, before.id)).run();
    recordAudit(tx, { actorId, projectId: document.projectId, entity: "consensus_annotation", entityId: before.id, action: "delete", before });
  }
  const decision: RejectDecision = { decision: "reject", annotationId, memo };
  recordAudit(tx, { actorId, projectId: document.projectId, entity: "adjudication", entityId: document.id, action: "update", after: decision });
  return accepted.length;
}

function withdrawRejection(tx: Tx, { document, annotationId, actorId }: { document: Document; annotationId: number; actorId: number }): void {
  if (!getRejectionsByDocument(tx, { documentId: document.id }).some((rejection) => rejection.annotationId === annotationId)) return;
  const decision: WithdrawDecision = { decision: "withdraw", annotationId };
  recordAudit(tx, { actorId, projectId: document.projectId, entity: "adjudication", entityId: document.id, action: "update", after: decision });
}

function markInProgress(tx: Tx, { document, current, actorId }: { document: Document; current: Adjudication | undefined; actorId: number }): void {
  if (current && current.status !== "not_started") return;
  writeAdjudication(tx, { document, before: current, actorId, status: "in_progress", memo: current?.memo ?? "" });
}

function writeAdjudication(
  tx: Tx,
  { document, before, actorId, status, memo }: { document: Document; before: Adjudication | undefined; actorId: number; status: AdjudicationStatus; memo: string },
): Adjudication {
  const after = tx
    .insert(adjudications)
    .values({ documentId: document.id, status, memo, updatedById: actorId })
    .onConflictDoUpdate({ target: adjudications.documentId, set: { status, memo, updatedById: actorId, updatedAt: new Date() } })
    .returning()
    .get();
  recordAudit(tx, { actorId, projectId: document.projectId, entity: "adjudication", entityId: document.id, action: before ? "update" : "create", before: before ?? null, after });
  return after;
}
