import type { CodingData, CodingMatrix, CodingValue } from "./coding-data";
import { fail, ok, type Result } from "./result";

export type EncodeOptions = {
  /** The ordered value domain. Values nobody used are allowed; a used value missing from it is an error. */
  values?: readonly CodingValue[];
};

/**
 * Checks a coders × units matrix and encodes it as {@link CodingData}. Rows and columns in messages count from 1,
 * as a person reading the matrix would.
 *
 * Fails when rows differ in length, a number is not finite, `values` repeats a value, or a used value is not in
 * `values`. The number 1 and the string "1" are different values.
 */
export function encodeCodingMatrix(matrix: CodingMatrix, options: EncodeOptions = {}): Result<CodingData> {
  const coderCount = matrix.length;
  const unitCount = matrix[0]?.length ?? 0;
  for (let row = 1; row < coderCount; row++) {
    const length = matrix[row]!.length;
    if (length !== unitCount) return fail(`matrix row ${row + 1} has ${length} values, row 1 has ${unitCount}`);
  }

  const domain = options.values ? [...options.values] : usedValues(matrix);
  const indexOf = new Map<CodingValue, number>();
  for (const [index, value] of domain.entries()) {
    if (typeof value === "number" && !Number.isFinite(value)) return fail(`values has ${value}, which is not finite`);
    if (indexOf.has(value)) return fail(`values lists ${JSON.stringify(value)} twice`);
    indexOf.set(value, index);
  }

  const cells = new Int32Array(coderCount * unitCount);
  for (let coder = 0; coder < coderCount; coder++) {
    const row = matrix[coder]!;
    for (let unit = 0; unit < unitCount; unit++) {
      const value = row[unit];
      if (value === null || value === undefined) {
        cells[coder * unitCount + unit] = -1;
        continue;
      }
      const index = indexOf.get(value);
      if (index === undefined) {
        const problem = typeof value === "number" && !Number.isFinite(value) ? "is not finite" : "is not in values";
        const shown = typeof value === "number" ? String(value) : JSON.stringify(value);
        return fail(`matrix row ${coder + 1}, column ${unit + 1}: ${shown} ${problem}`);
      }
      cells[coder * unitCount + unit] = index;
    }
  }

  const ordered = options.values !== undefined || domain.every((value) => typeof value === "number");
  return ok({ coderCount, unitCount, cells, domain, ordered });
}

/** Distinct values in the matrix: numbers ascending, then strings in code unit order. Non-finite numbers are left
 * out here so that the cell loop reports them with their position. */
function usedValues(matrix: CodingMatrix): CodingValue[] {
  const numbers = new Set<number>();
  const strings = new Set<string>();
  for (const row of matrix) {
    for (const value of row) {
      if (typeof value === "number" && Number.isFinite(value)) numbers.add(value);
      else if (typeof value === "string") strings.add(value);
    }
  }
  return [...[...numbers].sort((a, b) => a - b), ...[...strings].sort()];
}
