/**
 * The index after (`direction` 1) or before (-1) `current` among `count` items, wrapping around at either end, as
 * "next disagreement" and "previous disagreement" step. With nothing current, 1 starts at the first item and -1 at
 * the last. Null when there are no items.
 */
export function stepIndex(current: number | null, count: number, direction: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === null || current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}
