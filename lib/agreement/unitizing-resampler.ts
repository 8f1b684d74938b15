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
 * Unitizing alpha of a resample of whole documents without rebuilding its continuum, touching for each code only the
 * documents in which some coder marked it (a code of a large codebook appears in a few). Each document's parts are
 * computed once:
 *
 * - D_o's numerator is a sum over pairs of overlapping units and of units inside another coder's gap, all within one
 *   document, so a resample adds each drawn document's share (D_o of the document alone with L = 1), times how often
 *   it was drawn, and divides by L², L being the resample's length;
 * - D_e needs the unit count N_c, Σ (2l³ − 3l² + l) / 3 and Σ l (l − 1) over units, which add up per document, and
 *   the sum over unit–gap pairs with l_g ≥ l_u of l_u² (l_g − l_u + 1). Written per gap, that is
 *   (l_g + 1) · Σ_{l_u ≤ l_g} l_u² − Σ_{l_u ≤ l_g} l_u³: prefix sums over the code's units sorted by length (weighted
 *   by how often their document was drawn) and a binary search per gap. A coder's gap that crosses a document
 *   boundary (one document's trailing gap, any documents in which that coder has no unit of the code, the next one's
 *   leading gap) is one gap of the laid-out continuum, exactly as the whole-corpus figure counts it: its length is
 *   read off the draws' running lengths between the positions at which the coder's documents were drawn.
 *
 * Costs O(N) per resample plus, per code, O(units + gaps · log units + positions drawn · log) of the documents that
 * hold it; documents without the code add only their length.
 */
export function unitizingResampler(
  documents: readonly UnitizedDocument[],
  shape: { coders: number; codes: number },
): UnitizingResampler {
  const { coders: m, codes: codeCount } = shape;
  const parts = Array.from({ length: codeCount }, (_, code) => codeParts(documents, m, codeCount, code));
  const documentLengths = Float64Array.from(documents, (document) => document.length);
  const drawn = new Float64Array(documents.length);
  const positionStart = new Int32Array(documents.length + 1);
  const state = { positions: new Int32Array(0), runningLength: new Float64Array(0), gathered: new Float64Array(0) };

  return {
    disagreements(draws) {
      const n = draws.length;
      if (state.positions.length < n) state.positions = new Int32Array(n);
      if (state.runningLength.length < n + 1) state.runningLength = new Float64Array(n + 1);
      if (state.gathered.length < n) state.gathered = new Float64Array(n);
      const { runningLength } = state;
      drawn.fill(0);
      for (let i = 0; i < n; i++) {
        drawn[draws[i]!]!++;
        runningLength[i + 1] = runningLength[i]! + documentLengths[draws[i]!]!;
      }
      // Positions at which each document was drawn, ascending, by counting sort.
      positionStart[0] = 0;
      for (let d = 0; d < documents.length; d++) positionStart[d + 1] = positionStart[d]! + drawn[d]!;
      const fill = positionStart.slice(0, documents.length);
      for (let i = 0; i < n; i++) state.positions[fill[draws[i]!]!++] = i;
      const length = runningLength[n]!;
      const draw: DrawView = { drawn, positionStart, positions: state.positions, runningLength, gathered: state.gathered, length };
      const result = { observed: new Float64Array(codeCount), expected: new Float64Array(codeCount) };
      for (let code = 0; code < codeCount; code++) {
        const { observed, expected } = resampleCode(parts[code]!, draw, m);
        result.observed[code] = observed;
        result.expected[code] = expected;
      }
      return result;
    },
  };
}

type DrawView = {
  drawn: Float64Array;
  positionStart: Int32Array;
  positions: Int32Array;
  /** runningLength[i]: where the document drawn at position i starts on the resample's continuum. */
  runningLength: Float64Array;
  /** Scratch for one coder's drawn positions. */
  gathered: Float64Array;
  length: number;
};

function resampleCode(part: CodeParts, draw: DrawView, m: number): { observed: number; expected: number } {
  const { drawn, length } = draw;
  let observed = 0;
  let cubic = 0;
  let selfPairs = 0;
  let units = 0;
  for (let k = 0; k < part.documents.length; k++) {
    const weight = drawn[part.documents[k]!]!;
    if (weight === 0) continue;
    observed += weight * part.observed[k]!;
    cubic += weight * part.cubic[k]!;
    selfPairs += weight * part.selfPairs[k]!;
    units += weight * part.unitCount[k]!;
  }
  if (length === 0) return { observed: 0, expected: 0 };
  if (units === 0) return { observed: observed / (length * length), expected: 0 };

  // Prefix sums over the units sorted by length: squares[i], cubes[i] add up the first i units' l² and l³.
  const { unitLengths, unitDocuments, squares, cubes } = part;
  for (let i = 0; i < unitLengths.length; i++) {
    const weight = drawn[unitDocuments[i]!]!;
    const l = unitLengths[i]!;
    squares[i + 1] = squares[i]! + weight * l * l;
    cubes[i + 1] = cubes[i]! + weight * l * l * l;
  }
  const gapTerm = (gap: number) => {
    // The number of units no longer than the gap.
    let low = 0;
    let high = unitLengths.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (unitLengths[middle]! <= gap) low = middle + 1;
      else high = middle;
    }
    return (gap + 1) * squares[low]! - cubes[low]!;
  };

  let unitGapSum = 0;
  for (let k = 0; k < part.gapLengths.length; k++) {
    const weight = drawn[part.gapDocuments[k]!]!;
    if (weight !== 0) unitGapSum += weight * gapTerm(part.gapLengths[k]!);
  }
  for (let coder = 0; coder < m; coder++) unitGapSum += crossingGaps(part.byCoder[coder]!, draw, gapTerm);

  const expected = ((2 / length) * ((units - 1) * cubic + unitGapSum)) / (m * length * (m * length - 1) - selfPairs);
  return { observed: observed / (length * length), expected };
}

