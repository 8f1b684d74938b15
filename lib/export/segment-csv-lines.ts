import { indexExportData } from "./index-export-data";
import { SPEAKER_COLUMNS, speakerCells } from "./speaker-columns";
import { toCsvLine } from "./to-csv-line";
import type { ExportData } from "./types";

export const SEGMENT_CSV_COLUMNS = [
  "document_id",
  "document_title",
  ...SPEAKER_COLUMNS,
  "coder",
  "code",
  "start",
  "end",
  "quote",
  "memo",
  "created",
  "updated",
] as const;

/**
 * The coded segments as CSV, one row per annotation in the order given: the document, its speaker's facts, the coder,
 * the code's name, start and end in code points (zero-based, end exclusive: Python's text[start:end], R's
 * substr(text, start + 1, end)), the quote, the memo and the ISO timestamps. Lines end in CRLF; the first starts with
 * a byte order mark, so Excel reads the file as UTF-8 (encode the lines as UTF-8). Generated a line at a time, so a
 * large export streams to the response instead of being built in memory.
 */
export function* segmentCsvLines(data: ExportData): Generator<string> {
  const { documentOf, codeOf } = indexExportData(data);
  yield `\uFEFF${toCsvLine(SEGMENT_CSV_COLUMNS)}`;
  for (const annotation of data.annotations) {
    const document = documentOf(annotation.documentId);
    yield toCsvLine([
      document.id,
      document.title,
      ...speakerCells(document.speaker),
      annotation.coder,
      codeOf(annotation.codeId).name,
      annotation.start,
      annotation.end,
      annotation.quote,
      annotation.memo,
      annotation.createdAt,
      annotation.updatedAt,
    ]);
  }
}
