export type RankedDocument = { documentId: number; title: string; disagreement: number | null; passages: number };

/**
 * Worst first: by disagreement (highest first), then by the number of disagreement passages, then by title and id
 * so the order is stable. Documents whose disagreement is undefined (fewer than two coders) come last.
 */
export function sortByDisagreement<T extends RankedDocument>(documents: readonly T[]): T[] {
  return [...documents].sort(
    (a, b) =>
      (b.disagreement ?? -1) - (a.disagreement ?? -1) ||
      b.passages - a.passages ||
      a.title.localeCompare(b.title) ||
      a.documentId - b.documentId,
  );
}
