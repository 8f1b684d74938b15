import type { AlphaComponents } from "./alpha-components";
import { drawMultinomial } from "./binomial";
import { mulberry32 } from "./mulberry32";
import { percentileInterval } from "./percentile-interval";

/** One alpha to bootstrap: per-unit d_u and m_u (see alpha-components.ts), how many units each entry stands for (null:
 * one each), and the fixed D_e. */
export type AlphaSeries = {
  unitDisagreement: Float64Array;
  unitValues: Float64Array;
  unitWeights: Float64Array | null;
  expectedDisagreement: number;
};

export type BootstrapOptions = {
  samples: number;
  seed: number;
  /** Defaults to 0.95. */
  confidenceLevel?: number;
};

export type BootstrapInterval = {
  samples: number;
  seed: number;
  confidence_level: number;
  lower: number;
  upper: number;
};

/**
 * Percentile bootstrap intervals for alpha in the manner of Hayes and Krippendorff (2007, "Answering the call for a
 * standard reliability measure for coding data", Communication Methods and Measures 1(1)): D_e stays that of the
 * data, and only the observed disagreement is resampled. Whole units are drawn with replacement, keeping the values
 * coded on one unit together, and each resample gives α* = 1 − (Σ d_u / Σ m_u) / D_e.
 *
 * α* depends on the drawn units only through Σ d_u and Σ m_u, so units with the same (d_u, m_u) are interchangeable:
 * units whose values across coders form the same pattern always are, and presence data have a handful of such
 * profiles. Drawing N units with replacement and counting how many fall in each profile is a multinomial draw with
 * N trials and probabilities (units of the profile) / N, so a resample draws those counts directly
 * (binomial.ts) at a cost of one binomial per profile instead of N draws. The distribution of α*, and so of the
 * interval, is exactly the unit-by-unit bootstrap's.
 *
 * Every series must list the same units, each with m_u ≥ 2, and have D_e > 0. Each series is resampled with its
 * own generator seeded with `seed`, so its interval depends only on its data and the seed, whichever other series
 * are computed with it. The interval is the percentile interval of percentile-interval.ts over the R resamples.
 */
export function bootstrapAlphaIntervals(
  series: readonly AlphaSeries[],
  options: BootstrapOptions,
): BootstrapInterval[] {
  const { samples, seed } = options;
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const unitCount = series[0]?.unitDisagreement.length ?? 0;
  // Callers check these; a failure here is a bug, not bad input.
  for (const { unitDisagreement, unitValues, expectedDisagreement } of series) {
    if (unitDisagreement.length !== unitCount || unitValues.length !== unitCount || unitCount === 0) {
      throw new Error("bootstrap series must cover the same, non-empty set of units");
    }
    if (!unitValues.every((m) => m >= 2)) throw new Error("bootstrap units must each hold at least two values");
    if (!(expectedDisagreement > 0)) throw new Error("bootstrap needs an expected disagreement above 0");
  }
  if (!Number.isInteger(samples) || samples < 1) throw new Error(`bootstrap samples must be at least 1: ${samples}`);
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new Error(`confidence level must be between 0 and 1: ${confidenceLevel}`);
  }

  return series.map((one) => ({
    samples,
    seed,
    confidence_level: confidenceLevel,
    ...percentileInterval(resampleAlpha(one, samples, seed).sort(), confidenceLevel),
  }));
}

/** R resampled alphas of one series, drawn as multinomial counts over its (d_u, m_u) profiles. */
function resampleAlpha({ unitDisagreement, unitValues, unitWeights, expectedDisagreement }: AlphaSeries, samples: number, seed: number): Float64Array {
  const profiles = unitProfiles(unitDisagreement, unitValues, unitWeights);
  const unitCount = profiles.count.reduce((sum, count) => sum + count, 0);
  const random = mulberry32(seed);
  const uniform = () => random.next();
  const drawn = new Float64Array(profiles.count.length);
  const alphas = new Float64Array(samples);
  for (let sample = 0; sample < samples; sample++) {
    drawMultinomial(uniform, unitCount, profiles.count, drawn);
    let disagreementSum = 0;
    let valueSum = 0;
    for (let profile = 0; profile < drawn.length; profile++) {
      disagreementSum += drawn[profile]! * profiles.disagreement[profile]!;
      valueSum += drawn[profile]! * profiles.values[profile]!;
    }
    alphas[sample] = 1 - disagreementSum / valueSum / expectedDisagreement;
  }
  return alphas;
}

/** The distinct (d_u, m_u) pairs and how many units have each, the most frequent first (fewer binomials to draw
 * before the remaining draws run out), ties in the order they first occur. */
function unitProfiles(unitDisagreement: Float64Array, unitValues: Float64Array, unitWeights: Float64Array | null) {
  // Keyed by m_u, then d_u: number keys, since a string per unit costs more than the rest of the bootstrap.
  const byValues = new Map<number, Map<number, { disagreement: number; values: number; count: number }>>();
  const all: { disagreement: number; values: number; count: number }[] = [];
  for (let unit = 0; unit < unitDisagreement.length; unit++) {
    const values = unitValues[unit]!;
    const disagreement = unitDisagreement[unit]!;
    let byDisagreement = byValues.get(values);
    if (!byDisagreement) byValues.set(values, (byDisagreement = new Map()));
    const weight = unitWeights ? unitWeights[unit]! : 1;
    const profile = byDisagreement.get(disagreement);
    if (profile) profile.count += weight;
    else {
      const created = { disagreement, values, count: weight };
      byDisagreement.set(disagreement, created);
      all.push(created);
    }
  }
  const sorted = all.sort((a, b) => b.count - a.count);
  return {
    disagreement: Float64Array.from(sorted, (profile) => profile.disagreement),
    values: Float64Array.from(sorted, (profile) => profile.values),
    count: Float64Array.from(sorted, (profile) => profile.count),
  };
}

/** The bootstrap interval of one Krippendorff's alpha over its pairable units; null where alpha is undefined. */
export function bootstrapAlphaInterval(
  components: AlphaComponents,
  options: BootstrapOptions,
): BootstrapInterval | null {
  const { unitDisagreement, unitValues, unitWeights, expectedDisagreement } = components;
  if (expectedDisagreement === null || expectedDisagreement <= 0) return null;
  return bootstrapAlphaIntervals([{ unitDisagreement, unitValues, unitWeights, expectedDisagreement }], options)[0]!;
}
