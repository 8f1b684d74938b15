import type { Span } from "@/lib/annotations/span";
import { type CoderUnits, observedUnitizingDisagreement } from "./unitizing-disagreement";

/** One document of the character unit: spans[coder * codeCount + code] merged, sorted, inside [0, length). */
export type UnitizedDocument = { length: number; spans: readonly (readonly Span[])[] };

/**
 * How a document's span lists are laid out: spans[coder * codes + series] for `codes` series, of which the first
 * `reported` are reported one by one and those listed in `pooled` are summed for the figure over all codes.
 */
export type SeriesLayout = { coders: number; codes: number; reported: number; pooled: Int32Array };

/**
 * Unitizing D_o(c) and D_e(c) of many resamples of whole documents, each laid end to end in the order drawn, computed
 * code by code without rebuilding any continuum. `resamples` lists the documents each resample drew; `visit` is called
 * once per code with its D_o and D_e in every resample (arrays reused from one code to the next) and whether any coder
 * marked it in any document. Each code touches only
 * the documents in which some coder marked it (a code of a large codebook appears in a few), and its parts are
 * computed once:
 *
 * - D_o's numerator is a sum over pairs of overlapping units and of units inside another coder's gap, all within one
 *   document, so a resample adds each drawn document's share (D_o of the document alone with L = 1), times how often
 *   it was drawn, and divides by L², L being the resample's length;
 * - D_e needs the unit count N_c, Σ (2l³ − 3l² + l) / 3 and Σ l (l − 1) over units, which add up per document, and
 *   the sum over unit–gap pairs with l_g ≥ l_u of l_u² (l_g − l_u + 1). A gap at least as long as the code's longest
 *   unit holds every unit, so its term is (l_g + 1) Σ l_u² − Σ l_u³: such gaps count only by their number and total
 *   length. Shorter gaps are swept against the units sorted by length, weighted by how often their document was
 *   drawn.
 * - A coder's gap that crosses a document boundary (one document's trailing gap, any documents in which that coder has
 *   no unit of the code, the next one's leading gap) is one gap of the laid-out continuum, as the whole-corpus figure
 *   counts it. A coder's crossing gaps fill the continuum outside the stretches from their first to their last unit
 *   in each drawn document, so together they number one more than those documents' draws and their lengths add up
 *   to L minus the stretches: both sums per document. Only a crossing gap that starts at the continuum's start or
 *   after a unit closer than the longest unit to its document's end, and ends likewise, can be short; those few are
 *   found by walking the draws from such places, and moved from the long gaps to the swept ones (or dropped when
 *   their length is 0, two units touching across a boundary).
 *
 * The work runs code by code over all resamples at once: each per-document sum and each step of the sweep is one
 * tight loop over the resamples, which keeps a code's data in cache. Costs, per code, O(R · (documents holding it +
 * short gaps + units no longer than the longest short gap)), plus the crossing gaps' walks, for R resamples.
 */
export function resampleUnitizingDisagreements(
  documents: readonly UnitizedDocument[],
  shape: { coders: number; codes: number },
  resamples: readonly Int32Array[],
  visit: (code: number, observed: Float64Array, expected: Float64Array, marked: boolean) => void,
): void {
  const { coders: m, codes: codeCount } = shape;
  const drawn = layOutResamples(documents, resamples);
  const sums = new CodeSums(resamples.length);
  const crossing: CrossingGaps = { keys: new Float64Array(1024), count: 0 };
  const observed = new Float64Array(resamples.length);
  const expected = new Float64Array(resamples.length);
  const holding = documentsHolding(documents, m, codeCount);
  for (let code = 0; code < codeCount; code++) {
    const part = codeParts(documents, holding[code]!, m, codeCount, code);
    sums.clear();
    addDocumentSums(part, drawn, sums);
    crossing.count = 0;
    if (part.shortEnds) findShortCrossingGaps(part, m, drawn, sums, crossing);
    sweepShortGaps(part, drawn, sums, crossing);
    finish(sums, drawn.lengths, m, observed, expected);
    visit(code, observed, expected, part.documents.length > 0);
  }
}

