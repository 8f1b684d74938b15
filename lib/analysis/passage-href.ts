/**
 * The link to a passage in its statement: the document page with the passage's code point offsets as the fragment
 * ("#120-187": start inclusive, end exclusive), for the statement view to scroll to and mark.
 */
export function passageHref(documentId: number, start: number, end: number): string {
  return `/documents/${documentId}#${start}-${end}`;
}
