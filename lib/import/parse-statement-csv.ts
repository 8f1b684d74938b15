import Papa from "papaparse";
import { addSpeakerRow, type CsvSpeaker, type SpeakerTally } from "./add-speaker-row";
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from "./check-import-limits";
import { contentHash } from "./content-hash";
import { decodeTextFile } from "./decode-text-file";
import { describeLimitRefusal } from "./describe-limit-refusal";
import { detectDirection } from "./detect-direction";
import { guessLanguage } from "./guess-language";
import { normaliseText } from "./normalise-text";
import { parseCsvRows } from "./parse-csv-rows";
import { readStatementRow, type CsvRowError } from "./read-statement-row";
import { resolveColumnMapping } from "./resolve-column-mapping";
import type { ColumnMapping, ColumnMappingOverride, StatementCsvField } from "./suggest-column-mapping";
import type { ImportedStatement } from "./types";

export type { CsvRowError } from "./read-statement-row";
export type { CsvSpeaker } from "./add-speaker-row";

/** What the researcher checks before importing: the header, the first rows as written, and the mapping used. */
export type StatementCsvPreview = { headers: string[]; rows: string[][]; mapping: ColumnMapping };

/** A statement from one CSV row. Dates are ISO: YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known. */
export type CsvStatement = ImportedStatement & {
  /** The row it came from, the header being row 1. */
  rowNumber: number;
  /** Key into `speakers`; null when the row names no speaker. */
  speakerAlias: string | null;
  statementDate: string | null;
  source: string | null;
  url: string | null;
};

export type ParseStatementCsvOptions = {
  /** The researcher's choices over the suggested mapping: header -> field, or null to ignore a column. */
  mapping?: ColumnMappingOverride;
  /** How many data rows the preview shows; 5 unless told. */
  previewRows?: number;
  /** Only `maxTotalCharacters` applies here: to the text column, counted as the rows are read. */
  limits?: Partial<ImportLimits>;
};

export type ParseStatementCsvResult =
  | {
      ok: true;
      preview: StatementCsvPreview;
      /** Statements of the rows without errors, in file order. */
      statements: CsvStatement[];
      /** Speakers keyed by alias, in order of first appearance; rows with the same alias are one speaker. */
      speakers: Map<string, CsvSpeaker>;
      /** Problems of the rows left out of `statements`, in file order. */
      errors: CsvRowError[];
    }
  | { ok: false; error: string; preview?: StatementCsvPreview };

const SPEAKER_FIELDS: readonly StatementCsvField[] = ["country", "region", "gender", "defection_date"];
const FIELD_OF_FACT = {
  country: "country",
  region: "region",
  gender: "gender",
  defectionDate: "defection_date",
} as const;
const QUOTES_PROBLEM =
  "the quotes in this row do not balance (a cell opens a quote it does not close, or a quote inside a quoted cell " +
  "is not doubled), so its cells cannot be told apart. Check the quotes in this row.";

/**
 * Reads a CSV of statements, one per row: a header row, then rows with the text and facts in mapped columns (see
 * `suggestColumnMapping`). The delimiter (comma, semicolon, tab or bar) is detected; the encoding is UTF-8 or UTF-16
 * with a byte order mark, as for text files. Blank rows are skipped. A row with any problem is left out and its
 * problems listed, so the researcher can fix the file and import again; the other rows are imported.
 *
 * Cells are trimmed. Dates become ISO 8601, partial ones kept partial (see `normaliseDate`). A row without a title is
 * titled "<alias>, row <n>" or "Row <n>"; without a language, the language is guessed from the script as for files.
 * A file whose text column holds more than `limits.maxTotalCharacters` characters is refused whole, reading stopping
 * at the row that passes the limit.
 */