/** The resamples as the per-code work reads them. */
type DrawnResamples = {
  count: number;
  draws: readonly Int32Array[];
  /** weights[document · count + r]: how often resample r drew the document. */
  weights: Int32Array;
  /** L of each resample. */
  lengths: Float64Array;
  documentLengths: Float64Array;
  /** Documents by length, ascending. */
  byLength: Int32Array;
  /** Every draw of document d: entries occurrenceStart[d] … occurrenceStart[d + 1] of the next three, giving the
   * resample, the position, and the document drawn next (−1 at the end). */
  occurrenceStart: Int32Array;
  occurrenceResample: Int32Array;
  occurrencePosition: Int32Array;
  occurrenceNext: Int32Array;
  /** The resamples that drew document d first: entries firstStart[d] … firstStart[d + 1] of firstResample. */
  firstStart: Int32Array;
  firstResample: Int32Array;
};

function layOutResamples(documents: readonly UnitizedDocument[], draws: readonly Int32Array[]): DrawnResamples {
  const count = draws.length;
  const documentCount = documents.length;
  const documentLengths = Float64Array.from(documents, (document) => document.length);
  const weights = new Int32Array(documentCount * count);
  const lengths = new Float64Array(count);
  const occurrenceStart = new Int32Array(documentCount + 1);
  const firstStart = new Int32Array(documentCount + 1);
  draws.forEach((drawn, r) => {
    let length = 0;
    for (const document of drawn) {
      weights[document * count + r]!++;
      occurrenceStart[document + 1]!++;
      length += documentLengths[document]!;
    }
    lengths[r] = length;
    if (drawn.length > 0) firstStart[drawn[0]! + 1]!++;
  });
  for (let d = 0; d < documentCount; d++) {
    occurrenceStart[d + 1]! += occurrenceStart[d]!;
    firstStart[d + 1]! += firstStart[d]!;
  }
  // Counting sort into each document's entries.
  const fill = occurrenceStart.slice(0, documentCount);
  const firstFill = firstStart.slice(0, documentCount);
  const occurrenceResample = new Int32Array(occurrenceStart[documentCount]!);
  const occurrencePosition = new Int32Array(occurrenceStart[documentCount]!);
  const occurrenceNext = new Int32Array(occurrenceStart[documentCount]!);
  const firstResample = new Int32Array(firstStart[documentCount]!);
  draws.forEach((drawn, r) => {
    drawn.forEach((document, position) => {
      const at = fill[document]!++;
      occurrenceResample[at] = r;
      occurrencePosition[at] = position;
      occurrenceNext[at] = position + 1 < drawn.length ? drawn[position + 1]! : -1;
    });
    if (drawn.length > 0) firstResample[firstFill[drawn[0]!]!++] = r;
  });
  const byLength = Int32Array.from(documents.keys()).sort((a, b) => documentLengths[a]! - documentLengths[b]!);
  return {
    count,
    draws,
    weights,
    lengths,
    documentLengths,
    byLength,
    occurrenceStart,
    occurrenceResample,
    occurrencePosition,
    occurrenceNext,
    firstStart,
    firstResample,
  };
}

/** A code's sums in every resample, one array over the resamples each. */
class CodeSums {
  readonly observed: Float64Array;
  readonly cubic: Float64Array;
  readonly selfPairs: Float64Array;
  readonly units: Float64Array;
  readonly squares: Float64Array;
  readonly cubes: Float64Array;
  /** The gaps at least as long as the longest unit: how many, and their lengths added. */
  readonly longGaps: Float64Array;
  readonly longGapLength: Float64Array;
  /** The sweep's running Σ l² and Σ l³ of the units no longer than the current gap, and its sum over short gaps. */
  readonly belowSquares: Float64Array;
  readonly belowCubes: Float64Array;
  readonly shortGapSum: Float64Array;

  constructor(resamples: number) {
    this.observed = new Float64Array(resamples);
    this.cubic = new Float64Array(resamples);
    this.selfPairs = new Float64Array(resamples);
    this.units = new Float64Array(resamples);
    this.squares = new Float64Array(resamples);
    this.cubes = new Float64Array(resamples);
    this.longGaps = new Float64Array(resamples);
    this.longGapLength = new Float64Array(resamples);
    this.belowSquares = new Float64Array(resamples);
    this.belowCubes = new Float64Array(resamples);
    this.shortGapSum = new Float64Array(resamples);
  }

  clear(): void {
    for (const values of [this.observed, this.cubic, this.selfPairs, this.units, this.squares, this.cubes, this.longGaps, this.longGapLength, this.belowSquares, this.belowCubes, this.shortGapSum]) {
      values.fill(0);
    }
  }
}

