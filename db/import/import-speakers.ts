import type { Tx } from "../client";
import { compareSpeakerFacts, getSpeakerByAlias, insertSpeaker, type SpeakerFacts, upsertSpeaker } from "../queries/speakers";
import { recordCreation } from "./import-batch";

/**
 * The speakers an import names, by alias, the first facts given for an alias counting. A new speaker is created in
 * the batch that first needs it, because documents refer to it, and noted as the batch's so that a discard removes it.
 * A known speaker keeps its facts until publishing, when those it lacked are filled in; `conflicts` lists the facts
 * that differ from what it has.
 */
export function makeImportSpeakers({ projectId, batchId, actorId }: { projectId: number; batchId: number; actorId: number | null }) {
  const ids = new Map<string, number>();
  const toFill: SpeakerFacts[] = [];
  const conflicts: string[] = [];
  return {
    conflicts,
    /** Inside a batch's transaction: the id of the speaker with this alias. */
    resolve(tx: Tx, facts: SpeakerFacts): number {
      const known = ids.get(facts.alias);
      if (known !== undefined) return known;
      const existing = getSpeakerByAlias(tx, { projectId, alias: facts.alias });
      let id: number;
      if (existing) {
        const compared = compareSpeakerFacts(existing, facts);
        conflicts.push(...compared.conflicts);
        if (Object.keys(compared.fill).length > 0) toFill.push(facts);
        id = existing.id;
      } else {
        id = insertSpeaker(tx, { projectId, facts, actorId }).id;
        recordCreation(tx, { batchId, entity: "speaker", entityId: id });
      }
      ids.set(facts.alias, id);
      return id;
    },
    /** Inside the publishing transaction: fills in the facts known speakers lacked. */
    publish(tx: Tx): void {
      for (const facts of toFill) upsertSpeaker(tx, { projectId, facts, actorId });
    },
  };
}
