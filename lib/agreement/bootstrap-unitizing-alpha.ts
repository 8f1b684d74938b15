import type { BootstrapInterval, BootstrapOptions } from "./bootstrap-alpha";
import { mulberry32 } from "./mulberry32";
import { percentileInterval } from "./percentile-interval";
import { type SeriesLayout, type UnitizedDocument, unitizingResampler } from "./unitizing-resampler";

/** A bootstrap interval of unitizing alpha; resamples in which alpha is undefined (D_e = 0) are counted, not used. */
export type UnitizingBootstrapInterval = BootstrapInterval & { undefined_samples: number };

export type UnitizingBootstrap = {
  by_code: (UnitizingBootstrapInterval | null)[];
  overall: UnitizingBootstrapInterval | null;
};

/**
 * Percentile bootstrap intervals of unitizing alpha per code and over all codes, by a cluster bootstrap: whole
 * documents are drawn with replacement (N draws from N documents, mulberry32 seeded as the coded units' bootstrap)
 * and laid end to end in the order drawn, and unitizing alpha is recomputed on each resample, D_o and D_e alike
 * (unitizing-resampler.ts). Documents, not characters, are resampled because the characters of one document, and
 * its spans, are not independent of each other. Unlike Hayes and Krippendorff's bootstrap for coding data, D_e is
 * not held fixed: on a continuum it depends on the resampled units and gaps.
 *
 * A resample without any unit of a code leaves that code's alpha undefined; such resamples are left out of its
 * interval and counted in `undefined_samples`. An interval is null when every resample left alpha undefined, and all
 * are null with fewer than two coders, no documents or no samples asked for.
 */
export function bootstrapUnitizingAlpha(
  documents: readonly UnitizedDocument[],
  shape: SeriesLayout,
  options: BootstrapOptions,
): UnitizingBootstrap {
  const { samples, seed } = options;
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const none: UnitizingBootstrap = { by_code: Array.from({ length: shape.reported }, () => null), overall: null };
  if (shape.coders < 2 || documents.length === 0 || samples === 0) return none;

  const resampler = unitizingResampler(documents, shape);
  const random = mulberry32(seed);
  const draws = new Int32Array(documents.length);
  // Series 0 to reported − 1 are the codes, the last one is over all codes.
  const alphas = Array.from({ length: shape.reported + 1 }, () => new Float64Array(samples));
  const defined = new Int32Array(shape.reported + 1);
  const record = (series: number, observed: number, expected: number) => {
    if (expected > 0) alphas[series]![defined[series]!++] = 1 - observed / expected;
  };
  for (let sample = 0; sample < samples; sample++) {
    random.fillIndices(draws, documents.length);
    const { observed, expected } = resampler.disagreements(draws);
    let observedSum = 0;
    let expectedSum = 0;
    for (let code = 0; code < shape.reported; code++) record(code, observed[code]!, expected[code]!);
    for (const series of shape.pooled) {
      observedSum += observed[series]!;
      expectedSum += expected[series]!;
    }
    record(shape.reported, observedSum, expectedSum);
  }

  const intervals = alphas.map((resampled, series): UnitizingBootstrapInterval | null => {
    const count = defined[series]!;
    if (count === 0) return null;
    return {
      samples,
      seed,
      confidence_level: confidenceLevel,
      ...percentileInterval(resampled.subarray(0, count).sort(), confidenceLevel),
      undefined_samples: samples - count,
    };
  });
  return { by_code: intervals.slice(0, shape.reported), overall: intervals[shape.reported]! };
}