// The per-document sums of CodeParts.sums, FIELDS to a document.
const OBSERVED = 0;
const CUBIC = 1;
const SELF_PAIRS = 2;
const UNITS = 3;
const SQUARES = 4;
const CUBES = 5;
/** Long inner gaps plus the crossing gaps the document's coders open (one per coder marking the code in it). */
const LONG_GAPS = 6;
/** Long inner gaps' lengths less the stretches from each coder's first to last unit (see the crossing gaps above). */
const LONG_GAP_LENGTH = 7;
const FIELDS = 8;

function addDocumentSums(part: CodeParts, drawn: DrawnResamples, sums: CodeSums): void {
  const { count, weights } = drawn;
  const { observed, cubic, selfPairs, units, squares, cubes, longGaps, longGapLength } = sums;
  for (let k = 0; k < part.documents.length; k++) {
    const base = part.documents[k]! * count;
    const at = k * FIELDS;
    const o = part.sums[at + OBSERVED]!;
    const c = part.sums[at + CUBIC]!;
    const s = part.sums[at + SELF_PAIRS]!;
    const u = part.sums[at + UNITS]!;
    const q = part.sums[at + SQUARES]!;
    const t = part.sums[at + CUBES]!;
    const g = part.sums[at + LONG_GAPS]!;
    const l = part.sums[at + LONG_GAP_LENGTH]!;
    for (let r = 0; r < count; r++) {
      const w = weights[base + r]!;
      observed[r]! += w * o;
      cubic[r]! += w * c;
      selfPairs[r]! += w * s;
      units[r]! += w * u;
      squares[r]! += w * q;
      cubes[r]! += w * t;
      longGaps[r]! += w * g;
      longGapLength[r]! += w * l;
    }
  }
}

/** Short crossing gaps of all resamples, as length · R + resample so that one sort orders them by length. */
type CrossingGaps = { keys: Float64Array; count: number };

/**
 * Every coder's crossing gaps shorter than the code's longest unit, in every resample. Such a gap begins at the
 * continuum's start or after a unit closer than that to its document's end, and ends at a unit closer than that to its
 * document's start or at the continuum's end, with only documents shorter than the longest unit between. So it is
 * sought at the draws of the coder's documents with such a trailing gap, and at the continuum's start where the
 * first document drawn opens with the coder's short lead or is itself short. A gap that runs on through a short
 * document is followed through the draws until the coder's next unit or until it is long enough. Each short one is
 * taken off the long gaps and, unless its length is 0, listed for the sweep.
 */
function findShortCrossingGaps(part: CodeParts, m: number, drawn: DrawnResamples, sums: CodeSums, crossing: CrossingGaps): void {
  const { occurrenceStart, occurrenceResample, occurrencePosition, occurrenceNext, firstStart, firstResample, byLength, documentLengths } = drawn;
  const { lead, longestUnit } = part;
  for (let coder = 0; coder < m; coder++) {
    const ends = part.shortEnds![coder]!;
    for (const document of ends.leads) {
      const before = lead[document * m + coder]!;
      for (let at = firstStart[document]!; at < firstStart[document + 1]!; at++) takeShortGap(before, firstResample[at]!, part, drawn.count, sums, crossing);
    }
    // A short document opening a resample leaves the gap open: followed, unless it is one of the coder's, done above.
    for (let index = 0; index < byLength.length && documentLengths[byLength[index]!]! < longestUnit; index++) {
      const document = byLength[index]!;
      const before = lead[document * m + coder]!;
      if (before >= 0 && before < longestUnit) continue;
      for (let at = firstStart[document]!; at < firstStart[document + 1]!; at++) walkToNextUnit(part, coder, m, drawn, firstResample[at]!, 0, 0, sums, crossing);
    }
    for (let index = 0; index < ends.documents.length; index++) {
      const document = ends.documents[index]!;
      const trail = ends.trails[index]!;
      for (let at = occurrenceStart[document]!; at < occurrenceStart[document + 1]!; at++) {
        const next = occurrenceNext[at]!;
        const r = occurrenceResample[at]!;
        if (next < 0) takeShortGap(trail, r, part, drawn.count, sums, crossing);
        else if (lead[next * m + coder]! >= 0) takeShortGap(trail + lead[next * m + coder]!, r, part, drawn.count, sums, crossing);
        else if (trail + documentLengths[next]! < longestUnit) {
          walkToNextUnit(part, coder, m, drawn, r, occurrencePosition[at]! + 2, trail + documentLengths[next]!, sums, crossing);
        }
      }
    }
  }
}

