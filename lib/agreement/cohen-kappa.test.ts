import { describe, expect, it } from "vitest";
import type { CodingMatrix } from "./coding-data";
import { cohensKappa } from "./cohen-kappa";
import {
  ARTSTEIN_POESIO_2008_THREE_CATEGORIES,
  ARTSTEIN_POESIO_2008_TWO_CATEGORIES,
  COHEN_1960,
  encode,
  expectNear,
  IRR_ANXIETY_RATERS_2_AND_3,
  KRIPPENDORFF_1995_DIGITIZED_A,
  KRIPPENDORFF_2004_EQUAL_MARGINALS,
  KRIPPENDORFF_2004_UNEQUAL_MARGINALS,
  KRIPPENDORFF_2011_FOUR_CODERS,
  SAS_TABLE_10,
} from "./published-reliability-data";

function kappa(matrix: CodingMatrix) {
  const result = cohensKappa(encode(matrix));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("cohensKappa on published examples", () => {
  // Cohen (1960), p. 45: p_o = .70, p_c = .41, κ = .492 (tolerances: half a unit in the last digit).
  it("gives 0.492 for Cohen's 200-case example", () => {
    const result = kappa(COHEN_1960);
    expectNear(result.observed_agreement, 0.7, 0.005);
    expectNear(result.expected_agreement, 0.41, 0.005);
    expectNear(result.value, 0.492, 0.0005);
  });

  // R irr: kappa2(anxiety[,2:3]) = -0.006289308, as statsmodels' test_inter_rater.py records it (tolerance 5e-10).
  it("matches R irr's kappa2 on raters 2 and 3 of the anxiety data", () => {
    expectNear(kappa(IRR_ANXIETY_RATERS_2_AND_3).value, -0.006289308, 5e-10);
  });

  // A SAS printout of simple kappa, 0.4842, from statsmodels' test_inter_rater.py (tolerance 5e-5).
  it("matches SAS on statsmodels' table10", () => {
    expectNear(kappa(SAS_TABLE_10).value, 0.4842, 5e-5);
  });

  // Artstein and Poesio (2008), pp. 558 and 568, via DKPro Statistics: κ = .348 (A_e .54) and .801 (A_e .396).
  it("gives Artstein and Poesio's 0.348 and 0.801", () => {
    const two = kappa(ARTSTEIN_POESIO_2008_TWO_CATEGORIES);
    expectNear(two.observed_agreement, 0.7, 0.0005);
    expectNear(two.expected_agreement, 0.54, 0.0005);
    expectNear(two.value, 0.348, 0.0005);
    const three = kappa(ARTSTEIN_POESIO_2008_THREE_CATEGORIES);
    expectNear(three.expected_agreement, 0.396, 0.0005);
    expectNear(three.value, 0.801, 0.0005);
  });

  // Krippendorff (2004), Content Analysis 2nd ed., p. 246, via DKPro Statistics: κ = .186 and .258, the second
  // table differing from the first only in how the disagreements are spread over the coders.
  it("gives Krippendorff's 0.186 and 0.258 for tables with equal and unequal marginals", () => {
    expectNear(kappa(KRIPPENDORFF_2004_EQUAL_MARGINALS).value, 0.186, 0.0005);
    expectNear(kappa(KRIPPENDORFF_2004_UNEQUAL_MARGINALS).value, 0.258, 0.0005);
  });

  // Krippendorff (1995), p. 57, example A digitized, via DKPro Statistics' Krippendorff1995Test: κ = .385.
  it("gives 0.385 for Krippendorff's 1995 digitized example A", () => {
    expectNear(kappa(KRIPPENDORFF_1995_DIGITIZED_A).value, 0.385, 0.0005);
  });
});

describe("cohensKappa", () => {
  it("leaves out units missing either coder's value", () => {
    expect(kappa([[1, 2, null, 1], [1, 2, 2, null]])).toEqual(kappa([[1, 2], [1, 2]]));
  });
  it("refuses data with other than two coders", () => {
    expect(cohensKappa(encode(KRIPPENDORFF_2011_FOUR_CODERS))).toEqual({
      ok: false,
      error: "Cohen's kappa needs exactly two coders; the data have 4",
    });
  });
  it("is undefined with a reason when no unit has both values", () => {
    expect(kappa([[1, null], [null, 2]])).toMatchObject({ value: null, observed_agreement: null });
  });
  it("is undefined when both coders use a single category (expected agreement 1)", () => {
    const result = kappa([["x", "x"], ["x", "x"]]);
    expect(result).toMatchObject({ value: null, observed_agreement: 1, expected_agreement: 1 });
  });
});
