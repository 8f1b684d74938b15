import { checkImportLimits, type ImportLimits } from "@/lib/import/check-import-limits";
import type { ColumnMappingOverride } from "@/lib/import/suggest-column-mapping";
import type { FileReport } from "@/lib/import/types";
import { parseQdc } from "@/lib/refi-qda/parse-qdc";
import { parseQde } from "@/lib/refi-qda/parse-qde";
import { parseQdpx } from "@/lib/refi-qda/parse-qdpx";
import type { Db } from "@/db/client";
import { getImportLimits } from "./import-limits";
import { readStatements } from "./read-statements";
import { type ImportOptions, runImportStepsAsync } from "@/db/import/import-steps";
import { storeRefiCodebook } from "@/db/import/store-refi-codebook";
import { storeRefiProject } from "@/db/import/store-refi-project";
import { storeStatementsSteps } from "@/db/import/store-statements";

const refused = (file: string, message: string): FileReport => ({ file, status: "refused", imported: 0, duplicates: [], documentIds: [], messages: [message] });

/**
 * Reads one file and stores it in the project, all or nothing: statement files (.txt .md .docx .pdf .csv) become
 * documents; a REFI-QDA project (.qdpx, .qde) brings its codes, speakers, sources, codings and sets; a codebook (.qdc)
 * its codes and sets of codes. Files with documents are written in short batches under a hidden import batch and
 * published at the end (db/import/): `onProgress` hears of each batch, `signal` stops the import between batches
 * (nothing of it kept), and `jobId` marks the batch as the job's, for discardImportsOfJob.
 */
export async function importIntoProject(
  db: Db,
  { projectId, actorId, name, bytes, csvMapping, assignTo, limits, onProgress, signal, jobId }: {
    projectId: number;
    actorId: number | null;
    name: string;
    bytes: Uint8Array;
    csvMapping?: ColumnMappingOverride;
    assignTo?: number[];
    limits?: Partial<ImportLimits>;
  } & ImportOptions,
): Promise<FileReport> {
  limits = { ...getImportLimits(), ...limits };
  const extension = name.toLowerCase().split(".").pop();
  if (extension === "qdpx" || extension === "qde" || extension === "qdc") {
    const sizeCheck = checkImportLimits([{ name, byteLength: bytes.byteLength }], limits);
    if (!sizeCheck.ok) return refused(name, sizeCheck.error);
    if (extension === "qdc") {
      const codebook = parseQdc(bytes);
      return codebook.ok ? storeRefiCodebook(db, { projectId, actorId, name, codebook: codebook.value }) : refused(name, `${name}: ${codebook.error.message}`);
    }
    const project = extension === "qdpx" ? parseQdpx(bytes, { limits }) : parseQde(bytes, { limits });
    return project.ok ? storeRefiProject(db, { projectId, actorId, name, imported: project.value, onProgress, signal, jobId }) : refused(name, `${name}: ${project.error.message}`);
  }

  const read = await readStatements({ name, bytes, csvMapping, limits });
  if (!read.ok) return refused(name, read.error);
  const steps = storeStatementsSteps(db, { projectId, actorId, batchLabel: name, statements: read.statements, assignTo, jobId });
  const stored = await runImportStepsAsync(steps, { onProgress, signal });
  return {
    file: name,
    status: stored.documentIds.length === 0 && stored.duplicates.length > 0 ? "duplicate" : "imported",
    imported: stored.documentIds.length,
    duplicates: stored.duplicates,
    documentIds: stored.documentIds,
    messages: [...read.warnings, ...stored.conflicts],
  };
}
