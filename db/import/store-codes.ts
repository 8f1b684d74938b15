import { eq, sql } from "drizzle-orm";
import { countOf } from "@/lib/analysis/count-of";
import { parseCodeDescription } from "@/lib/refi-qda/code-description";
import { guidKey as key } from "@/lib/refi-qda/guid-key";
import type { RefiCode } from "@/lib/refi-qda/types";
import { recordAudit } from "../audit";
import type { Tx } from "../client";
import { getCodesByProject } from "../queries/codes";
import { type Code, codes } from "../schema";
import { recordCreation } from "./import-batch";

const FALLBACK_COLOURS = ["#00695c", "#ad1457", "#4527a0", "#ef6c00", "#283593", "#558b2f", "#6d4c41", "#37474f"];

const place = (parentId: number | null, name: string) => `${parentId ?? ""}\u0000${name.toLowerCase()}`;

/**
 * Adds a code tree to the project by GUID, keeping the file's tree: a code whose GUID the project has is that code
 * (where the project keeps it); a code without one there becomes a new code under its parent, with the file's GUID,
 * its Description parsed back into definition, criteria, example, label and shortcut (code-description.ts), and as a
 * group when it cannot be coded. Only a code of the same name at the same place that has no GUID yet (the default
 * codebook's) is taken as the file's code and given its GUID. A new code named like a sibling is numbered ("Name
 * (2)"), as names are unique among siblings. Every row written is audited, with `batchId` when given. Returns the
 * project code id of every GUID.
 */
export function storeCodes(tx: Tx, { projectId, tree, actorId, batchId }: { projectId: number; tree: RefiCode[]; actorId: number | null; batchId?: number }) {
  const existing = getCodesByProject(tx, { projectId });
  const byGuid = new Map(existing.flatMap((code) => (code.guid === null ? [] : [[key(code.guid), code] as const])));
  const byPlace = new Map(existing.map((code) => [place(code.parentId, code.name), code]));
  let position = (tx.select({ max: sql<number>`coalesce(max(${codes.position}), -1)` }).from(codes).where(eq(codes.projectId, projectId)).get()?.max ?? -1) + 1;
  const idByGuid = new Map<string, number>();
  const renamed: string[] = [];
  let created = 0;
  let adopted = 0;
  const audit = (row: Code, before?: Code) => {
    recordAudit(tx, { actorId, projectId, entity: "code", entityId: row.id, action: before ? "update" : "create", before, after: { ...row, importBatchId: batchId ?? null } });
  };
  const visit = (code: RefiCode, parentId: number | null) => {
    let row = byGuid.get(key(code.guid));
    if (row === undefined) {
      const sibling = byPlace.get(place(parentId, code.name));
      if (sibling !== undefined && sibling.guid === null) {
        row = tx.update(codes).set({ guid: code.guid, updatedAt: new Date() }).where(eq(codes.id, sibling.id)).returning().get();
        audit(row, sibling);
        adopted++;
      } else {
        let name = code.name;
        for (let n = 2; byPlace.has(place(parentId, name)); n++) name = `${code.name} (${n})`;
        if (name !== code.name) renamed.push(name);
        const fields = parseCodeDescription(code.description, code.name);
        row = tx
          .insert(codes)
          .values({
            projectId,
            parentId,
            name,
            ...fields,
            color: /^#[0-9a-f]{6}$/i.test(code.color ?? "") ? code.color! : FALLBACK_COLOURS[position % FALLBACK_COLOURS.length]!,
            position: position++,
            isGroup: !code.isCodable,
            guid: code.guid,
          })
          .returning()
          .get();
        audit(row);
        if (batchId !== undefined) recordCreation(tx, { batchId, entity: "code", entityId: row.id });
        created++;
      }
      byGuid.set(key(code.guid), row);
      byPlace.set(place(row.parentId, row.name), row);
    }
    idByGuid.set(key(code.guid), row.id);
    code.children.forEach((child) => visit(child, row.id));
  };
  tree.forEach((code) => visit(code, null));
  return { idByGuid, created, adopted, matched: idByGuid.size - created - adopted, renamed };
}

/** The codebook part of an import's report. */
export function describeStoredCodes({ created, adopted, matched, renamed }: ReturnType<typeof storeCodes>): string[] {
  const sentences = [`${countOf(created, "new code")}, ${matched} already in the project (same GUID), ${adopted} taken as the project's codes of the same name and place.`];
  if (renamed.length > 0) sentences.push(`${renamed.length} new codes were numbered as their parent has a code of that name: ${renamed.slice(0, 5).join(", ")}${renamed.length > 5 ? " …" : ""}.`);
  return sentences;
}
