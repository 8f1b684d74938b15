import type { Span } from "@/lib/annotations/span";

/**
 * The one coverage rule of units, shared by agreement and the suggestion model's labels: calls `visit` with the index
 * of each unit the merged `spans` cover at least `minCoverage` of (both lists sorted, spans disjoint). With
 * `minCoverage` 0, as for the document unit, any span at all covers every unit.
 */
export function forEachCoveredUnit(units: readonly Span[], spans: readonly Span[], minCoverage: number, visit: (unit: number) => void): void {
  if (spans.length === 0) return;
  let first = 0;
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    // A span ending before this unit cannot reach a later one either.
    while (first < spans.length && spans[first]!.end <= unit.start) first++;
    let covered = 0;
    for (let s = first; s < spans.length && spans[s]!.start < unit.end; s++) {
      covered += Math.min(spans[s]!.end, unit.end) - Math.max(spans[s]!.start, unit.start);
    }
    if (minCoverage === 0 || covered >= minCoverage * (unit.end - unit.start)) visit(u);
  }
}

/** For each unit, whether it is covered (see forEachCoveredUnit). */
export function coveredUnits(units: readonly Span[], spans: readonly Span[], minCoverage: number): boolean[] {
  const covered = units.map(() => false);
  forEachCoveredUnit(units, spans, minCoverage, (unit) => {
    covered[unit] = true;
  });
  return covered;
}
