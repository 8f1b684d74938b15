import { describe, expect, it } from "vitest";
import { alphaComponents } from "./alpha-components";
import { bootstrapAlphaInterval, bootstrapAlphaIntervals } from "./bootstrap-alpha";
import type { CodingMatrix } from "./coding-data";
import { mulberry32 } from "./mulberry32";
import { encode, HAYES_KRIPPENDORFF_2007, KRIPPENDORFF_2011_FOUR_CODERS } from "./published-reliability-data";

function components(matrix: CodingMatrix, level: "nominal" | "ordinal" = "nominal") {
  const result = alphaComponents(encode(matrix), level);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** The textbook procedure, one unit at a time from the same generator: the reference for the fast version. */
function naiveInterval(matrix: CodingMatrix, samples: number, seed: number) {
  const { unitDisagreement, unitValues, expectedDisagreement } = components(matrix, "ordinal");
  const random = mulberry32(seed);
  const draws = new Int32Array(unitDisagreement.length);
  const alphas: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    random.fillIndices(draws, unitDisagreement.length);
    let disagreement = 0;
    let values = 0;
    for (const unit of draws) {
      disagreement += unitDisagreement[unit]!;
      values += unitValues[unit]!;
    }
    alphas.push(1 - disagreement / values / expectedDisagreement!);
  }
  alphas.sort((a, b) => a - b);
  return { lower: alphas[Math.floor(samples * 0.025)]!, upper: alphas[Math.ceil(samples * 0.975) - 1]! };
}

describe("bootstrapAlphaInterval", () => {
  const hayesKrippendorff = components(HAYES_KRIPPENDORFF_2007, "ordinal");

  it("matches resampling unit by unit from the same seed", () => {
    const interval = bootstrapAlphaInterval(hayesKrippendorff, { samples: 2000, seed: 9 });
    const naive = naiveInterval(HAYES_KRIPPENDORFF_2007, 2000, 9);
    expect(interval!.lower).toBeCloseTo(naive.lower, 12);
    expect(interval!.upper).toBeCloseTo(naive.upper, 12);
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
  it("gives each series the interval it would get alone, the draws being shared", () => {
    const nominal = components(KRIPPENDORFF_2011_FOUR_CODERS, "nominal");
    const ordinal = components(KRIPPENDORFF_2011_FOUR_CODERS, "ordinal");
    const options = { samples: 500, seed: 5 };
    const [both1, both2] = bootstrapAlphaIntervals(
      [nominal, ordinal].map(({ unitDisagreement, unitValues, expectedDisagreement }) => ({
        unitDisagreement,
        unitValues,
        expectedDisagreement: expectedDisagreement!,
      })),
      options,
    );
    expect(both1).toEqual(bootstrapAlphaInterval(nominal, options));
    expect(both2).toEqual(bootstrapAlphaInterval(ordinal, options));
  });
});