export function parseStatementCsv(bytes: Uint8Array, options: ParseStatementCsvOptions = {}): ParseStatementCsvResult {
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return decoded;
  // The delimiter is guessed on the first non-blank lines: blank ones would make papaparse's guess fail, and skipping
  // them in the full parse would shift the row numbers that errors report.
  const { delimiter } = Papa.parse<string[]>(decoded.text, { preview: 20, skipEmptyLines: "greedy" }).meta;
  const { maxTotalCharacters } = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  const parsed = parseCsvRows(decoded.text, {
    delimiter,
    countedColumn: (header) => textColumnOf(header, options.mapping),
    maxCharacters: maxTotalCharacters,
  });
  if (!parsed.ok) {
    const where = `the text column (the count passes the limit at row ${parsed.rowNumber.toLocaleString("en")})`;
    return { ok: false, error: describeLimitRefusal({ limit: "maxTotalCharacters", max: maxTotalCharacters, where, what: "the file" }) };
  }
  const [headerCells, ...rows] = parsed.rows;
  const headers = (headerCells ?? []).map((header) => header.trim());
  if (headers.every((header) => header === "")) return { ok: false, error: "The CSV file is empty." };

  const resolved = resolveColumnMapping(headers, options.mapping);
  if (!resolved.ok) return resolved;
  const { mapping, fieldByColumn } = resolved.value;
  const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === "");
  const preview: StatementCsvPreview = {
    headers,
    rows: rows.filter((cells) => !isBlank(cells)).slice(0, options.previewRows ?? 5),
    mapping,
  };
  const mappingError = checkMappingFields(headers, fieldByColumn);
  if (mappingError !== null) return { ok: false, error: mappingError, preview };
  if (preview.rows.length === 0) {
    return { ok: false, error: "The CSV file has a header row but no rows of statements." };
  }

  const { unbalancedRows } = parsed;
  const columnOf = (fact: keyof typeof FIELD_OF_FACT) => headers[fieldByColumn.indexOf(FIELD_OF_FACT[fact])] ?? "";
  const tally: SpeakerTally = new Map();
  const statements: CsvStatement[] = [];
  const errors: CsvRowError[] = [];
  for (const [index, cells] of rows.entries()) {
    const rowNumber = index + 2;
    if (unbalancedRows.has(index + 1)) {
      errors.push({ rowNumber, column: null, message: `Row ${rowNumber}: ${QUOTES_PROBLEM}` });
      continue;
    }
    if (isBlank(cells)) continue;
    const read = readStatementRow(cells, rowNumber, headers, fieldByColumn);
    if (!read.ok) {
      errors.push(...read.errors);
      continue;
    }
    const { row } = read;
    const { alias } = row;
    if (alias !== null) {
      const speakerErrors = addSpeakerRow(tally, { ...row, alias }, columnOf);
      if (speakerErrors.length > 0) {
        errors.push(...speakerErrors);
        continue;
      }
    }
    const text = normaliseText(row.text);
    statements.push({
      rowNumber,
      title: row.title ?? (alias === null ? `Row ${rowNumber}` : `${alias}, row ${rowNumber}`),
      text,
      language: row.language ?? guessLanguage(text),
      direction: detectDirection(text),
      contentHash: contentHash(text),
      speakerAlias: alias,
      statementDate: row.statementDate,
      source: row.source,
      url: row.url,
    });
  }
  const speakers = new Map([...tally].map(([alias, { speaker }]) => [alias, speaker]));
  return { ok: true, preview, statements, speakers, errors };
}

/** The index of the column the mapping gives the statement text, or -1 when there is none (yet). */
function textColumnOf(headerCells: string[], override: ColumnMappingOverride | undefined): number {
  const resolved = resolveColumnMapping(headerCells.map((header) => header.trim()), override);
  return resolved.ok ? resolved.value.fieldByColumn.indexOf("text") : -1;
}

/** Why the mapping cannot import statements (no text column; speaker facts with no alias column), or null. */
function checkMappingFields(headers: string[], fieldByColumn: (StatementCsvField | null)[]): string | null {
  if (!fieldByColumn.includes("text")) {
    return 'No column holds the statement text. Name that column "text", or choose it in the column mapping.';
  }
  if (fieldByColumn.includes("alias")) return null;
  const factColumns = headers.filter((_, index) => {
    const field = fieldByColumn[index];
    return field != null && SPEAKER_FIELDS.includes(field);
  });
  if (factColumns.length === 0) return null;
  return (
    `The columns ${factColumns.map((header) => `"${header}"`).join(", ")} hold facts about the speaker, but no ` +
    "column holds the speaker's alias, which tells whose facts they are. Map a column to alias, or ignore these columns."
  );
}
