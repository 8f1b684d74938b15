import { mulberry32 } from "../agreement/mulberry32";

/**
 * Deals whole statements into `folds` folds, in a seeded random order, so every sentence of a statement is in the same
 * fold: a model tested on a fold has seen no sentence of the statements it is tested on (the speaker's wording and
 * the coder's habits in that statement cannot leak into the score). Fold sizes differ by at most one statement.
 *
 * @returns the fold (0 … folds − 1) of each statement id
 */
export function assignFoldsByDocument(documentIds: readonly number[], folds: number, seed = 1): Map<number, number> {
  const random = mulberry32(seed);
  const shuffled = [...documentIds].sort((a, b) => a - b);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return new Map(shuffled.map((id, index) => [id, index % folds]));
}
