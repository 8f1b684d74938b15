import { orderCategories, tally } from "./order-categories";
import { factCategory } from "./speaker-dimension";
import { type CorpusSpeaker, FACT_FILTERS, type FactFilter } from "./types";

/** The values each speaker fact takes in the project, for the filter menus: most frequent first, unknown last. */
export function factOptions(speakers: readonly CorpusSpeaker[]): Record<FactFilter, string[]> {
  return Object.fromEntries(FACT_FILTERS.map((fact) => [fact, orderCategories(tally(speakers.map((speaker) => factCategory(speaker[fact]))), "size")])) as Record<
    FactFilter,
    string[]
  >;
}
