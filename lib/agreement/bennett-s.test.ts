import { describe, expect, it } from "vitest";
import { bennettsS } from "./bennett-s";
import type { CodingMatrix } from "./coding-data";
import {
  ARTSTEIN_POESIO_2008_THREE_CATEGORIES,
  ARTSTEIN_POESIO_2008_TWO_CATEGORIES,
  encode,
  expectNear,
  IRRCAC_5_OBSERVERS,
  KRIPPENDORFF_2004_EQUAL_MARGINALS,
  KRIPPENDORFF_2011_FOUR_CODERS,
} from "./published-reliability-data";

function s(matrix: CodingMatrix, categories?: number) {
  const result = bennettsS(encode(matrix), { categories });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("bennettsS on published examples", () => {
  // R irrCAC's bp.coeff.raw, as the Python irrCAC port's test_bp.py records it (3 decimals): 0.773 with pe 0.200
  // on the 4-rater data, 0.487 with pe 0.250 on the 5-observer data.
  it("matches irrCAC's Brennan-Prediger coefficient", () => {
    const four = s(KRIPPENDORFF_2011_FOUR_CODERS);
    expectNear(four.expected_agreement, 0.2, 0.0005);
    expectNear(four.value, 0.773, 0.0005);
    const five = s(IRRCAC_5_OBSERVERS);
    expectNear(five.expected_agreement, 0.25, 0.0005);
    expectNear(five.value, 0.487, 0.0005);
  });

  // Artstein and Poesio (2008), pp. 558 and 568, via DKPro Statistics: S = .4 (A_e .5) and .82 (A_e .333).
  it("gives Artstein and Poesio's 0.4 and 0.82", () => {
    expectNear(s(ARTSTEIN_POESIO_2008_TWO_CATEGORIES).value, 0.4, 0.0005);
    const three = s(ARTSTEIN_POESIO_2008_THREE_CATEGORIES);
    expectNear(three.expected_agreement, 0.333, 0.0005);
    expectNear(three.value, 0.82, 0.0005);
  });

  // Krippendorff (2004), p. 246, via DKPro Statistics: S = .190.
  it("gives Krippendorff's 0.190", () => {
    expectNear(s(KRIPPENDORFF_2004_EQUAL_MARGINALS).value, 0.19, 0.0005);
  });
});

describe("bennettsS", () => {
  it("takes the number of categories from the caller, so unused categories lower chance agreement", () => {
    // Two coders agreeing on 3 of 4 units: S = (q · 0.75 − 1) / (q − 1).
    const matrix = [["a", "b", "a", "b"], ["a", "b", "a", "a"]];
    expect(s(matrix).value).toBeCloseTo((2 * 0.75 - 1) / 1, 12);
    expect(s(matrix, 4).value).toBeCloseTo((4 * 0.75 - 1) / 3, 12);
  });
  it("is undefined with one category", () => {
    expect(s([["a"], ["a"]]).value).toBeNull();
  });
});
