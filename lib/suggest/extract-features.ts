import { foldArabicForSearch } from "../analysis/fold-arabic-for-search";

/** A sentence as the classifier sees it: the hashed feature indices present, each with its weight. */
export type SparseVector = { indices: Int32Array; values: Float32Array };

/**
 * 2^18 hashed features: large enough that word pairs and character n-grams of a 10,000-statement corpus rarely
 * collide, small enough that a code's weights (one float each) take 1 MB.
 */
export const FEATURE_DIMENSION = 1 << 18;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const CHARACTER_GRAM = 4;

/**
 * The features of a sentence: its words, its pairs of neighbouring words, and the 4-character pieces of each word
 * padded with a space at either end. The text is folded as search folds it (Arabic without marks, one form of each
 * letter) and lower-cased first, so "النِّظامَ" and "النظام", "Regime" and "regime" are one word; the character
 * pieces let "والنظام" share most features with "النظام", and "regimes" with "regime". Every feature present counts
 * once, and the vector has unit length, so a long sentence does not outweigh a short one.
 */
export function extractFeatures(text: string): SparseVector {
  const words = foldArabicForSearch(text).toLowerCase().match(WORD) ?? [];
  const present = new Set<number>();
  words.forEach((word, i) => {
    present.add(hashFeature("w", word));
    if (i > 0) present.add(hashFeature("b", `${words[i - 1]} ${word}`));
    const padded = ` ${word} `;
    for (let c = 0; c + CHARACTER_GRAM <= padded.length; c++) present.add(hashFeature("c", padded.slice(c, c + CHARACTER_GRAM)));
  });
  const indices = Int32Array.from(present).sort();
  const values = new Float32Array(indices.length).fill(indices.length === 0 ? 0 : 1 / Math.sqrt(indices.length));
  return { indices, values };
}

/** FNV-1a (32-bit) of the kind and the feature, reduced to the feature space. */
function hashFeature(kind: string, feature: string): number {
  let hash = 0x811c9dc5;
  hash = Math.imul(hash ^ kind.charCodeAt(0), 0x01000193);
  for (let i = 0; i < feature.length; i++) hash = Math.imul(hash ^ feature.charCodeAt(i), 0x01000193);
  return (hash >>> 0) & (FEATURE_DIMENSION - 1);
}
