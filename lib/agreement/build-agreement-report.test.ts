import { describe, expect, it } from "vitest";
import { buildAgreementReport } from "./build-agreement-report";
import { parseAgreementInput } from "./parse-agreement-input";
import { KRIPPENDORFF_2011_FOUR_CODERS } from "./published-reliability-data";

function report(input: unknown) {
  const parsed = parseAgreementInput(JSON.stringify(input));
  if (!parsed.ok) throw new Error(parsed.error);
  const result = buildAgreementReport(parsed.value);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("buildAgreementReport for coding data", () => {
  it("reports every coefficient under the keys of the command-line contract", () => {
    const result = report({ matrix: [[1, 2, null], [1, 3, 2]], level: "nominal", values: [1, 2, 3], categories: 3 });
    expect(result).toMatchObject({ units: 3, coders: 2, pairable_values: 4, percent_agreement: 0.5 });
    for (const key of ["cohen_kappa", "scott_pi", "fleiss_kappa", "bennett_s", "gwet_ac1"]) {
      expect(result).toHaveProperty(key, {
        value: expect.any(Number),
        observed_agreement: 0.5,
        expected_agreement: expect.any(Number),
      });
    }
    expect(result).toHaveProperty("krippendorff_alpha", {
      value: expect.any(Number),
      observed_disagreement: 0.5,
      expected_disagreement: expect.any(Number),
    });
  });

  it("reports Cohen's kappa and Scott's pi as null for four coders", () => {
    const result = report({ matrix: KRIPPENDORFF_2011_FOUR_CODERS });
    expect(result).toMatchObject({ cohen_kappa: null, scott_pi: null, units: 12, coders: 4, pairable_values: 40 });
  });

  it("adds a reproducible bootstrap interval, or none when asked for 0 resamples", () => {
    const first = report({ matrix: KRIPPENDORFF_2011_FOUR_CODERS, bootstrap_samples: 500, seed: 7 });
    expect(first).toMatchObject({ bootstrap: { statistic: "krippendorff_alpha", samples: 500, seed: 7 } });
    expect(report({ matrix: KRIPPENDORFF_2011_FOUR_CODERS, bootstrap_samples: 500, seed: 7 })).toEqual(first);
    expect(report({ matrix: KRIPPENDORFF_2011_FOUR_CODERS, bootstrap_samples: 0 })).toHaveProperty("bootstrap", null);
  });

  it("fails when the values do not suit the level", () => {
    const parsed = parseAgreementInput(JSON.stringify({ matrix: [["a"], ["b"]], level: "interval" }));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(buildAgreementReport(parsed.value)).toEqual({
      ok: false,
      error: 'interval alpha needs numbers, but "a" is not one',
    });
  });
});

describe("buildAgreementReport for unitized data", () => {
  it("reports unitizing alpha overall and by category", () => {
    const result = report({
      continuum: { begin: 0, length: 200 },
      coders: ["A", "B"],
      units: [
        { coder: "A", category: "c", start: 10, length: 5 },
        { coder: "B", category: "c", start: 10, length: 5 },
      ],
    });
    expect(result).toMatchObject({
      krippendorff_alpha_unitizing: {
        overall: { value: 1, observed_disagreement: 0 },
        by_category: { c: { value: 1, observed_disagreement: 0 } },
      },
    });
  });
});
