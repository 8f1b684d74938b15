import { type CodingData, columnWeight } from "./coding-data";
import { fail, ok, type Result } from "./result";

/**
 * The contingency table that Cohen's kappa and Scott's pi read, over the units both coders coded (a unit missing
 * either value is left out): how many units there are, on how many the two agree, and each coder's count per value.
 */
export type TwoCoderTable = {
  units: number;
  agreements: number;
  firstCounts: Float64Array;
  secondCounts: Float64Array;
};

export function twoCoderTable(data: CodingData, coefficient: string): Result<TwoCoderTable> {
  if (data.coderCount !== 2) return fail(`${coefficient} needs exactly two coders; the data have ${data.coderCount}`);
  const { columnCount, cells } = data;
  const firstCounts = new Float64Array(data.domain.length);
  const secondCounts = new Float64Array(data.domain.length);
  let units = 0;
  let agreements = 0;
  for (let column = 0; column < columnCount; column++) {
    const first = cells[column]!;
    const second = cells[columnCount + column]!;
    if (first < 0 || second < 0) continue;
    const weight = columnWeight(data, column);
    units += weight;
    if (first === second) agreements += weight;
    firstCounts[first]! += weight;
    secondCounts[second]! += weight;
  }
  return ok({ units, agreements, firstCounts, secondCounts });
}

export const NO_SHARED_UNIT = "no unit has values from both coders, so there is nothing to compare";
