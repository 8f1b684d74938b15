import type { Span } from "@/lib/annotations/span";

/**
 * The link to a passage in its statement: the document page with the passage's code point offsets as the fragment
 * ("#120-187": start inclusive, end exclusive), for the statement view to scroll to and mark.
 */
export function passageHref(documentId: number, start: number, end: number): string {
  return `/documents/${documentId}#${start}-${end}`;
}

/**
 * The passage a fragment written by `passageHref` points at, in a statement of `length` code points; null for any
 * other fragment, an empty span or one reaching past the text (the statement was edited since the link was made).
 *
 * @example passageFromFragment("#120-187", 400) // { start: 120, end: 187 }
 * @example passageFromFragment("#120-187", 150) // null
 */
export function passageFromFragment(fragment: string, length: number): Span | null {
  const match = /^#(\d{1,9})-(\d{1,9})$/.exec(fragment);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return start < end && end <= length ? { start, end } : null;
}
