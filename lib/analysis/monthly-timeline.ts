import { dateSpan, monthOf } from "./partial-date";
import type { CorpusSelection } from "./select-corpus";

export type TimelineUnit = "speakers" | "statements";

export type TimelineMonth = { month: string; count: number; cumulative: number; cumulativeShare: number };

export type MonthlyTimeline = {
  unit: TimelineUnit;
  /** Every month from the first to the last observed, empty months included, so the chart's gaps are real. */
  months: TimelineMonth[];
  /** Units with a known month: the base of every share. */
  dated: number;
  /** Units left off the months: no date at all, or only a year. */
  withoutDate: number;
  yearOnly: number;
  total: number;
};

/**
 * Selected speakers by month of defection, or selected statements by month of statement, with the running total
 * and its share of the units whose month is known.
 */
export function monthlyTimeline(selection: CorpusSelection, unit: TimelineUnit): MonthlyTimeline {
  const dates = unit === "speakers" ? selection.speakers.map((speaker) => speaker.defectionDate) : selection.statements.map((statement) => statement.statementDate);
  const counts = new Map<string, number>();
  let withoutDate = 0;
  let yearOnly = 0;
  for (const date of dates) {
    const month = monthOf(date);
    if (month) counts.set(month, (counts.get(month) ?? 0) + 1);
    else if (dateSpan(date)) yearOnly++;
    else withoutDate++;
  }
  const dated = dates.length - withoutDate - yearOnly;
  const observed = [...counts.keys()].sort();
  const months: TimelineMonth[] = [];
  let cumulative = 0;
  if (observed.length > 0) {
    for (let month = observed[0]!; month <= observed.at(-1)!; month = nextMonth(month)) {
      const count = counts.get(month) ?? 0;
      cumulative += count;
      months.push({ month, count, cumulative, cumulativeShare: cumulative / dated });
    }
  }
  return { unit, months, dated, withoutDate, yearOnly, total: dates.length };
}

/** "YYYY-MM" of the month after `month`. */
export function nextMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, "0")}`;
}

export type PeriodShare = { from: string; to: string; count: number; base: number; share: number | null };

/** How many dated units fall in the months `from` to `to` ("YYYY-MM", inclusive), and their share of the dated. */
export function shareInMonths(timeline: MonthlyTimeline, from: string, to: string): PeriodShare {
  const count = timeline.months.filter(({ month }) => month >= from && month <= to).reduce((sum, { count }) => sum + count, 0);
  return { from, to, count, base: timeline.dated, share: timeline.dated === 0 ? null : count / timeline.dated };
}

/** The last `months` calendar months up to the last month observed ("the last three months"), or null when none is. */
export function lastMonthsObserved(timeline: MonthlyTimeline, months: number): { from: string; to: string } | null {
  const last = timeline.months.at(-1)?.month;
  if (!last) return null;
  const [year, month] = last.split("-").map(Number) as [number, number];
  const first = year * 12 + (month - 1) - (months - 1);
  return { from: `${Math.floor(first / 12)}-${String((first % 12) + 1).padStart(2, "0")}`, to: last };
}
