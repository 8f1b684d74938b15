/** A coding matrix read straight from JSON text: one row of numbers per coder, NaN for null; and, when every value is
 * a whole number, the lowest and highest (what encoding needs to know, found on the way). */
export type ScannedMatrix = { rows: Float64Array[]; rest: string; wholeNumbers: { low: number; high: number } | null };

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN = 91;
const CLOSE = 93;
const MINUS = 45;
const ZERO = 48;
const NINE = 57;
const N = 110;
const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const MATRIX_KEY = new TextEncoder().encode('"matrix"');
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * UTF-8 bytes to text as readFileSync(file, "utf8") decodes them: a byte order mark is kept (JSON.parse then refuses
 * it, with or without the scan), a broken sequence becomes U+FFFD.
 */
export const decodeUtf8 = (bytes: Uint8Array): string => utf8.decode(bytes);

/**
 * Reads the top-level `"matrix"` of a JSON object, given as UTF-8 bytes, whose matrix holds only numbers and nulls,
 * without decoding the text or building an array of arrays: a 3 × 1,000,000 matrix costs three typed arrays instead of
 * three million boxed values, and one pass over the bytes is several times faster than JSON.parse (decoding 6 MB to a
 * string alone takes longer than the scan). Every byte the scan looks at is ASCII, which UTF-8 never uses inside a
 * multi-byte character, so strings in other fields are skipped correctly whatever they hold. `rest` is the text with
 * the matrix replaced by [], for JSON.parse to read the other fields.
 *
 * Returns null whenever the text is anything else (strings in the matrix, a malformed number, no matrix, a second
 * "matrix" key): the caller then reads it the general way, which also words any error.
 */
export function scanNumericMatrix(bytes: Uint8Array): ScannedMatrix | null {
  const at = findTopLevelMatrix(bytes);
  if (at === null) return null;
  const rows: Float64Array[] = [];
  let i = skipSpace(bytes, at);
  if (bytes[i] !== OPEN) return null;
  i = skipSpace(bytes, i + 1);
  if (bytes[i] === CLOSE) return { rows, rest: `${decodeUtf8(bytes.subarray(0, at))}[]${decodeUtf8(bytes.subarray(i + 1))}`, wholeNumbers: null };
  // Every value takes at least two bytes with its separator, so this never overflows; memory the engine does not
  // touch costs nothing, and first touching memory is what a large input's scan spent most on (copies as rows grew).
  const values = new Float64Array(Math.ceil(bytes.length / 2));
  const row: RowScan = { at: i, values, count: 0, low: Infinity, high: -Infinity, whole: true };
  for (;;) {
    const first = row.count;
    if (!scanRow(bytes, row)) return null;
    rows.push(values.subarray(first, row.count));
    i = row.at;
    const next = bytes[i];
    i = skipSpace(bytes, i + 1);
    if (next === CLOSE) break;
    if (next !== COMMA) return null;
    row.at = i;
  }
  if (topLevelMatrixKeys(bytes, i).length > 0) return null;
  const rest = `${decodeUtf8(bytes.subarray(0, at))}[]${decodeUtf8(bytes.subarray(i))}`;
  const wholeNumbers = row.whole && row.low <= row.high ? { low: row.low, high: row.high } : null;
  return { rows, rest, wholeNumbers };
}

/** The scan so far: where it is, the values of all rows read (each row a view of them), and what all rows' numbers
 * have shown: their lowest, highest, and whether all are whole. */
type RowScan = { at: number; values: Float64Array; count: number; low: number; high: number; whole: boolean };

/**
 * Reads one row, `[` to `]`, from `row.at`, adding its values to `row.values` and leaving `row.at` after the bracket
 * (and the space after it); false when the row is not an array of numbers and nulls. A function of its own, called
 * per row, so the engine optimises this loop once with the feedback of a whole row: inlined in the outer loop, it was
 * left for the interpreter at the end of the first row and the scan took four times as long.
 */
