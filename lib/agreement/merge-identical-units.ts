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

  // Each column's key is computed where it is used, and its weight added to its pattern's at once: arrays of a key
  // and a pattern per column would be most of the time this takes (memory written for the first time is slow).
  const keyOf = (column: number) => {
    let key = 0;
    for (let coder = 0, place = 1; coder < coderCount; coder++, place *= radix) key += (cells[coder * columnCount + column]! + 1) * place;
    return key;
  };
  const firstColumn: number[] = [];
  const weightOf: number[] = [];
  const count = (pattern: number, column: number) => {
    weightOf[pattern] = (weightOf[pattern] ?? 0) + columnWeight(data, column);
  };
  if (keySpace <= TABLE_LIMIT) {
    const table = new Int32Array(keySpace).fill(-1);
    for (let column = 0; column < columnCount; column++) {
      const key = keyOf(column);
      if (table[key]! < 0) table[key] = firstColumn.push(column) - 1;
      count(table[key]!, column);
    }
  } else {
    const numbered = new Map<number, number>();
    for (let column = 0; column < columnCount; column++) {
      const key = keyOf(column);
      let pattern = numbered.get(key);
      if (pattern === undefined) numbered.set(key, (pattern = firstColumn.push(column) - 1));
      count(pattern, column);
    }
  }
  const weights = Float64Array.from(weightOf);

  const patterns = firstColumn.length;
  const merged = new Int32Array(coderCount * patterns);
  for (let coder = 0; coder < coderCount; coder++) {
    for (let pattern = 0; pattern < patterns; pattern++) merged[coder * patterns + pattern] = cells[coder * columnCount + firstColumn[pattern]!]!;
  }
  return { ...data, columnCount: patterns, cells: merged, weights };
}
