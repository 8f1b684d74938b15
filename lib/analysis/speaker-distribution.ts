import { orderCategories, tally } from "./order-categories";
import type { CorpusSelection } from "./select-corpus";
import { isTimeDimension, type SpeakerDimension, speakerCategory } from "./speaker-dimension";

export type DistributionRow = { category: string; speakers: number; statements: number };

/**
 * Speakers and statements by one speaker fact. Each speaker counts once however many statements they gave; the
 * statements column counts the selected statements by speakers of the category (statements without a speaker under
 * unknown). Each column adds up to its own total, the base of its shares.
 */
export function speakerDistribution(selection: CorpusSelection, dimension: SpeakerDimension): DistributionRow[] {
  const speakers = tally(selection.speakers.map((speaker) => speakerCategory(speaker, dimension)));
  const statements = tally(
    selection.statements.map((statement) =>
      speakerCategory(statement.speakerId === null ? undefined : selection.speakerById.get(statement.speakerId), dimension),
    ),
  );
  const all = new Map(speakers);
  for (const category of statements.keys()) if (!all.has(category)) all.set(category, 0);
  return orderCategories(all, isTimeDimension(dimension) ? "time" : "size").map((category) => ({
    category,
    speakers: speakers.get(category) ?? 0,
    statements: statements.get(category) ?? 0,
  }));
}
