import {
  suggestColumnMapping,
  type ColumnMapping,
  type ColumnMappingOverride,
  type StatementCsvField,
} from "./suggest-column-mapping";

export type ResolvedColumnMapping = {
  mapping: ColumnMapping;
  /** The field of each column by position, null for a column that is ignored. */
  fieldByColumn: (StatementCsvField | null)[];
};

/**
 * The suggested mapping with the researcher's override laid over it: an override entry maps its header to a field
 * (taking the field from any header the suggestion had given it) or, with null, ignores the column. Refused: headers
 * named twice (the mapping could not tell them apart), override headers the file lacks, one field from two headers.
 */
export function resolveColumnMapping(
  headers: readonly string[],
  override: ColumnMappingOverride = {},
): { ok: true; value: ResolvedColumnMapping } | { ok: false; error: string } {
  const seen = new Map<string, number>();
  for (const [index, header] of headers.entries()) {
    const earlier = seen.get(header);
    if (earlier !== undefined && header !== "") {
      return {
        ok: false,
        error: `The header names the column "${header}" twice (columns ${earlier + 1} and ${index + 1}). Rename one.`,
      };
    }
    seen.set(header, index);
  }
  const overridden = new Map(Object.entries(override));
  for (const header of overridden.keys()) {
    if (header === "" || !seen.has(header)) {
      return { ok: false, error: `The mapping names a column "${header}" that the file does not have.` };
    }
  }
  const fieldOf = new Map<string, StatementCsvField>();
  for (const [header, field] of overridden) {
    if (field === null) continue;
    const other = [...fieldOf].find(([, taken]) => taken === field)?.[0];
    if (other !== undefined) {
      return {
        ok: false,
        error:
          `The columns "${other}" and "${header}" are both mapped to ${field}. ` +
          "Map one of them to another field or ignore it.",
      };
    }
    fieldOf.set(header, field);
  }
  const overriddenFields = new Set(fieldOf.values());
  for (const [header, field] of Object.entries(suggestColumnMapping(headers))) {
    if (!overridden.has(header) && !overriddenFields.has(field)) fieldOf.set(header, field);
  }
  const fieldByColumn = headers.map((header) => fieldOf.get(header) ?? null);
  const mapping: ColumnMapping = Object.fromEntries(
    headers.flatMap((header, index) => {
      const field = fieldByColumn[index];
      return field == null ? [] : [[header, field]];
    }),
  );
  return { ok: true, value: { mapping, fieldByColumn } };
}
