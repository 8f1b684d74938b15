/**
 * Makes imported text ready to store: CRLF and lone CR become LF and a leading byte order mark is dropped. Nothing
 * else changes. In particular the text is not NFC-normalised: composing e + U+0301 into é would shift every offset
 * after it, and coders must see the characters the witness's transcript used.
 */
export function normaliseText(text: string): string {
  const withoutBom = text.startsWith("\uFEFF") ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, "\n");
}
