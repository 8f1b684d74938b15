import { type CodePointIndex, createCodePointIndex } from "@/lib/offsets/code-points";
import { graphemeSegmenter, segmentContaining, wordSegmenter } from "./segment-around";
import type { Span } from "./span";

const WHITESPACE = /\s/;

/**
 * The span a coder meant by a rough selection: whitespace trimmed from both ends, never splitting a character from its
 * combining marks, and, unless `words` is false (the coder held a modifier), widened to whole words (Unicode word
 * boundaries, so Arabic, numbers and contractions such as "didn't" count as words). Returns null when nothing but
 * whitespace is selected.
 *
 * @example snapToWords("The emirs had cars", { start: 5, end: 11 }) // { start: 4, end: 13 }: "emirs had"
 */
export function snapToWords(
  text: string,
  span: Span,
  { words = true, index = createCodePointIndex(text) }: { words?: boolean; index?: CodePointIndex } = {},
): Span | null {
  let utf16Start = index.toUtf16Index(span.start);
  let utf16End = index.toUtf16Index(span.end);
  while (utf16Start < utf16End && WHITESPACE.test(text[utf16Start]!)) utf16Start++;
  while (utf16End > utf16Start && WHITESPACE.test(text[utf16End - 1]!)) utf16End--;
  if (utf16Start >= utf16End) return null;

  const segmenters = words ? [graphemeSegmenter, wordSegmenter] : [graphemeSegmenter];
  for (const segmenter of segmenters) {
    const first = segmentContaining(text, segmenter, utf16Start);
    if (first && (segmenter === graphemeSegmenter || first.isWordLike)) utf16Start = Math.min(utf16Start, first.utf16Start);
    const last = segmentContaining(text, segmenter, utf16End - 1);
    if (last && (segmenter === graphemeSegmenter || last.isWordLike)) utf16End = Math.max(utf16End, last.utf16End);
  }
  return { start: index.fromUtf16Index(utf16Start), end: index.fromUtf16Index(utf16End) };
}