/** Resample r's crossing gap that has run `gap` long by draw position `from`: followed up to the coder's next unit or
 * the continuum's end, unless it reaches the longest unit's length first. */
function walkToNextUnit(part: CodeParts, coder: number, m: number, drawn: DrawnResamples, r: number, from: number, gap: number, sums: CodeSums, crossing: CrossingGaps): void {
  const draws = drawn.draws[r]!;
  const { lead, longestUnit } = part;
  for (let i = from; i < draws.length; i++) {
    const document = draws[i]!;
    const before = lead[document * m + coder]!;
    if (before >= 0) return takeShortGap(gap + before, r, part, drawn.count, sums, crossing);
    gap += drawn.documentLengths[document]!;
    if (gap >= longestUnit) return;
  }
  takeShortGap(gap, r, part, drawn.count, sums, crossing);
}

function takeShortGap(gap: number, r: number, part: CodeParts, resamples: number, sums: CodeSums, crossing: CrossingGaps): void {
  // A resample without any unit of the code needs no D_e.
  if (gap >= part.longestUnit || sums.units[r] === 0) return;
  sums.longGaps[r]!--;
  sums.longGapLength[r]! -= gap;
  // Units touching across a boundary leave no gap at all.
  if (gap === 0) return;
  if (crossing.count === crossing.keys.length) {
    const grown = new Float64Array(crossing.keys.length * 2);
    grown.set(crossing.keys);
    crossing.keys = grown;
  }
  crossing.keys[crossing.count++] = gap * resamples + r;
}

/**
 * Σ over the gaps shorter than the code's longest unit (inner ones, weighted by their document's draws, and the
 * crossing ones of each resample) of Σ_{l_u ≤ l_g} l_u² (l_g − l_u + 1), in one sweep up the units and gaps sorted by
 * length, for all resamples at once. The units between two inner gaps enter as one batch per document; a crossing gap
 * that falls inside such a stretch adds the stretch's units no longer than itself for its own resample.
 */
function sweepShortGaps(part: CodeParts, drawn: DrawnResamples, sums: CodeSums, crossing: CrossingGaps): void {
  const { count, weights } = drawn;
  const { unitLengths, unitDocuments, segmentEnd, gapLengths, gapDocuments, batchEnd, batchDocuments, batchSquares, batchCubes } = part.sweep;
  const { belowSquares, belowCubes, shortGapSum } = sums;
  const keys = crossing.keys.subarray(0, crossing.count).sort();
  let across = 0;
  let unitStart = 0;
  for (let segment = 0; segment <= gapLengths.length; segment++) {
    // The units after the last inner gap serve only crossing gaps.
    if (segment === gapLengths.length && across === keys.length) break;
    const unitEnd = segmentEnd[segment]!;
    const longest = unitEnd > unitStart ? unitLengths[unitEnd - 1]! : -Infinity;
    for (; across < keys.length; across++) {
      const gap = Math.floor(keys[across]! / count);
      if (gap >= longest) break;
      const r = keys[across]! - gap * count;
      let squares = belowSquares[r]!;
      let cubes = belowCubes[r]!;
      for (let u = unitStart; u < unitEnd && unitLengths[u]! <= gap; u++) {
        const weight = weights[unitDocuments[u]! * count + r]!;
        const l = unitLengths[u]!;
        squares += weight * l * l;
        cubes += weight * l * l * l;
      }
      shortGapSum[r]! += (gap + 1) * squares - cubes;
    }
    for (let batch = segment === 0 ? 0 : batchEnd[segment - 1]!; batch < batchEnd[segment]!; batch++) {
      const base = batchDocuments[batch]! * count;
      const square = batchSquares[batch]!;
      const cube = batchCubes[batch]!;
      for (let r = 0; r < count; r++) {
        belowSquares[r]! += weights[base + r]! * square;
        belowCubes[r]! += weights[base + r]! * cube;
      }
    }
    if (segment < gapLengths.length) {
      const base = gapDocuments[segment]! * count;
      const factor = gapLengths[segment]! + 1;
      for (let r = 0; r < count; r++) shortGapSum[r]! += weights[base + r]! * (factor * belowSquares[r]! - belowCubes[r]!);
    }
    unitStart = unitEnd;
  }
  for (; across < keys.length; across++) {
    const gap = Math.floor(keys[across]! / count);
    const r = keys[across]! - gap * count;
    shortGapSum[r]! += (gap + 1) * belowSquares[r]! - belowCubes[r]!;
  }
}

