/** What ordering and overlap need of an annotation: its id, code and span in code points. */
export type PlacedAnnotation = { id: number; code: number; start: number; end: number };

/** Text order: by start, then the shorter span first, then by code and id so the order is total and stable. */
export function compareAnnotations(a: PlacedAnnotation, b: PlacedAnnotation): number {
  return a.start - b.start || a.end - b.end || a.code - b.code || a.id - b.id;
}

/** A copy of `list` (in text order) with `item` inserted where text order puts it. */
export function insertInTextOrder<T extends PlacedAnnotation>(list: readonly T[], item: T): T[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareAnnotations(list[mid]!, item) < 0) low = mid + 1;
    else high = mid;
  }
  return [...list.slice(0, low), item, ...list.slice(low)];
}

/** A copy of `list` without the annotation `id`; `list` itself when there is none. */
export function removeAnnotation<T extends PlacedAnnotation>(list: readonly T[], id: number): readonly T[] {
  const at = list.findIndex((item) => item.id === id);
  return at === -1 ? list : [...list.slice(0, at), ...list.slice(at + 1)];
}

/** A copy of `list` with the annotation `id` replaced by `item` (which may carry another id), kept in text order. */
export function replaceAnnotation<T extends PlacedAnnotation>(list: readonly T[], id: number, item: T): T[] {
  return insertInTextOrder(removeAnnotation(list, id), item);
}

/**
 * The annotations that cover the character at `offset` (start ≤ offset < end), in text order: what a click on the
 * text picks among overlapping spans. Adjacent spans do not overlap: [0, 4) and [4, 8) share no character.
 */
export function annotationsAt<T extends PlacedAnnotation>(list: readonly T[], offset: number): T[] {
  return list.filter((item) => item.start <= offset && offset < item.end);
}
