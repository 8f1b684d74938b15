import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from "./check-import-limits";
import { decodeTextFile } from "./decode-text-file";
import { extractDocx } from "./extract-docx";
import { extractPdf } from "./extract-pdf";
import { normaliseText } from "./normalise-text";
import { prepareStatement } from "./prepare-statement";
import type { ImportedStatement, TextResult } from "./types";

export type ImportFileResult = { ok: true; statement: ImportedStatement } | { ok: false; error: string };

type Extractor = (bytes: Uint8Array, limits: ImportLimits) => TextResult | Promise<TextResult>;

const decodeText: Extractor = (bytes, limits) => decodeTextFile(bytes, { maxCharacters: limits.maxTotalCharacters });

const EXTRACTORS = new Map<string, Extractor>([
  ["txt", decodeText],
  ["md", decodeText],
  ["docx", extractDocx],
  ["pdf", extractPdf],
]);

function refusalFor(extension: string): string {
  if (extension === "csv") return "CSV files hold one statement per row: import them with the CSV import.";
  if (extension === "doc") return "Old Word documents (.doc) cannot be read. Open it in Word and save it as .docx.";
  return (
    "Only .txt, .md, .docx and .pdf files can be imported (and .csv through the CSV import). " +
    "Save it in one of these formats."
  );
}

/**
 * Imports one statement file, chosen by its extension (case ignored): .txt and .md (UTF-8 or UTF-16 text), .docx and
 * .pdf (text layer only). The title is the file name without folders and extension (not a .docx's first heading:
 * the researcher named the file, and headings are often "Interview" or "Transcript"). Errors start with the file name.
 * The extractors apply `limits` (characters, PDF pages, a .docx's expanded size) while they read, not after.
 */
export async function importFile({ name, bytes, limits }: {
  name: string;
  bytes: Uint8Array;
  limits?: Partial<ImportLimits>;
}): Promise<ImportFileResult> {
  const baseName = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const dot = baseName.lastIndexOf(".");
  const extension = dot > 0 ? baseName.slice(dot + 1).toLowerCase() : "";
  const extract = EXTRACTORS.get(extension);
  if (!extract) return { ok: false, error: `${name}: ${refusalFor(extension)}` };
  const extracted = await extract(bytes, { ...DEFAULT_IMPORT_LIMITS, ...limits });
  if (!extracted.ok) return { ok: false, error: `${name}: ${extracted.error}` };
  const text = normaliseText(extracted.text);
  if (text.trim() === "") return { ok: false, error: `${name}: The file contains no text.` };
  return { ok: true, statement: prepareStatement(baseName.slice(0, dot).trim() || baseName, text) };
}
