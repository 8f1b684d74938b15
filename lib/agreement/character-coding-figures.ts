import { agreementCoefficient, type AgreementCoefficient, undefinedAgreement } from "./coefficient";
import type { Span } from "@/lib/annotations/span";
import { NO_PAIRED_UNIT } from "./rating-distribution";
import { NO_SHARED_UNIT } from "./two-coder-table";
import type { SeriesLayout, UnitizedDocument } from "./unitizing-resampler";

/** Coding-data coefficients with every character as a unit valued 1 (the code covers it) or 0 by each coder. */
export type CharacterCodingFigures = {
  /** Characters compared; for the pooled figures, (character, code) pairs. */
  units: number;
  coders: number;
  percent_agreement: number | null;
  cohen_kappa_pairs: { coder_a: string; coder_b: string; cohen_kappa: AgreementCoefficient }[];
  fleiss_kappa: AgreementCoefficient;
  /** With q = 2 categories: covered, not covered. */
  gwet_ac1: AgreementCoefficient;
};

/** Character totals of one code (or all): per coder the characters covered, per pair those both covered. */
type Tally = { characters: number; covered: Float64Array; bothCovered: Float64Array };

/**
 * Cohen's kappa for every pair of coders, Fleiss' kappa, Gwet's AC1 (q = 2) and percent agreement on characters as
 * units, per code and pooled over codes ((character, code) pairs as units), as cohen-kappa.ts, fleiss-kappa.ts,
 * gwet-ac1.ts and percent-agreement.ts define them on the expanded coders × characters matrix of 1s and 0s.
 *
 * Between two consecutive span boundaries every coder's value is constant, so the matrix is a list of run-length
 * segments, each a unit weighted by its length; and every one of these coefficients reads only how many characters
 * each coder covered and how many each pair covered together (their 2 × 2 tables, summed over the segments). Those
 * come from sweeping each pair's sorted spans, never character by character. Every coder has a value on every
 * character (the documents are those every coder coded), so Fleiss' kappa has a fixed number of ratings per unit
 * and percent agreement equals its mean pairwise agreement.
 */
export function characterCodingFigures(
  documents: readonly UnitizedDocument[],
  coders: readonly string[],
  layout: SeriesLayout,
): { by_code: CharacterCodingFigures[]; pooled: CharacterCodingFigures } {
  const m = coders.length;
  const codeCount = layout.codes;
  const tallies = Array.from({ length: codeCount }, (): Tally => newTally(m));
  for (const { length, spans } of documents) {
    for (let code = 0; code < codeCount; code++) {
      const tally = tallies[code]!;
      tally.characters += length;
      for (let a = 0; a < m; a++) {
        const first = spans[a * codeCount + code]!;
        for (const span of first) tally.covered[a]! += span.end - span.start;
        for (let b = a + 1; b < m; b++) tally.bothCovered[a * m + b]! += overlap(first, spans[b * codeCount + code]!);
      }
    }
  }
  const pooled = newTally(m);
  for (const series of layout.pooled) {
    const tally = tallies[series]!;
    pooled.characters += tally.characters;
    tally.covered.forEach((value, index) => (pooled.covered[index]! += value));
    tally.bothCovered.forEach((value, index) => (pooled.bothCovered[index]! += value));
  }
  return { by_code: tallies.slice(0, layout.reported).map((tally) => figures(tally, coders)), pooled: figures(pooled, coders) };
}

function newTally(m: number): Tally {
  return { characters: 0, covered: new Float64Array(m), bothCovered: new Float64Array(m * m) };
}

/** Characters two sorted lists of disjoint spans share. */
function overlap(a: readonly Span[], b: readonly Span[]): number {
  let shared = 0;
  let j = 0;
  for (const span of a) {
    while (j < b.length && b[j]!.end <= span.start) j++;
    for (let k = j; k < b.length && b[k]!.start < span.end; k++) {
      shared += Math.min(span.end, b[k]!.end) - Math.max(span.start, b[k]!.start);
    }
  }
  return shared;
}

function figures({ characters: n, covered, bothCovered }: Tally, coders: readonly string[]): CharacterCodingFigures {
  const m = coders.length;
  const pairs: CharacterCodingFigures["cohen_kappa_pairs"] = [];
  let agreeingSum = 0;
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      const both = bothCovered[a * m + b]!;
      // Characters both covered plus characters neither covered.
      const agreeing = both + (n - covered[a]! - covered[b]! + both);
      agreeingSum += agreeing;
      const kappa =
        n === 0
          ? undefinedAgreement(NO_SHARED_UNIT)
          : agreementCoefficient(agreeing / n, chanceOfSameValue(covered[a]! / n, covered[b]! / n));
      pairs.push({ coder_a: coders[a]!, coder_b: coders[b]!, cohen_kappa: kappa });
    }
  }
  const paired = m >= 2 && n > 0;
  const observed = paired ? agreeingSum / (n * ((m * (m - 1)) / 2)) : null;
  const coveredShare = paired ? covered.reduce((sum, value) => sum + value, 0) / (n * m) : 0;
  return {
    units: n,
    coders: m,
    percent_agreement: observed,
    cohen_kappa_pairs: pairs,
    fleiss_kappa:
      observed === null ? undefinedAgreement(NO_PAIRED_UNIT) : agreementCoefficient(observed, chanceOfSameValue(coveredShare, coveredShare)),
    // Gwet's p_e = Σ_k π_k (1 − π_k) / (q − 1) with q = 2 and π_1 = 1 − π_0.
    gwet_ac1:
      observed === null ? undefinedAgreement(NO_PAIRED_UNIT) : agreementCoefficient(observed, 2 * coveredShare * (1 - coveredShare)),
  };
}

/** Chance that two independent 1/0 values, 1 with probabilities p and q, are the same. */
function chanceOfSameValue(p: number, q: number): number {
  return p * q + (1 - p) * (1 - q);
}
