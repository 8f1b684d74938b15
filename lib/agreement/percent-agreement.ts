import { type CodingData, columnWeight } from "./coding-data";

/**
 * Percent agreement as read from Krippendorff's coincidence matrix: Σ_c o_cc / n, the diagonal over n pairable
 * values, which is 1 − D_o of nominal alpha. Each pairable unit (m_u ≥ 2 values) adds its agreeing ordered pairs of
 * values from different coders, weighted 1 / (m_u − 1), so a unit counts in proportion to its values. For two coders
 * with no missing values this is the share of units on which they agree.
 *
 * Null when no unit has two values.
 */
export function percentAgreement(data: CodingData): number | null {
  const { coderCount, columnCount, cells } = data;
  const unitCells = new Int32Array(coderCount);
  let diagonal = 0;
  let n = 0;
  for (let column = 0; column < columnCount; column++) {
    let m = 0;
    for (let coder = 0; coder < coderCount; coder++) {
      const value = cells[coder * columnCount + column]!;
      if (value >= 0) unitCells[m++] = value;
    }
    if (m < 2) continue;
    let agreeingPairs = 0;
    for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) if (unitCells[i] === unitCells[j]) agreeingPairs++;
    const weight = columnWeight(data, column);
    diagonal += (weight * 2 * agreeingPairs) / (m - 1);
    n += weight * m;
  }
  return n > 0 ? diagonal / n : null;
}
