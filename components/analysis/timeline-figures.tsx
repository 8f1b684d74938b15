import { formatShare } from "@/lib/analysis/format-share";
import { lastMonthsObserved, monthlyTimeline, type PeriodShare, shareInMonths, type TimelineUnit } from "@/lib/analysis/monthly-timeline";
import type { CorpusSelection } from "@/lib/analysis/select-corpus";
import { periodShareTable, timelineTable } from "@/lib/analysis/timeline-tables";
import { DataTable } from "./data-table";
import { TimelineChart } from "./timeline-chart";

export type TimelineSettings = { unit: TimelineUnit; from: string | null; to: string | null; last: number };

const WORDS = { speakers: { plural: "speakers", dated: "with a known month of defection", verb: "defected" }, statements: { plural: "statements", dated: "with a known month", verb: "were made" } };

/**
 * When: speakers by month of defection, or statements by month, with the cumulative share, and the share in a chosen
 * period and in the last months observed. Shares are of the units whose month is known; the others are counted apart.
 */
export function TimelineFigures({ selection, notes, settings, keep }: { selection: CorpusSelection; notes: readonly string[]; settings: TimelineSettings; keep: Record<string, string> }) {
  const timeline = monthlyTimeline(selection, settings.unit);
  const words = WORDS[settings.unit];
  const last = lastMonthsObserved(timeline, settings.last);
  const periods: (PeriodShare & { name: string })[] = [];
  const backwards = settings.from !== null && settings.to !== null && settings.from > settings.to;
  if (settings.from && settings.to && !backwards) periods.push({ name: "Chosen period", ...shareInMonths(timeline, settings.from, settings.to) });
  if (last) periods.push({ name: `Last ${settings.last} months observed`, ...shareInMonths(timeline, last.from, last.to) });
  return (
    <>
      <form method="get" className="panel analysis-filters" aria-label="Timeline settings">
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label>
          Count
          <select name="unit" defaultValue={settings.unit}>
            <option value="speakers">Speakers by month of defection</option>
            <option value="statements">Statements by month</option>
          </select>
        </label>
        <label>
          Period from month
          <input type="month" name="pfrom" defaultValue={settings.from ?? ""} />
        </label>
        <label>
          to month
          <input type="month" name="pto" defaultValue={settings.to ?? ""} />
        </label>
        <label>
          Last months observed
          <input type="number" name="last" min={1} max={120} defaultValue={settings.last} />
        </label>
        <button type="submit">Show</button>
      </form>
      <p>
        {timeline.dated} of {timeline.total} {words.plural} have a known month; {timeline.withoutDate} have no date and {timeline.yearOnly} only a
        year, and are left off the timeline. Shares below are of the {timeline.dated} {words.plural} {words.dated}.
      </p>
      {backwards && (
        <p className="error" role="alert">
          The chosen period starts ({settings.from}) after it ends ({settings.to}).
        </p>
      )}
      {periods.map((period) => (
        <p key={period.name} className="period-share">
          {period.name} ({period.from} to {period.to}): {period.count} of {period.base} {words.plural} {words.dated} ({formatShare(period.count, period.base)}){" "}
          {words.verb} in it.
        </p>
      ))}
      {periods.length > 0 && <DataTable table={periodShareTable(timeline, periods)} notes={notes} />}
      <TimelineChart
        title={`${words.plural[0]!.toUpperCase()}${words.plural.slice(1)} per month, with the cumulative share`}
        unit={words.plural}
        months={timeline.months.map((month) => ({ month: month.month, count: month.count, cumulativePercent: Math.round(month.cumulativeShare * 1000) / 10 }))}
      />
      <DataTable table={timelineTable(timeline)} notes={notes} />
    </>
  );
}
