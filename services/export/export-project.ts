import { asc, eq } from "drizzle-orm";
import { annotationJsonLines } from "@/lib/export/annotation-json-lines";
import { documentCodeMatrixLines } from "@/lib/export/document-code-matrix-lines";
import { segmentCsvLines } from "@/lib/export/segment-csv-lines";
import { toWebAnnotationCollection } from "@/lib/export/to-web-annotation-collection";
import { writeQdc } from "@/lib/refi-qda/write-qdc";
import { writeQdpx } from "@/lib/refi-qda/write-qdpx";
import type { Db } from "@/db/client";
import { getSetsByProject } from "@/db/queries/sets";
import { assignments, codes, documents, users } from "@/db/schema";
import { type ExportFilter, type ExportLayer, loadExportData } from "@/db/export/load-export-data";
import { loadRefiProject } from "@/db/export/load-refi-project";

export const EXPORT_FORMATS = ["csv", "matrix", "json", "jsonl", "qdpx", "qdc", "w3c"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportFile = { filename: string; contentType: string; chunks: Iterable<string | Uint8Array> };

export type ExportResult = { ok: true; file: ExportFile } | { ok: false; error: string };

const safeName = (name: string) => name.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^-|-$/g, "") || "project";

/**
 * One export of a project in one format, as chunks to stream to a response or a file. Fails only for REFI-QDA when
 * the data cannot make a schema-valid file (the error names what).
 */
export function exportProject(
  db: Db,
  options: { projectId: number; format: ExportFormat; layer: ExportLayer; filter?: ExportFilter },
): ExportResult {
  const { format } = options;
  if (format === "qdpx" || format === "qdc") return exportRefiQda(db, { ...options, format });
  return { ok: true, file: exportText(db, { ...options, format }) };
}

function exportRefiQda(
  db: Db,
  { projectId, format, layer, filter }: { projectId: number; format: "qdpx" | "qdc"; layer: ExportLayer; filter?: ExportFilter },
): ExportResult {
  const project = loadRefiProject(db, { projectId, layer, filter });
  const name = `${safeName(project.name)}${format === "qdpx" ? `-${layer}` : "-codebook"}.${format}`;
  if (format === "qdpx") {
    const written = writeQdpx(project);
    if (!written.ok) return { ok: false, error: written.error.message };
    return { ok: true, file: { filename: name, contentType: "application/zip", chunks: written.value } };
  }
  // A .qdc holds only codes, so only sets with codes among their members have a place in it.
  const codeSets = project.sets.filter((set) => set.codeGuids.length > 0).map(({ guid, name, description, codeGuids }) => ({ guid, name, description, codeGuids }));
  const written = writeQdc({ codes: project.codes, sets: codeSets });
  if (!written.ok) return { ok: false, error: written.error.message };
  return { ok: true, file: { filename: name, contentType: "application/xml; charset=utf-8", chunks: [written.value] } };
}

function exportText(
  db: Db,
  { projectId, format, layer, filter }: { projectId: number; format: Exclude<ExportFormat, "qdpx" | "qdc">; layer: ExportLayer; filter?: ExportFilter },
): ExportFile {
  const data = loadExportData(db, { projectId, layer, filter });
  const base = `${safeName(data.project.name)}-${layer}`;
  switch (format) {
    case "csv":
      return { filename: `${base}-segments.csv`, contentType: "text/csv; charset=utf-8", chunks: segmentCsvLines(data) };
    case "matrix":
      return { filename: `${base}-matrix.csv`, contentType: "text/csv; charset=utf-8", chunks: documentCodeMatrixLines(data) };
    case "jsonl":
      return { filename: `${base}-annotations.jsonl`, contentType: "application/x-ndjson; charset=utf-8", chunks: annotationJsonLines(data) };
    case "w3c":
      return {
        filename: `${base}-web-annotations.jsonld`,
        contentType: "application/ld+json; charset=utf-8",
        chunks: [JSON.stringify(toWebAnnotationCollection(data), null, 1)],
      };
    case "json": {
      const consensus = layer === "consensus" ? data.annotations : loadExportData(db, { projectId, layer: "consensus", filter }).annotations;
      const coders = layer === "coders" ? data.annotations : loadExportData(db, { projectId, layer: "coders", filter }).annotations;
      const codebook = db.select().from(codes).where(eq(codes.projectId, projectId)).orderBy(asc(codes.position)).all();
      const exported = new Set(data.documents.map((document) => Number(document.id)));
      const assignmentRows = db
        .select({ documentId: assignments.documentId, coder: users.login, status: assignments.status, updatedAt: assignments.updatedAt })
        .from(assignments)
        .innerJoin(users, eq(users.id, assignments.coderId))
        .innerJoin(documents, eq(documents.id, assignments.documentId))
        .where(eq(documents.projectId, projectId))
        .all()
        .filter((row) => exported.has(row.documentId));
      const sets = getSetsByProject(db, { projectId }).map(({ id, name, description, guid, codeIds, documentIds }) => ({
        id,
        name,
        description,
        guid,
        codeIds,
        documentIds: documentIds.filter((documentId) => exported.has(documentId)).map(String),
      }));
      return {
        filename: `${safeName(data.project.name)}.json`,
        contentType: "application/json; charset=utf-8",
        chunks: jsonObjectChunks({
          project: { name: data.project.name, exportedAt: new Date().toISOString(), offsets: "Unicode code points, zero-based, end exclusive" },
          codebook,
          documents: data.documents,
          assignments: assignmentRows,
          sets,
          annotations: coders,
          consensus,
        }),
      };
    }
  }
}

/** A JSON object written member by member, arrays element by element, so large arrays are never one string. */
function* jsonObjectChunks(object: Record<string, unknown>): Generator<string> {
  const keys = Object.keys(object);
  yield "{";
  for (const [index, key] of keys.entries()) {
    const value = object[key];
    yield `${index > 0 ? "," : ""}${JSON.stringify(key)}:`;
    if (Array.isArray(value)) {
      yield "[";
      for (const [itemIndex, item] of value.entries()) yield `${itemIndex > 0 ? ",\n" : "\n"}${JSON.stringify(item)}`;
      yield "]";
    } else {
      yield JSON.stringify(value);
    }
  }
  yield "}\n";
}
