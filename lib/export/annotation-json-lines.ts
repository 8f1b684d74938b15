import { indexExportData } from "./index-export-data";
import type { ExportData } from "./types";

/**
 * The annotations as JSON Lines (https://jsonlines.org), one object per line in the order given, each ending in "\n":
 * ids, the document's title and speaker, coder, code id and name, start and end in code points (zero-based, end
 * exclusive, as Python slices), the quote and memo exactly as stored, and ISO timestamps. Keys are snake_case for
 * pandas (read_json(lines=True)) and R (jsonlite::stream_in). No byte order mark: JSON must not start with one.
 */
export function* annotationJsonLines(data: ExportData): Generator<string> {
  const { documentOf, codeOf } = indexExportData(data);
  for (const annotation of data.annotations) {
    const document = documentOf(annotation.documentId);
    const code = codeOf(annotation.codeId);
    const speaker = document.speaker && {
      alias: document.speaker.alias,
      country: document.speaker.country,
      region: document.speaker.region,
      gender: document.speaker.gender,
      defection_date: document.speaker.defectionDate,
    };
    const line = {
      id: annotation.id,
      document_id: document.id,
      document_title: document.title,
      speaker,
      coder: annotation.coder,
      code_id: code.id,
      code: code.name,
      start: annotation.start,
      end: annotation.end,
      quote: annotation.quote,
      memo: annotation.memo,
      created: annotation.createdAt,
      updated: annotation.updatedAt,
    };
    yield `${JSON.stringify(line)}\n`;
  }
}
