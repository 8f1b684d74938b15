import { describe, expect, it } from "vitest";
import { alphaComponents } from "./alpha-components";
import { krippendorffAlpha } from "./krippendorff-alpha";
import type { CodingData } from "./coding-data";
import type { MeasurementLevel } from "./difference-metric";
import {
  ARTSTEIN_POESIO_2008_THREE_CATEGORIES,
  encode,
  expectNear,
  HAYES_KRIPPENDORFF_2007,
  KRIPPENDORFF_1995_DIGITIZED_A,
  KRIPPENDORFF_2004_BINARY,
  KRIPPENDORFF_2004_NOMINAL,
  KRIPPENDORFF_2011_FOUR_CODERS,
  WIKIPEDIA_ALPHA,
} from "./published-reliability-data";

function alpha(data: CodingData, level: MeasurementLevel = "nominal") {
  const result = krippendorffAlpha(data, { level });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("krippendorffAlpha on published examples", () => {
  const fourCoders = encode(KRIPPENDORFF_2011_FOUR_CODERS);

  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C, reports alpha to three decimals;
  // D_o = 0.200 and D_e = 0.779 (nominal), 0.433 and 2.872 (interval) are from Krippendorff (2004), Content
  // Analysis 2nd ed., pp. 230–232, as DKPro Statistics' Krippendorff2004Test checks them. Tolerance 0.0005 (half a
  // unit in the last published digit).
  it("gives nominal alpha 0.743 for the 4-coder, 12-unit example", () => {
    const result = alpha(fourCoders, "nominal");
    expectNear(result.value, 0.743, 0.0005);
    expectNear(result.observed_disagreement, 0.2, 0.0005);
    expectNear(result.expected_disagreement, 0.779, 0.0005);
  });
  it("gives ordinal alpha 0.815 for the same example", () => {
    expectNear(alpha(fourCoders, "ordinal").value, 0.815, 0.0005);
  });
  it("gives interval alpha 0.849 for the same example", () => {
    const result = alpha(fourCoders, "interval");
    expectNear(result.value, 0.849, 0.0005);
    expectNear(result.observed_disagreement, 0.433, 0.0005);
    expectNear(result.expected_disagreement, 2.872, 0.0005);
  });
  it("gives ratio alpha 0.797 for the same example", () => {
    expectNear(alpha(fourCoders, "ratio").value, 0.797, 0.0005);
  });

  // Krippendorff (2004), Content Analysis 2nd ed., p. 224 (also Krippendorff 2011, section A): alpha 0.095,
  // D_o 0.400, D_e 0.442. Tolerance 0.0005 (half a unit in the last published digit).
  it("gives 0.095 for the binary two-observer example", () => {
    const result = alpha(encode(KRIPPENDORFF_2004_BINARY));
    expectNear(result.value, 0.095, 0.0005);
    expectNear(result.observed_disagreement, 0.4, 0.0005);
    expectNear(result.expected_disagreement, 0.442, 0.0005);
  });

  // Krippendorff (2004), p. 227, via DKPro Statistics' Krippendorff2004Test: alpha 0.734, D_o 0.1667, D_e 0.6268.
  it("gives 0.734 for the three-category two-observer example", () => {
    const result = alpha(encode(KRIPPENDORFF_2004_NOMINAL));
    expectNear(result.value, 0.734, 0.0005);
    expectNear(result.observed_disagreement, 0.1667, 5e-5);
    expectNear(result.expected_disagreement, 0.6268, 5e-5);
  });

  // Hayes and Krippendorff (2007), p. 85: ordinal alpha 0.7598 (tolerance 5e-5).
  it("gives ordinal alpha 0.7598 for Hayes and Krippendorff's 5-observer example", () => {
    expectNear(alpha(encode(HAYES_KRIPPENDORFF_2007), "ordinal").value, 0.7598, 5e-5);
  });

  // Python krippendorff package, tests/test_krippendorff.py: nominal 0.691358 and interval 0.810845 (rounded to 6).
  it("matches the Python krippendorff package on Wikipedia's 3-coder example", () => {
    const data = encode(WIKIPEDIA_ALPHA);
    expectNear(alpha(data, "nominal").value, 0.691358, 5e-7);
    expectNear(alpha(data, "interval").value, 0.810845, 5e-7);
  });

  // Artstein and Poesio (2008), p. 568, via DKPro Statistics' ArtsteinPoesio2008Test: alpha 0.800, D_o 0.120,
  // D_e 0.601, with DKPro's tolerance of 0.001.
  it("gives 0.800 for Artstein and Poesio's three-category table", () => {
    const result = alpha(encode(ARTSTEIN_POESIO_2008_THREE_CATEGORIES));
    expectNear(result.value, 0.8, 0.001);
    expectNear(result.observed_disagreement, 0.12, 0.001);
    expectNear(result.expected_disagreement, 0.601, 0.001);
  });

  // Krippendorff (1995), p. 57, example A digitized, as DKPro Statistics' Krippendorff1995Test checks: 0.329.
  it("gives 0.329 for Krippendorff's 1995 digitized unitizing example A", () => {
    expectNear(alpha(encode(KRIPPENDORFF_1995_DIGITIZED_A)).value, 0.329, 0.0005);
  });
});

describe("krippendorffAlpha with a value domain", () => {
  // The Python krippendorff package's test_string_labels_ordinal_with_domain: the 4-coder example with labels,
  // ordered by the domain, gives ordinal alpha 0.815.
  it("orders string values by the given values list", () => {
    const labels = ["very low", "low", "mid", "high", "very high"];
    const matrix = KRIPPENDORFF_2011_FOUR_CODERS.map((row) =>
      row.map((value) => (value === null ? null : labels[(value as number) - 1]!)),
    );
    expectNear(alpha(encode(matrix, labels), "ordinal").value, 0.815, 0.0005);
  });

  it("is unchanged by values nobody used, whose n_g of 0 adds nothing to ordinal distances", () => {
    const used = alpha(encode(KRIPPENDORFF_2011_FOUR_CODERS), "ordinal").value!;
    const withUnused = encode(KRIPPENDORFF_2011_FOUR_CODERS, [0, 1, 1.5, 2, 3, 4, 5, 6]);
    expectNear(alpha(withUnused, "ordinal").value, used, 1e-12);
  });

  it("follows the domain order rather than numeric order for ordinal data", () => {
    const numeric = alpha(encode(KRIPPENDORFF_2011_FOUR_CODERS), "ordinal").value!;
    const reordered = alpha(encode(KRIPPENDORFF_2011_FOUR_CODERS, [5, 4, 3, 2, 1]), "ordinal").value!;
    const scrambled = alpha(encode(KRIPPENDORFF_2011_FOUR_CODERS, [3, 1, 5, 2, 4]), "ordinal").value!;
    expectNear(reordered, numeric, 1e-12);
    expect(Math.abs(scrambled - numeric)).toBeGreaterThan(0.01);
  });
});

describe("krippendorffAlpha on degenerate data", () => {
  it("is 1 when coders agree on every unit", () => {
    expect(alpha(encode([[1, 2, 3], [1, 2, 3]]), "interval").value).toBe(1);
  });
  it("is 1 for ratio data with zeros on which coders agree (Python krippendorff test_ratio_metric_with_zeros)", () => {
    expect(alpha(encode([[0, 1, 2], [0, 1, 2]]), "ratio").value).toBe(1);
  });
  it("is undefined with a reason when every pairable value is the same (D_e = 0)", () => {
    const result = alpha(encode([[1, 1, 1], [1, 1, null]]));
    expect(result).toMatchObject({ value: null, observed_disagreement: 0, expected_disagreement: 0 });
    expect(result.value === null && result.reason).toContain("expected disagreement is 0");
  });
  it("is undefined with a reason when no unit has two values", () => {
    const result = alpha(encode([[1, null], [null, 2]]));
    expect(result).toMatchObject({ value: null, observed_disagreement: null, expected_disagreement: null });
  });
  it("is undefined for a single coder and for an empty matrix", () => {
    expect(alpha(encode([[1, 2, 3]])).value).toBeNull();
    expect(alpha(encode([])).value).toBeNull();
  });
});

describe("krippendorffAlpha refuses values that do not suit the level", () => {
  it("refuses strings for interval data", () => {
    expect(krippendorffAlpha(encode([["a", "b"], ["a", "b"]]), { level: "interval" })).toEqual({
      ok: false,
      error: 'interval alpha needs numbers, but "a" is not one',
    });
  });
  it("refuses negative numbers for ratio data", () => {
    const result = krippendorffAlpha(encode([[-1, 2], [1, 2]]), { level: "ratio" });
    expect(result).toEqual({ ok: false, error: "ratio alpha needs values of at least 0, but -1 is negative" });
  });
  it("refuses strings without an order for ordinal data", () => {
    const result = krippendorffAlpha(encode([["low", "high"], ["low", "high"]]), { level: "ordinal" });
    expect(result.ok).toBe(false);
  });
});

describe("alphaComponents", () => {
  it("keeps per-unit disagreements that add up to n · D_o", () => {
    const components = alphaComponents(encode(KRIPPENDORFF_2011_FOUR_CODERS), "interval");
    if (!components.ok) throw new Error(components.error);
    const { unitDisagreement, unitValues, pairableValues, observedDisagreement } = components.value;
    // Unit 12 has one value only, so 11 units are pairable, holding 40 values (Krippendorff 2011: n = 40).
    expect(unitDisagreement.length).toBe(11);
    expect(pairableValues).toBe(40);
    expect(unitValues.reduce((sum, m) => sum + m, 0)).toBe(40);
    expectNear(unitDisagreement.reduce((sum, d) => sum + d, 0) / pairableValues, observedDisagreement!, 1e-12);
  });
});
