import { expect } from "vitest";
import type { CodingData, CodingMatrix, CodingValue } from "./coding-data";
import { encodeCodingMatrix } from "./encode-coding-matrix";

/**
 * Reliability data from papers and from the test suites of established libraries, shared by the tests beside this
 * file (each test cites where its expected numbers were published). Matrices are coders × units, null = missing.
 */

/** Checked encoding for data known to be well formed. */
export function encode(matrix: CodingMatrix, values?: readonly CodingValue[]): CodingData {
  const result = encodeCodingMatrix(matrix, { values });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Asserts |actual − expected| ≤ tolerance, the tolerance written out beside each published number. A further
 * 1e-12 absorbs floating-point noise, so that a value exactly half a unit off a rounded figure (0.3125 printed as
 * 0.312) passes a tolerance of half a unit. */
export function expectNear(actual: number | null | undefined, expected: number, tolerance: number): void {
  expect(actual).toBeTypeOf("number");
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(tolerance + 1e-12);
}

/** Two coders' matrix from a contingency table given as [count, first coder's value, second coder's value]. */
export function fromContingencyTable(cells: readonly [number, CodingValue, CodingValue][]): CodingValue[][] {
  const first: CodingValue[] = [];
  const second: CodingValue[] = [];
  for (const [count, a, b] of cells) {
    for (let i = 0; i < count; i++) {
      first.push(a);
      second.push(b);
    }
  }
  return [first, second];
}

/** A raters × units matrix from Fleiss-form counts (row = unit, column = how many raters chose that category). The
 * raters are interchangeable in Fleiss' kappa, so the k-th rating of a unit goes to the k-th rater. */
export function fromCategoryCounts(rows: readonly (readonly number[])[], categories: readonly CodingValue[]) {
  const raters = rows[0]!.reduce((sum, count) => sum + count, 0);
  const matrix: CodingValue[][] = Array.from({ length: raters }, () => []);
  for (const row of rows) {
    let rater = 0;
    row.forEach((count, category) => {
      for (let i = 0; i < count; i++) matrix[rater++]!.push(categories[category]!);
    });
  }
  return matrix;
}

/** Units × raters as most sources print them, turned into coders × units. */
export function transpose<T>(rows: readonly (readonly T[])[]): T[][] {
  return rows[0]!.map((_, column) => rows.map((row) => row[column]!));
}

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C, and Krippendorff (2004), Content
 * Analysis 2nd ed., p. 230: 4 observers, 12 units, values 1–5, missing data. The same table is irrCAC's
 * raw_4raters (Gwet 2014, Handbook of Inter-Rater Reliability, 4th ed., p. 120).
 */
export const KRIPPENDORFF_2011_FOUR_CODERS: CodingMatrix = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];

