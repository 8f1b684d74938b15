import type { Span } from "@/lib/annotations/span";

/**
 * Sorts spans and merges those that overlap (share at least one position) into one; spans that only touch end to
 * end stay apart, as separate units do in unitizing alpha. `merged` counts the spans absorbed (input − output), so a
 * report can say how many of a coder's annotations were folded together.
 */
export function mergeOverlappingSpans(spans: readonly Span[]): { spans: Span[]; merged: number } {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const result: Span[] = [];
  for (const span of sorted) {
    const last = result[result.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else result.push({ ...span });
  }
  return { spans: result, merged: spans.length - result.length };
}
