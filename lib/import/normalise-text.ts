import { replaceForbiddenCharacters } from "../text/forbidden-characters";

/**
 * Makes imported text ready to store: CRLF and lone CR become LF, a leading byte order mark is dropped, and each
 * control character or lone surrogate becomes U+FFFD (lib/text/forbidden-characters.ts), one for one, so every
 * import format stores only text that exports again. Nothing else changes. In particular the text is not
 * NFC-normalised: composing e + U+0301 into é would shift every offset after it, and coders must see the characters
 * the witness's transcript used.
 */
export function normaliseText(text: string): string {
  const withoutBom = text.startsWith("\uFEFF") ? text.slice(1) : text;
  return replaceForbiddenCharacters(withoutBom.replace(/\r\n?/g, "\n"));
}
