import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { ExportData } from "@/lib/export/types";
import type { Db } from "../client";
import { annotations, assignments, type AssignmentStatus, codes, consensusAnnotations, documents, projects, speakers, users } from "../schema";
import { isDocumentVisible } from "../queries/visible-documents";

export type ExportLayer = "coders" | "consensus";

/** Which documents to export: all of the project, or those matching every given speaker fact and assignment status. */
export type ExportFilter = { region?: string; country?: string; gender?: string; status?: AssignmentStatus };

export const iso = (milliseconds: number) => new Date(milliseconds).toISOString();

/** An annotation row as `.values()` gives it: the selected columns in the order selected. */
type LayerRow = [id: number, documentId: number, codeId: number, start: number, end: number, quote: string, memo: string | null, createdAt: number, updatedAt: number, coder: string];

/**
 * Reads what an export needs: the codebook, the chosen documents with their speakers, and the annotations of the chosen
 * layer (every coder's submitted annotations, or the consensus layer with "consensus" as its coder).
 */
export function loadExportData(db: Db, options: { projectId: number; layer: ExportLayer; filter?: ExportFilter }): ExportData {
  const { project, codebook, rows, layerRows } = readExportRows(db, options);
  return {
    project: { name: project.name, codes: codebook.map((code) => ({ id: String(code.id), name: code.name, label: code.label, color: code.color })) },
    documents: rows.map(({ document, speaker }) => ({
      id: String(document.id),
      title: document.title,
      speaker: speaker && { alias: speaker.alias, country: speaker.country, region: speaker.region, gender: speaker.gender, defectionDate: speaker.defectionDate },
      statementDate: document.statementDate,
      source: document.sourceName,
      url: document.sourceUrl,
      language: document.language,
      text: document.text,
    })),
    annotations: layerRows.map(([id, documentId, codeId, start, end, quote, memo, createdAt, updatedAt, coder]) => ({
      id: String(id),
      documentId: String(documentId),
      coder,
      codeId: String(codeId),
      start,
      end,
      quote,
      memo: memo || null,
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    })),
  };
}

/** The rows an export reads, as the database gives them: for callers that shape 100,000 annotations their own way. */
export function readExportRows(db: Db, { projectId, layer, filter = {} }: { projectId: number; layer: ExportLayer; filter?: ExportFilter }) {
  const project = db.select().from(projects).where(eq(projects.id, projectId)).get();
  if (!project) throw new Error(`no project ${projectId}`);
  const codebook = db.select().from(codes).where(eq(codes.projectId, projectId)).orderBy(asc(codes.position)).all();

  const conditions: SQL[] = [eq(documents.projectId, projectId), isDocumentVisible];
  if (filter.region) conditions.push(eq(speakers.region, filter.region));
  if (filter.country) conditions.push(eq(speakers.country, filter.country));
  if (filter.gender) conditions.push(eq(speakers.gender, filter.gender));
  if (filter.status) {
    const withStatus = db.select({ id: assignments.documentId }).from(assignments).where(eq(assignments.status, filter.status));
    conditions.push(inArray(documents.id, withStatus));
  }
  const rows = db
    .select({ document: documents, speaker: speakers })
    .from(documents)
    .leftJoin(speakers, eq(speakers.id, documents.speakerId))
    .where(and(...conditions))
    .orderBy(asc(documents.id))
    .all();
  // A subquery rather than a list of ids: a large corpus would exceed SQLite's limit on bound parameters.
  const documentIds = db.select({ id: documents.id }).from(documents).leftJoin(speakers, eq(speakers.id, documents.speakerId)).where(and(...conditions));

  // Rows as arrays of plain columns, timestamps as stored (milliseconds): mapping 100,000 rows into objects through
  // Date values would take longer than reading them.
  const columns = <T extends typeof annotations | typeof consensusAnnotations>(table: T) => ({
    id: table.id,
    documentId: table.documentId,
    codeId: table.codeId,
    start: table.start,
    end: table.end,
    quote: table.quote,
    memo: table.memo,
    createdAt: sql<number>`${table.createdAt}`,
    updatedAt: sql<number>`${table.updatedAt}`,
  });
  const layerRows = (
    layer === "consensus"
      ? db
          .select({ ...columns(consensusAnnotations), coder: sql<string>`'consensus'` })
          .from(consensusAnnotations)
          .where(inArray(consensusAnnotations.documentId, documentIds))
          .orderBy(asc(consensusAnnotations.documentId), asc(consensusAnnotations.start))
          .values()
      : db
          .select({ ...columns(annotations), coder: users.login })
          .from(annotations)
          .innerJoin(users, eq(users.id, annotations.coderId))
          // Submitted work only: what a coder has not submitted stays theirs, as the API keeps it (blind coding).
          .innerJoin(
            assignments,
            and(eq(assignments.documentId, annotations.documentId), eq(assignments.coderId, annotations.coderId), eq(assignments.status, "submitted")),
          )
          .where(inArray(annotations.documentId, documentIds))
          .orderBy(asc(annotations.documentId), asc(users.login), asc(annotations.start))
          .values()
  ) as LayerRow[];

  return { project, codebook, rows, layerRows };
}
