import type { BootstrapInterval, BootstrapOptions } from "./bootstrap-alpha";
import { disagreementCoefficient, type DisagreementCoefficient, undefinedDisagreement } from "./coefficient";
import { mulberry32 } from "./mulberry32";
import { percentileInterval } from "./percentile-interval";
import { resampleUnitizingDisagreements, type SeriesLayout, type UnitizedDocument } from "./unitizing-resampler";

/** A bootstrap interval of unitizing alpha; resamples in which alpha is undefined (D_e = 0) are counted, not used. */
export type UnitizingBootstrapInterval = BootstrapInterval & { undefined_samples: number };

/** Unitizing alpha with its cluster-bootstrap interval (null when alpha is undefined or no resamples were asked). */
export type UnitizingAlphaWithInterval = DisagreementCoefficient & { bootstrap: UnitizingBootstrapInterval | null };

export type UnitizingFigures = { by_code: UnitizingAlphaWithInterval[]; overall: UnitizingAlphaWithInterval };

/**
 * Unitizing alpha of the documents laid end to end in their order, per code and over the pooled codes (1 − Σ D_o /
 * Σ D_e), each with a percentile bootstrap interval by a cluster bootstrap: whole documents are drawn with
 * replacement (N draws from N documents, mulberry32 seeded as the coded units' bootstrap) and laid end to end in the
 * order drawn, and unitizing alpha is recomputed on each resample, D_o and D_e alike. Documents, not characters, are
 * resampled because the characters of one document, and its spans, are not independent of each other. Unlike Hayes and
 * Krippendorff's bootstrap for coding data, D_e is not held fixed: on a continuum it depends on the resampled units
 * and gaps. The figures themselves are those of one more "resample" that draws every document once, in order
 * (unitizing-resampler.ts computes all of them a code at a time), so they and their intervals come from one pass.
 *
 * A resample without any unit of a code leaves that code's alpha undefined; such resamples are left out of its
 * interval and counted in `undefined_samples`. An interval is null when alpha is undefined, when every resample left
 * it undefined, or when no resamples were asked for.
 */
export function unitizingAlphaWithIntervals(
  documents: readonly UnitizedDocument[],
  shape: SeriesLayout,
  options: BootstrapOptions,
): UnitizingFigures {
  const { samples, seed } = options;
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const unfit = shape.coders < 2 ? "unitizing alpha needs at least two coders" : documents.length === 0 ? "the continuum is empty" : null;
  if (unfit !== null) {
    const none = { ...undefinedDisagreement(unfit), bootstrap: null };
    return { by_code: Array.from({ length: shape.reported }, () => none), overall: none };
  }

  const random = mulberry32(seed);
  const inOrder = Int32Array.from(documents.keys());
  const resamples = [
    inOrder,
    ...Array.from({ length: samples }, () => {
      const draws = new Int32Array(documents.length);
      random.fillIndices(draws, documents.length);
      return draws;
    }),
  ];
  // Series 0 to reported − 1 are the codes, the last one is over all codes.
  const series = shape.reported + 1;
  const estimates = Array.from({ length: series }, (): DisagreementCoefficient => undefinedDisagreement("no coder applied this code"));
  const alphas = Array.from({ length: series }, () => new Float64Array(samples));
  const defined = new Int32Array(series);
  const record = (index: number, observed: Float64Array, expected: Float64Array) => {
    estimates[index] = disagreementCoefficient(observed[0]!, expected[0]!);
    for (let sample = 1; sample <= samples; sample++) {
      if (expected[sample]! > 0) alphas[index]![defined[index]!++] = 1 - observed[sample]! / expected[sample]!;
    }
  };
  const pooledObserved = new Float64Array(samples + 1);
  const pooledExpected = new Float64Array(samples + 1);
  const inPooled = new Uint8Array(shape.codes);
  for (const code of shape.pooled) inPooled[code] = 1;
  let pooledMarked = false;
  resampleUnitizingDisagreements(documents, shape, resamples, (code, observed, expected, marked) => {
    if (code < shape.reported && marked) record(code, observed, expected);
    if (!inPooled[code] || !marked) return;
    pooledMarked = true;
    for (let sample = 0; sample <= samples; sample++) {
      pooledObserved[sample]! += observed[sample]!;
      pooledExpected[sample]! += expected[sample]!;
    }
  });
  if (pooledMarked) record(shape.reported, pooledObserved, pooledExpected);
  else estimates[shape.reported] = undefinedDisagreement("no coder marked any unit");

  const figures = estimates.map((alpha, index): UnitizingAlphaWithInterval => {
    const count = defined[index]!;
    const bootstrap =
      alpha.value === null || count === 0
        ? null
        : {
            samples,
            seed,
            confidence_level: confidenceLevel,
            ...percentileInterval(alphas[index]!.subarray(0, count).sort(), confidenceLevel),
            undefined_samples: samples - count,
          };
    return { ...alpha, bootstrap };
  });
  return { by_code: figures.slice(0, shape.reported), overall: figures[shape.reported]! };
}
