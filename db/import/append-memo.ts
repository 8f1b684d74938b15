import { eq } from "drizzle-orm";
import { recordAudit } from "../audit";
import type { Tx } from "../client";
import { projects, speakers } from "../schema";

/**
 * Adds an imported memo to a speaker's notes or the project's description, audited with the import batch: an empty
 * one takes it, one that holds it already stays, any other gets it as a further paragraph, so nothing written before
 * is lost.
 */
export function appendMemo(
  tx: Tx,
  { entity, id, memo, actorId, projectId, batchId }: { entity: "speaker" | "project"; id: number; memo: string; actorId: number | null; projectId: number; batchId: number },
): void {
  const table = entity === "speaker" ? speakers : projects;
  const column = entity === "speaker" ? speakers.notes : projects.description;
  const field = entity === "speaker" ? "notes" : "description";
  const before = tx.select({ text: column }).from(table).where(eq(table.id, id)).get();
  if (before === undefined || before.text.includes(memo)) return;
  const text = before.text === "" ? memo : `${before.text}\n\n${memo}`;
  tx.update(table).set({ [field]: text, updatedAt: new Date() }).where(eq(table.id, id)).run();
  recordAudit(tx, { actorId, projectId, entity, entityId: id, action: "update", before: { [field]: before.text }, after: { [field]: text, importBatchId: batchId } });
}
