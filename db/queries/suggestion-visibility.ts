import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { suggestionVisibleRounds } from "../schema";

/** Notes that coders saw learned suggestions in this round; a round noted once stays noted. */
export function recordSuggestionsShown(tx: Tx, { projectId, round }: { projectId: number; round: number }): void {
  tx.insert(suggestionVisibleRounds).values({ projectId, round }).onConflictDoNothing().run();
}

/** The rounds in which coders could see learned suggestions, ascending. */
export function getSuggestionVisibleRounds(db: Db | Tx, { projectId }: { projectId: number }): number[] {
  return db
    .select({ round: suggestionVisibleRounds.round })
    .from(suggestionVisibleRounds)
    .where(eq(suggestionVisibleRounds.projectId, projectId))
    .orderBy(asc(suggestionVisibleRounds.round))
    .all()
    .map((row) => row.round);
}
