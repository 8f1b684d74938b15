import type { AlphaComponents } from "./alpha-components";
import { mulberry32 } from "./mulberry32";
import { percentileInterval } from "./percentile-interval";

/** One alpha to bootstrap: per-unit d_u and m_u (see alpha-components.ts) and the fixed D_e. */
export type AlphaSeries = {
  unitDisagreement: Float64Array;
  unitValues: Float64Array;
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
 * data, and only the observed disagreement is resampled. Here whole units are drawn with replacement, keeping the
 * values coded on one unit together, and each resample gives α* = 1 − (Σ d_u / Σ m_u) / D_e. Precomputing d_u
 * spares each resample a new coincidence matrix.
 *
 * Every series must cover the same N units, each with m_u ≥ 2, and have D_e > 0; the same draws serve every series,
 * so per-code and pooled intervals come from the same resampled units. The interval is the percentile interval of
 * percentile-interval.ts over the R resamples. Results depend only on the seed.
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

  // Units that add the same d_u and m_u to every series are interchangeable, so a resample only needs to know how
  // many units of each distinct profile it drew. Presence data have a handful of profiles, which turns each resample
  // into N draws and a few multiply-adds per series instead of N per series.
  const profileOf = new Int32Array(unitCount);
  const profileIndex = new Map<string, number>();
  for (let unit = 0; unit < unitCount; unit++) {
    const key = series.map((s) => `${s.unitDisagreement[unit]}/${s.unitValues[unit]}`).join();
    let profile = profileIndex.get(key);
    if (profile === undefined) {
      profile = profileIndex.size;
      profileIndex.set(key, profile);
    }
    profileOf[unit] = profile;
  }
  const profileCount = profileIndex.size;
  const profileSeries = series.map(({ unitDisagreement, unitValues }) => {
    const disagreement = new Float64Array(profileCount);
    const values = new Float64Array(profileCount);
    profileOf.forEach((profile, unit) => {
      disagreement[profile] = unitDisagreement[unit]!;
      values[profile] = unitValues[unit]!;
    });
    return { disagreement, values };
  });

  const random = mulberry32(seed);
  const draws = new Int32Array(unitCount);
  const drawn = new Float64Array(profileCount);
  const alphas = series.map(() => new Float64Array(samples));
  for (let sample = 0; sample < samples; sample++) {
    random.fillIndices(draws, unitCount);
    drawn.fill(0);
    for (let draw = 0; draw < unitCount; draw++) drawn[profileOf[draws[draw]!]!]!++;
    profileSeries.forEach(({ disagreement, values }, s) => {
      let disagreementSum = 0;
      let valueSum = 0;
      for (let profile = 0; profile < profileCount; profile++) {
        disagreementSum += drawn[profile]! * disagreement[profile]!;
        valueSum += drawn[profile]! * values[profile]!;
      }
      alphas[s]![sample] = 1 - disagreementSum / valueSum / series[s]!.expectedDisagreement;
    });
  }

  return alphas.map((resampled) => ({
    samples,
    seed,
    confidence_level: confidenceLevel,
    ...percentileInterval(resampled.sort(), confidenceLevel),
  }));
}

/** The bootstrap interval of one Krippendorff's alpha over its pairable units; null where alpha is undefined. */
export function bootstrapAlphaInterval(
  components: AlphaComponents,
  options: BootstrapOptions,
): BootstrapInterval | null {
  const { unitDisagreement, unitValues, expectedDisagreement } = components;
  if (expectedDisagreement === null || expectedDisagreement <= 0) return null;
  return bootstrapAlphaIntervals([{ unitDisagreement, unitValues, expectedDisagreement }], options)[0]!;
}
