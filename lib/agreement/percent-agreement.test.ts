import { describe, expect, it } from "vitest";
import { percentAgreement } from "./percent-agreement";
import {
  ARTSTEIN_POESIO_2008_THREE_CATEGORIES,
  ARTSTEIN_POESIO_2008_TWO_CATEGORIES,
  encode,
  expectNear,
  KRIPPENDORFF_2004_BINARY,
  KRIPPENDORFF_2004_NOMINAL,
  KRIPPENDORFF_2011_FOUR_CODERS,
} from "./published-reliability-data";

describe("percentAgreement", () => {
  // Krippendorff (2004), Content Analysis 2nd ed., pp. 224, 227 and 230, via DKPro Statistics'
  // Krippendorff2004Test: 60%, 83.3% and 80% (the last, with missing values, is 1 − nominal D_o = 1 − 0.200).
  it("gives Krippendorff's 0.600, 0.833 and 0.800", () => {
    expectNear(percentAgreement(encode(KRIPPENDORFF_2004_BINARY)), 0.6, 0.0005);
    expectNear(percentAgreement(encode(KRIPPENDORFF_2004_NOMINAL)), 0.833, 0.0005);
    expectNear(percentAgreement(encode(KRIPPENDORFF_2011_FOUR_CODERS)), 0.8, 0.0005);
  });

  // Artstein and Poesio (2008), pp. 558 and 568: A_o = 0.7 and 0.88.
  it("gives Artstein and Poesio's 0.7 and 0.88", () => {
    expectNear(percentAgreement(encode(ARTSTEIN_POESIO_2008_TWO_CATEGORIES)), 0.7, 1e-12);
    expectNear(percentAgreement(encode(ARTSTEIN_POESIO_2008_THREE_CATEGORIES)), 0.88, 1e-12);
  });

  it("weights each unit's agreeing pairs by 1 / (m_u − 1)", () => {
    // Unit 1: three values, two agree → 2 agreeing ordered pairs / 2 = 1 of 3 values.
    // Unit 2: two values that agree → 2 / 1 = 2 of 2 values. Unit 3 has one value and is not pairable.
    expect(percentAgreement(encode([["a", "b", "c"], ["a", "b", null], ["b", null, null]]))).toBeCloseTo(3 / 5, 12);
  });

  it("is null when no unit has two values", () => {
    expect(percentAgreement(encode([[1, null], [null, 1]]))).toBeNull();
  });
});
