import type { UploadLimits } from "@/server/read-upload";
import { getImportLimits } from "@/services/import/import-limits";

/** The import's size limit as the upload reader applies it, with the refusal a supervisor reads. */
export function importUploadLimits(): UploadLimits {
  const { maxFileBytes } = getImportLimits();
  const megabytes = Number((maxFileBytes / (1024 * 1024)).toFixed(1));
  return {
    maxFileBytes,
    tooLarge: (name) =>
      `${name} is larger than the ${megabytes} MB this server imports (IMPORT_MAX_FILE_MB); nothing of it was read or saved. ` +
      "Split it into smaller files, or ask the administrator to raise IMPORT_MAX_FILE_MB.",
  };
}
