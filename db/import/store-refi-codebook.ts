import { eq, sql } from "drizzle-orm";
import type { FileReport } from "@/lib/import/types";
import { guidKey as key } from "@/lib/refi-qda/guid-key";
import type { ImportedCodebook, RefiCode } from "@/lib/refi-qda/types";
import { recordAudit } from "../audit";
import type { Db, Tx } from "../client";
import { getCodesByProject } from "../queries/codes";
import { codes } from "../schema";
import { recordCreation } from "./import-batch";
import { storeRefiSets } from "./store-refi-sets";

const FALLBACK_COLOURS = ["#00695c", "#ad1457", "#4527a0", "#ef6c00", "#283593", "#558b2f", "#6d4c41", "#37474f"];

/**
 * Adds a code tree to the project: a code whose name the codebook has already (ignoring case) is reused, others are
 * created under their parent, and noted as the import batch's when `batchId` is given. Returns the project code id of
 * every GUID.
 */
export function storeCodes(tx: Tx, { projectId, tree, actorId, batchId }: { projectId: number; tree: RefiCode[]; actorId: number | null; batchId?: number }) {
  const existing = new Map(getCodesByProject(tx, { projectId }).map((code) => [code.name.toLowerCase(), code.id]));
  let position = (tx.select({ max: sql<number>`coalesce(max(${codes.position}), -1)` }).from(codes).where(eq(codes.projectId, projectId)).get()?.max ?? -1) + 1;
  const idByGuid = new Map<string, number>();
  let created = 0;
  const visit = (code: RefiCode, parentId: number | null) => {
    let id = existing.get(code.name.toLowerCase());
    if (id === undefined) {
      const row = tx
        .insert(codes)
        .values({
          projectId,
          parentId,
          name: code.name,
          label: code.name.slice(0, 40),
          definition: code.description ?? "",
          color: /^#[0-9a-f]{6}$/i.test(code.color ?? "") ? code.color! : FALLBACK_COLOURS[position % FALLBACK_COLOURS.length]!,
          position: position++,
        })
        .returning()
        .get();
      recordAudit(tx, { actorId, projectId, entity: "code", entityId: row.id, action: "create", after: row });
      if (batchId !== undefined) recordCreation(tx, { batchId, entity: "code", entityId: row.id });
      existing.set(code.name.toLowerCase(), row.id);
      id = row.id;
      created++;
    }
    idByGuid.set(key(code.guid), id);
    code.children.forEach((child) => visit(child, id));
  };
  tree.forEach((code) => visit(code, null));
  return { idByGuid, created, matched: idByGuid.size - created };
}

/** Stores a .qdc codebook's codes and sets of codes in the project, in one short transaction: it holds no documents. */
export function storeRefiCodebook(db: Db, { projectId, actorId, name, codebook }: { projectId: number; actorId: number | null; name: string; codebook: ImportedCodebook }): FileReport {
  const stored = db.transaction(
    (tx) => {
      const codesStored = storeCodes(tx, { projectId, tree: codebook.codes, actorId });
      const setsStored = storeRefiSets(tx, { projectId, actorId, fileSets: codebook.sets, codeIds: codesStored.idByGuid, documentIds: new Map() });
      return { ...codesStored, setsStored };
    },
    { behavior: "immediate" },
  );
  return {
    file: name,
    status: "imported",
    imported: 0,
    duplicates: [],
    documentIds: [],
    messages: [`${stored.created} codes added, ${stored.matched} matched codes of the codebook by name.`, ...stored.setsStored, ...codebook.warnings],
  };
}
