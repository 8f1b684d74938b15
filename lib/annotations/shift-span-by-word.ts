import { type CodePointIndex, createCodePointIndex } from "@/lib/offsets/code-points";
import { segmentsAround, wordSegmenter } from "./segment-around";
import type { Span } from "./span";

export type SpanEdge = "start" | "end";

/**
 * Moves one edge of a span by one word in text order (`direction` -1 is earlier, +1 later): the start to the start of
 * the previous or next word, the end to the end of the previous or next word. Used by the boundary buttons, so a
 * coder can adjust a coded passage without selecting it again. Returns null when the move would empty the span or no
 * word lies in that direction.
 */
export function shiftSpanByWord(
  text: string,
  span: Span,
  edge: SpanEdge,
  direction: -1 | 1,
  index: CodePointIndex = createCodePointIndex(text),
): Span | null {
  const utf16Start = index.toUtf16Index(span.start);
  const utf16End = index.toUtf16Index(span.end);
  const at = edge === "start" ? utf16Start : utf16End;
  const words = segmentsAround(text, wordSegmenter, at).filter((segment) => segment.isWordLike);
  const candidates = words.map((word) => (edge === "start" ? word.utf16Start : word.utf16End));
  const target = direction === 1 ? candidates.find((offset) => offset > at) : candidates.findLast((offset) => offset < at);
  if (target === undefined) return null;
  const moved = edge === "start" ? { utf16Start: target, utf16End } : { utf16Start, utf16End: target };
  if (moved.utf16End <= moved.utf16Start) return null;
  return { start: index.fromUtf16Index(moved.utf16Start), end: index.fromUtf16Index(moved.utf16End) };
}
