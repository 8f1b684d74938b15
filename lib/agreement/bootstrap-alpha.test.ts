import { describe, expect, it } from "vitest";
import { alphaComponents } from "./alpha-components";
import { bootstrapAlphaInterval, bootstrapAlphaIntervals } from "./bootstrap-alpha";
import type { CodingMatrix } from "./coding-data";
import { mulberry32 } from "./mulberry32";
import { percentileInterval } from "./percentile-interval";
import { encode, HAYES_KRIPPENDORFF_2007, KRIPPENDORFF_2011_FOUR_CODERS } from "./published-reliability-data";

function components(matrix: CodingMatrix, level: "nominal" | "ordinal" = "nominal") {
  const result = alphaComponents(encode(matrix), level);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** The textbook procedure, N units drawn one at a time with replacement: the reference for the multinomial draws. */
function naiveIntervals(matrix: CodingMatrix, level: "nominal" | "ordinal", samples: number, seed: number, levels: readonly number[]) {
  const { unitDisagreement, unitValues, expectedDisagreement } = components(matrix, level);
  const random = mulberry32(seed);
  const draws = new Int32Array(unitDisagreement.length);
  const alphas = new Float64Array(samples);
  for (let sample = 0; sample < samples; sample++) {
    random.fillIndices(draws, unitDisagreement.length);
    let disagreement = 0;
    let values = 0;
    for (const unit of draws) {
      disagreement += unitDisagreement[unit]!;
      values += unitValues[unit]!;
    }
    alphas[sample] = 1 - disagreement / values / expectedDisagreement!;
  }
  alphas.sort();
  return levels.map((confidenceLevel) => percentileInterval(alphas, confidenceLevel));
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe("bootstrapAlphaInterval", () => {
  const hayesKrippendorff = components(HAYES_KRIPPENDORFF_2007, "ordinal");

  // Same distribution, not the same numbers: the fast bootstrap draws profile counts, the naive one units. Hayes and
  // Krippendorff's data (ordinal, 40 units, missing values, so units hold 2 to 4 values) and Krippendorff's 2011
  // four-coder table (nominal). With 20,000 resamples a quantile's standard error here is below 0.002, so 0.01 is
  // over 5 standard errors, while a draw that weighted profiles equally instead of by their units is off by more.
  it.each([
    ["Hayes and Krippendorff 2007, ordinal", HAYES_KRIPPENDORFF_2007, "ordinal"],
    ["Krippendorff 2011, nominal", KRIPPENDORFF_2011_FOUR_CODERS, "nominal"],
  ] as const)("draws alpha with the unit-by-unit bootstrap's quantiles (%s)", (_name, matrix, level) => {
    const levels = [0.2, 0.5, 0.8, 0.9, 0.95];
    const naive = naiveIntervals(matrix, level, 20_000, 11, levels);
    levels.forEach((confidenceLevel, index) => {
      const fast = bootstrapAlphaInterval(components(matrix, level), { samples: 20_000, seed: 12, confidenceLevel })!;
      expect(Math.abs(fast.lower - naive[index]!.lower)).toBeLessThan(0.01);
      expect(Math.abs(fast.upper - naive[index]!.upper)).toBeLessThan(0.01);
    });
  });

  it("gives intervals whose bounds average as the unit-by-unit bootstrap's over 200 seeds", () => {
    const seeds = Array.from({ length: 200 }, (_, index) => index + 1);
    const fast = seeds.map((seed) => bootstrapAlphaInterval(hayesKrippendorff, { samples: 500, seed })!);
    const naive = seeds.map((seed) => naiveIntervals(HAYES_KRIPPENDORFF_2007, "ordinal", 500, seed + 1000, [0.95])[0]!);
    // One seed's 2.5% bound varies by about 0.02 between seeds; the mean of 200 by about 0.0015.
    expect(Math.abs(mean(fast.map((i) => i.lower)) - mean(naive.map((i) => i.lower)))).toBeLessThan(0.006);
    expect(Math.abs(mean(fast.map((i) => i.upper)) - mean(naive.map((i) => i.upper)))).toBeLessThan(0.006);
  });

  it("gives the same interval for the same seed and another for another seed", () => {
    const first = bootstrapAlphaInterval(hayesKrippendorff, { samples: 1000, seed: 1 });
    expect(bootstrapAlphaInterval(hayesKrippendorff, { samples: 1000, seed: 1 })).toEqual(first);
    expect(bootstrapAlphaInterval(hayesKrippendorff, { samples: 1000, seed: 2 })).not.toEqual(first);
  });

  it("brackets Hayes and Krippendorff's ordinal alpha of 0.7598 and reports its settings", () => {
    const interval = bootstrapAlphaInterval(hayesKrippendorff, { samples: 5000, seed: 1 });
    expect(interval).toMatchObject({ samples: 5000, seed: 1, confidence_level: 0.95 });
    expect(interval!.lower).toBeLessThan(0.7598);
    expect(interval!.upper).toBeGreaterThan(0.7598);
    expect(interval!.upper).toBeLessThanOrEqual(1);
  });

  it("narrows as the confidence level drops", () => {
    const wide = bootstrapAlphaInterval(hayesKrippendorff, { samples: 2000, seed: 3, confidenceLevel: 0.99 })!;
    const narrow = bootstrapAlphaInterval(hayesKrippendorff, { samples: 2000, seed: 3, confidenceLevel: 0.8 })!;
    expect(narrow.lower).toBeGreaterThanOrEqual(wide.lower);
    expect(narrow.upper).toBeLessThanOrEqual(wide.upper);
  });

  it("is a point at 1 when coders agree on every unit", () => {
    const interval = bootstrapAlphaInterval(components([[1, 2, 3, 1], [1, 2, 3, 1]]), { samples: 100, seed: 1 });
    expect(interval).toMatchObject({ lower: 1, upper: 1 });
  });

  it("is null where alpha is undefined", () => {
    expect(bootstrapAlphaInterval(components([[1, 1], [1, 1]]), { samples: 100, seed: 1 })).toBeNull();
    expect(bootstrapAlphaInterval(components([[1, null], [null, 1]]), { samples: 100, seed: 1 })).toBeNull();
  });
});

describe("bootstrapAlphaIntervals", () => {
  it("gives each series the interval it would get alone", () => {
    const nominal = components(KRIPPENDORFF_2011_FOUR_CODERS, "nominal");
    const ordinal = components(KRIPPENDORFF_2011_FOUR_CODERS, "ordinal");
    const options = { samples: 500, seed: 5 };
    const [both1, both2] = bootstrapAlphaIntervals(
      [nominal, ordinal].map(({ unitDisagreement, unitValues, unitWeights, expectedDisagreement }) => ({
        unitDisagreement,
        unitValues,
        unitWeights,
        expectedDisagreement: expectedDisagreement!,
      })),
      options,
    );
    expect(both1).toEqual(bootstrapAlphaInterval(nominal, options));
    expect(both2).toEqual(bootstrapAlphaInterval(ordinal, options));
  });
});
