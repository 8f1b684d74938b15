import type { BootstrapInterval, BootstrapOptions } from "./bootstrap-alpha";
import { mulberry32 } from "./mulberry32";
import { percentileInterval } from "./percentile-interval";
import { resampleUnitizingDisagreements, type SeriesLayout, type UnitizedDocument } from "./unitizing-resampler";

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
 * (unitizing-resampler.ts, all resamples of one code at a time). Documents, not characters, are resampled because the characters of one document, and
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

  const random = mulberry32(seed);
  const resamples = Array.from({ length: samples }, () => {
    const draws = new Int32Array(documents.length);
    random.fillIndices(draws, documents.length);
    return draws;
  });
  // Series 0 to reported − 1 are the codes, the last one is over all codes.
  const alphas = Array.from({ length: shape.reported + 1 }, () => new Float64Array(samples));
  const defined = new Int32Array(shape.reported + 1);
  const record = (series: number, observed: number, expected: number) => {
    if (expected > 0) alphas[series]![defined[series]!++] = 1 - observed / expected;
  };
  const pooledObserved = new Float64Array(samples);
  const pooledExpected = new Float64Array(samples);
  const inPooled = new Uint8Array(shape.codes);
  for (const series of shape.pooled) inPooled[series] = 1;
  resampleUnitizingDisagreements(documents, shape, resamples, (code, observed, expected) => {
    if (code < shape.reported) for (let sample = 0; sample < samples; sample++) record(code, observed[sample]!, expected[sample]!);
    if (!inPooled[code]) return;
    for (let sample = 0; sample < samples; sample++) {
      pooledObserved[sample]! += observed[sample]!;
      pooledExpected[sample]! += expected[sample]!;
    }
  });
  for (let sample = 0; sample < samples; sample++) record(shape.reported, pooledObserved[sample]!, pooledExpected[sample]!);

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
