import { checkImportLimits, type ImportLimits } from "@/lib/import/check-import-limits";
import type { ColumnMappingOverride } from "@/lib/import/suggest-column-mapping";
import type { FileReport } from "@/lib/import/types";
import { parseQdc } from "@/lib/refi-qda/parse-qdc";
import { parseQde } from "@/lib/refi-qda/parse-qde";
import { parseQdpx } from "@/lib/refi-qda/parse-qdpx";
import type { Db } from "@/db/client";
import { getImportLimits } from "./import-limits";
import { readStatements } from "./read-statements";
import { storeRefiCodebook, storeRefiProject } from "@/db/import/store-refi-project";
import { storeStatements } from "@/db/import/store-statements";

const refused = (file: string, message: string): FileReport => ({ file, status: "refused", imported: 0, duplicates: [], documentIds: [], messages: [message] });

/**
 * Reads one file and stores it in the project, all or nothing: statement files (.txt .md .docx .pdf .csv) become
 * documents; a REFI-QDA project (.qdpx, .qde) brings its codes, speakers, sources, codings and sets; a codebook (.qdc)
 * its codes and sets of codes.
 */
export async function importIntoProject(
  db: Db,
  { projectId, actorId, name, bytes, csvMapping, assignTo, limits }: {
    projectId: number;
    actorId: number | null;
    name: string;
    bytes: Uint8Array;
    csvMapping?: ColumnMappingOverride;
    assignTo?: number[];
    limits?: Partial<ImportLimits>;
  },
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
    const project = extension === "qdpx" ? parseQdpx(bytes) : parseQde(bytes);
    return project.ok ? storeRefiProject(db, { projectId, actorId, name, imported: project.value }) : refused(name, `${name}: ${project.error.message}`);
  }

  const read = await readStatements({ name, bytes, csvMapping, limits });
  if (!read.ok) return refused(name, read.error);
  const stored = storeStatements(db, { projectId, actorId, batchLabel: name, statements: read.statements, assignTo });
  return {
    file: name,
    status: stored.documentIds.length === 0 && stored.duplicates.length > 0 ? "duplicate" : "imported",
    imported: stored.documentIds.length,
    duplicates: stored.duplicates,
    documentIds: stored.documentIds,
    messages: [...read.warnings, ...stored.conflicts],
  };
}