/** D_o and D_e of each resample from the code's sums; both 0 for an empty continuum, D_e 0 where no unit was drawn. */
function finish(sums: CodeSums, lengths: Float64Array, m: number, observed: Float64Array, expected: Float64Array): void {
  for (let r = 0; r < lengths.length; r++) {
    const length = lengths[r]!;
    observed[r] = length === 0 ? 0 : sums.observed[r]! / (length * length);
    const units = sums.units[r]!;
    if (length === 0 || units === 0) {
      expected[r] = 0;
      continue;
    }
    // Every coder's crossing gaps number one more than the draws of their documents (counted per document), and
    // fill L less their stretches.
    const longGaps = sums.longGaps[r]! + m;
    const longGapLength = sums.longGapLength[r]! + m * length;
    const unitGapSum = (longGapLength + longGaps) * sums.squares[r]! - longGaps * sums.cubes[r]! + sums.shortGapSum[r]!;
    expected[r] = ((2 / length) * ((units - 1) * sums.cubic[r]! + unitGapSum)) / (m * length * (m * length - 1) - sums.selfPairs[r]!);
  }
}

/** One coder's documents whose last unit of the code ends closer than the longest unit to their end, with that
 * distance; and those whose first unit starts that close to their start. */
type ShortEnds = { documents: Int32Array; trails: Float64Array; leads: Int32Array };

/**
 * A code's units by length, in segments: segment s holds those no longer than inner gap s and longer than gap s − 1
 * (the last segment, those longer than every gap), up to segmentEnd[s]; its batches, up to batchEnd[s], add up its
 * units' l² and l³ per document. Gaps are the inner gaps shorter than the longest unit, by length.
 */
type Sweep = {
  unitLengths: Float64Array;
  unitDocuments: Int32Array;
  segmentEnd: Int32Array;
  gapLengths: Float64Array;
  gapDocuments: Int32Array;
  batchEnd: Int32Array;
  batchDocuments: Int32Array;
  batchSquares: Float64Array;
  batchCubes: Float64Array;
};

/** One code's parts, per document holding it (index k of `documents`), and its units and short inner gaps. */
type CodeParts = {
  documents: Int32Array;
  /** FIELDS sums per document: see the constants above. */
  sums: Float64Array;
  longestUnit: number;
  sweep: Sweep;
  /**
   * Per coder, where a crossing gap can be short; null when it cannot anywhere: then every unit's document is
   * longer than twice the longest unit, so a resample holding a unit is too, and a resample without one needs no D_e.
   */
  shortEnds: ShortEnds[] | null;
  /** lead[document · m + coder]: where the coder's first unit of the code starts in the document, −1 where they have
   * none (filled only when shortEnds is not null). */
  lead: Float64Array;
};

/** For each code, the documents in which some coder marked it, ascending. */
function documentsHolding(documents: readonly UnitizedDocument[], m: number, codeCount: number): Int32Array[] {
  const held = Array.from({ length: codeCount }, (): number[] => []);
  documents.forEach((document, d) => {
    for (let code = 0; code < codeCount; code++) {
      for (let coder = 0; coder < m; coder++) {
        if (document.spans[coder * codeCount + code]!.length > 0) {
          held[code]!.push(d);
          break;
        }
      }
    }
  });
  return held.map((list) => Int32Array.from(list));
}

