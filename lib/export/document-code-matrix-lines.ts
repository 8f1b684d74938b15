import { indexExportData } from "./index-export-data";
import { SPEAKER_COLUMNS, speakerCells } from "./speaker-columns";
import { toCsvLine } from "./to-csv-line";
import type { ExportData } from "./types";

/**
 * A document-by-code matrix as CSV: one row per document and coder, with the speaker's facts and one column per code
 * (headed by the code's name, in codebook order) holding 1 if that coder applied the code anywhere in the document,
 * else 0. Only pairs where the coder made at least one annotation in the document get a row: a coder who never coded
 * a document has no zeros to give, which would read as "coded, and none of the codes applied". Documents come in the
 * order given, coders sorted by login within a document. Lines end in CRLF; the first starts with a UTF-8 byte
 * order mark. Generated a line at a time; only the set of codes per document and coder is held in memory.
 */
export function* documentCodeMatrixLines(data: ExportData): Generator<string> {
  const { documentOf, codeOf } = indexExportData(data);
  const codesByDocumentAndCoder = new Map<string, Map<string, Set<string>>>();
  for (const annotation of data.annotations) {
    const code = codeOf(annotation.codeId);
    const document = documentOf(annotation.documentId);
    const byCoder = codesByDocumentAndCoder.get(document.id) ?? new Map<string, Set<string>>();
    codesByDocumentAndCoder.set(document.id, byCoder);
    const codes = byCoder.get(annotation.coder) ?? new Set<string>();
    byCoder.set(annotation.coder, codes);
    codes.add(code.id);
  }
  const { codes } = data.project;
  const header = ["document_id", "document_title", ...SPEAKER_COLUMNS, "coder", ...codes.map((code) => code.name)];
  yield `\uFEFF${toCsvLine(header)}`;
  for (const document of data.documents) {
    const byCoder = codesByDocumentAndCoder.get(document.id);
    if (byCoder === undefined) continue;
    // Sorted by UTF-16 code units rather than by locale, so the same data gives the same file on every machine.
    for (const [coder, applied] of [...byCoder].sort(([a], [b]) => (a < b ? -1 : 1))) {
      yield toCsvLine([
        document.id,
        document.title,
        ...speakerCells(document.speaker),
        coder,
        ...codes.map((code) => (applied.has(code.id) ? 1 : 0)),
      ]);
    }
  }
}
