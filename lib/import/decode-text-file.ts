import { describeLimitRefusal } from "./describe-limit-refusal";
import type { TextResult } from "./types";

const SAVE_AS_UTF8 =
  "Save it as UTF-8 text (in Excel: CSV UTF-8; in Word: Plain Text, Unicode UTF-8) and import it again.";

// Files often renamed or mis-saved as text, recognised by their first bytes so the message can say what they are.
const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: "a PDF", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "a Word (.docx) or other zip", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "an old Word (.doc)", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
];

function encodingOf(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/**
 * Decodes a text file (.txt, .md, .csv): UTF-8 with or without a byte order mark, or UTF-16 LE or BE with one; the
 * BOM is dropped. Anything else is refused with the reason rather than guessed: a Windows-1252 file decoded as UTF-8
 * would put mojibake into the corpus, and a binary file (an image renamed .txt) holds no statement.
 *
 * With `maxCharacters`, a file of more characters (code points, line endings as written) is refused before it is
 * decoded. Without it nothing is counted: a CSV counts only its text column, as its rows are read.
 */
export function decodeTextFile(bytes: Uint8Array, { maxCharacters }: { maxCharacters?: number } = {}): TextResult {
  const signature = SIGNATURES.find((candidate) => candidate.bytes.every((byte, i) => bytes[i] === byte));
  if (signature) {
    return { ok: false, error: `The file is ${signature.name} file, not text. Import it with its own file extension.` };
  }
  const encoding = encodingOf(bytes);
  if (maxCharacters !== undefined && holdsMoreCodePoints(bytes, encoding, maxCharacters)) {
    const error = describeLimitRefusal({ limit: "maxTotalCharacters", max: maxCharacters, where: "the file", what: "the file" });
    return { ok: false, error };
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (encoding === "utf-8" && looksBinary(bytes)) {
      return { ok: false, error: "The file is not text: it holds binary data (an image, archive or program, say), not a statement. Import text, Word, PDF, CSV or REFI-QDA files." };
    }
    const problem =
      encoding === "utf-8"
        ? "is not UTF-8 text; it may be in an older encoding such as Windows-1252"
        : `starts like ${encoding.toUpperCase()} text but is damaged`;
    return { ok: false, error: `The file ${problem}. ${SAVE_AS_UTF8}` };
  }
  if (text.includes("\u0000")) {
    return {
      ok: false,
      error:
        "The file contains NUL characters, so it is binary or UTF-16 without a byte order mark, not text. " +
        SAVE_AS_UTF8,
    };
  }
  return { ok: true, text };
}

const SNIFFED_BYTES = 8192;

/**
 * Whether a file that is not UTF-8 is binary data rather than text in an older encoding: text in any single-byte
 * encoding has almost no control bytes other than tab, line feed, carriage return and form feed, while binary data
 * has them throughout (about one byte in ten of random data). More than 1 % of the first 8 KiB decides.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sniffed = bytes.subarray(0, SNIFFED_BYTES);
  let control = 0;
  for (const byte of sniffed) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++;
  return control > sniffed.length / 100;
}

/**
 * Whether the encoded bytes after any BOM hold more than `limit` code points, found without decoding and without
 * counting further than one past the limit: in UTF-8 every byte but a continuation byte (10xxxxxx) starts a code
 * point, in UTF-16 every unit but a low surrogate does. Invalid bytes are refused when decoded, so their count need
 * only be bounded.
 */
function holdsMoreCodePoints(bytes: Uint8Array, encoding: ReturnType<typeof encodingOf>, limit: number): boolean {
  const utf8 = encoding === "utf-8";
  const start = utf8 ? (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0) : 2;
  // Every code point takes at least one UTF-8 byte or one UTF-16 unit, so a short file cannot hold more.
  if ((bytes.length - start) / (utf8 ? 1 : 2) <= limit) return false;
  let count = 0;
  if (utf8) {
    for (let at = start; at < bytes.length && count <= limit; at++) if ((bytes[at]! & 0xc0) !== 0x80) count++;
    return count > limit;
  }
  const highByte = encoding === "utf-16le" ? 1 : 0;
  for (let at = start + highByte; at < bytes.length && count <= limit; at += 2) if ((bytes[at]! & 0xfc) !== 0xdc) count++;
  return count > limit;
}
