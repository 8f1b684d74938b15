/**
 * Offsets in Testimony Coder are Unicode code points, zero-based, end exclusive: the unit of REFI-QDA, the W3C Web
 * Annotation model, Python and R. JavaScript strings index UTF-16 code units, so an emoji or any other astral character
 * counts as one code point but two UTF-16 units. This module is the one place that converts between the two; every
 * other module speaks code points, and a variable holding a UTF-16 index says so in its name (`utf16Index`).
 *
 * Combining marks are code points of their own (é written as e + U+0301 is two), as in Python and REFI-QDA. CRLF is
 * two code points; imported text is normalised to LF before it is stored, so stored texts never contain CR.
 */

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let length = 0;
  for (let utf16Index = 0; utf16Index < text.length; utf16Index++) {
    if (!isHighSurrogateAt(text, utf16Index)) length++;
  }
  return length;
}

/** True when the UTF-16 unit at `utf16Index` starts a surrogate pair (so the pair is one code point). */
function isHighSurrogateAt(text: string, utf16Index: number): boolean {
  const unit = text.charCodeAt(utf16Index);
  if (unit < 0xd800 || unit > 0xdbff) return false;
  const next = text.charCodeAt(utf16Index + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/**
 * A reusable converter for one text: built once in O(n), then each conversion is O(log a) where a is the number of
 * astral characters. Use it where many offsets of one long text are converted (painting thousands of highlights).
 */
export type CodePointIndex = {
  /** Length of the text in code points. */
  length: number;
  /** UTF-16 index of the code point at `codePoint` (0 ≤ codePoint ≤ length). */
  toUtf16Index: (codePoint: number) => number;
  /** Code point offset of `utf16Index`; an index inside a surrogate pair maps to the pair's code point. */
  fromUtf16Index: (utf16Index: number) => number;
};

export function createCodePointIndex(text: string): CodePointIndex {
  // UTF-16 indices where a surrogate pair starts, ascending.
  const astralUtf16Starts: number[] = [];
  for (let utf16Index = 0; utf16Index < text.length; utf16Index++) {
    if (isHighSurrogateAt(text, utf16Index)) {
      astralUtf16Starts.push(utf16Index);
      utf16Index++;
    }
  }
  const length = text.length - astralUtf16Starts.length;

  /** Number of k with key(k) < bound, for a key ascending in k. */
  function countBelow(key: (k: number) => number, bound: number): number {
    let low = 0;
    let high = astralUtf16Starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (key(mid) < bound) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  return {
    length,
    toUtf16Index(codePoint) {
      if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > length) {
        throw new RangeError(`code point offset ${codePoint} is outside 0..${length}`);
      }
      // The k-th astral character sits at code point astralUtf16Starts[k] - k; each one before adds a UTF-16 unit.
      return codePoint + countBelow((k) => astralUtf16Starts[k]! - k, codePoint);
    },
    fromUtf16Index(utf16Index) {
      if (!Number.isInteger(utf16Index) || utf16Index < 0 || utf16Index > text.length) {
        throw new RangeError(`UTF-16 index ${utf16Index} is outside 0..${text.length}`);
      }
      // Each pair starting before utf16Index took one extra unit; for an index inside a pair this gives the pair.
      return utf16Index - countBelow((k) => astralUtf16Starts[k]!, utf16Index);
    },
  };
}

/** The text between code point offsets `start` (inclusive) and `end` (exclusive). */
export function sliceByCodePoints(text: string, start: number, end: number): string {
  const index = createCodePointIndex(text);
  return text.slice(index.toUtf16Index(start), index.toUtf16Index(end));
}
