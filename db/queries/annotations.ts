import { and, asc, eq, ne, sql } from "drizzle-orm";
import { checkSpan } from "@/lib/annotations/check-span";
import { recordAudit } from "../audit";
import type { Db, Tx } from "../client";
import { type Outcome, refused } from "../outcome";
import { type Annotation, annotations, type Code } from "../schema";
import { submittedMessage, updateAssignmentStatus } from "./assignments";
import { findCodeOfProject, getCodesByProject, groupCode } from "./codes";
import { getAssignment, getDocumentById } from "./documents";
import { getProjectById } from "./projects";

/** One coder's layer of a document, in text order. */
export function getAnnotationsByDocumentAndCoder(db: Db | Tx, { documentId, coderId }: { documentId: number; coderId: number }): Annotation[] {
  return db
    .select()
    .from(annotations)
    .where(and(eq(annotations.documentId, documentId), eq(annotations.coderId, coderId)))
    .orderBy(asc(annotations.start), asc(annotations.end), asc(annotations.codeId), asc(annotations.id))
    .all();
}

export function getAnnotationById(db: Db | Tx, { id }: { id: number }): Annotation | undefined {
  return db.select().from(annotations).where(eq(annotations.id, id)).get();
}

/** How many annotations one coder has made in each of their documents. */
export function countAnnotationsByDocument(db: Db, { coderId }: { coderId: number }): Map<number, number> {
  const rows = db
    .select({ documentId: annotations.documentId, count: sql<number>`count(*)` })
    .from(annotations)
    .where(eq(annotations.coderId, coderId))
    .groupBy(annotations.documentId)
    .all();
  return new Map(rows.map((row) => [row.documentId, row.count]));
}

export type NewAnnotation = { code: number | string; start: number; end: number; quote?: string; memo: string };
export type AnnotationChanges = Partial<NewAnnotation>;

/**
 * Adds an annotation to the coder's layer of a document, checking the span against the stored text, and moves the
 * assignment from assigned to in progress on the first one. Refused while the coder's submission stands.
 */
export function createAnnotation(db: Db, { documentId, coderId, input }: { documentId: number; coderId: number; input: NewAnnotation }): Outcome<Annotation> {
  return db.transaction(
    (tx): Outcome<Annotation> => {
      const context = loadWritableContext(tx, { documentId, coderId });
      if (!context.ok) return context;
      const { document, assignment } = context.value;
      const code = findCodeOfProject(tx, { projectId: document.projectId, code: input.code });
      if (!code) return unknownCode(tx, document.projectId, input.code);
      if (code.isGroup) return groupCode(code);
      const span = checkSpan(document.text, input);
      if (!span.ok) return refused("bad_request", span.error);
      const values = { documentId, coderId, codeId: code.id, start: input.start, end: input.end, quote: span.quote, memo: input.memo };
      const duplicate = findDuplicate(tx, values);
      if (duplicate) return duplicate;

      const annotation = tx.insert(annotations).values(values).returning().get();
      recordAudit(tx, { actorId: coderId, projectId: document.projectId, entity: "annotation", entityId: annotation.id, action: "create", after: annotation });
      if (assignment.status === "assigned") updateAssignmentStatus(tx, { assignment, status: "in_progress", projectId: document.projectId, actorId: coderId });
      return { ok: true, value: annotation };
    },
    { behavior: "immediate" },
  );
}

/** Changes the code, span or memo of one of the coder's own annotations; another coder's answers as not found. */
export function updateAnnotation(db: Db, { id, coderId, changes }: { id: number; coderId: number; changes: AnnotationChanges }): Outcome<Annotation> {
  return db.transaction(
    (tx): Outcome<Annotation> => {
      const before = getAnnotationById(tx, { id });
      if (!before || before.coderId !== coderId) return refused("not_found", "No such annotation.");
      const context = loadWritableContext(tx, { documentId: before.documentId, coderId });
      if (!context.ok) return context;
      const { document } = context.value;
      let codeId = before.codeId;
      if (changes.code !== undefined) {
        const code = findCodeOfProject(tx, { projectId: document.projectId, code: changes.code });
        if (!code) return unknownCode(tx, document.projectId, changes.code);
        if (code.isGroup) return groupCode(code);
        codeId = code.id;
      }
      const start = changes.start ?? before.start;
      const end = changes.end ?? before.end;
      const span = checkSpan(document.text, { start, end, quote: changes.quote });
      if (!span.ok) return refused("bad_request", span.error);
      const values = { documentId: before.documentId, coderId, codeId, start, end, quote: span.quote, memo: changes.memo ?? before.memo };
      const duplicate = findDuplicate(tx, values, id);
      if (duplicate) return duplicate;

      const after = tx
        .update(annotations)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(annotations.id, id))
        .returning()
        .get();
      recordAudit(tx, { actorId: coderId, projectId: document.projectId, entity: "annotation", entityId: id, action: "update", before, after });
      return { ok: true, value: after };
    },
    { behavior: "immediate" },
  );
}

/** Deletes one of the coder's own annotations; another coder's answers as not found. */
export function deleteAnnotation(db: Db, { id, coderId }: { id: number; coderId: number }): Outcome<Annotation> {
  return db.transaction(
    (tx): Outcome<Annotation> => {
      const before = getAnnotationById(tx, { id });
      if (!before || before.coderId !== coderId) return refused("not_found", "No such annotation.");
      const context = loadWritableContext(tx, { documentId: before.documentId, coderId });
      if (!context.ok) return context;
      tx.delete(annotations).where(eq(annotations.id, id)).run();
      recordAudit(tx, { actorId: coderId, projectId: context.value.document.projectId, entity: "annotation", entityId: id, action: "delete", before });
      return { ok: true, value: before };
    },
    { behavior: "immediate" },
  );
}

/** The document and the coder's assignment, read inside the write's transaction; refused once submitted. */
function loadWritableContext(tx: Tx, { documentId, coderId }: { documentId: number; coderId: number }) {
  const document = getDocumentById(tx, { id: documentId });
  const assignment = document && getAssignment(tx, { documentId, coderId });
  if (!document || !assignment) return refused("not_found", "No such document.");
  if (assignment.status === "submitted") return refused("conflict", submittedMessage(getProjectById(tx, { id: document.projectId }) ?? { roundLocked: false }));
  return { ok: true, value: { document, assignment } } as const;
}

function unknownCode(tx: Tx, projectId: number, code: number | string) {
  const known = getCodesByProject(tx, { projectId }).map((row: Code) => `${row.id} "${row.name}"`);
  return refused("bad_request", `Unknown code ${JSON.stringify(code)}; this project's codes are ${known.join(", ")}.`);
}

/** Coding the same passage twice with the same code (a double key press) adds nothing: refuse it plainly. */
function findDuplicate(tx: Tx, values: { documentId: number; coderId: number; codeId: number; start: number; end: number }, exceptId?: number) {
  const existing = tx
    .select({ id: annotations.id })
    .from(annotations)
    .where(
      and(
        eq(annotations.documentId, values.documentId),
        eq(annotations.coderId, values.coderId),
        eq(annotations.start, values.start),
        eq(annotations.end, values.end),
        eq(annotations.codeId, values.codeId),
        exceptId === undefined ? undefined : ne(annotations.id, exceptId),
      ),
    )
    .get();
  return existing ? refused("conflict", `This passage already carries this code (annotation ${existing.id}).`) : undefined;
}
