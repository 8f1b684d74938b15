import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { sliceByCodePoints } from "@/lib/offsets/code-points";
import { recordAudit } from "../audit";
import type { Db, Tx } from "../client";
import { annotations, codes, documents, type Suggestion, suggestionDecisions, suggestions } from "../schema";
import { submittedMessage, updateAssignmentStatus } from "./assignments";
import { getAssignment } from "./documents";
import { getProjectById } from "./projects";
import { isDocumentVisible } from "./visible-documents";

/** `score` and `codePrecision` come with a learned suggestion: the model's probability and the code's cross-validated precision. */
export type NewSuggestion = { documentId: number; start: number; end: number; quote: string; score?: number; codePrecision?: number };

/**
 * Suggests `spans` for a code, each audited; a span already suggested for the code is skipped, so coding the same
 * search twice adds nothing. Returns how many were made and skipped. Call inside an IMMEDIATE transaction.
 */
export function insertSuggestions(
  tx: Tx,
  { projectId, codeId, origin, spans, actorId }: { projectId: number; codeId: number; origin: string; spans: NewSuggestion[]; actorId: number },
): { created: number; existing: number } {
  const existingSpans = new Set(
    tx
      .select({ documentId: suggestions.documentId, start: suggestions.start, end: suggestions.end })
      .from(suggestions)
      .innerJoin(documents, eq(documents.id, suggestions.documentId))
      .where(and(eq(documents.projectId, projectId), isDocumentVisible, eq(suggestions.codeId, codeId)))
      .all()
      .map(spanKey),
  );
  let created = 0;
  for (const span of spans) {
    if (existingSpans.has(spanKey(span))) continue;
    const suggestion = tx.insert(suggestions).values({ ...span, codeId, origin, createdById: actorId }).returning().get();
    recordAudit(tx, { actorId, projectId, entity: "suggestion", entityId: suggestion.id, action: "create", after: suggestion });
    created++;
  }
  return { created, existing: spans.length - created };
}

const spanKey = ({ documentId, start, end }: { documentId: number; start: number; end: number }) => `${documentId}:${start}:${end}`;

/**
 * The suggestions for a statement in text order, each with its code and the caller's decision, if any. `withCounts`
 * adds how many coders accepted and rejected each: other coders' decisions, for supervisors, and for coders only once
 * the project's annotations are revealed (blind coding). Without `withLearned` the model's suggestions are left out,
 * as they are for coders until a supervisor shows them for the round.
 */
export function getSuggestionsByDocument(
  db: Db,
  { documentId, coderId, withCounts, withLearned }: { documentId: number; coderId: number; withCounts: boolean; withLearned: boolean },
) {
  const counts = {
    accepted: sql<number>`(SELECT count(*) FROM ${suggestionDecisions} d WHERE d.suggestion_id = ${suggestions.id} AND d.decision = 'accepted')`,
    rejected: sql<number>`(SELECT count(*) FROM ${suggestionDecisions} d WHERE d.suggestion_id = ${suggestions.id} AND d.decision = 'rejected')`,
  };
  return db
    .select({
      id: suggestions.id,
      documentId: suggestions.documentId,
      codeId: suggestions.codeId,
      codeName: codes.name,
      codeColor: codes.color,
      start: suggestions.start,
      end: suggestions.end,
      quote: suggestions.quote,
      origin: suggestions.origin,
      score: suggestions.score,
      codePrecision: suggestions.codePrecision,
      decision: suggestionDecisions.decision,
      annotationId: suggestionDecisions.annotationId,
      ...(withCounts ? counts : {}),
    })
    .from(suggestions)
    .innerJoin(codes, eq(codes.id, suggestions.codeId))
    .leftJoin(suggestionDecisions, and(eq(suggestionDecisions.suggestionId, suggestions.id), eq(suggestionDecisions.coderId, coderId)))
    .where(and(eq(suggestions.documentId, documentId), withLearned ? undefined : isNull(suggestions.score)))
    .orderBy(asc(suggestions.start), asc(suggestions.end), asc(suggestions.id))
    .all();
}

export function getSuggestionById(db: Db | Tx, { id }: { id: number }): Suggestion | undefined {
  return db.select().from(suggestions).where(eq(suggestions.id, id)).get();
}

export type DecisionOutcome =
  | { ok: true; decision: "accepted" | "rejected"; annotationId: number | null }
  | { ok: false; reason: "decided" | "text_changed" | "submitted"; message: string };

/**
 * A coder's decision on a suggestion, with its audit rows. Accepting puts the passage into the coder's own layer (or
 * links the annotation they already have of that code and span), under the rules of any other annotation: not while
 * their submission of the statement stands, and the first annotation starts the assignment. Call inside an IMMEDIATE
 * transaction.
 */
export function decideSuggestion(
  tx: Tx,
  { suggestion, coderId, projectId, decision }: { suggestion: Suggestion; coderId: number; projectId: number; decision: "accepted" | "rejected" },
): DecisionOutcome {
  const earlier = tx
    .select({ decision: suggestionDecisions.decision })
    .from(suggestionDecisions)
    .where(and(eq(suggestionDecisions.suggestionId, suggestion.id), eq(suggestionDecisions.coderId, coderId)))
    .get();
  if (earlier) return { ok: false, reason: "decided", message: `You have ${earlier.decision} this suggestion already.` };

  let annotationId: number | null = null;
  if (decision === "accepted") {
    const accepted = acceptIntoLayer(tx, { suggestion, coderId, projectId });
    if (!accepted.ok) return accepted;
    annotationId = accepted.annotationId;
  }
  tx.insert(suggestionDecisions).values({ suggestionId: suggestion.id, coderId, decision, annotationId }).run();
  recordAudit(tx, { actorId: coderId, projectId, entity: "suggestion", entityId: suggestion.id, action: "update", after: { coderId, decision, annotationId } });
  return { ok: true, decision, annotationId };
}

function acceptIntoLayer(
  tx: Tx,
  { suggestion, coderId, projectId }: { suggestion: Suggestion; coderId: number; projectId: number },
): { ok: true; annotationId: number } | Extract<DecisionOutcome, { ok: false }> {
  const { documentId, codeId, start, end, quote } = suggestion;
  const assignment = getAssignment(tx, { documentId, coderId })!;
  if (assignment.status === "submitted") return { ok: false, reason: "submitted", message: submittedMessage(getProjectById(tx, { id: projectId })!) };
  const text = tx.select({ text: documents.text }).from(documents).where(eq(documents.id, documentId)).get()!.text;
  if (sliceByCodePoints(text, start, end) !== quote) {
    return { ok: false, reason: "text_changed", message: "The statement's text has changed since this was suggested; code the passage by hand." };
  }
  const existing = tx
    .select({ id: annotations.id })
    .from(annotations)
    .where(and(eq(annotations.documentId, documentId), eq(annotations.coderId, coderId), eq(annotations.codeId, codeId), eq(annotations.start, start), eq(annotations.end, end)))
    .get();
  if (existing) return { ok: true, annotationId: existing.id };
  const annotation = tx.insert(annotations).values({ documentId, coderId, codeId, start, end, quote }).returning().get();
  recordAudit(tx, { actorId: coderId, projectId, entity: "annotation", entityId: annotation.id, action: "create", after: annotation });
  if (assignment.status === "assigned") updateAssignmentStatus(tx, { assignment, status: "in_progress", projectId, actorId: coderId });
  return { ok: true, annotationId: annotation.id };
}
