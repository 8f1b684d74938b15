import { DEFAULT_IMPORT_LIMITS, IMPORT_LIMIT_VARIABLES, type ImportLimits } from "@/lib/import/check-import-limits";

const MB = 1024 * 1024;

function fromEnv(limit: keyof ImportLimits, scale = 1): number {
  const value = Number(process.env[IMPORT_LIMIT_VARIABLES[limit]]);
  return Number.isFinite(value) && value > 0 ? value * scale : DEFAULT_IMPORT_LIMITS[limit];
}

/**
 * The import limits of this instance: IMPORT_MAX_FILE_MB, IMPORT_MAX_FILES, IMPORT_MAX_CHARACTERS,
 * IMPORT_MAX_PDF_PAGES and IMPORT_MAX_EXPANDED_MB, else the defaults. A value that is not a positive number is ignored.
 */
export function getImportLimits(): ImportLimits {
  return {
    maxFileBytes: fromEnv("maxFileBytes", MB),
    maxFiles: fromEnv("maxFiles"),
    maxTotalCharacters: fromEnv("maxTotalCharacters"),
    maxPdfPages: fromEnv("maxPdfPages"),
    maxExpandedBytes: fromEnv("maxExpandedBytes", MB),
  };
}
