import type { ImportLimits } from "@/lib/import/check-import-limits";
import type { ColumnMappingOverride } from "@/lib/import/suggest-column-mapping";
import type { FileReport } from "@/lib/import/types";
import type { Db } from "../client";
import { readStatements } from "./read-statements";
import { storeStatements } from "./store-statements";

/** Reads one file and stores its statements in the project, all or nothing. */
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
  const read = await readStatements({ name, bytes, csvMapping, limits });
  if (!read.ok) return { file: name, status: "refused", imported: 0, duplicates: [], documentIds: [], messages: [read.error] };
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
