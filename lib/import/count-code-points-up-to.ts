/**
 * The number of code points in `text`, counting no further than one past `limit`: a caller adding up a file's text
 * piece by piece learns that the total passed its limit without scanning the rest. A negative `limit` gives 0 at
 * once, the total having passed already. A surrogate pair is one code point, a lone surrogate one too, as in
 * lib/offsets/code-points.ts.
 */
export function countCodePointsUpTo(text: string, limit: number): number {
  let count = 0;
  for (let utf16Index = 0; utf16Index < text.length && count <= limit; utf16Index++) {
    const unit = text.charCodeAt(utf16Index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(utf16Index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) utf16Index++;
    }
    count++;
  }
  return count;
}
