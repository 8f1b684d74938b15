/**
 * Coding data (Krippendorff's "reliability data"): a coders × units matrix in which each coder assigns at most one
 * value to each unit. Statistics work on the encoded form, where each cell is an index into the value domain, so that
 * large matrices cost one Int32Array rather than an array of arrays of mixed values.
 */

export type CodingValue = number | string;

/** Rows are coders, columns are units, null is a missing value. */
export type CodingMatrix = readonly (readonly (CodingValue | null)[])[];

export type CodingData = {
  coderCount: number;
  /** Units coded: the columns' weights added up. */
  unitCount: number;
  /** Columns of `cells`: one per unit, or one per pattern of values when identical units were merged. */
  columnCount: number;
  /** Domain index of coder c's value in column u, at c * columnCount + u; -1 where the value is missing. */
  cells: Int32Array;
  /** How many identical units each column stands for; null when every column is one unit. Every coefficient is a sum
   * over units of what each unit's values give, so a column counts as many times as its weight. */
  weights: Float64Array | null;
  /** The value domain, in the order of the given `values` list, else numbers ascending then strings. */
  domain: readonly CodingValue[];
  /** Whether the domain order is meaningful (given as a list, or all values are numbers): ordinal alpha needs it. */
  ordered: boolean;
};

/** The same units seen by a subset of coders (for pairwise coefficients such as Cohen's kappa). */
export function selectCoders(data: CodingData, coderIndices: readonly number[]): CodingData {
  const { columnCount } = data;
  const cells = new Int32Array(coderIndices.length * columnCount);
  coderIndices.forEach((coder, row) => {
    cells.set(data.cells.subarray(coder * columnCount, (coder + 1) * columnCount), row * columnCount);
  });
  return { ...data, coderCount: coderIndices.length, cells };
}

/** The number of units column u stands for. */
export function columnWeight(data: CodingData, column: number): number {
  return data.weights ? data.weights[column]! : 1;
}
