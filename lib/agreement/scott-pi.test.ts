import { describe, expect, it } from "vitest";
import type { CodingMatrix } from "./coding-data";
import {
  ARTSTEIN_POESIO_2008_THREE_CATEGORIES,
  ARTSTEIN_POESIO_2008_TWO_CATEGORIES,
  encode,
  expectNear,
  KRIPPENDORFF_1995_DIGITIZED_A,
  KRIPPENDORFF_2004_EQUAL_MARGINALS,
  KRIPPENDORFF_2004_UNEQUAL_MARGINALS,
} from "./published-reliability-data";
import { scottsPi } from "./scott-pi";

function pi(matrix: CodingMatrix) {
  const result = scottsPi(encode(matrix));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("scottsPi on published examples", () => {
  // Artstein and Poesio (2008), pp. 558 and 568, via DKPro Statistics: π = .341 (A_e .545) and .7995 (A_e .4014).
  it("gives Artstein and Poesio's 0.341 and 0.7995", () => {
    const two = pi(ARTSTEIN_POESIO_2008_TWO_CATEGORIES);
    expectNear(two.expected_agreement, 0.545, 0.0005);
    expectNear(two.value, 0.341, 0.0005);
    const three = pi(ARTSTEIN_POESIO_2008_THREE_CATEGORIES);
    expectNear(three.expected_agreement, 0.4014, 5e-5);
    expectNear(three.value, 0.7995, 5e-5);
  });

  // Krippendorff (2004), p. 246, via DKPro Statistics: π = .186 for both tables, which share pooled marginals.
  it("gives 0.186 for both of Krippendorff's tables, blind to who disagreed how", () => {
    expectNear(pi(KRIPPENDORFF_2004_EQUAL_MARGINALS).value, 0.186, 0.0005);
    expectNear(pi(KRIPPENDORFF_2004_UNEQUAL_MARGINALS).value, 0.186, 0.0005);
  });

  // Krippendorff (1995), p. 57, example A digitized, via DKPro Statistics' Krippendorff1995Test: π = .314.
  it("gives 0.314 for Krippendorff's 1995 digitized example A", () => {
    expectNear(pi(KRIPPENDORFF_1995_DIGITIZED_A).value, 0.314, 0.0005);
  });
});

describe("scottsPi", () => {
  it("refuses data with other than two coders", () => {
    expect(scottsPi(encode([[1], [1], [1]])).ok).toBe(false);
  });
  it("is undefined with a reason when no unit has both values", () => {
    expect(pi([[1, null], [null, 2]]).value).toBeNull();
  });
});