/** The gap terms of one coder's gaps that cross document boundaries: from the continuum's start to their first unit,
 * between the last unit of one drawn document and the first of the next they marked, and from the last to the end. */
function crossingGaps(coder: CoderParts, draw: DrawView, gapTerm: (gap: number) => number): number {
  const { positionStart, positions, runningLength, gathered, length } = draw;
  const documentCount = coder.documents.length;
  let count = 0;
  // position · documentCount + index sorts by position and still names which of the coder's documents it is.
  for (let index = 0; index < documentCount; index++) {
    const document = coder.documents[index]!;
    for (let p = positionStart[document]!; p < positionStart[document + 1]!; p++) gathered[count++] = positions[p]! * documentCount + index;
  }
  const ordered = gathered.subarray(0, count).sort();
  let sum = 0;
  let previousEnd = 0;
  for (const key of ordered) {
    const position = Math.floor(key / documentCount);
    const index = key - position * documentCount;
    const gap = runningLength[position]! + coder.lead[index]! - previousEnd;
    if (gap > 0) sum += gapTerm(gap);
    previousEnd = runningLength[position + 1]! - coder.trail[index]!;
  }
  if (length - previousEnd > 0) sum += gapTerm(length - previousEnd);
  return sum;
}

/** One coder's documents holding units of the code, with the gap before their first unit and after their last. */
type CoderParts = { documents: Int32Array; lead: Float64Array; trail: Float64Array };

/** One code's parts, per document holding it (index k of `documents`), and its units and inner gaps. */
type CodeParts = {
  documents: Int32Array;
  observed: Float64Array;
  cubic: Float64Array;
  selfPairs: Float64Array;
  unitCount: Float64Array;
  /** Every unit's length, ascending, with the document it lies in; squares and cubes are prefix-sum scratch. */
  unitLengths: Float64Array;
  unitDocuments: Int32Array;
  squares: Float64Array;
  cubes: Float64Array;
  gapLengths: Float64Array;
  gapDocuments: Int32Array;
  byCoder: CoderParts[];
};

function codeParts(documents: readonly UnitizedDocument[], m: number, codeCount: number, code: number): CodeParts {
  const held: number[] = [];
  const observed: number[] = [];
  const cubic: number[] = [];
  const selfPairs: number[] = [];
  const unitCount: number[] = [];
  const unitList: { length: number; document: number }[] = [];
  const gapLengths: number[] = [];
  const gapDocuments: number[] = [];
  const byCoder = Array.from({ length: m }, () => ({ documents: [] as number[], lead: [] as number[], trail: [] as number[] }));
  documents.forEach((document, d) => {
    const spansByCoder = Array.from({ length: m }, (_, coder) => document.spans[coder * codeCount + code]!);
    if (spansByCoder.every((spans) => spans.length === 0)) return;
    held.push(d);
    const coderUnits = spansByCoder.map((spans) => ({ starts: spans.map((span) => span.start), ends: spans.map((span) => span.end) }));
    observed.push(m >= 2 ? observedUnitizingDisagreement(coderUnits, 1) : 0);
    let cubicSum = 0;
    let selfPairSum = 0;
    let units = 0;
    spansByCoder.forEach((spans, coder) => {
      spans.forEach((span, k) => {
        const l = span.end - span.start;
        unitList.push({ length: l, document: d });
        cubicSum += (2 * l ** 3 - 3 * l ** 2 + l) / 3;
        selfPairSum += l * (l - 1);
        units++;
        if (k > 0 && span.start > spans[k - 1]!.end) {
          gapLengths.push(span.start - spans[k - 1]!.end);
          gapDocuments.push(d);
        }
      });
      if (spans.length > 0) {
        byCoder[coder]!.documents.push(d);
        byCoder[coder]!.lead.push(spans[0]!.start);
        byCoder[coder]!.trail.push(document.length - spans[spans.length - 1]!.end);
      }
    });
    cubic.push(cubicSum);
    selfPairs.push(selfPairSum);
    unitCount.push(units);
  });
  unitList.sort((a, b) => a.length - b.length);
  return {
    documents: Int32Array.from(held),
    observed: Float64Array.from(observed),
    cubic: Float64Array.from(cubic),
    selfPairs: Float64Array.from(selfPairs),
    unitCount: Float64Array.from(unitCount),
    unitLengths: Float64Array.from(unitList, (unit) => unit.length),
    unitDocuments: Int32Array.from(unitList, (unit) => unit.document),
    squares: new Float64Array(unitList.length + 1),
    cubes: new Float64Array(unitList.length + 1),
    gapLengths: Float64Array.from(gapLengths),
    gapDocuments: Int32Array.from(gapDocuments),
    byCoder: byCoder.map((coder) => ({
      documents: Int32Array.from(coder.documents),
      lead: Float64Array.from(coder.lead),
      trail: Float64Array.from(coder.trail),
    })),
  };
}