function codeParts(documents: readonly UnitizedDocument[], held: Int32Array, m: number, codeCount: number, code: number): CodeParts {
  const sums = new Float64Array(held.length * FIELDS);
  const units: number[] = [];
  const unitDocuments: number[] = [];
  const gaps: number[] = [];
  const gapDocuments: number[] = [];
  const gapRows: number[] = [];
  const edges: { document: number; coder: number; lead: number; trail: number }[] = [];
  held.forEach((d, k) => {
    const document = documents[d]!;
    const at = k * FIELDS;
    const coderUnits: CoderUnits[] = [];
    for (let coder = 0; coder < m; coder++) {
      const spans = document.spans[coder * codeCount + code]!;
      coderUnits.push({ starts: spans.map((span) => span.start), ends: spans.map((span) => span.end) });
      for (let index = 0; index < spans.length; index++) {
        const { start, end } = spans[index]!;
        const l = end - start;
        units.push(l);
        unitDocuments.push(d);
        sums[at + CUBIC]! += (2 * l ** 3 - 3 * l ** 2 + l) / 3;
        sums[at + SELF_PAIRS]! += l * (l - 1);
        sums[at + SQUARES]! += l * l;
        sums[at + CUBES]! += l * l * l;
        sums[at + UNITS]!++;
        if (index > 0 && start > spans[index - 1]!.end) {
          gaps.push(start - spans[index - 1]!.end);
          gapDocuments.push(d);
          gapRows.push(k);
        }
      }
      if (spans.length > 0) {
        const lead = spans[0]!.start;
        const trail = document.length - spans[spans.length - 1]!.end;
        sums[at + LONG_GAPS]!++;
        sums[at + LONG_GAP_LENGTH]! -= document.length - lead - trail;
        edges.push({ document: d, coder, lead, trail });
      }
    }
    sums[at + OBSERVED] = m >= 2 ? observedUnitizingDisagreement(coderUnits, 1) : 0;
  });
  let longestUnit = 0;
  for (const l of units) if (l > longestUnit) longestUnit = l;
  const shortGaps: number[] = [];
  gaps.forEach((gap, index) => {
    if (gap < longestUnit) shortGaps.push(index);
    else {
      sums[gapRows[index]! * FIELDS + LONG_GAPS]!++;
      sums[gapRows[index]! * FIELDS + LONG_GAP_LENGTH]! += gap;
    }
  });
  const shortEnds = edges.some((edge) => edge.lead < longestUnit || edge.trail < longestUnit)
    ? Array.from({ length: m }, (_, coder): ShortEnds => {
        const mine = edges.filter((edge) => edge.coder === coder);
        const shortTrails = mine.filter((edge) => edge.trail < longestUnit);
        return {
          documents: Int32Array.from(shortTrails, (edge) => edge.document),
          trails: Float64Array.from(shortTrails, (edge) => edge.trail),
          leads: Int32Array.from(mine.filter((edge) => edge.lead < longestUnit), (edge) => edge.document),
        };
      })
    : null;
  const lead = new Float64Array(shortEnds ? documents.length * m : 0).fill(-1);
  if (shortEnds) for (const edge of edges) lead[edge.document * m + edge.coder] = edge.lead;
  return {
    documents: held,
    sums,
    longestUnit,
    sweep: buildSweep(units, unitDocuments, shortGaps.map((index) => gaps[index]!), shortGaps.map((index) => gapDocuments[index]!)),
    shortEnds,
    lead,
  };
}

function buildSweep(units: readonly number[], unitDocuments: readonly number[], gaps: readonly number[], gapDocuments: readonly number[]): Sweep {
  const unitOrder = Int32Array.from(units.keys()).sort((a, b) => units[a]! - units[b]!);
  const gapOrder = Int32Array.from(gaps.keys()).sort((a, b) => gaps[a]! - gaps[b]!);
  const unitLengths = Float64Array.from(unitOrder, (index) => units[index]!);
  const segmentEnd = new Int32Array(gaps.length + 1);
  const batchEnd = new Int32Array(gaps.length + 1);
  const batchDocuments: number[] = [];
  const batchSquares: number[] = [];
  const batchCubes: number[] = [];
  const batchOf = new Map<number, number>();
  let u = 0;
  for (let segment = 0; segment <= gaps.length; segment++) {
    const bound = segment < gaps.length ? gaps[gapOrder[segment]!]! : Infinity;
    batchOf.clear();
    for (; u < unitLengths.length && unitLengths[u]! <= bound; u++) {
      const document = unitDocuments[unitOrder[u]!]!;
      const l = unitLengths[u]!;
      let batch = batchOf.get(document);
      if (batch === undefined) {
        batch = batchDocuments.push(document) - 1;
        batchSquares.push(0);
        batchCubes.push(0);
        batchOf.set(document, batch);
      }
      batchSquares[batch]! += l * l;
      batchCubes[batch]! += l * l * l;
    }
    segmentEnd[segment] = u;
    batchEnd[segment] = batchDocuments.length;
  }
  return {
    unitLengths,
    unitDocuments: Int32Array.from(unitOrder, (index) => unitDocuments[index]!),
    segmentEnd,
    gapLengths: Float64Array.from(gapOrder, (index) => gaps[index]!),
    gapDocuments: Int32Array.from(gapOrder, (index) => gapDocuments[index]!),
    batchEnd,
    batchDocuments: Int32Array.from(batchDocuments),
    batchSquares: Float64Array.from(batchSquares),
    batchCubes: Float64Array.from(batchCubes),
  };
}
