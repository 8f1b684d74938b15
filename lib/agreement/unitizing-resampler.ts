import type { Span } from "@/lib/annotations/span";
import { observedUnitizingDisagreement } from "./unitizing-disagreement";

/** One document of the character unit: spans[coder * codeCount + code] merged, sorted, inside [0, length). */
export type UnitizedDocument = { length: number; spans: readonly (readonly Span[])[] };

/**
 * How a document's span lists are laid out: spans[coder * codes + series] for `codes` series, of which the first
 * `reported` are reported one by one and those listed in `pooled` are summed for the figure over all codes.
 */
export type SeriesLayout = { coders: number; codes: number; reported: number; pooled: Int32Array };

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
  const shortGaps: ShortGaps = { lengths: new Float64Array(0), count: 0, longGaps: 0, longGapSum: 0 };

  return {
    disagreements(draws) {
      const n = draws.length;
      if (state.positions.length < n) state.positions = new Int32Array(n);
      if (state.runningLength.length < n + 1) state.runningLength = new Float64Array(n + 1);
      if (state.gathered.length < n) state.gathered = new Float64Array(n);
      // A coder's crossing gaps number at most one more than the draws.
      if (shortGaps.lengths.length < m * (n + 1)) shortGaps.lengths = new Float64Array(m * (n + 1));
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
      const draw: DrawView = { drawn, positionStart, positions: state.positions, runningLength, gathered: state.gathered, shortGaps, length };
      const result = { observed: new Float64Array(codeCount), expected: new Float64Array(codeCount) };
      for (let code = 0; code < codeCount; code++) resampleCode(parts[code]!, draw, m, result, code);
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
  shortGaps: ShortGaps;
  length: number;
};

function resampleCode(part: CodeParts, draw: DrawView, m: number, result: ResampledDisagreements, code: number): void {
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
  if (length === 0) return;
  result.observed[code] = observed / (length * length);
  if (units === 0) return;

  // A gap at least as long as the code's longest unit holds every unit: its term is (l_g + 1) Σ l_u² − Σ l_u³ over
  // all units, so only its length counts. Shorter gaps are swept against the units sorted by length.
  let squares = 0;
  let cubes = 0;
  let longGaps = 0;
  let longGapSum = 0;
  for (let k = 0; k < part.documents.length; k++) {
    const weight = drawn[part.documents[k]!]!;
    if (weight === 0) continue;
    squares += weight * part.squares[k]!;
    cubes += weight * part.cubes[k]!;
    longGaps += weight * part.longGaps[k]!;
    longGapSum += weight * part.longGapSum[k]!;
  }
  const scratch = draw.shortGaps;
  scratch.count = 0;
  scratch.longGaps = 0;
  scratch.longGapSum = 0;
  for (let coder = 0; coder < m; coder++) crossingGaps(part.byCoder[coder]!, draw, part.longestUnit, scratch);
  longGaps += scratch.longGaps;
  longGapSum += scratch.longGapSum;
  const unitGapSum = (longGapSum + longGaps) * squares - longGaps * cubes + shortGapSum(part, drawn, scratch);

  result.expected[code] = ((2 / length) * ((units - 1) * cubic + unitGapSum)) / (m * length * (m * length - 1) - selfPairs);
}

/**
 * Σ over the gaps shorter than the code's longest unit (inner ones, weighted by their document's draws, and the
 * crossing ones in `scratch`) of Σ_{l_u ≤ l_g} l_u² (l_g − l_u + 1), in one sweep up the units and gaps sorted by
 * length.
 */
function shortGapSum(part: CodeParts, drawn: Float64Array, scratch: ShortGaps): number {
  const { unitLengths, unitDocuments, shortGapLengths, shortGapDocuments } = part;
  const crossing = scratch.lengths;
  const crossingCount = scratch.count;
  if (shortGapLengths.length === 0 && crossingCount === 0) return 0;
  sortPrefix(crossing, crossingCount);
  let sum = 0;
  let squares = 0;
  let cubes = 0;
  let u = 0;
  let inner = 0;
  let across = 0;
  while (inner < shortGapLengths.length || across < crossingCount) {
    const innerGap = inner < shortGapLengths.length ? shortGapLengths[inner]! : Infinity;
    const takeInner = innerGap <= (across < crossingCount ? crossing[across]! : Infinity);
    const gap = takeInner ? innerGap : crossing[across]!;
    const weight = takeInner ? drawn[shortGapDocuments[inner++]!]! : (across++, 1);
    if (weight === 0) continue;
    while (u < unitLengths.length && unitLengths[u]! <= gap) {
      const l = unitLengths[u]!;
      const unitWeight = drawn[unitDocuments[u++]!]!;
      squares += unitWeight * l * l;
      cubes += unitWeight * l * l * l;
    }
    sum += weight * ((gap + 1) * squares - cubes);
  }
  return sum;
}

/** One coder's gaps that cross document boundaries (from the continuum's start to their first unit, between the last
 * unit of one drawn document and the first of the next they marked, from the last to the end): the long ones
 * counted and summed, the short ones listed in `scratch`. */
function crossingGaps(coder: CoderParts, draw: DrawView, longestUnit: number, scratch: ShortGaps): void {
  const { positionStart, positions, runningLength, gathered, length } = draw;
  const documentCount = coder.documents.length;
  let count = 0;
  // position · documentCount + index sorts by position and still names which of the coder's documents it is.
  for (let index = 0; index < documentCount; index++) {
    const document = coder.documents[index]!;
    for (let p = positionStart[document]!; p < positionStart[document + 1]!; p++) gathered[count++] = positions[p]! * documentCount + index;
  }
  sortPrefix(gathered, count);
  let previousEnd = 0;
  for (let i = 0; i < count; i++) {
    const key = gathered[i]!;
    const position = Math.floor(key / documentCount);
    const index = key - position * documentCount;
    addCrossingGap(scratch, runningLength[position]! + coder.lead[index]! - previousEnd, longestUnit);
    previousEnd = runningLength[position + 1]! - coder.trail[index]!;
  }
  addCrossingGap(scratch, length - previousEnd, longestUnit);
}

function addCrossingGap(scratch: ShortGaps, gap: number, longestUnit: number): void {
  if (gap <= 0) return;
  if (gap >= longestUnit) {
    scratch.longGaps++;
    scratch.longGapSum += gap;
  } else scratch.lengths[scratch.count++] = gap;
}

/** Sorts values[0 … count) ascending in place: by insertion for the few a code usually has, else by the engine. */
function sortPrefix(values: Float64Array, count: number): void {
  if (count > 32) {
    values.subarray(0, count).sort();
    return;
  }
  for (let i = 1; i < count; i++) {
    const value = values[i]!;
    let j = i - 1;
    while (j >= 0 && values[j]! > value) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = value;
  }
}

/** A resample's crossing gaps of one code: the short ones listed, the long ones counted and summed. */
type ShortGaps = { lengths: Float64Array; count: number; longGaps: number; longGapSum: number };

/** One coder's documents holding units of the code, with the gap before their first unit and after their last. */
type CoderParts = { documents: Int32Array; lead: Float64Array; trail: Float64Array };

/** One code's parts, per document holding it (index k of `documents`), and its units and short inner gaps. */
type CodeParts = {
  documents: Int32Array;
  observed: Float64Array;
  cubic: Float64Array;
  selfPairs: Float64Array;
  unitCount: Float64Array;
  /** Σ l² and Σ l³ over the document's units. */
  squares: Float64Array;
  cubes: Float64Array;
  /** The document's inner gaps at least as long as the code's longest unit: how many, and their lengths added. */
  longGaps: Float64Array;
  longGapSum: Float64Array;
  longestUnit: number;
  /** Every unit's length, ascending, with the document it lies in. */
  unitLengths: Float64Array;
  unitDocuments: Int32Array;
  /** The inner gaps shorter than the longest unit, ascending, with their documents. */
  shortGapLengths: Float64Array;
  shortGapDocuments: Int32Array;
  byCoder: CoderParts[];
};

function codeParts(documents: readonly UnitizedDocument[], m: number, codeCount: number, code: number): CodeParts {
  const held: number[] = [];
  const perDocument = { observed: [] as number[], cubic: [] as number[], selfPairs: [] as number[], unitCount: [] as number[], squares: [] as number[], cubes: [] as number[] };
  const unitList: { length: number; document: number }[] = [];
  const gapList: { length: number; document: number; k: number }[] = [];
  const byCoder = Array.from({ length: m }, () => ({ documents: [] as number[], lead: [] as number[], trail: [] as number[] }));
  documents.forEach((document, d) => {
    const spansByCoder = Array.from({ length: m }, (_, coder) => document.spans[coder * codeCount + code]!);
    if (spansByCoder.every((spans) => spans.length === 0)) return;
    const k = held.length;
    held.push(d);
    const coderUnits = spansByCoder.map((spans) => ({ starts: spans.map((span) => span.start), ends: spans.map((span) => span.end) }));
    perDocument.observed.push(m >= 2 ? observedUnitizingDisagreement(coderUnits, 1) : 0);
    let cubic = 0;
    let selfPairs = 0;
    let units = 0;
    let squares = 0;
    let cubes = 0;
    spansByCoder.forEach((spans, coder) => {
      spans.forEach((span, index) => {
        const l = span.end - span.start;
        unitList.push({ length: l, document: d });
        cubic += (2 * l ** 3 - 3 * l ** 2 + l) / 3;
        selfPairs += l * (l - 1);
        squares += l * l;
        cubes += l * l * l;
        units++;
        if (index > 0 && span.start > spans[index - 1]!.end) gapList.push({ length: span.start - spans[index - 1]!.end, document: d, k });
      });
      if (spans.length > 0) {
        byCoder[coder]!.documents.push(d);
        byCoder[coder]!.lead.push(spans[0]!.start);
        byCoder[coder]!.trail.push(document.length - spans[spans.length - 1]!.end);
      }
    });
    perDocument.cubic.push(cubic);
    perDocument.selfPairs.push(selfPairs);
    perDocument.unitCount.push(units);
    perDocument.squares.push(squares);
    perDocument.cubes.push(cubes);
  });
  unitList.sort((a, b) => a.length - b.length);
  const longestUnit = unitList.length > 0 ? unitList[unitList.length - 1]!.length : 0;
  const longGaps = new Float64Array(held.length);
  const longGapSum = new Float64Array(held.length);
  const shortGaps = gapList.filter((gap) => {
    if (gap.length < longestUnit) return true;
    longGaps[gap.k]!++;
    longGapSum[gap.k]! += gap.length;
    return false;
  });
  shortGaps.sort((a, b) => a.length - b.length);
  return {
    documents: Int32Array.from(held),
    observed: Float64Array.from(perDocument.observed),
    cubic: Float64Array.from(perDocument.cubic),
    selfPairs: Float64Array.from(perDocument.selfPairs),
    unitCount: Float64Array.from(perDocument.unitCount),
    squares: Float64Array.from(perDocument.squares),
    cubes: Float64Array.from(perDocument.cubes),
    longGaps,
    longGapSum,
    longestUnit,
    unitLengths: Float64Array.from(unitList, (unit) => unit.length),
    unitDocuments: Int32Array.from(unitList, (unit) => unit.document),
    shortGapLengths: Float64Array.from(shortGaps, (gap) => gap.length),
    shortGapDocuments: Int32Array.from(shortGaps, (gap) => gap.document),
    byCoder: byCoder.map((coder) => ({
      documents: Int32Array.from(coder.documents),
      lead: Float64Array.from(coder.lead),
      trail: Float64Array.from(coder.trail),
    })),
  };
}
