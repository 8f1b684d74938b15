import { z } from "zod";

/** What a CSV column can hold: the statement text, a fact about the speaker, or a fact about the statement. */
export const STATEMENT_CSV_FIELDS = [
  "text",
  "title",
  "alias",
  "country",
  "region",
  "gender",
  "defection_date",
  "statement_date",
  "source",
  "url",
  "language",
] as const;

export type StatementCsvField = (typeof STATEMENT_CSV_FIELDS)[number];

/** Header name -> field. Headers not named are ignored. */
export type ColumnMapping = Record<string, StatementCsvField>;

/** A mapping chosen by the researcher, header -> field, null to ignore a column the suggestion had mapped. */
export const columnMappingOverrideSchema = z.record(z.string(), z.enum(STATEMENT_CSV_FIELDS).nullable());
export type ColumnMappingOverride = z.infer<typeof columnMappingOverrideSchema>;

// Besides each field's own name, headers that spreadsheets of testimonies commonly use for it.
const HEADER_NAMES: Record<StatementCsvField, string[]> = {
  text: ["text", "statement", "transcript", "testimony"],
  title: ["title"],
  alias: ["alias", "speaker", "pseudonym"],
  country: ["country"],
  region: ["region", "province", "governorate"],
  gender: ["gender", "sex"],
  defection_date: ["defectiondate", "dateofdefection"],
  statement_date: ["statementdate", "date", "interviewdate"],
  source: ["source"],
  url: ["url", "link"],
  language: ["language", "lang"],
};

/** A header as compared with field names: case, spaces, underscores and other punctuation ignored. */
function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * Maps headers to fields by name, ignoring case, spaces and underscores: "Defection Date", "defection_date" and
 * "DefectionDate" all map to defection_date. Each field takes the first header that names it; other headers are left
 * out of the mapping (ignored).
 */
export function suggestColumnMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<StatementCsvField>();
  const entries: [string, StatementCsvField][] = [];
  for (const header of headers) {
    const key = headerKey(header);
    const field = STATEMENT_CSV_FIELDS.find((candidate) => HEADER_NAMES[candidate].includes(key));
    if (field === undefined || taken.has(field)) continue;
    taken.add(field);
    entries.push([header, field]);
  }
  return Object.fromEntries(entries);
}
