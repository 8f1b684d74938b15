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
  unitCount: number;
  /** Domain index of coder c's value on unit u, at c * unitCount + u; -1 where the value is missing. */
  cells: Int32Array;
  /** The value domain, in the order of the given `values` list, else numbers ascending then strings. */
  domain: readonly CodingValue[];
  /** Whether the domain order is meaningful (given as a list, or all values are numbers): ordinal alpha needs it. */
  ordered: boolean;
};

/** The same units seen by a subset of coders (for pairwise coefficients such as Cohen's kappa). */
export function selectCoders(data: CodingData, coderIndices: readonly number[]): CodingData {
  const cells = new Int32Array(coderIndices.length * data.unitCount);
  coderIndices.forEach((coder, row) => {
    cells.set(data.cells.subarray(coder * data.unitCount, (coder + 1) * data.unitCount), row * data.unitCount);
  });
  return { ...data, coderCount: coderIndices.length, cells };
}
