import type { Span } from "./merge-spans";

/**
 * For each unit, whether the merged `spans` cover at least `minCoverage` of it; both lists sorted, disjoint. The one
 * coverage rule of sentence and paragraph units, shared by agreement and the suggestion model's labels.
 */
export function coveredUnits(units: readonly Span[], spans: readonly Span[], minCoverage: number): boolean[] {
  let first = 0;
  return units.map((unit) => {
    // A span ending before this unit cannot reach a later one either.
    while (first < spans.length && spans[first]!.end <= unit.start) first++;
    let covered = 0;
    for (let s = first; s < spans.length && spans[s]!.start < unit.end; s++) {
      covered += Math.min(spans[s]!.end, unit.end) - Math.max(spans[s]!.start, unit.start);
    }
    return covered >= minCoverage * (unit.end - unit.start);
  });
}
