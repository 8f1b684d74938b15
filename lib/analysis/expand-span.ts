import type { Span } from "@/lib/annotations/span";
import { segmentUnits } from "@/lib/text/segment-units";

export const HIT_SCOPES = ["hit", "sentence", "paragraph"] as const;
export type HitScope = (typeof HIT_SCOPES)[number];

/**
 * The passages search hits (code points of `text`) stand for when coding all hits: each hit itself, or the sentences
 * or paragraphs it falls in, cut as agreement and suggestions cut them (lib/text/segment-units.ts), so a sentence
 * coded here is a sentence there. The text is segmented once for all its hits.
 */
export function expandHits(text: string, hits: readonly Span[], scope: HitScope): Span[] {
  if (scope === "hit") return [...hits];
  const units = segmentUnits(text, scope);
  return hits.map((hit) => {
    const first = firstUnitEndingAfter(units, hit.start);
    let last = first;
    while (last + 1 < units.length && units[last + 1]!.start < hit.end) last++;
    const touched = first < units.length && units[first]!.start < Math.max(hit.end, hit.start + 1);
    return touched ? { start: Math.min(hit.start, units[first]!.start), end: Math.max(hit.end, units[last]!.end) } : { ...hit };
  });
}

/** The index of the first unit whose end lies after `offset` (binary search over units in text order). */
function firstUnitEndingAfter(units: readonly Span[], offset: number): number {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (units[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
