/** A coefficient to three decimals, as Krippendorff's bands are written; a dash when undefined. */
export function formatCoefficient(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : value.toFixed(3);
}

/** A time as "YYYY-MM-DD HH:MM UTC", the same for every reader of a printed report; a dash when there is none. */
export function formatTime(iso: string | null): string {
  return iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "—";
}

/** A bootstrap interval as "lower to upper"; a dash when there is none. */
export function formatInterval(bootstrap: { lower: number; upper: number } | null): string {
  return bootstrap ? `${formatCoefficient(bootstrap.lower)} to ${formatCoefficient(bootstrap.upper)}` : "—";
}

