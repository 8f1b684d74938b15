import { describe, expect, it } from "vitest";
import type { CodingMatrix } from "./coding-data";
import { gwetsAc1 } from "./gwet-ac1";
import {
  encode,
  expectNear,
  IRRCAC_5_OBSERVERS,
  IRRCAC_BEN_GERRY,
  IRRCAC_GENDER,
  KRIPPENDORFF_2011_FOUR_CODERS,
} from "./published-reliability-data";

function ac1(matrix: CodingMatrix, categories?: number) {
  const result = gwetsAc1(encode(matrix), { categories });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

// Expected values: R irrCAC's gwet.ac1.raw on its sample data sets, as the Python irrCAC port's test_gwet.py
// records them, rounded to 3 decimals (tolerance 0.0005).
describe("gwetsAc1 against irrCAC", () => {
  it("gives 0.775 (pa 0.818, pe 0.190) on the 4-rater data", () => {
    const result = ac1(KRIPPENDORFF_2011_FOUR_CODERS);
    expectNear(result.observed_agreement, 0.818, 0.0005);
    expectNear(result.expected_agreement, 0.19, 0.0005);
    expectNear(result.value, 0.775, 0.0005);
  });
  it("gives 0.497 (pa 0.616, pe 0.236) on the 5-observer data", () => {
    const result = ac1(IRRCAC_5_OBSERVERS);
    expectNear(result.observed_agreement, 0.616, 0.0005);
    expectNear(result.expected_agreement, 0.236, 0.0005);
    expectNear(result.value, 0.497, 0.0005);
  });
  it("gives 0.208 (pe 0.312) on the gender data", () => {
    const result = ac1(IRRCAC_GENDER);
    expectNear(result.expected_agreement, 0.312, 0.0005);
    expectNear(result.value, 0.208, 0.0005);
  });
  it("gives 0.661 (pa 0.727, pe 0.194) on Ben and Gerry's ratings with a missing value", () => {
    const result = ac1(IRRCAC_BEN_GERRY);
    expectNear(result.observed_agreement, 0.727, 0.0005);
    expectNear(result.expected_agreement, 0.194, 0.0005);
    expectNear(result.value, 0.661, 0.0005);
  });
});

describe("gwetsAc1", () => {
  it("counts categories nobody used when q is given", () => {
    // With q = 3 instead of 2, p_e = Σ π(1 − π) / (q − 1) halves: 0.5 → 0.25.
    expect(ac1([["y", "n"], ["y", "n"]], 2).expected_agreement).toBe(0.5);
    expect(ac1([["y", "n"], ["y", "n"]], 3).expected_agreement).toBe(0.25);
  });
  it("is undefined with a single category", () => {
    expect(ac1([["y", "y"], ["y", "y"]])).toMatchObject({
      value: null,
      reason: expect.stringContaining("two categories"),
    });
  });
  it("refuses fewer categories than values in use", () => {
    expect(gwetsAc1(encode([[1, 2, 3], [1, 2, 3]]), { categories: 2 })).toEqual({
      ok: false,
      error: "categories is 2, but the data have 3 distinct values",
    });
  });
});
