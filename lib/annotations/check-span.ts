import { type CodePointIndex, createCodePointIndex } from "@/lib/offsets/code-points";

export type SpanCheck = { ok: true; quote: string } | { ok: false; error: string };

const QUOTE_PREVIEW = 60;

/**
 * Checks a span proposed for `text` and returns the quote it covers. Refused, with a message naming the offsets:
 * an empty or reversed span, one reaching past the text, one covering only whitespace, and one whose `quote` (when
 * given) differs from the text there, which is what a client counting UTF-16 units instead of code points sends.
 * Pass `index` when the caller already has one for `text`.
 */
export function checkSpan(
  text: string,
  { start, end, quote }: { start: number; end: number; quote?: string },
  index: CodePointIndex = createCodePointIndex(text),
): SpanCheck {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0) {
    return { ok: false, error: `Offsets must be whole numbers from 0; got start ${start} and end ${end}.` };
  }
  if (end <= start) return { ok: false, error: `The span is empty: end (${end}) must be greater than start (${start}).` };
  if (end > index.length) {
    return {
      ok: false,
      error: `The span ${start}–${end} ends after the text, which is ${index.length} code points long (offsets count code points, zero-based, end exclusive).`,
    };
  }
  const stored = text.slice(index.toUtf16Index(start), index.toUtf16Index(end));
  if (quote !== undefined && quote !== stored) {
    return {
      ok: false,
      error: `The quote does not match the text at ${start}–${end}, which reads "${preview(stored)}". Offsets count Unicode code points (an emoji is one), not UTF-16 units.`,
    };
  }
  if (stored.trim() === "") return { ok: false, error: `The span ${start}–${end} covers only whitespace; code a passage with words.` };
  return { ok: true, quote: stored };
}

function preview(quote: string): string {
  const codePoints = Array.from(quote);
  return codePoints.length <= QUOTE_PREVIEW ? quote : `${codePoints.slice(0, QUOTE_PREVIEW).join("")}…`;
}
