import type { Span } from "./merge-spans";
import { observedUnitizingDisagreement } from "./unitizing-disagreement";

/** One document of the character unit: spans[coder * codeCount + code] merged, sorted, inside [0, length). */
export type UnitizedDocument = { length: number; spans: readonly (readonly Span[])[] };

/** Unitizing D_o and D_e of one resample, per code and summed over codes (see unitizing-disagreement.ts). */
export type ResampledDisagreements = { observed: Float64Array; expected: Float64Array };

export type UnitizingResampler = {
  /** D_o(c) and D_e(c) of the documents at `draws` laid end to end in that order, repeats included. */
  disagreements: (draws: Int32Array) => ResampledDisagreements;
};

/**
 * Unitizing alpha of a resample of whole documents without rebuilding its continuum. Each document's parts are
 * computed once:
 *
 * - D_o's numerator is a sum over pairs of overlapping units and of units inside another coder's gap, all within one
 *   document, so a resample adds each drawn document's share (D_o of the document alone with L = 1) and divides by
 *   L², L being the resample's length;
 * - D_e needs the unit count N_c, Σ (2l³ − 3l² + l) / 3 and Σ l (l − 1) over units, which add up per document, and
 *   Σ over unit–gap pairs of l_g² (l_h − l_g + 1) for gaps at least as long as the unit. That term depends on the
 *   multiset of section lengths, so a resample fills a histogram of unit and gap lengths (each document's units and
 *   inner gaps, weighted by how often it was drawn) and sweeps it once with suffix sums. A coder's gap that crosses
 *   a document boundary (one document's trailing gap, any documents in which that coder has no unit of the code, the
 *   next one's leading gap) is one gap of the laid-out continuum, exactly as the whole-corpus figure counts it, so
 *   those are joined walking the draws in order.
 *
 * Costs O(sections of the documents not drawn exactly once + codes · coders · N + codes · longest unit) per resample.
 */
export function unitizingResampler(
  documents: readonly UnitizedDocument[],
  shape: { coders: number; codes: number },
): UnitizingResampler {
  const { coders: m, codes: codeCount } = shape;
  const parts = documentParts(documents, shape);
  const { lead, trail, width } = parts;
  const documentLengths = Float64Array.from(documents, (document) => document.length);
  // Every document drawn once, per code: a resample starts from these and adds (times drawn − 1) of each document
  // drawn other than once, which skips the third or so of documents a resample draws exactly once.
  const whole = Array.from({ length: codeCount }, (_, code) => {
    const totals = newTotals(width);
    for (let document = 0; document < documents.length; document++) addDocument(totals, parts, document * codeCount + code, 1);
    return totals;
  });
  const drawn = new Int32Array(documents.length);
  const scratch = newTotals(width);

  return {
    disagreements(draws) {
      drawn.fill(0);
      let length = 0;
      for (const document of draws) {
        drawn[document]!++;
        length += documentLengths[document]!;
      }
      const result = { observed: new Float64Array(codeCount), expected: new Float64Array(codeCount) };
      for (let code = 0; code < codeCount; code++) {
        copyTotals(whole[code]!, scratch);
        for (let document = 0; document < documents.length; document++) {
          const weight = drawn[document]! - 1;
          if (weight !== 0) addDocument(scratch, parts, document * codeCount + code, weight);
        }
        for (let coder = 0; coder < m; coder++) {
          let pending = 0;
          for (const document of draws) {
            const at = (document * codeCount + code) * m + coder;
            if (lead[at]! < 0) {
              pending += documentLengths[document]!;
            } else {
              pending += lead[at]!;
              if (pending > 0) addGap(scratch, pending, 1);
              pending = trail[at]!;
            }
          }
          if (pending > 0) addGap(scratch, pending, 1);
        }
        const { unitHistogram, gapHistogram } = scratch;
        let longerCount = scratch.longGaps;
        let longerSum = scratch.longGapSum;
        let unitGapSum = 0;
        for (let l = width - 1; l >= 1; l--) {
          longerCount += gapHistogram[l]!;
          longerSum += gapHistogram[l]! * l;
          if (unitHistogram[l]! !== 0) unitGapSum += unitHistogram[l]! * l * l * (longerSum - (l - 1) * longerCount);
        }
        const { units } = scratch;
        result.observed[code] = length > 0 ? scratch.observed / (length * length) : 0;
        result.expected[code] =
          length > 0 && units > 0
            ? ((2 / length) * ((units - 1) * scratch.cubic + unitGapSum)) / (m * length * (m * length - 1) - scratch.selfPairs)
            : 0;
      }
      return result;
    },
  };
}

