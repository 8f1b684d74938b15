/** The report's line on independence: whether coders could see the model's suggestions while they coded. */
export function describeSuggestionsVisible({ rounds, now }: { rounds: readonly number[]; now: boolean }): string {
  if (rounds.length === 0) return "Coders saw no learned suggestions: their coding is independent of the suggestion model.";
  const list = rounds.length === 1 ? `round ${rounds[0]}` : `rounds ${rounds.slice(0, -1).join(", ")} and ${rounds.at(-1)}`;
  return `Coders could see learned suggestions in ${list}${now ? " (and still can)" : ""}: coding in ${rounds.length === 1 ? "that round" : "those rounds"} was not independent of the model.`;
}
