import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { toCodeJson } from "@/lib/codebook/code-json";
import { findAgreedSpans } from "@/lib/review/find-agreed-spans";
import { findDisagreements } from "@/lib/review/find-disagreements";
import { type DocumentDisagreementRow, listDocumentDisagreements } from "@/lib/review/list-document-disagreements";
import type { AdjudicationStatus, ReviewJson } from "@/lib/review/review-json";
import type { Db, Tx } from "../client";
import { adjudications, annotations, assignments, auditLog, consensusAnnotations, documents, importBatches, projectMembers, speakers, users } from "../schema";
import { type AgreementFilter, getAgreementInput } from "./agreement-input";
import { getCodesByProject } from "./codes";
import { getProjectById } from "./projects";
import { isDocumentVisible } from "./visible-documents";

/** A rejection of a coder's annotation, kept as an audit row of the document's adjudication (see consensus.ts). */
export type RejectDecision = { decision: "reject"; annotationId: number; memo: string };
/** Accepting a rejected annotation after all withdraws its rejection. */
export type WithdrawDecision = { decision: "withdraw"; annotationId: number };

/** The annotations of the coders who submitted the document, with their logins, in text order. */
export function getSubmittedAnnotations(db: Db | Tx, { documentId }: { documentId: number }) {
  return db
    .select({ annotation: annotations, coder: users.login })
    .from(annotations)
    .innerJoin(assignments, and(eq(assignments.documentId, annotations.documentId), eq(assignments.coderId, annotations.coderId)))
    .innerJoin(users, eq(users.id, annotations.coderId))
    .where(and(eq(annotations.documentId, documentId), eq(assignments.status, "submitted")))
    .orderBy(asc(annotations.start), asc(annotations.end), asc(annotations.codeId), asc(annotations.id))
    .all()
    .map(({ annotation, coder }) => ({ ...annotation, coder }));
}

/** The logins of the coders who submitted the document, sorted. */
export function getSubmittedCoders(db: Db | Tx, { documentId }: { documentId: number }): string[] {
  return db
    .select({ login: users.login })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.coderId))
    .where(and(eq(assignments.documentId, documentId), eq(assignments.status, "submitted")))
    .orderBy(asc(users.login))
    .all()
    .map((row) => row.login);
}

export function getConsensusByDocument(db: Db | Tx, { documentId }: { documentId: number }) {
  return db
    .select({ annotation: consensusAnnotations, createdBy: users.login })
    .from(consensusAnnotations)
    .innerJoin(users, eq(users.id, consensusAnnotations.createdById))
    .where(eq(consensusAnnotations.documentId, documentId))
    .orderBy(asc(consensusAnnotations.start), asc(consensusAnnotations.end), asc(consensusAnnotations.codeId), asc(consensusAnnotations.id))
    .all()
    .map(({ annotation, createdBy }) => ({ ...annotation, createdBy }));
}

export function getAdjudication(db: Db | Tx, { documentId }: { documentId: number }) {
  return db
    .select({ adjudication: adjudications, updatedBy: users.login })
    .from(adjudications)
    .leftJoin(users, eq(users.id, adjudications.updatedById))
    .where(eq(adjudications.documentId, documentId))
    .get();
}

/** The coder annotations of the document that stand rejected, with the memo saying why; the latest decision wins. */
export function getRejectionsByDocument(db: Db | Tx, { documentId }: { documentId: number }) {
  const rows = db
    .select({ at: auditLog.at, after: auditLog.after, by: users.login })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entity, "adjudication"), eq(auditLog.entityId, documentId)))
    .orderBy(asc(auditLog.id))
    .all();
  const standing = new Map<number, { annotationId: number; memo: string; by: string | null; at: Date }>();
  for (const row of rows) {
    const decision = row.after as Partial<RejectDecision | WithdrawDecision> | null;
    if (decision?.decision === "reject") standing.set(decision.annotationId!, { annotationId: decision.annotationId!, memo: decision.memo ?? "", by: row.by, at: row.at });
    if (decision?.decision === "withdraw") standing.delete(decision.annotationId!);
  }
  return [...standing.values()];
}

/**
 * Everything the side-by-side review of a document shows: the text, the codebook, every coder with their status,
 * the layers of those who submitted (never a layer still being coded: blind coding), the consensus so far, the
 * rejections, the adjudication status, and the disagreements and agreed spans between the submitted layers.
 */