/** Sums over the units and inner gaps of one code in a resample; gaps at least `width` long are longer than every
 * unit, so only their count and total matter. */
type Totals = {
  unitHistogram: Float64Array;
  gapHistogram: Float64Array;
  longGaps: number;
  longGapSum: number;
  observed: number;
  cubic: number;
  selfPairs: number;
  units: number;
};

function newTotals(width: number): Totals {
  return { unitHistogram: new Float64Array(width), gapHistogram: new Float64Array(width), longGaps: 0, longGapSum: 0, observed: 0, cubic: 0, selfPairs: 0, units: 0 };
}

function copyTotals(from: Totals, to: Totals): void {
  to.unitHistogram.set(from.unitHistogram);
  to.gapHistogram.set(from.gapHistogram);
  to.longGaps = from.longGaps;
  to.longGapSum = from.longGapSum;
  to.observed = from.observed;
  to.cubic = from.cubic;
  to.selfPairs = from.selfPairs;
  to.units = from.units;
}

function addGap(totals: Totals, gap: number, weight: number): void {
  if (gap < totals.gapHistogram.length) totals.gapHistogram[gap]! += weight;
  else {
    totals.longGaps += weight;
    totals.longGapSum += weight * gap;
  }
}

/** Adds `weight` times the parts of one (document, code); a negative weight takes them away. */
function addDocument(totals: Totals, parts: DocumentParts, part: number, weight: number): void {
  totals.observed += weight * parts.observed[part]!;
  totals.cubic += weight * parts.cubic[part]!;
  totals.selfPairs += weight * parts.selfPairs[part]!;
  totals.units += weight * parts.unitCount[part]!;
  for (let k = parts.unitOffsets[part]!; k < parts.unitOffsets[part + 1]!; k++) totals.unitHistogram[parts.units[k]!]! += weight;
  for (let k = parts.gapOffsets[part]!; k < parts.gapOffsets[part + 1]!; k++) addGap(totals, parts.gaps[k]!, weight);
}

type DocumentParts = ReturnType<typeof documentParts>;

/** Per document and code (index document · codeCount + code): the parts a resample adds up. */
function documentParts(documents: readonly UnitizedDocument[], { coders: m, codes: codeCount }: { coders: number; codes: number }) {
  const partCount = documents.length * codeCount;
  const observed = new Float64Array(partCount);
  const cubic = new Float64Array(partCount);
  const selfPairs = new Float64Array(partCount);
  const unitCount = new Float64Array(partCount);
  // Per (document, code, coder): the gap before the first unit and after the last; -1 when the coder has none.
  const lead = new Float64Array(partCount * m).fill(-1);
  const trail = new Float64Array(partCount * m);
  const units: number[] = [];
  const unitOffsets = new Int32Array(partCount + 1);
  const gaps: number[] = [];
  const gapOffsets = new Int32Array(partCount + 1);
  let width = 1;
  documents.forEach((document, d) => {
    for (let code = 0; code < codeCount; code++) {
      const part = d * codeCount + code;
      const byCoder = Array.from({ length: m }, (_, coder) => document.spans[coder * codeCount + code]!);
      const coderUnits = byCoder.map((spans) => ({ starts: spans.map((span) => span.start), ends: spans.map((span) => span.end) }));
      observed[part] = m >= 2 ? observedUnitizingDisagreement(coderUnits, 1) : 0;
      byCoder.forEach((spans, coder) => {
        spans.forEach((span, k) => {
          const l = span.end - span.start;
          units.push(l);
          width = Math.max(width, l + 1);
          cubic[part]! += (2 * l ** 3 - 3 * l ** 2 + l) / 3;
          selfPairs[part]! += l * (l - 1);
          unitCount[part]!++;
          if (k > 0 && span.start > spans[k - 1]!.end) gaps.push(span.start - spans[k - 1]!.end);
        });
        if (spans.length > 0) {
          lead[part * m + coder] = spans[0]!.start;
          trail[part * m + coder] = document.length - spans[spans.length - 1]!.end;
        }
      });
      unitOffsets[part + 1] = units.length;
      gapOffsets[part + 1] = gaps.length;
    }
  });
  return {
    observed,
    cubic,
    selfPairs,
    unitCount,
    units: Int32Array.from(units),
    unitOffsets,
    gaps: Float64Array.from(gaps),
    gapOffsets,
    lead,
    trail,
    width,
  };
}
