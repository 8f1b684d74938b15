// Characters no stored string may hold: C0 controls other than tab, LF and CR, DEL, the noncharacters U+FFFE and
// U+FFFF, and surrogates that are not part of a pair. XML cannot carry most of them, so a statement holding one could
// never be exported to REFI-QDA; none of them is text a witness said.
// A loop over UTF-16 units rather than a regular expression: a Unicode-mode pattern with lookarounds for the lone
// surrogates takes about 50 ms per million characters, and imports pass texts of tens of millions through here.
function nextForbidden(value: string, from: number): number {
  for (let i = from; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0x20) {
      if (unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) return i;
    } else if (unit === 0x7f || unit === 0xfffe || unit === 0xffff) {
      return i;
    } else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return i;
    }
  }
  return -1;
}

/** The first forbidden character of `value` and its position (1-based, in characters as a person counts them), or null. */
export function findForbiddenCharacter(value: string): { position: number; codePoint: string } | null {
  const utf16Index = nextForbidden(value, 0);
  if (utf16Index < 0) return null;
  const unit = value.charCodeAt(utf16Index);
  return { position: [...value.slice(0, utf16Index)].length + 1, codePoint: `U+${unit.toString(16).toUpperCase().padStart(4, "0")}` };
}

/**
 * `value` with each forbidden character replaced by U+FFFD (�). One code point stands for one, so offsets into the
 * text (codings of an imported project) stay valid, and the replacement shows where something was.
 */
export function replaceForbiddenCharacters(value: string): string {
  let utf16Index = nextForbidden(value, 0);
  if (utf16Index < 0) return value;
  let cleaned = "";
  let kept = 0;
  while (utf16Index >= 0) {
    cleaned += value.slice(kept, utf16Index) + "\uFFFD";
    kept = utf16Index + 1;
    utf16Index = nextForbidden(value, kept);
  }
  return cleaned + value.slice(kept);
}

/**
 * Where a request's input (strings, arrays and plain objects) holds a forbidden character, as a message a person can
 * act on, or null when it holds none.
 */
export function describeForbiddenCharacter(value: unknown, path: readonly (string | number)[] = []): string | null {
  if (typeof value === "string") {
    const found = findForbiddenCharacter(value);
    if (!found) return null;
    const where = path.length ? `${path.join(".")}: ` : "";
    return `${where}holds a control character or broken character (${found.codePoint}) at character ${found.position}; remove it.`;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = describeForbiddenCharacter(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const found = describeForbiddenCharacter(key, path) ?? describeForbiddenCharacter(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
