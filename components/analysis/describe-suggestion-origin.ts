/** Why a suggestion is there: the search a supervisor ran, or the model with its score and its code's precision. */
export function describeSuggestionOrigin({ origin, score, codePrecision }: { origin: string; score: number | null; codePrecision: number | null }): string {
  if (score === null) return `from the search “${origin}”`;
  return `${origin}, score ${score.toFixed(2)} (the code's cross-validated precision ${codePrecision?.toFixed(2) ?? "unknown"})`;
}
