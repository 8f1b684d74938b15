/** A coding matrix read straight from JSON text: one row of numbers per coder, NaN for null; and, when every value is
 * a whole number, the lowest and highest (what encoding needs to know, found on the way). */
export type ScannedMatrix = { rows: Float64Array[]; rest: string; wholeNumbers: { low: number; high: number } | null };

const QUOTE = 34;
const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const BACKSLASH = 92;

/**
 * Reads the top-level `"matrix"` of a JSON object whose matrix holds only numbers and nulls, without building an array
 * of arrays: a 3 × 1,000,000 matrix costs three typed arrays instead of three million boxed values, and the scan is
 * several times faster than JSON.parse and a check of every cell. `rest` is the text with the matrix replaced by [],
 * for JSON.parse to read the other fields.
 *
 * Returns null whenever the text is anything else (strings in the matrix, a malformed number, no matrix, a second
 * "matrix" key): the caller then reads it the general way, which also words any error.
 */
export function scanNumericMatrix(text: string): ScannedMatrix | null {
  const at = findTopLevelMatrix(text);
  if (at === null) return null;
  const rows: Float64Array[] = [];
  let i = skipSpace(text, at);
  if (text.charCodeAt(i) !== 91) return null;
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === 93) return { rows, rest: text.slice(0, at) + "[]" + text.slice(i + 1), wholeNumbers: null };
  let values = new Float64Array(1024);
  let low = Infinity;
  let high = -Infinity;
  let whole = true;
  for (;;) {
    if (text.charCodeAt(i) !== 91) return null;
    let count = 0;
    i = skipSpace(text, i + 1);
    if (text.charCodeAt(i) === 93) i++;
    else {
      for (;;) {
        const end = valueEnd(text, i);
        const value = readValue(text, i, end);
        if (value === undefined) return null;
        if (count === values.length) {
          const grown = new Float64Array(values.length * 2);
          grown.set(values);
          values = grown;
        }
        values[count++] = value;
        if (value < low) low = value;
        if (value > high) high = value;
        // A null's NaN is neither below nor above anything, nor a fraction.
        if (whole && !Number.isNaN(value) && !Number.isInteger(value)) whole = false;
        i = skipSpace(text, end);
        const next = text.charCodeAt(i);
        i = skipSpace(text, i + 1);
        if (next === 93) break;
        if (next !== 44) return null;
      }
    }
    rows.push(values.slice(0, count));
    const next = text.charCodeAt(i);
    i = skipSpace(text, i + 1);
    if (next === 93) break;
    if (next !== 44) return null;
  }
  const rest = text.slice(0, at) + "[]" + text.slice(i);
  const wholeNumbers = whole && low <= high ? { low, high } : null;
  return topLevelMatrixKeys(rest).length === 1 ? { rows, rest, wholeNumbers } : null;
}

/** Where the value of the object's top-level "matrix" key starts (after its colon), or null. */
function findTopLevelMatrix(text: string): number | null {
  return topLevelMatrixKeys(text, true)[0] ?? null;
}

/** Where the values of "matrix" keys directly inside the outermost brackets start; the first only when `first`. */
function topLevelMatrixKeys(text: string, first = false): number[] {
  const found: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return found;
      if (depth === 1 && text.slice(i, end + 1) === '"matrix"') {
        const colon = skipSpace(text, end + 1);
        if (text.charCodeAt(colon) === 58) {
          found.push(colon + 1);
          if (first) return found;
        }
      }
      i = end;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
  }
  return found;
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return -1;
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return i;
    i++;
  }
}

/**
 * The number (NaN for null) written in text[start, end), or undefined when that is not a JSON number or null.
 * Whole numbers, nearly every cell, are added up digit by digit; anything else goes through Number.
 */
function readValue(text: string, start: number, end: number): number | undefined {
  if (end === start) return undefined;
  if (end === start + 4 && text.startsWith("null", start)) return NaN;
  const negative = text.charCodeAt(start) === 45;
  const digits = negative ? start + 1 : start;
  if (digits === end) return undefined;
  // JSON has no leading zeros (which Number would accept); "0" itself, "0.5" and "0e1" are fine.
  const second = text.charCodeAt(digits + 1);
  if (text.charCodeAt(digits) === 48 && digits + 1 < end && second >= 48 && second <= 57) return undefined;
  let whole = 0;
  let i = digits;
  for (; i < end && i - digits < 15; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    whole = whole * 10 + (c - 48);
  }
  if (i === end) return negative ? -whole : whole;
  // A fraction, an exponent or a long number: rare, so checked against JSON's grammar before Number reads it.
  const written = text.slice(start, end);
  return JSON_NUMBER.test(written) ? Number(written) : undefined;
}

/** The end of a number or `null` starting at i: the characters JSON allows in them. */
function valueEnd(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    const numeric = (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 101 || c === 69;
    const letter = c === 110 || c === 117 || c === 108;
    if (!numeric && !letter) return i;
    i++;
  }
}
