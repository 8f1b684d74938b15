import { createCodePointIndex } from "../offsets/code-points";

export type PositionUnit = "codePoints" | "utf16";

/**
 * A source text as the file stored it, and the same text as the app stores it: line endings normalised to LF
 * (CRLF becomes LF, a lone CR becomes LF), everything else kept. Positions written against the stored text are
 * moved to code points of the normalised text: each CR dropped before a position moves it back by one.
 */
export type StoredText = {
  /** The normalised text (LF line endings). */
  text: string;
  lineEndings: "LF" | "CRLF" | "CR";
  /** Lengths of the stored text (line endings as written). */
  codePointLength: number;
  utf16Length: number;
  /**
   * Code point offset in the normalised text of a position in the stored text counted in `unit`, or null when
   * the position is not an integer inside the text. A position between the CR and LF of a CRLF lands before the LF.
   */
  toNormalized: (position: number, unit: PositionUnit) => number | null;
  /** The normalised text between two code point offsets. */
  slice: (start: number, end: number) => string;
};

export function readStoredText(stored: string): StoredText {
  const storedIndex = createCodePointIndex(stored);
  // UTF-16 indices of the CRs that normalisation drops (those followed by LF), ascending.
  const droppedCrs: number[] = [];
  let hasCr = false;
  for (let utf16Index = stored.indexOf("\r"); utf16Index >= 0; utf16Index = stored.indexOf("\r", utf16Index + 1)) {
    hasCr = true;
    if (stored.charCodeAt(utf16Index + 1) === 0x0a) droppedCrs.push(utf16Index);
  }
  const text = hasCr ? stored.replace(/\r\n?/g, "\n") : stored;
  const textIndex = createCodePointIndex(text);

  const toStoredUtf16 = (position: number, unit: PositionUnit): number | null => {
    if (!Number.isInteger(position) || position < 0) return null;
    if (unit === "utf16") return position <= stored.length ? position : null;
    return position <= storedIndex.length ? storedIndex.toUtf16Index(position) : null;
  };

  return {
    text,
    lineEndings: droppedCrs.length > 0 ? "CRLF" : hasCr ? "CR" : "LF",
    codePointLength: storedIndex.length,
    utf16Length: stored.length,
    toNormalized(position, unit) {
      const utf16Index = toStoredUtf16(position, unit);
      if (utf16Index === null) return null;
      return textIndex.fromUtf16Index(utf16Index - countBelow(droppedCrs, utf16Index));
    },
    slice(start, end) {
      return text.slice(textIndex.toUtf16Index(start), textIndex.toUtf16Index(end));
    },
  };
}

/** How many values of the ascending `sorted` are below `bound`. */
function countBelow(sorted: number[], bound: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < bound) low = mid + 1;
    else high = mid;
  }
  return low;
}
