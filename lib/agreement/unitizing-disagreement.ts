import type { Continuum } from "./unitized-data";

/** One coder's units of one category: sorted by start, not overlapping, end exclusive. */
export type CoderUnits = { starts: readonly number[]; ends: readonly number[] };

/**
 * D_o(c) of Krippendorff's unitizing alpha (Krippendorff 2004, "Measuring the reliability of qualitative text
 * analysis data", Quality & Quantity 38; Content Analysis, 2nd ed., section 12.4):
 *
 *   D_o(c) = Σ_i Σ_{j≠i} Σ_g Σ_h δ²(g, h) / (m (m − 1) L²)
 *
 * over sections g of coder i and h of coder j (units of c and the gaps between them), with
 *
 * - δ² = (b_g − b_h)² + (e_g − e_h)² when g and h are units that overlap (share at least one position)
 * - δ² = l_g² when unit g lies wholly inside gap h (and l_h² the other way round)
 * - δ² = 0 otherwise.
 *
 * Within one coder units do not overlap, so a unit lies inside a gap of coder j exactly when it overlaps none of j's
 * units. A sweep over the two sorted unit lists therefore finds every non-zero term in O(units) per coder pair.
 */
export function observedUnitizingDisagreement(coders: readonly CoderUnits[], continuumLength: number): number {
  const m = coders.length;
  let sum = 0;
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      sum += sweepPair(coders[i]!, coders[j]!) + unitsInGaps(coders[j]!, coders[i]!);
    }
  }
  // δ² is symmetric, so the ordered pairs (i, j) and (j, i) contribute alike.
  return (2 * sum) / (m * (m - 1) * continuumLength * continuumLength);
}

/** Overlapping pairs of a's and b's units, plus a's units that overlap none of b's. */
function sweepPair(a: CoderUnits, b: CoderUnits): number {
  let sum = 0;
  let first = 0;
  for (let g = 0; g < a.starts.length; g++) {
    const start = a.starts[g]!;
    const end = a.ends[g]!;
    // b's ends ascend with its starts, so units ending before this one starts never overlap a later one either.
    while (first < b.starts.length && b.ends[first]! <= start) first++;
    let overlapped = false;
    for (let h = first; h < b.starts.length && b.starts[h]! < end; h++) {
      overlapped = true;
      sum += (start - b.starts[h]!) ** 2 + (end - b.ends[h]!) ** 2;
    }
    if (!overlapped) sum += (end - start) ** 2;
  }
  return sum;
}

/** Σ l² over the units of `inner` that overlap no unit of `outer`. */
function unitsInGaps(inner: CoderUnits, outer: CoderUnits): number {
  let sum = 0;
  let first = 0;
  for (let g = 0; g < inner.starts.length; g++) {
    const start = inner.starts[g]!;
    const end = inner.ends[g]!;
    while (first < outer.starts.length && outer.ends[first]! <= start) first++;
    if (first === outer.starts.length || outer.starts[first]! >= end) sum += (end - start) ** 2;
  }
  return sum;
}

/**
 * D_e(c) of Krippendorff's unitizing alpha (Krippendorff 2004, as implemented in DKPro Statistics'
 * KrippendorffAlphaUnitizingAgreement), for N_c units of c over all coders and the gaps of all coders:
 *
 *   D_e(c) = (2 / L) · Σ_{units g} [ (N_c − 1) (2 l_g³ − 3 l_g² + l_g) / 3
 *                                    + l_g² Σ_{gaps h: l_h ≥ l_g} (l_h − l_g + 1) ]
 *            / [ m L (m L − 1) − Σ_{units g} l_g (l_g − 1) ]
 *
 * The gap sum pairs every unit with every gap on the continuum, quadratic if done directly. Sorting the gap lengths
 * once and keeping prefix sums gives, for each unit, the count G and total S of gaps at least as long by binary
 * search: Σ (l_h − l_g + 1) = S − (l_g − 1) · G. That makes it O((units + gaps) log gaps) and exact.
 */
export function expectedUnitizingDisagreement(coders: readonly CoderUnits[], continuum: Continuum): number {
  const { begin, length } = continuum;
  const m = coders.length;
  const gaps: number[] = [];
  let unitCount = 0;
  for (const { starts, ends } of coders) {
    let position = begin;
    for (let g = 0; g < starts.length; g++) {
      if (starts[g]! > position) gaps.push(starts[g]! - position);
      position = ends[g]!;
    }
    if (begin + length > position) gaps.push(begin + length - position);
    unitCount += starts.length;
  }
  const sortedGaps = Float64Array.from(gaps).sort();
  // prefix[k] = sum of the k shortest gaps.
  const prefix = new Float64Array(sortedGaps.length + 1);
  sortedGaps.forEach((gap, k) => (prefix[k + 1] = prefix[k]! + gap));
  const totalGap = prefix[sortedGaps.length]!;

  let numerator = 0;
  let selfPairs = 0;
  for (const { starts, ends } of coders) {
    for (let g = 0; g < starts.length; g++) {
      const l = ends[g]! - starts[g]!;
      const shorter = countBelow(sortedGaps, l);
      const longerCount = sortedGaps.length - shorter;
      const longerSum = totalGap - prefix[shorter]!;
      numerator += ((unitCount - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * (longerSum - (l - 1) * longerCount);
      selfPairs += l * (l - 1);
    }
  }
  return ((2 / length) * numerator) / (m * length * (m * length - 1) - selfPairs);
}

/** Number of entries of the ascending `sorted` below `bound`. */
function countBelow(sorted: Float64Array, bound: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < bound) low = mid + 1;
    else high = mid;
  }
  return low;
}
