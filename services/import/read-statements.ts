import { checkImportLimits, type ImportLimits } from "@/lib/import/check-import-limits";
import { importFile } from "@/lib/import/import-file";
import { parseStatementCsv } from "@/lib/import/parse-statement-csv";
import type { ColumnMappingOverride } from "@/lib/import/suggest-column-mapping";
import type { StatementToStore } from "@/db/import/store-statements";

export type ReadResult = { ok: true; statements: StatementToStore[]; warnings: string[] } | { ok: false; error: string };

const MAX_ROW_ERRORS_SHOWN = 10;

/**
 * Reads the statements of one uploaded file: a CSV gives one statement per row (refused whole when any row is wrong,
 * so nothing of it is half-imported); .txt, .md, .docx and .pdf give one statement each. The file size is checked
 * first; the other limits (characters, PDF pages, a .docx's expanded size) as the file is read.
 */
export async function readStatements({ name, bytes, csvMapping, limits }: {
  name: string;
  bytes: Uint8Array;
  csvMapping?: ColumnMappingOverride;
  limits?: Partial<ImportLimits>;
}): Promise<ReadResult> {
  const sizeCheck = checkImportLimits([{ name, byteLength: bytes.byteLength }], limits);
  if (!sizeCheck.ok) return sizeCheck;

  if (name.toLowerCase().endsWith(".csv")) {
    const parsed = parseStatementCsv(bytes, { mapping: csvMapping, limits });
    if (!parsed.ok) return { ok: false, error: parsed.error };
    if (parsed.errors.length > 0) {
      const shown = parsed.errors.slice(0, MAX_ROW_ERRORS_SHOWN).map((error) => `row ${error.rowNumber}${error.column ? ` (${error.column})` : ""}: ${error.message}`);
      const more = parsed.errors.length > MAX_ROW_ERRORS_SHOWN ? ` … and ${parsed.errors.length - MAX_ROW_ERRORS_SHOWN} more` : "";
      return { ok: false, error: `${parsed.errors.length} rows cannot be imported, so nothing of this file was: ${shown.join("; ")}${more}` };
    }
    const statements = parsed.statements.map(({ title, text, language, direction, contentHash, speakerAlias, statementDate, source, url }) => {
      const speaker = speakerAlias ? parsed.speakers.get(speakerAlias) : undefined;
      return {
        title,
        text,
        language,
        direction,
        contentHash,
        speaker: speaker
          ? { alias: speaker.alias, country: speaker.country, region: speaker.region, gender: speaker.gender, defectionDate: speaker.defectionDate }
          : null,
        statementDate,
        sourceName: source,
        sourceUrl: url,
      };
    });
    return { ok: true, statements, warnings: [] };
  }

  const result = await importFile({ name, bytes, limits });
  if (!result.ok) return result;
  return { ok: true, statements: [{ ...result.statement, speaker: null, statementDate: null, sourceName: name, sourceUrl: null }], warnings: [] };
}
