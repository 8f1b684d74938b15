// Characters XML 1.0 cannot hold at all, even as references: C0 controls other than tab, LF and CR, U+FFFE, U+FFFF,
// and surrogates that are not part of a pair.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const ILLEGAL_ALL = new RegExp(ILLEGAL.source, "gu");

/** Escapes element content. CR is written as &#13; because a parser turns a literal CR into LF. */
export function escapeText(value: string): string {
  return /[&<>\r]/.test(value)
    ? value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("\r", "&#13;")
    : value;
}

/** Escapes an attribute value in double quotes. Tab, LF and CR become references, or a parser would turn them into spaces. */
export function escapeAttribute(value: string): string {
  return /[&<>"\t\n\r]/.test(value)
    ? value
        .replaceAll("&", "&amp;")
        .replaceAll("<", "&lt;")
        .replaceAll(">", "&gt;")
        .replaceAll('"', "&quot;")
        .replaceAll("\t", "&#9;")
        .replaceAll("\n", "&#10;")
        .replaceAll("\r", "&#13;")
    : value;
}

/** True when `value` holds a character no XML 1.0 document can contain. */
export function hasXmlIllegalCharacter(value: string): boolean {
  return ILLEGAL.test(value);
}

/** `value` without the characters XML 1.0 cannot contain; for labels derived from text, never for the text itself. */
export function removeXmlIllegalCharacters(value: string): string {
  return value.replace(ILLEGAL_ALL, "");
}
