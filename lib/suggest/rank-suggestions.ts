import { SUGGESTION_THRESHOLD } from "./evaluate-suggestion-model";

export const SUGGESTION_ORDERS = ["useful", "uncertain"] as const;
export type SuggestionOrder = (typeof SUGGESTION_ORDERS)[number];

/** A sentence the model scored for a code, with the code's cross-validated precision. */
export type ScoredSentence = { documentId: number; start: number; end: number; text: string; codeId: number; score: number; codePrecision: number };

/**
 * The sentences to suggest, best first, at most `limit`:
 *
 * - useful: those the model suggests (score ≥ 0.5), by score × the code's cross-validated precision, the chance that
 *   a suggestion is right when the model is as good on new statements as it was on the held-out folds;
 * - uncertain: those nearest the threshold either side, whose accept or reject teaches the next model most
 *   (uncertainty sampling, Lewis and Gale, SIGIR 1994).
 */
export function rankSuggestions(scored: readonly ScoredSentence[], { order, limit }: { order: SuggestionOrder; limit: number }): ScoredSentence[] {
  const ranked =
    order === "useful"
      ? scored.filter((s) => s.score >= SUGGESTION_THRESHOLD).sort((a, b) => b.score * b.codePrecision - a.score * a.codePrecision || b.score - a.score)
      : [...scored].sort((a, b) => Math.abs(a.score - SUGGESTION_THRESHOLD) - Math.abs(b.score - SUGGESTION_THRESHOLD));
  return ranked.slice(0, limit);
}