function scanRow(bytes: Uint8Array, row: RowScan): boolean {
  let i = row.at;
  if (bytes[i] !== OPEN) return false;
  i = skipSpace(bytes, i + 1);
  if (bytes[i] === CLOSE) {
    row.at = i + 1;
    return true;
  }
  const { values } = row;
  let { count, low, high, whole } = row;
  for (;;) {
    // One value: null, a whole number read digit by digit (nearly every cell), or anything else through Number.
    let value: number;
    const start = i;
    if (bytes[i] === N) {
      if (bytes[i + 1] !== 117 || bytes[i + 2] !== 108 || bytes[i + 3] !== 108) return false;
      value = NaN;
      i += 4;
    } else {
      const negative = bytes[i] === MINUS;
      if (negative) i++;
      const digits = i;
      let magnitude = 0;
      for (let c = bytes[i]!; c >= ZERO && c <= NINE && i - digits < 15; c = bytes[++i]!) magnitude = magnitude * 10 + (c - ZERO);
      // JSON has no leading zeros (which Number would accept); "0" itself, "0.5" and "0e1" are fine.
      if (i === digits || (bytes[digits] === ZERO && i > digits + 1)) return false;
      if (isNumberByte(bytes[i]!)) {
        i = numberEnd(bytes, i);
        const written = String.fromCharCode(...bytes.subarray(start, i));
        if (!JSON_NUMBER.test(written)) return false;
        value = Number(written);
        if (whole && !Number.isInteger(value)) whole = false;
      } else value = negative ? -magnitude : magnitude;
      if (value < low) low = value;
      if (value > high) high = value;
    }
    values[count++] = value;
    i = skipSpace(bytes, i);
    const next = bytes[i];
    i = skipSpace(bytes, i + 1);
    if (next === CLOSE) break;
    if (next !== COMMA) return false;
  }
  Object.assign(row, { at: i, count, low, high, whole });
  return true;
}

/** Where the value of the object's top-level "matrix" key starts (after its colon), or null. */
function findTopLevelMatrix(bytes: Uint8Array): number | null {
  return topLevelMatrixKeys(bytes, 0, true)[0] ?? null;
}

/**
 * Where the values of "matrix" keys directly inside the outermost brackets start, from `from` on (which is at depth
 * 1 when not 0); the first only when `first`.
 */
function topLevelMatrixKeys(bytes: Uint8Array, from: number, first = false): number[] {
  const found: number[] = [];
  let depth = from === 0 ? 0 : 1;
  for (let i = from; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === QUOTE) {
      const end = stringEnd(bytes, i);
      if (end < 0) return found;
      if (depth === 1 && isMatrixKey(bytes, i, end)) {
        const colon = skipSpace(bytes, end + 1);
        if (bytes[colon] === 58) {
          found.push(colon + 1);
          if (first) return found;
        }
      }
      i = end;
    } else if (c === 123 || c === OPEN) depth++;
    else if (c === 125 || c === CLOSE) depth--;
  }
  return found;
}

function isMatrixKey(bytes: Uint8Array, start: number, end: number): boolean {
  if (end + 1 - start !== MATRIX_KEY.length) return false;
  for (let k = 0; k < MATRIX_KEY.length; k++) if (bytes[start + k] !== MATRIX_KEY[k]) return false;
  return true;
}

function stringEnd(bytes: Uint8Array, start: number): number {
  for (let i = start + 1; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return -1;
}

function skipSpace(bytes: Uint8Array, i: number): number {
  for (;;) {
    const c = bytes[i];
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return i;
    i++;
  }
}

/** Whether a byte can be part of a JSON number (digits, sign, point, exponent). */
function isNumberByte(c: number): boolean {
  return (c >= ZERO && c <= NINE) || c === MINUS || c === 43 || c === 46 || c === 101 || c === 69;
}

function numberEnd(bytes: Uint8Array, i: number): number {
  while (i < bytes.length && isNumberByte(bytes[i]!)) i++;
  return i;
}
