import { type CodingData, columnWeight } from "./coding-data";

// Keys index a table up to this size; beyond it a Map holds only the patterns that occur.
const TABLE_LIMIT = 2 ** 22;

/**
 * The same coding data with identical units merged: one column per distinct pattern of values across coders, in the
 * order each pattern first occurs, weighted by how many units have it. Every coefficient is a sum over units of what
 * each unit's values give, so the figures are the same, at the cost of the distinct patterns instead of the units: a
 * few hundred for three coders choosing among a handful of values, however many units there are.
 *
 * A pattern's key is its values read as a number in base (values + 1); data whose keys could exceed 2^53 (very many
 * coders or values) are returned unmerged, which changes nothing but the time.
 */
export function mergeIdenticalUnits(data: CodingData): CodingData {
  const { coderCount, columnCount, cells } = data;
  const radix = data.domain.length + 1;
  const keySpace = radix ** coderCount;
  if (!(keySpace <= Number.MAX_SAFE_INTEGER)) return data;

  const keys = new Float64Array(columnCount);
  for (let coder = 0, place = 1; coder < coderCount; coder++, place *= radix) {
    const row = coder * columnCount;
    for (let column = 0; column < columnCount; column++) keys[column]! += (cells[row + column]! + 1) * place;
  }
  // Each column's pattern, numbered in the order patterns first occur.
  const patternOf = new Int32Array(columnCount);
  const firstColumn: number[] = [];
  if (keySpace <= TABLE_LIMIT) {
    const table = new Int32Array(keySpace).fill(-1);
    for (let column = 0; column < columnCount; column++) {
      const key = keys[column]!;
      if (table[key]! < 0) table[key] = firstColumn.push(column) - 1;
      patternOf[column] = table[key]!;
    }
  } else {
    const numbered = new Map<number, number>();
    for (let column = 0; column < columnCount; column++) {
      let pattern = numbered.get(keys[column]!);
      if (pattern === undefined) numbered.set(keys[column]!, (pattern = firstColumn.push(column) - 1));
      patternOf[column] = pattern;
    }
  }
  const weights = new Float64Array(firstColumn.length);
  for (let column = 0; column < columnCount; column++) weights[patternOf[column]!]! += columnWeight(data, column);

  const patterns = firstColumn.length;
  const merged = new Int32Array(coderCount * patterns);
  for (let coder = 0; coder < coderCount; coder++) {
    for (let pattern = 0; pattern < patterns; pattern++) merged[coder * patterns + pattern] = cells[coder * columnCount + firstColumn[pattern]!]!;
  }
  return { ...data, columnCount: patterns, cells: merged, weights };
}
