import { normaliseDate } from "./normalise-date";
import type { StatementCsvField } from "./suggest-column-mapping";

/** One CSV row's values by field, checked and normalised; null where the cell is blank or the column not mapped. */
export type StatementRow = {
  rowNumber: number;
  text: string;
  title: string | null;
  alias: string | null;
  country: string | null;
  region: string | null;
  gender: string | null;
  defectionDate: string | null;
  statementDate: string | null;
  source: string | null;
  url: string | null;
  language: string | null;
};

/** A problem with one row. `rowNumber` counts as a spreadsheet does: the header is row 1. */
export type CsvRowError = { rowNumber: number; column: string | null; message: string };

const SPEAKER_FACTS = ["country", "region", "gender", "defection_date"] as const;
const DATE_FORMATS = "Write it as YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known.";

/** The tag in canonical case ("en-GB"), or null if it is not a BCP 47 tag with a two- or three-letter language. */
function canonicalLanguageTag(value: string): string | null {
  if (!/^[a-z]{2,3}(?:-|$)/i.test(value)) return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

function isWebAddress(value: string): boolean {
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
}

/** Reads one data row, given each column's header and field. Returns the row or every problem found in it. */
export function readStatementRow(
  cells: readonly string[],
  rowNumber: number,
  headers: readonly string[],
  fieldByColumn: readonly (StatementCsvField | null)[],
): { ok: true; row: StatementRow } | { ok: false; errors: CsvRowError[] } {
  const errors: CsvRowError[] = [];
  const fail = (column: string | null, problem: string) => {
    const where = column === null ? `Row ${rowNumber}` : `Row ${rowNumber}, column "${column}"`;
    errors.push({ rowNumber, column, message: `${where}: ${problem}` });
  };

  const extraCells = cells.slice(headers.length).filter((cell) => cell.trim() !== "");
  if (extraCells.length > 0) {
    fail(
      null,
      `it has ${cells.length} cells but the header names ${headers.length} columns. ` +
        "A delimiter or quote is probably out of place.",
    );
  }
  const values = new Map<StatementCsvField, { header: string; value: string }>();
  for (const [index, field] of fieldByColumn.entries()) {
    const value = cells[index]?.trim() ?? "";
    if (field !== null && value !== "") values.set(field, { header: headers[index] ?? "", value });
  }
  const text = values.get("text")?.value ?? "";
  if (text === "") fail(headers[fieldByColumn.indexOf("text")] ?? null, "the statement text is empty.");

  const date = (field: "defection_date" | "statement_date") => {
    const cell = values.get(field);
    if (cell === undefined) return null;
    const iso = normaliseDate(cell.value);
    if (iso === null) fail(cell.header, `"${cell.value}" is not a date. ${DATE_FORMATS}`);
    return iso;
  };
  const defectionDate = date("defection_date");
  const statementDate = date("statement_date");
  const url = values.get("url");
  if (url !== undefined && !isWebAddress(url.value)) {
    fail(url.header, `"${url.value}" is not a web address. Write it in full, starting with https:// or http://.`);
  }
  const languageCell = values.get("language");
  const language = languageCell === undefined ? null : canonicalLanguageTag(languageCell.value);
  if (languageCell !== undefined && language === null) {
    fail(languageCell.header, `"${languageCell.value}" is not a language code. Write a code such as ar, en or fr.`);
  }
  const alias = values.get("alias")?.value.replace(/\s+/g, " ") ?? null;
  const speakerFacts = SPEAKER_FACTS.flatMap((field) => values.get(field)?.header ?? []);
  if (alias === null && speakerFacts.length > 0) {
    fail(
      headers[fieldByColumn.indexOf("alias")] ?? null,
      `the row gives facts about the speaker (${speakerFacts.map((header) => `"${header}"`).join(", ")}) ` +
        "but no alias. Add the alias, so the facts belong to a speaker.",
    );
  }
  const row: StatementRow = {
    rowNumber,
    text,
    title: values.get("title")?.value ?? null,
    alias,
    country: values.get("country")?.value ?? null,
    region: values.get("region")?.value ?? null,
    gender: values.get("gender")?.value ?? null,
    defectionDate,
    statementDate,
    source: values.get("source")?.value ?? null,
    url: url?.value ?? null,
    language,
  };
  return errors.length === 0 ? { ok: true, row } : { ok: false, errors };
}
