import type { FileReport } from "@/lib/import/types";
import type { ImportedCodebook } from "@/lib/refi-qda/types";
import type { Db } from "../client";
import { describeStoredCodes, storeCodes } from "./store-codes";
import { storeRefiSets } from "./store-refi-sets";

/** Stores a .qdc codebook's codes (by GUID, see storeCodes) and sets of codes in the project, in one short transaction: it holds no documents. */
export function storeRefiCodebook(db: Db, { projectId, actorId, name, codebook }: { projectId: number; actorId: number | null; name: string; codebook: ImportedCodebook }): FileReport {
  const stored = db.transaction(
    (tx) => {
      const codesStored = storeCodes(tx, { projectId, tree: codebook.codes, actorId });
      const setsStored = storeRefiSets(tx, { projectId, actorId, fileSets: codebook.sets, codeIds: codesStored.idByGuid, documentIds: new Map() });
      return { codesStored, setsStored };
    },
    { behavior: "immediate" },
  );
  return {
    file: name,
    status: "imported",
    imported: 0,
    duplicates: [],
    documentIds: [],
    messages: [...describeStoredCodes(stored.codesStored), ...stored.setsStored, ...codebook.warnings],
  };
}
