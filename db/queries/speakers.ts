import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit";
import type { Db, Tx } from "../client";
import { type Speaker, speakers } from "../schema";

export type SpeakerFacts = Pick<Speaker, "alias" | "country" | "region" | "gender" | "defectionDate">;

export function getSpeakerByAlias(db: Db | Tx, { projectId, alias }: { projectId: number; alias: string }): Speaker | undefined {
  return db
    .select()
    .from(speakers)
    .where(and(eq(speakers.projectId, projectId), eq(speakers.alias, alias)))
    .get();
}

/** A new speaker of the project, audited. */
export function insertSpeaker(tx: Tx, { projectId, facts, actorId }: { projectId: number; facts: SpeakerFacts; actorId: number | null }): Speaker {
  const speaker = tx.insert(speakers).values({ ...facts, projectId }).returning().get();
  recordAudit(tx, { actorId, projectId, entity: "speaker", entityId: speaker.id, action: "create", after: speaker });
  return speaker;
}

/** The facts a stored speaker lacks and `facts` has (to fill in), and each differing one as a conflict for the summary. */
export function compareSpeakerFacts(existing: Speaker, facts: SpeakerFacts): { fill: Partial<SpeakerFacts>; conflicts: string[] } {
  const fill: Partial<SpeakerFacts> = {};
  const conflicts: string[] = [];
  for (const field of ["country", "region", "gender", "defectionDate"] as const) {
    const incoming = facts[field];
    if (incoming == null || incoming === existing[field]) continue;
    if (existing[field] == null) fill[field] = incoming;
    else conflicts.push(`${facts.alias}: kept ${field} "${existing[field]}", not "${incoming}"`);
  }
  return { fill, conflicts };
}

/**
 * The project's speaker with this alias, created when new. Facts the stored speaker lacks are filled in from `facts`;
 * facts it has are kept, and each differing one is returned as a conflict for the import summary.
 */
export function upsertSpeaker(
  tx: Tx,
  { projectId, facts, actorId }: { projectId: number; facts: SpeakerFacts; actorId: number | null },
): { speaker: Speaker; conflicts: string[] } {
  const existing = getSpeakerByAlias(tx, { projectId, alias: facts.alias });
  if (!existing) return { speaker: insertSpeaker(tx, { projectId, facts, actorId }), conflicts: [] };
  const { fill, conflicts } = compareSpeakerFacts(existing, facts);
  if (Object.keys(fill).length === 0) return { speaker: existing, conflicts };
  const speaker = tx
    .update(speakers)
    .set({ ...fill, updatedAt: new Date() })
    .where(eq(speakers.id, existing.id))
    .returning()
    .get();
  recordAudit(tx, { actorId, projectId, entity: "speaker", entityId: speaker.id, action: "update", before: existing, after: speaker });
  return { speaker, conflicts };
}

/** The distinct known values of each speaker fact in a project, for filter menus. */
export function getSpeakerFactValues(db: Db, { projectId }: { projectId: number }): Record<"region" | "country" | "gender", string[]> {
  const rows = db.select({ region: speakers.region, country: speakers.country, gender: speakers.gender }).from(speakers).where(eq(speakers.projectId, projectId)).all();
  const distinct = (field: "region" | "country" | "gender") =>
    [...new Set(rows.map((row) => row[field]).filter((value): value is string => value !== null))].sort();
  return { region: distinct("region"), country: distinct("country"), gender: distinct("gender") };
}
