import { UNKNOWN } from "./speaker-dimension";

/**
 * Categories in reading order with "unknown" always last: by time (ISO years and months sort as text), or by size
 * (largest first, ties alphabetical), so "21 Syrians, 17 from other Middle Eastern countries..." reads off the top.
 */
export function orderCategories(counts: ReadonlyMap<string, number>, order: "time" | "size"): string[] {
  const known = [...counts.keys()].filter((category) => category !== UNKNOWN);
  known.sort(order === "time" ? (a, b) => (a < b ? -1 : a > b ? 1 : 0) : (a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  return counts.has(UNKNOWN) ? [...known, UNKNOWN] : known;
}

/** How often each value occurs. */
export function tally(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Counts as a plain object in the given category order, as the JSON report shows them. */
export function countsObject(counts: ReadonlyMap<string, number>, order: "time" | "size"): Record<string, number> {
  return Object.fromEntries(orderCategories(counts, order).map((category) => [category, counts.get(category)!]));
}
