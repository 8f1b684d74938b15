import { checkImportLimits, type ImportLimits } from "@/lib/import/check-import-limits";
import type { ColumnMappingOverride } from "@/lib/import/suggest-column-mapping";
import type { FileReport } from "@/lib/import/types";
import { parseQdc } from "@/lib/refi-qda/parse-qdc";
import { parseQde } from "@/lib/refi-qda/parse-qde";
import { parseQdpx } from "@/lib/refi-qda/parse-qdpx";
import type { Db } from "@/db/client";
import { getMembersByProject } from "@/db/queries/projects";
import { getImportLimits } from "./import-limits";
import { readStatements } from "./read-statements";
import { resolveUserMap } from "./resolve-user-map";
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
 * (nothing of it kept), and `jobId` marks the batch as the job's, for discardImportsOfJob. `assignTo` assigns every
 * imported document to those coders, whatever the format; `userMapping` maps a project file's users (by name, id or
 * GUID) to coders of the project, the others getting new disabled accounts (db/import/import-coders.ts).
 */
export async function importIntoProject(
  db: Db,
  { projectId, actorId, name, bytes, csvMapping, assignTo, userMapping = {}, limits, onProgress, signal, jobId }: {
    projectId: number;
    actorId: number | null;
    name: string;
    bytes: Uint8Array;
    csvMapping?: ColumnMappingOverride;
    assignTo?: number[];
    userMapping?: Record<string, number>;
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
    if (!project.ok) return refused(name, `${name}: ${project.error.message}`);
    const coderIds = new Set(getMembersByProject(db, { projectId }).filter((member) => member.role === "coder").map((member) => member.userId));
    const userMap = resolveUserMap(project.value.users, userMapping, coderIds);
    if (!userMap.ok) return refused(name, `${name}: ${userMap.error}`);
    return storeRefiProject(db, { projectId, actorId, name, imported: project.value, userMap: userMap.map, assignTo, onProgress, signal, jobId });
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
