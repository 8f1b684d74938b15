import { codePointLength } from "@/lib/offsets/code-points";
import { formatSize } from "./format-size";

export type ImportLimits = {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Most files accepted in one import. */
  maxFiles: number;
  /**
   * Most characters (code points) of text: in one file, counted as it is read so reading stops there; and, through
   * checkImportLimits, in all the files of one import together.
   */
  maxTotalCharacters: number;
  /** Most pages a PDF may have: pdf.js reads a page's text in about a millisecond but a 51 KB PDF can hold 20,000. */
  maxPdfPages: number;
  /** Most bytes a .docx or .qdpx may inflate to, judged from its ZIP directory before anything is inflated. */
  maxExpandedBytes: number;
};

/**
 * The environment variable that sets each limit (services/import/import-limits.ts reads them). Refusals name it, so
 * the person refused knows what the administrator would raise.
 */
export const IMPORT_LIMIT_VARIABLES = {
  maxFileBytes: "IMPORT_MAX_FILE_MB",
  maxFiles: "IMPORT_MAX_FILES",
  maxTotalCharacters: "IMPORT_MAX_CHARACTERS",
  maxPdfPages: "IMPORT_MAX_PDF_PAGES",
  maxExpandedBytes: "IMPORT_MAX_EXPANDED_MB",
} as const satisfies Record<keyof ImportLimits, string>;

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxFiles: 200,
  maxTotalCharacters: 50_000_000,
  maxPdfPages: 2_000,
  maxExpandedBytes: 200 * 1024 * 1024,
};

/** A file about to be imported: its size, and once extracted its text. */
export type ImportCandidate = { name: string; byteLength: number; text?: string };

/**
 * Checks an import against the limits (defaults: 20 MB a file, 200 files, 50 million characters of text in all),
 * before extraction with sizes only and again after it with the texts. Every limit exceeded is named in one message,
 * with the files concerned. 1 MB is 1,048,576 bytes.
 */
export function checkImportLimits(
  files: ImportCandidate[],
  limits: Partial<ImportLimits> = {},
): { ok: true } | { ok: false; error: string } {
  const { maxFileBytes, maxFiles, maxTotalCharacters } = { ...DEFAULT_IMPORT_LIMITS, ...limits };
  const problems: string[] = [];
  if (files.length > maxFiles) {
    problems.push(
      `${files.length} files were chosen, but at most ${maxFiles} can be imported at once; import them in batches.`,
    );
  }
  const tooLarge = files.filter((file) => file.byteLength > maxFileBytes);
  if (tooLarge.length > 0) {
    const list = tooLarge.map((file) => `${file.name} (${formatSize(file.byteLength)})`).join(", ");
    problems.push(
      `Files larger than ${formatSize(maxFileBytes)} cannot be imported: ${list}. Split them into smaller files.`,
    );
  }
  let totalCharacters = 0;
  let firstOverLimit: string | undefined;
  for (const file of files) {
    totalCharacters += file.text === undefined ? 0 : codePointLength(file.text);
    if (firstOverLimit === undefined && totalCharacters > maxTotalCharacters) firstOverLimit = file.name;
  }
  if (firstOverLimit !== undefined) {
    problems.push(
      `These files hold ${totalCharacters.toLocaleString("en")} characters of text, more than the ` +
        `${maxTotalCharacters.toLocaleString("en")} one import can take; import the files from ${firstOverLimit} on ` +
        "in another batch.",
    );
  }
  return problems.length === 0 ? { ok: true } : { ok: false, error: problems.join(" ") };
}
