import type { ExportCode, ExportData, ExportDocument } from "./types";

export type ExportLookups = {
  documentOf: (documentId: string) => ExportDocument;
  codeOf: (codeId: string) => ExportCode;
};

/**
 * Lookups of documents and codes by id. An annotation that names a document or code missing from the export data
 * is a bug in whoever gathered the data (the database's foreign keys rule it out), so the lookup throws.
 */
export function indexExportData({ project, documents }: Pick<ExportData, "project" | "documents">): ExportLookups {
  const documentsById = new Map(documents.map((document) => [document.id, document]));
  const codesById = new Map(project.codes.map((code) => [code.id, code]));
  return {
    documentOf(documentId) {
      const document = documentsById.get(documentId);
      if (document === undefined) throw new Error(`export data has an annotation on unknown document ${documentId}`);
      return document;
    },
    codeOf(codeId) {
      const code = codesById.get(codeId);
      if (code === undefined) throw new Error(`export data has an annotation with unknown code ${codeId}`);
      return code;
    },
  };
}
