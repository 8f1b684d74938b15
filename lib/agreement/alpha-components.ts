import { type CodingData, columnWeight } from "./coding-data";
import { differenceMetric, type MeasurementLevel } from "./difference-metric";
import { ok, type Result } from "./result";

/**
 * What Krippendorff's alpha is made of, kept per unit so that the bootstrap can resample units without recomputing
 * the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section C):
 *
 * - a unit is pairable when it has m_u ≥ 2 values; only pairable values enter the coincidence matrix, each ordered
 *   pair of values from different coders adding 1 / (m_u − 1) to o_ck
 * - n = Σ_u m_u over pairable units, the number of pairable values
 * - D_o = (1 / n) Σ_c Σ_k o_ck δ²(c, k) = (1 / n) Σ_u d_u, where d_u = Σ_{i≠j} δ²(v_ui, v_uj) / (m_u − 1)
 * - D_e = (1 / (n (n − 1))) Σ_c Σ_k n_c n_k δ²(c, k)
 */
export type AlphaComponents = {
  /** Columns of the data holding pairable units (m_u ≥ 2). */
  pairableUnits: Int32Array;
  /** d_u for each pairable column, in the order of `pairableUnits`. */
  unitDisagreement: Float64Array;
  /** m_u for each pairable column, in the order of `pairableUnits`. */
  unitValues: Float64Array;
  /** How many units each pairable column stands for (see CodingData's weights); null when each is one. */
  unitWeights: Float64Array | null;
  /** n, the number of pairable values. */
  pairableValues: number;
  /** D_o, or null when nothing is pairable. */
  observedDisagreement: number | null;
  /** D_e, or null when nothing is pairable. */
  expectedDisagreement: number | null;
};

export function alphaComponents(data: CodingData, level: MeasurementLevel): Result<AlphaComponents> {
  const { coderCount, columnCount, cells } = data;
  const valuesPerUnit = new Int32Array(columnCount);
  for (let coder = 0; coder < coderCount; coder++) {
    for (let unit = 0; unit < columnCount; unit++) if (cells[coder * columnCount + unit]! >= 0) valuesPerUnit[unit]!++;
  }
  let pairableCount = 0;
  for (let unit = 0; unit < columnCount; unit++) if (valuesPerUnit[unit]! >= 2) pairableCount++;
  const pairableUnits = new Int32Array(pairableCount);
  for (let unit = 0, position = 0; unit < columnCount; unit++) {
    if (valuesPerUnit[unit]! >= 2) pairableUnits[position++] = unit;
  }

  const counts = new Float64Array(data.domain.length);
  for (const unit of pairableUnits) {
    const weight = columnWeight(data, unit);
    for (let coder = 0; coder < coderCount; coder++) {
      const value = cells[coder * columnCount + unit]!;
      if (value >= 0) counts[value]! += weight;
    }
  }
  const metric = differenceMetric(data, level, counts);
  if (!metric.ok) return metric;
  const { squared, sumOverValuePairs } = metric.value;

  const unitDisagreement = new Float64Array(pairableUnits.length);
  const unitValues = new Float64Array(pairableUnits.length);
  const unitCells = new Int32Array(coderCount);
  let disagreementSum = 0;
  let n = 0;
  for (let position = 0; position < pairableCount; position++) {
    const unit = pairableUnits[position]!;
    let m = 0;
    for (let coder = 0; coder < coderCount; coder++) {
      const value = cells[coder * columnCount + unit]!;
      if (value >= 0) unitCells[m++] = value;
    }
    let pairSum = 0;
    for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) pairSum += squared(unitCells[i]!, unitCells[j]!);
    // Each unordered pair stands for two ordered pairs of the coincidence matrix.
    const disagreement = (2 * pairSum) / (m - 1);
    unitDisagreement[position] = disagreement;
    unitValues[position] = m;
    const weight = columnWeight(data, unit);
    disagreementSum += weight * disagreement;
    n += weight * m;
  }

  return ok({
    pairableUnits,
    unitDisagreement,
    unitValues,
    unitWeights: data.weights && Float64Array.from(pairableUnits, (unit) => data.weights![unit]!),
    pairableValues: n,
    observedDisagreement: n > 0 ? disagreementSum / n : null,
    expectedDisagreement: n > 0 ? sumOverValuePairs / (n * (n - 1)) : null,
  });
}
