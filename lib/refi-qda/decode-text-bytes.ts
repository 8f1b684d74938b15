/** Text decoded from a file's bytes, with the byte order mark removed and reported. */
export type DecodedText = {
  text: string;
  bom: "utf-8" | "utf-16le" | "utf-16be" | null;
  /** False when some bytes were not valid in the encoding and became U+FFFD. */
  valid: boolean;
};

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** Decodes UTF-8 (REFI-QDA's encoding for .qde and .txt files), or UTF-16 when a BOM says so. */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3), "utf-8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), "utf-16be");
  return decodeUtf8(bytes, null);
}

function decodeUtf8(bytes: Uint8Array, bom: DecodedText["bom"]): DecodedText {
  try {
    return { text: strictUtf8.decode(bytes), bom, valid: true };
  } catch {
    return { text: lenientUtf8.decode(bytes), bom, valid: false };
  }
}

function decodeUtf16(bytes: Uint8Array, bom: "utf-16le" | "utf-16be"): DecodedText {
  const text = new TextDecoder(bom, { ignoreBOM: true }).decode(bytes);
  return { text, bom, valid: !text.includes("\ufffd") };
}
