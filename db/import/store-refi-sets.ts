import { eq } from "drizzle-orm";
import { guidKey, isGuid } from "@/lib/refi-qda/guid-key";
import type { RefiSet } from "@/lib/refi-qda/types";
import { listSome, plural, was } from "@/lib/refi-qda/wording";
import { recordAudit } from "../audit";
import type { Tx } from "../client";
import { setCodes, setDocuments, sets } from "../schema";

type FileSet = Omit<RefiSet, "sourceGuids"> & { sourceGuids?: string[] };

/**
 * Stores a file's sets in the project, inside the caller's transaction. `codeIds` and `documentIds` map the file's
 * GUIDs (guidKey form) to the rows they became; the parser has already left out, and reported, members that were
 * not imported, so every member left must be found there. A set whose GUID the project has already (the same file
 * imported twice) is reused and given the file's members, so no set is doubled. Returns the summary's sentence.
 */
export function storeRefiSets(
  tx: Tx,
  { projectId, actorId, fileSets, codeIds, documentIds }: {
    projectId: number;
    actorId: number | null;
    fileSets: FileSet[];
    codeIds: Map<string, number>;
    documentIds: Map<string, number>;
  },
): string[] {
  if (fileSets.length === 0) return [];
  const existing = new Map(
    tx
      .select({ id: sets.id, guid: sets.guid })
      .from(sets)
      .where(eq(sets.projectId, projectId))
      .all()
      .flatMap((row) => (row.guid === null ? [] : [[guidKey(row.guid), row.id] as const])),
  );
  const member = (map: Map<string, number>, guid: string, set: FileSet) => {
    const id = map.get(guidKey(guid));
    if (id === undefined) throw new Error(`set "${set.name}" names ${guid}, which this import did not store`);
    return id;
  };

  let reused = 0;
  let codeMembers = 0;
  let documentMembers = 0;
  for (const set of fileSets) {
    // A GUID the schema would refuse is not kept: the export gives the set one of its own instead.
    const guid = isGuid(set.guid) ? set.guid : null;
    const reusedId = guid === null ? undefined : existing.get(guidKey(guid));
    const row = reusedId === undefined ? tx.insert(sets).values({ projectId, name: set.name, description: set.description ?? "", guid }).returning().get() : null;
    const setId = reusedId ?? row!.id;
    if (guid !== null) existing.set(guidKey(guid), setId);
    if (reusedId !== undefined) reused++;

    const added = { codeIds: [] as number[], documentIds: [] as number[] };
    for (const codeGuid of set.codeGuids) {
      const codeId = member(codeIds, codeGuid, set);
      if (tx.insert(setCodes).values({ setId, codeId }).onConflictDoNothing().run().changes > 0) added.codeIds.push(codeId);
    }
    for (const sourceGuid of set.sourceGuids ?? []) {
      const documentId = member(documentIds, sourceGuid, set);
      if (tx.insert(setDocuments).values({ setId, documentId }).onConflictDoNothing().run().changes > 0) added.documentIds.push(documentId);
    }
    codeMembers += added.codeIds.length;
    documentMembers += added.documentIds.length;
    if (row !== null) {
      recordAudit(tx, { actorId, projectId, entity: "set", entityId: setId, action: "create", after: { ...row, ...added } });
    } else if (added.codeIds.length + added.documentIds.length > 0) {
      recordAudit(tx, { actorId, projectId, entity: "set", entityId: setId, action: "update", after: { added } });
    }
  }

  const n = fileSets.length;
  const again = reused > 0 ? ` ${reused} of them ${was(reused)} already in the project (same GUID) and only gained new members.` : "";
  return [
    `${plural(n, "set")} came in, with ${plural(documentMembers, "document")} and ${plural(codeMembers, "code")} as new members: ` +
      `${listSome(fileSets.map((set) => set.name))}.${again}`,
  ];
}