export function loadReview(db: Db, { documentId }: { documentId: number }): ReviewJson | null {
  const document = db.select().from(documents).where(and(eq(documents.id, documentId), isDocumentVisible)).get();
  if (!document) return null;
  const coders = db
    .select({ login: users.login, displayName: users.displayName, status: assignments.status, updatedAt: assignments.updatedAt })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.coderId))
    .where(eq(assignments.documentId, documentId))
    .orderBy(asc(users.login))
    .all();
  const submitted = coders.filter((coder) => coder.status === "submitted").map((coder) => coder.login);
  const layers = getSubmittedAnnotations(db, { documentId }).map((row) => ({
    id: row.id,
    coder: row.coder,
    code: row.codeId,
    start: row.start,
    end: row.end,
    quote: row.quote,
    memo: row.memo,
  }));
  const adjudication = getAdjudication(db, { documentId });
  return {
    document: { id: document.id, projectId: document.projectId, title: document.title, text: document.text, direction: document.direction, language: document.language },
    codes: getCodesByProject(db, { projectId: document.projectId }).map(toCodeJson),
    coders: coders.map((coder) => ({ ...coder, updatedAt: coder.updatedAt.toISOString() })),
    annotations: layers,
    consensus: getConsensusByDocument(db, { documentId }).map((row) => ({
      id: row.id,
      code: row.codeId,
      start: row.start,
      end: row.end,
      quote: row.quote,
      memo: row.memo,
      sourceAnnotationId: row.sourceAnnotationId,
      createdBy: row.createdBy,
      updatedAt: row.updatedAt.toISOString(),
    })),
    rejections: getRejectionsByDocument(db, { documentId }).map((rejection) => ({ ...rejection, at: rejection.at.toISOString() })),
    adjudication: {
      status: adjudication?.adjudication.status ?? "not_started",
      memo: adjudication?.adjudication.memo ?? "",
      updatedBy: adjudication?.updatedBy ?? null,
      updatedAt: adjudication?.adjudication.updatedAt.toISOString() ?? null,
    },
    disagreements: findDisagreements({ coders: submitted, annotations: layers }),
    agreed: findAgreedSpans({ coders: submitted, annotations: layers }),
  };
}

export type DocumentDisagreementListRow = DocumentDisagreementRow & { adjudication: AdjudicationStatus };

/**
 * The project's coded documents by disagreement, worst first (see lib/review/measure-document-disagreement.ts),
 * read with the agreement engine's own loader so that the list follows the same filters as the figures.
 */
export function getDocumentDisagreementList(db: Db, { projectId, filter }: { projectId: number; filter?: AgreementFilter }): DocumentDisagreementListRow[] {
  const { input } = getAgreementInput(db, { projectId, filter });
  const ids = input.documents.map((document) => document.id);
  const titles = new Map<number, string>();
  const statuses = new Map<number, AdjudicationStatus>();
  // SQLite bounds the number of parameters in one statement.
  for (let at = 0; at < ids.length; at += 5_000) {
    const chunk = ids.slice(at, at + 5_000);
    for (const row of db.select({ id: documents.id, title: documents.title }).from(documents).where(and(inArray(documents.id, chunk), isDocumentVisible)).all()) titles.set(row.id, row.title);
    for (const row of db.select().from(adjudications).where(inArray(adjudications.documentId, chunk)).all()) statuses.set(row.documentId, row.status);
  }
  return listDocumentDisagreements({
    documents: ids.map((id) => ({ id, title: titles.get(id)! })),
    coded: input.coded ?? [],
    annotations: input.annotations,
  }).map((row) => ({ ...row, adjudication: statuses.get(row.documentId) ?? "not_started" }));
}

/** Per document of the project: its coders' assignments by status, the last change, and its adjudication status. */
export function getProgressByDocument(db: Db, { projectId }: { projectId: number }) {
  return db
    .select({
      documentId: documents.id,
      title: documents.title,
      assigned: sql<number>`count(${assignments.id})`,
      notStarted: sql<number>`coalesce(sum(${assignments.status} = 'assigned'), 0)`,
      inProgress: sql<number>`coalesce(sum(${assignments.status} = 'in_progress'), 0)`,
      submitted: sql<number>`coalesce(sum(${assignments.status} = 'submitted'), 0)`,
      lastChange: sql<number | null>`max(${assignments.updatedAt})`,
      adjudication: sql<AdjudicationStatus | null>`${adjudications.status}`,
    })
    .from(documents)
    .leftJoin(assignments, eq(assignments.documentId, documents.id))
    .leftJoin(adjudications, eq(adjudications.documentId, documents.id))
    .where(and(eq(documents.projectId, projectId), isDocumentVisible))
    .groupBy(documents.id)
    .orderBy(asc(documents.title), asc(documents.id))
    .all()
    .map((row) => ({ ...row, lastChange: row.lastChange === null ? null : new Date(row.lastChange), adjudication: row.adjudication ?? "not_started" }));
}

/** What the dashboard's filters offer: the project's coders, speaker facts present, import batches and rounds so far. */
export function getDashboardFilterOptions(db: Db, { projectId }: { projectId: number }) {
  const distinct = (column: typeof speakers.region | typeof speakers.country | typeof speakers.gender) =>
    db
      .selectDistinct({ value: column })
      .from(speakers)
      .where(and(eq(speakers.projectId, projectId), isNotNull(column)))
      .orderBy(asc(column))
      .all()
      .map((row) => row.value!);
  return {
    coders: db
      .select({ login: users.login, displayName: users.displayName })
      .from(projectMembers)
      .innerJoin(users, eq(users.id, projectMembers.userId))
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.role, "coder")))
      .orderBy(asc(users.login))
      .all(),
    regions: distinct(speakers.region),
    countries: distinct(speakers.country),
    genders: distinct(speakers.gender),
    batches: db
      .select({ id: importBatches.id, label: importBatches.label, createdAt: importBatches.createdAt })
      .from(importBatches)
      .where(and(eq(importBatches.projectId, projectId), isNotNull(importBatches.publishedAt)))
      .orderBy(asc(importBatches.createdAt))
      .all(),
    rounds: Array.from({ length: getProjectById(db, { id: projectId })?.round ?? 1 }, (_, index) => index + 1),
  };
}
