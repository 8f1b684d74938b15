/** A share as a percentage with one decimal ("37.5%"), or "–" when its base is empty. */
export function formatShare(count: number, base: number): string {
  return base === 0 ? "–" : `${percent(count, base).toFixed(1)}%`;
}

/** The share as a number of per cent rounded to one decimal, as written to CSV; null when the base is empty. */
export function percentOrNull(count: number, base: number): number | null {
  return base === 0 ? null : Math.round(percent(count, base) * 10) / 10;
}

function percent(count: number, base: number): number {
  return (100 * count) / base;
}
