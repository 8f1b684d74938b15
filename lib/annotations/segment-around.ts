// Segmenting a whole statement of 100,000 characters on every selection would cost milliseconds a key press cannot
// spare, so segmentation looks at a window around the offset. A word longer than the window is not extended further.
const WINDOW_UTF16 = 256;

export const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
export const wordSegmenter = new Intl.Segmenter(undefined, { granularity: "word" });

export type Segment = { utf16Start: number; utf16End: number; isWordLike: boolean };

/** The segments of `text` in a window around `utf16Index`, with indices into the whole text. */
export function segmentsAround(text: string, segmenter: Intl.Segmenter, utf16Index: number): Segment[] {
  const from = Math.max(0, utf16Index - WINDOW_UTF16);
  const to = Math.min(text.length, utf16Index + WINDOW_UTF16);
  return Array.from(segmenter.segment(text.slice(from, to)), (data) => ({
    utf16Start: from + data.index,
    utf16End: from + data.index + data.segment.length,
    isWordLike: data.isWordLike ?? false,
  }));
}

/** The segment that holds the UTF-16 unit at `utf16Index`, if that index is inside the text. */
export function segmentContaining(text: string, segmenter: Intl.Segmenter, utf16Index: number): Segment | undefined {
  return segmentsAround(text, segmenter, utf16Index).find((segment) => segment.utf16Start <= utf16Index && utf16Index < segment.utf16End);
}
