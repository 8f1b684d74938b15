/**
 * Dates of defection and of statements are ISO dates, often partial: "2015", "2015-03" or "2015-03-02". A partial
 * date stands for a span of days ("2015-03" is 1 to 31 March), which decides whether it falls in a period.
 */
export type DateSpan = { first: string; last: string };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The days `value` may stand for, or null when it is missing or not a valid (partial) ISO date. */
export function dateSpan(value: string | null): DateSpan | null {
  const match = value === null ? null : PARTIAL_DATE.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match as unknown as [string, string, string | undefined, string | undefined];
  if (month === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return null;
  const lastDay = daysInMonth(Number(year), monthNumber);
  if (day === undefined) return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(lastDay).padStart(2, "0")}` };
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > lastDay) return null;
  return { first: `${year}-${month}-${day}`, last: `${year}-${month}-${day}` };
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps the local time zone out of it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "YYYY" of a valid date, else null. */
export function yearOf(value: string | null): string | null {
  return dateSpan(value)?.first.slice(0, 4) ?? null;
}

/** "YYYY-MM" of a valid date that names its month, else null (a bare year has no month). */
export function monthOf(value: string | null): string | null {
  const span = dateSpan(value);
  if (!span) return null;
  const month = span.first.slice(0, 7);
  return month === span.last.slice(0, 7) ? month : null;
}

export type Placement = "inside" | "outside" | "unknown" | "imprecise";

/**
 * Where `value` falls against a period of whole days, both ends inclusive (null end: open). "imprecise" when a
 * partial date straddles an end: "2015" is neither inside nor outside January to August 2015.
 *
 * @example placeInPeriod("2015-08", { from: "2015-01-01", to: "2015-08-31" }) // "inside"
 * @example placeInPeriod("2015", { from: "2015-01-01", to: "2015-08-31" }) // "imprecise"
 */
export function placeInPeriod(value: string | null, period: { from: string | null; to: string | null }): Placement {
  if (period.from === null && period.to === null) return "inside";
  const span = dateSpan(value);
  if (!span) return "unknown";
  const afterStart = period.from === null || span.first >= period.from;
  const beforeEnd = period.to === null || span.last <= period.to;
  if (afterStart && beforeEnd) return "inside";
  const endsBefore = period.from !== null && span.last < period.from;
  const startsAfter = period.to !== null && span.first > period.to;
  return endsBefore || startsAfter ? "outside" : "imprecise";
}