/** Krippendorff (2004), Content Analysis 2nd ed., p. 224: binary data, 2 observers, 10 units. */
export const KRIPPENDORFF_2004_BINARY: CodingMatrix = [
  [1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
];

/** Krippendorff (2004), Content Analysis 2nd ed., p. 227: nominal data, 2 observers, 12 units. */
export const KRIPPENDORFF_2004_NOMINAL: CodingMatrix = [
  ["a", "a", "b", "b", "b", "b", "b", "c", "c", "c", "c", "c"],
  ["a", "b", "b", "b", "b", "b", "c", "c", "c", "c", "c", "c"],
];

/** Krippendorff (2004), Content Analysis 2nd ed., p. 246: two tables with the same pooled marginals. */
export const KRIPPENDORFF_2004_EQUAL_MARGINALS = fromContingencyTable([
  [12, "a", "a"], [9, "a", "b"], [9, "a", "c"],
  [9, "b", "a"], [14, "b", "b"], [9, "b", "c"],
  [9, "c", "a"], [9, "c", "b"], [20, "c", "c"],
]);
export const KRIPPENDORFF_2004_UNEQUAL_MARGINALS = fromContingencyTable([
  [12, "a", "a"], [18, "a", "b"], [18, "a", "c"],
  [14, "b", "b"], [18, "b", "c"],
  [20, "c", "c"],
]);

/** Artstein and Poesio (2008), "Inter-Coder Agreement for Computational Linguistics", Computational Linguistics
 * 34(4), p. 558 (two categories) and p. 568 (three categories). */
export const ARTSTEIN_POESIO_2008_TWO_CATEGORIES = fromContingencyTable([
  [20, "STAT", "STAT"], [20, "IReq", "STAT"], [10, "STAT", "IReq"], [50, "IReq", "IReq"],
]);
export const ARTSTEIN_POESIO_2008_THREE_CATEGORIES = fromContingencyTable([
  [46, "STAT", "STAT"], [6, "IReq", "STAT"], [32, "IReq", "IReq"], [6, "IReq", "Chck"], [10, "Chck", "Chck"],
]);

/** Cohen (1960), "A coefficient of agreement for nominal scales", p. 45: 200 cases, 3 categories. */
export const COHEN_1960 = fromContingencyTable([
  [88, 1, 1], [14, 1, 2], [18, 1, 3],
  [10, 2, 1], [40, 2, 2], [10, 2, 3],
  [2, 3, 1], [6, 3, 2], [12, 3, 3],
]);

/** Krippendorff (1995), "On the reliability of unitizing continuous data", p. 57, example A digitized into 24 units
 * of length 1 (as transcribed in DKPro Statistics' Krippendorff1995Test). */
export const KRIPPENDORFF_1995_DIGITIZED_A: CodingMatrix = [
  [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0],
  [0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0],
];

/** A SAS example of unweighted kappa, from statsmodels' test_inter_rater.py (table10). */
export const SAS_TABLE_10 = fromContingencyTable([
  [4, 1, 2], [1, 1, 3],
  [8, 2, 2],
  [1, 3, 2], [5, 3, 3],
]);

/** R irr's anxiety data (20 subjects, 3 raters), raters 2 and 3, as statsmodels' test_inter_rater.py lists it. */
const ANXIETY_FLAT = [
  3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3, 3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3,
  4, 2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2,
];
export const IRR_ANXIETY_RATERS_2_AND_3: CodingMatrix = [ANXIETY_FLAT.slice(20, 40), ANXIETY_FLAT.slice(40, 60)];

/** Fleiss (1971), "Measuring nominal scale agreement among many raters", Table 1: 30 patients, 6 psychiatric
 * diagnoses each (1 depression, 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other); R irr's diagnoses. */
export const FLEISS_1971_DIAGNOSES: CodingMatrix = transpose([
  [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
  [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
  [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
  [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
  [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
  [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
]);

/** Wikipedia's Fleiss' kappa example, 10 subjects × 14 raters × 5 categories, as statsmodels' test_inter_rater.py
 * lists it (table0). */
export const WIKIPEDIA_FLEISS = fromCategoryCounts(
  [
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
  ],
  [1, 2, 3, 4, 5],
);

/** Hayes and Krippendorff (2007), "Answering the call for a standard reliability measure for coding data", Table 1
 * (p. 84): 5 observers, 40 units, ordinal values 0–3. */
export const HAYES_KRIPPENDORFF_2007: CodingMatrix = transpose([
  [1, 1, 2, null, 2], [1, 1, 0, 1, null], [2, 3, 3, 3, null], [null, 0, 0, null, 0], [0, 0, 0, null, 0],
  [0, 0, 0, null, 0], [1, 0, 2, null, 1], [1, null, 2, 0, null], [2, 2, 2, null, 2], [2, 1, 1, 1, null],
  [null, 1, 0, 0, null], [0, 0, 0, 0, null], [1, 2, 2, 2, null], [3, 3, 2, 2, 3], [1, 1, 1, null, 1],
  [1, 1, 1, null, 1], [2, 1, 2, null, 2], [1, 2, 3, 3, null], [1, 1, 0, 1, null], [0, 0, 0, null, 0],
  [0, 0, 1, 1, null], [0, 0, null, 0, 0], [2, 3, 3, 3, null], [0, 0, 0, 0, null], [1, 2, null, 2, 2],
  [0, 1, 1, 1, null], [0, 0, 0, 1, 0], [1, 2, 1, 2, null], [1, 1, 2, 2, null], [1, 1, 2, null, 2],
  [1, 1, 0, null, 0], [2, 1, 2, 1, null], [2, 2, null, 2, 2], [3, 2, 2, 2, null], [2, 2, 2, null, 2],
  [2, 2, 3, null, 2], [2, 2, 2, null, 2], [2, 2, null, 1, 2], [2, 2, 2, 2, null], [1, 1, 1, null, 1],
]);

/** Wikipedia's Krippendorff's alpha example (3 coders, 15 units), as the Python krippendorff package's tests list
 * it. */
export const WIKIPEDIA_ALPHA: CodingMatrix = [
  [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
  [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
  [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
];

/** irrCAC's raw_5observers (Gwet 2014, Handbook, 4th ed.): 5 observers, 15 units, values 0–3. */
export const IRRCAC_5_OBSERVERS: CodingMatrix = [
  [1, 1, 2, null, 0, 0, 1, 1, 2, 2, null, 0, 1, 3, 1],
  [1, 1, 3, 0, 0, 0, 0, null, 2, 1, 1, 0, 2, 3, 1],
  [2, 0, 3, 0, 0, 0, 2, 2, 2, 1, 0, 0, 2, 2, 1],
  [null, 1, 3, null, null, null, null, 0, null, 1, 0, 0, 2, 2, null],
  [2, null, null, 0, 0, 0, 1, null, 2, null, null, null, null, 3, 1],
];

/** irrCAC's raw_gender: 4 raters, 15 units, values a–c. */
export const IRRCAC_GENDER: CodingMatrix = [
  "a a a a a b b b c a a a a a b".split(" "),
  "a a a a b a b c c a a a a b a".split(" "),
  "a b b c a a b b c a b b c a a".split(" "),
  "c c c c a a b b c c c c c a a".split(" "),
];

/** irrCAC's raw_ben_gerry: 2 raters, 12 units, values a–e, one missing. */
export const IRRCAC_BEN_GERRY: CodingMatrix = [
  ["a", "a", "b", "b", "d", "c", "c", "c", "e", "d", "d", "a"],
  ["b", "a", "b", "b", "b", "c", "c", "c", "e", null, "d", "d"],
];
