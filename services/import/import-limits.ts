import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from "@/lib/import/check-import-limits";

function fromEnv(name: string, fallback: number, scale = 1): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value * scale : fallback;
}

/** The import limits of this instance: IMPORT_MAX_FILE_MB, IMPORT_MAX_FILES and IMPORT_MAX_CHARACTERS, else the defaults. */
export function getImportLimits(): ImportLimits {
  return {
    maxFileBytes: fromEnv("IMPORT_MAX_FILE_MB", DEFAULT_IMPORT_LIMITS.maxFileBytes, 1024 * 1024),
    maxFiles: fromEnv("IMPORT_MAX_FILES", DEFAULT_IMPORT_LIMITS.maxFiles),
    maxTotalCharacters: fromEnv("IMPORT_MAX_CHARACTERS", DEFAULT_IMPORT_LIMITS.maxTotalCharacters),
  };
}
