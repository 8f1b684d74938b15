import { percentOrNull } from "./format-share";
import type { MonthlyTimeline, PeriodShare } from "./monthly-timeline";
import type { TableData } from "./table-data";

const UNIT_WORDS = { speakers: ["Speakers", "speakers whose month of defection is known"], statements: ["Statements", "statements whose month is known"] } as const;

/** Units per month with the running total and its share of the dated units. */
export function timelineTable(timeline: MonthlyTimeline): TableData {
  const [unit, dated] = UNIT_WORDS[timeline.unit];
  return {
    caption: `${unit} per month`,
    columns: [
      { label: "Month" },
      { label: unit, kind: "count" },
      { label: "Cumulative", kind: "count" },
      { label: `Cumulative % of ${timeline.dated} ${dated}`, kind: "percent" },
    ],
    rows: timeline.months.map((month) => [month.month, month.count, month.cumulative, percentOrNull(month.cumulative, timeline.dated)]),
  };
}

/** The share of the dated units in each named period, e.g. "first eight months of 2015" or "last three months observed". */
export function periodShareTable(timeline: MonthlyTimeline, periods: readonly (PeriodShare & { name: string })[]): TableData {
  const [unit, dated] = UNIT_WORDS[timeline.unit];
  return {
    caption: `${unit} in chosen periods`,
    columns: [
      { label: "Period" },
      { label: "From" },
      { label: "To" },
      { label: unit, kind: "count" },
      { label: `% of ${timeline.dated} ${dated}`, kind: "percent" },
    ],
    rows: periods.map((period) => [period.name, period.from, period.to, period.count, percentOrNull(period.count, period.base)]),
  };
}
