import { type CodingData, columnWeight } from "./coding-data";

/**
 * The two quantities that Fleiss' kappa, Gwet's AC1 and Bennett's S share, in Gwet's form for any number of ratings
 * per unit (Gwet 2014, "Handbook of Inter-Rater Reliability", 4th ed., ch. 2; the formulas of R irrCAC's
 * fleiss.kappa.raw and gwet.ac1.raw). With r_u ratings on unit u, r_uk of them in category k:
 *
 * - p_a = (1 / n₂) Σ_{u: r_u ≥ 2} Σ_k r_uk (r_uk − 1) / (r_u (r_u − 1)), n₂ being the number of units
 *   with at least two ratings: the share of agreeing ordered pairs of ratings, averaged over units
 * - π_k = (1 / n₁) Σ_{u: r_u ≥ 1} r_uk / r_u, n₁ being the number of units with at least one rating
 *
 * With the same number of ratings on every unit these are Fleiss's (1971) P̄ and p_j.
 */
export type RatingDistribution = {
  /** n₁: units with at least one rating. */
  ratedUnits: number;
  /** n₂: units with at least two ratings. */
  pairedUnits: number;
  /** p_a, or null when no unit has two ratings. */
  observedAgreement: number | null;
  /** π_k for each domain value. */
  categoryShares: Float64Array;
};

// Fleiss' kappa, Bennett's S and AC1 of one report read the same data: one pass over a large matrix serves all three.
// Coding data are never changed once encoded, so the object itself is the key.
const computed = new WeakMap<CodingData, RatingDistribution>();

export function ratingDistribution(data: CodingData): RatingDistribution {
  let distribution = computed.get(data);
  if (!distribution) {
    distribution = countRatings(data);
    computed.set(data, distribution);
  }
  return distribution;
}

function countRatings(data: CodingData): RatingDistribution {
  const { coderCount, columnCount, cells } = data;
  const categoryShares = new Float64Array(data.domain.length);
  const unitCells = new Int32Array(coderCount);
  let ratedUnits = 0;
  let pairedUnits = 0;
  let agreementSum = 0;
  for (let column = 0; column < columnCount; column++) {
    let r = 0;
    for (let coder = 0; coder < coderCount; coder++) {
      const value = cells[coder * columnCount + column]!;
      if (value >= 0) unitCells[r++] = value;
    }
    if (r === 0) continue;
    const weight = columnWeight(data, column);
    ratedUnits += weight;
    for (let i = 0; i < r; i++) categoryShares[unitCells[i]!]! += weight / r;
    if (r < 2) continue;
    pairedUnits += weight;
    let agreeingPairs = 0;
    for (let i = 0; i < r; i++) for (let j = i + 1; j < r; j++) if (unitCells[i] === unitCells[j]) agreeingPairs++;
    // Unordered agreeing pairs over unordered pairs equals Σ_k r_uk (r_uk − 1) / (r_u (r_u − 1)).
    agreementSum += (weight * agreeingPairs) / ((r * (r - 1)) / 2);
  }
  if (ratedUnits > 0) categoryShares.forEach((share, k) => (categoryShares[k] = share / ratedUnits));
  return {
    ratedUnits,
    pairedUnits,
    observedAgreement: pairedUnits > 0 ? agreementSum / pairedUnits : null,
    categoryShares,
  };
}

export const NO_PAIRED_UNIT = "no unit has ratings from two coders, so there is nothing to compare";
