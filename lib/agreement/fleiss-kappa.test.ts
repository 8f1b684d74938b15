import { describe, expect, it } from "vitest";
import { fleissKappa } from "./fleiss-kappa";
import {
  ARTSTEIN_POESIO_2008_THREE_CATEGORIES,
  encode,
  expectNear,
  FLEISS_1971_DIAGNOSES,
  IRRCAC_5_OBSERVERS,
  KRIPPENDORFF_2011_FOUR_CODERS,
  WIKIPEDIA_FLEISS,
} from "./published-reliability-data";
import { scottsPi } from "./scott-pi";

describe("fleissKappa on published examples", () => {
  // Fleiss (1971), p. 379: P̄ = .5556, P̄_e = .2201, κ = .430; Fleiss worked from proportions rounded to three
  // places, so P̄ and P̄_e get DKPro Statistics' tolerance of 0.001. R irr's kappam.fleiss(diagnoses) gives
  // 0.4302445 (recorded in statsmodels' test_inter_rater.py), checked to 5e-8.
  it("gives 0.430 for Fleiss's 30 patients and 6 diagnoses", () => {
    const result = fleissKappa(encode(FLEISS_1971_DIAGNOSES));
    expectNear(result.observed_agreement, 0.5556, 0.001);
    expectNear(result.expected_agreement, 0.2201, 0.001);
    expectNear(result.value, 0.4302445, 5e-8);
  });

  // Wikipedia's worked example, κ = 0.210, which statsmodels' test_fleiss_kappa checks to 3 decimals.
  it("gives 0.210 for Wikipedia's 10 subjects and 14 raters", () => {
    expectNear(fleissKappa(encode(WIKIPEDIA_FLEISS)).value, 0.21, 0.0005);
  });

  // R irrCAC's fleiss.kappa.raw(cac.raw4raters), as the Python irrCAC port's test_fleiss.py records it: pa 0.818,
  // pe 0.239, κ 0.761 (rounded to 3 decimals). The data miss values, so this checks the generalised formula.
  it("matches irrCAC on the 4-rater data with missing values", () => {
    const result = fleissKappa(encode(KRIPPENDORFF_2011_FOUR_CODERS));
    expectNear(result.observed_agreement, 0.818, 0.0005);
    expectNear(result.expected_agreement, 0.239, 0.0005);
    expectNear(result.value, 0.761, 0.0005);
  });

  // irrCAC's test_fleiss_kappa_raw5observers: pa 0.616, pe 0.291, κ 0.458.
  it("matches irrCAC on the 5-observer data", () => {
    const result = fleissKappa(encode(IRRCAC_5_OBSERVERS));
    expectNear(result.observed_agreement, 0.616, 0.0005);
    expectNear(result.expected_agreement, 0.291, 0.0005);
    expectNear(result.value, 0.458, 0.0005);
  });
});

describe("fleissKappa", () => {
  it("equals Scott's pi for two coders and no missing values", () => {
    const data = encode(ARTSTEIN_POESIO_2008_THREE_CATEGORIES);
    const pi = scottsPi(data);
    if (!pi.ok) throw new Error(pi.error);
    expectNear(fleissKappa(data).value, pi.value.value!, 1e-12);
  });
  it("is undefined with a reason when no unit has two ratings", () => {
    expect(fleissKappa(encode([[1, null], [null, 2]]))).toMatchObject({ value: null, reason: expect.any(String) });
  });
  it("is undefined when every rating is in one category", () => {
    expect(fleissKappa(encode([[1, 1], [1, 1], [1, 1]])).value).toBeNull();
  });
});
