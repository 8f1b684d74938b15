import { formatSize } from "./format-size";

export type ImportLimits = {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Most files accepted in one import. */
  maxFiles: number;
  /** Most characters (code points) of text in one file, counted as it is read so reading stops there. */
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

/** A file about to be imported, judged by its size before anything of it is read. */
export type ImportCandidate = { name: string; byteLength: number };

/**
 * Checks an import's files against the count and size limits (defaults: 200 files, 20 MB each) before anything is
 * read. Every limit exceeded is named in one message, with the files concerned and the variable that raises it.
 * 1 MB is 1,048,576 bytes. Characters, pages and expanded sizes are checked while each file is read.
 */
export function checkImportLimits(files: ImportCandidate[], limits: Partial<ImportLimits> = {}): { ok: true } | { ok: false; error: string } {
  const { maxFileBytes, maxFiles } = { ...DEFAULT_IMPORT_LIMITS, ...limits };
  const problems: string[] = [];
  if (files.length > maxFiles) {
    problems.push(
      `${files.length} files were chosen, but at most ${maxFiles} can be imported at once (${IMPORT_LIMIT_VARIABLES.maxFiles}); import them in batches.`,
    );
  }
  const tooLarge = files.filter((file) => file.byteLength > maxFileBytes);
  if (tooLarge.length > 0) {
    const list = tooLarge.map((file) => `${file.name} (${formatSize(file.byteLength)})`).join(", ");
    problems.push(
      `Files larger than ${formatSize(maxFileBytes)} (${IMPORT_LIMIT_VARIABLES.maxFileBytes}) cannot be imported: ${list}. ` +
        `Split them into smaller files, or ask the administrator to raise ${IMPORT_LIMIT_VARIABLES.maxFileBytes}.`,
    );
  }
  return problems.length === 0 ? { ok: true } : { ok: false, error: problems.join(" ") };
}
