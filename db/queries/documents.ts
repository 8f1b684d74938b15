import { and, asc, eq, sql } from "drizzle-orm";
import { recordAudit } from "../audit";
import type { Db, Tx } from "../client";
import { assignments, type Document, documents, speakers } from "../schema";
import { currentRoundOf } from "./projects";
import { isDocumentVisible } from "./visible-documents";

const listColumns = {
  id: documents.id,
  projectId: documents.projectId,
  title: documents.title,
  length: documents.length,
  language: documents.language,
  direction: documents.direction,
  statementDate: documents.statementDate,
  speakerAlias: speakers.alias,
  speakerCountry: speakers.country,
  speakerRegion: speakers.region,
  speakerGender: speakers.gender,
  speakerDefectionDate: speakers.defectionDate,
};

/** Every document of a project, with its speaker's facts, in title order (supervisors and administrators). */
export function getDocumentsByProject(db: Db, { projectId }: { projectId: number }) {
  return db
    .select(listColumns)
    .from(documents)
    .leftJoin(speakers, eq(speakers.id, documents.speakerId))
    .where(and(eq(documents.projectId, projectId), isDocumentVisible))
    .orderBy(asc(documents.title))
    .all();
}

/** The documents assigned to one coder, with the coder's status; `projectId` narrows to one project. */
export function getAssignedDocumentsByCoder(db: Db, { coderId, projectId }: { coderId: number; projectId?: number }) {
  return db
    .select({ ...listColumns, status: assignments.status, statusChangedAt: assignments.updatedAt })
    .from(assignments)
    .innerJoin(documents, eq(documents.id, assignments.documentId))
    .leftJoin(speakers, eq(speakers.id, documents.speakerId))
    .where(and(eq(assignments.coderId, coderId), projectId === undefined ? undefined : eq(documents.projectId, projectId), isDocumentVisible))
    .orderBy(asc(documents.title))
    .all();
}

/** A document by id; one of an import not yet published is not found, as if it did not exist. */
export function getDocumentById(db: Db | Tx, { id }: { id: number }): Document | undefined {
  return db.select().from(documents).where(and(eq(documents.id, id), isDocumentVisible)).get();
}

export function getDocumentWithSpeaker(db: Db, { id }: { id: number }) {
  return db
    .select({ document: documents, speaker: speakers })
    .from(documents)
    .leftJoin(speakers, eq(speakers.id, documents.speakerId))
    .where(and(eq(documents.id, id), isDocumentVisible))
    .get();
}

export type NewDocument = Omit<typeof documents.$inferInsert, "id" | "createdAt" | "updatedAt">;

export function insertDocument(tx: Tx, { values, actorId }: { values: NewDocument; actorId: number | null }): Document {
  const document = tx.insert(documents).values(values).returning().get();
  recordAudit(tx, {
    actorId,
    projectId: document.projectId,
    entity: "document",
    entityId: document.id,
    action: "create",
    after: { ...document, text: `(${document.length} code points, sha256 ${document.contentHash})` },
  });
  return document;
}

export function getAssignment(db: Db | Tx, { documentId, coderId }: { documentId: number; coderId: number }) {
  return db
    .select()
    .from(assignments)
    .where(and(eq(assignments.documentId, documentId), eq(assignments.coderId, coderId)))
    .get();
}

/** Per coder of a project: how many documents are assigned, in progress and submitted. */
export function getProgressByCoder(db: Db, { projectId }: { projectId: number }) {
  return db
    .select({
      coderId: assignments.coderId,
      assigned: sql<number>`count(*)`,
      inProgress: sql<number>`sum(${assignments.status} = 'in_progress')`,
      submitted: sql<number>`sum(${assignments.status} = 'submitted')`,
      lastChange: sql<number>`max(${assignments.updatedAt})`,
    })
    .from(assignments)
    .innerJoin(documents, eq(documents.id, assignments.documentId))
    .where(and(eq(documents.projectId, projectId), isDocumentVisible))
    .groupBy(assignments.coderId)
    .all();
}

/** Assigns every pair of document and coder not yet assigned; returns how many assignments were made. */
export function insertAssignments(
  tx: Tx,
  { projectId, documentIds, coderIds, actorId }: { projectId: number; documentIds: number[]; coderIds: number[]; actorId: number | null },
): number {
  let made = 0;
  for (const documentId of documentIds) {
    for (const coderId of coderIds) {
      const assignment = tx.insert(assignments).values({ documentId, coderId, round: currentRoundOf(projectId) }).onConflictDoNothing().returning().get();
      if (!assignment) continue;
      made++;
      recordAudit(tx, { actorId, projectId, entity: "assignment", entityId: assignment.id, action: "create", after: assignment });
    }
  }
  return made;
}
