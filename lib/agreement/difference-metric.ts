import type { CodingData } from "./coding-data";
import { fail, ok, type Result } from "./result";

export type MeasurementLevel = "nominal" | "ordinal" | "interval" | "ratio";

export const MEASUREMENT_LEVELS: readonly MeasurementLevel[] = ["nominal", "ordinal", "interval", "ratio"];

export type DifferenceMetric = {
  /** δ²(c, k) between the values at domain indices c and k. */
  squared: (c: number, k: number) => number;
  /** Σ_c Σ_k n_c · n_k · δ²(c, k) over the pairable value counts n: the numerator of n(n − 1) · D_e. */
  sumOverValuePairs: number;
};

/**
 * Krippendorff's difference functions (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section E):
 *
 * - nominal: δ² = 0 if c = k, else 1
 * - ordinal: δ² = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)², g running over the domain order, so values nobody used
 *   (n_g = 0) add nothing; this equals (M_k − M_c)² with the mid-rank M_g = Σ_{h<g} n_h + n_g / 2
 * - interval: δ² = (c − k)²
 * - ratio: δ² = ((c − k) / (c + k))², taken as 0 when c = k = 0
 *
 * `counts[v]` is n_v, the number of pairable values equal to domain value v (the coincidence matrix marginals).
 * Fails when interval or ratio data hold a non-number, ratio data a negative number, or ordinal data strings with
 * no `values` list to order them.
 */
export function differenceMetric(
  data: CodingData,
  level: MeasurementLevel,
  counts: Float64Array,
): Result<DifferenceMetric> {
  const n = counts.reduce((sum, count) => sum + count, 0);
  if (level === "nominal") {
    const sumOfSquares = counts.reduce((sum, count) => sum + count * count, 0);
    return ok({ squared: (c, k) => (c === k ? 0 : 1), sumOverValuePairs: n * n - sumOfSquares });
  }
  if (level === "ordinal") {
    if (!data.ordered) return fail(`ordinal alpha needs the order of string values: list them in order as "values"`);
    const midRanks = new Float64Array(counts.length);
    let below = 0;
    counts.forEach((count, value) => {
      midRanks[value] = below + count / 2;
      below += count;
    });
    return ok(squaredDistanceMetric(midRanks, counts, n));
  }

  const numbers = new Float64Array(data.domain.length);
  for (const [index, value] of data.domain.entries()) {
    if (typeof value !== "number") return fail(`${level} alpha needs numbers, but ${JSON.stringify(value)} is not one`);
    if (level === "ratio" && value < 0) return fail(`ratio alpha needs values of at least 0, but ${value} is negative`);
    numbers[index] = value;
  }
  if (level === "interval") return ok(squaredDistanceMetric(numbers, counts, n));

  const ratio = (c: number, k: number) => {
    const sum = numbers[c]! + numbers[k]!;
    return sum === 0 ? 0 : ((numbers[c]! - numbers[k]!) / sum) ** 2;
  };
  // No closed form for the ratio sum: it runs over pairs of values in use, V² for V distinct values.
  const used = [...counts.keys()].filter((value) => counts[value]! > 0);
  let sumOverValuePairs = 0;
  for (const c of used) for (const k of used) sumOverValuePairs += counts[c]! * counts[k]! * ratio(c, k);
  return ok({ squared: ratio, sumOverValuePairs });
}

/** δ² = (x_c − x_k)², whose sum over value pairs is 2n · Σ_c n_c (x_c − x̄)², linear in the number of
 * values. Centring on the mean x̄ keeps large values from cancelling catastrophically. */
function squaredDistanceMetric(coordinates: Float64Array, counts: Float64Array, n: number): DifferenceMetric {
  let weighted = 0;
  counts.forEach((count, value) => (weighted += count * coordinates[value]!));
  const mean = n > 0 ? weighted / n : 0;
  let spread = 0;
  counts.forEach((count, value) => (spread += count * (coordinates[value]! - mean) ** 2));
  return {
    squared: (c, k) => (coordinates[c]! - coordinates[k]!) ** 2,
    sumOverValuePairs: 2 * n * spread,
  };
}
