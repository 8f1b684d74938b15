import { and, asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { type CodeSet, codes, documents, setCodes, setDocuments, sets } from "../schema";
import { isDocumentVisible } from "./visible-documents";

export type CodeSetWithMembers = CodeSet & { codeIds: number[]; documentIds: number[] };

/** A project's sets in the order they were made, each with its codes (in codebook order) and documents (by id). */
export function getSetsByProject(db: Db | Tx, { projectId }: { projectId: number }): CodeSetWithMembers[] {
  const rows = db.select().from(sets).where(eq(sets.projectId, projectId)).orderBy(asc(sets.id)).all();
  const byId = new Map(rows.map((row) => [row.id, { ...row, codeIds: [] as number[], documentIds: [] as number[] }]));
  const codeMembers = db
    .select({ setId: setCodes.setId, codeId: setCodes.codeId })
    .from(setCodes)
    .innerJoin(sets, eq(sets.id, setCodes.setId))
    .innerJoin(codes, eq(codes.id, setCodes.codeId))
    .where(eq(sets.projectId, projectId))
    .orderBy(asc(codes.position), asc(codes.id))
    .all();
  for (const { setId, codeId } of codeMembers) byId.get(setId)!.codeIds.push(codeId);
  const documentMembers = db
    .select({ setId: setDocuments.setId, documentId: setDocuments.documentId })
    .from(setDocuments)
    .innerJoin(sets, eq(sets.id, setDocuments.setId))
    .innerJoin(documents, eq(documents.id, setDocuments.documentId))
    .where(and(eq(sets.projectId, projectId), isDocumentVisible))
    .orderBy(asc(documents.id))
    .all();
  for (const { setId, documentId } of documentMembers) byId.get(setId)!.documentIds.push(documentId);
  return [...byId.values()];
}
