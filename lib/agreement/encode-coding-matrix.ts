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
  const indexed = indexDomain(domain);
  if (!indexed.ok) return indexed;
  const indexOf = indexed.value;

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
  return ok({ coderCount, unitCount, columnCount: unitCount, cells, weights: null, domain, ordered });
}

/**
 * encodeCodingMatrix for a matrix of numbers only, rows as read by scan-numeric-matrix.ts (NaN for null): the same
 * checks, messages and result, without an array of boxed values per row. `wholeNumbers`, when the caller already knows
 * that every value is a whole number between low and high, spares a pass over the rows.
 */
export function encodeNumericRows(
  rows: readonly Float64Array[],
  options: EncodeOptions = {},
  wholeNumbers: WholeNumberRange | null = wholeNumberRange(rows),
): Result<CodingData> {
  const coderCount = rows.length;
  const unitCount = rows[0]?.length ?? 0;
  for (let row = 1; row < coderCount; row++) {
    const length = rows[row]!.length;
    if (length !== unitCount) return fail(`matrix row ${row + 1} has ${length} values, row 1 has ${unitCount}`);
  }
  const short = wholeNumbers && wholeNumbers.high - wholeNumbers.low < 65_536 ? wholeNumbers : null;
  const domain = options.values ? [...options.values] : short ? usedWholeNumbers(rows, short) : usedNumbers(rows);
  const indexed = indexDomain(domain);
  if (!indexed.ok) return indexed;
  const cells = new Int32Array(coderCount * unitCount);
  if (short) {
    const table = smallIntegerTable(domain, short);
    for (let coder = 0; coder < coderCount; coder++) {
      const unit = encodeRowByTable(rows[coder]!, cells, coder * unitCount, table, short.low);
      if (unit >= 0) return fail(`matrix row ${coder + 1}, column ${unit + 1}: ${rows[coder]![unit]} is not in values`);
    }
    return ok({ coderCount, unitCount, columnCount: unitCount, cells, weights: null, domain, ordered: true });
  }
  const indexOf = indexed.value;
  for (let coder = 0; coder < coderCount; coder++) {
    const row = rows[coder]!;
    for (let unit = 0; unit < unitCount; unit++) {
      const value = row[unit]!;
      if (Number.isNaN(value)) {
        cells[coder * unitCount + unit] = -1;
        continue;
      }
      const index = indexOf.get(value);
      if (index === undefined) return fail(`matrix row ${coder + 1}, column ${unit + 1}: ${value} is not in values`);
      cells[coder * unitCount + unit] = index;
    }
  }
  const ordered = options.values !== undefined || domain.every((value) => typeof value === "number");
  return ok({ coderCount, unitCount, columnCount: unitCount, cells, weights: null, domain, ordered });
}

/** Distinct numbers of the rows, ascending. */
function usedNumbers(rows: readonly Float64Array[]): number[] {
  const numbers = new Set<number>();
  for (const row of rows) {
    // Runs of the same value are common (a coder's codes); skipping repeats spares most of the set's work.
    let previous = NaN;
    for (const value of row) {
      if (value !== previous && !Number.isNaN(value)) numbers.add(value);
      previous = value;
    }
  }
  return [...numbers].sort((a, b) => a - b);
}

export type WholeNumberRange = { low: number; high: number };

/** The lowest and highest value when every value of the rows is a whole number (nulls aside), else null. */
function wholeNumberRange(rows: readonly Float64Array[]): WholeNumberRange | null {
  let low = Infinity;
  let high = -Infinity;
  for (const row of rows) {
    for (const value of row) {
      if (Number.isNaN(value)) continue;
      if (!Number.isInteger(value)) return null;
      if (value < low) low = value;
      if (value > high) high = value;
    }
  }
  return low <= high ? { low, high } : null;
}

/** The distinct whole numbers of the rows, ascending, marked in a table over their short range rather than a set. */
function usedWholeNumbers(rows: readonly Float64Array[], { low, high }: WholeNumberRange): number[] {
  const used = new Uint8Array(high - low + 1);
  for (const row of rows) markUsed(row, used, low);
  const numbers: number[] = [];
  used.forEach((mark, offset) => {
    if (mark) numbers.push(low + offset);
  });
  return numbers;
}

// Loops over a row are functions of their own, called per row: the engine then optimises each with a whole row's
// feedback, where a loop inlined in a function run once ran long in the interpreter.
function markUsed(row: Float64Array, used: Uint8Array, low: number): void {
  // "| 0" makes the index a small integer, which typed arrays read and write much faster than a double.
  for (let unit = 0; unit < row.length; unit++) {
    const value = row[unit]!;
    if (value === value) used[(value - low) | 0] = 1;
  }
}

/** For whole numbers in a short range, the usual codes 0 … q, a table from value − low to the domain index (−1: none). */
function smallIntegerTable(domain: readonly CodingValue[], { low, high }: WholeNumberRange): Int32Array {
  const table = new Int32Array(high - low + 1).fill(-1);
  domain.forEach((value, index) => {
    if (typeof value === "number" && Number.isInteger(value) && value >= low && value <= high) table[value - low] = index;
  });
  return table;
}

/** Writes a row's domain indices (−1 for null) from `offset` on; returns the first unit whose value has none, or −1. */
function encodeRowByTable(row: Float64Array, cells: Int32Array, offset: number, table: Int32Array, low: number): number {
  for (let unit = 0; unit < row.length; unit++) {
    const value = row[unit]!;
    if (value !== value) {
      cells[offset + unit] = -1;
      continue;
    }
    const index = table[(value - low) | 0]!;
    if (index < 0) return unit;
    cells[offset + unit] = index;
  }
  return -1;
}

/** Each domain value's index; fails on a non-finite number or a repeated value. */
function indexDomain(domain: readonly CodingValue[]): Result<Map<CodingValue, number>> {
  const indexOf = new Map<CodingValue, number>();
  for (const [index, value] of domain.entries()) {
    if (typeof value === "number" && !Number.isFinite(value)) return fail(`values has ${value}, which is not finite`);
    if (indexOf.has(value)) return fail(`values lists ${JSON.stringify(value)} twice`);
    indexOf.set(value, index);
  }
  return ok(indexOf);
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
