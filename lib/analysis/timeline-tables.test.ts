import { describe, expect, it } from "vitest";
import { lastMonthsObserved, monthlyTimeline, shareInMonths } from "./monthly-timeline";
import { selectCorpus } from "./select-corpus";
import { noFilters, testCorpus } from "./test-corpus";
import { periodShareTable, timelineTable } from "./timeline-tables";

const timeline = monthlyTimeline(selectCorpus(testCorpus, noFilters), "speakers");

describe("timelineTable", () => {
  it("states the base of the cumulative share: the speakers whose month is known", () => {
    const table = timelineTable(timeline);
    expect(table.columns.at(-1)!.label).toBe("Cumulative % of 5 speakers whose month of defection is known");
    expect(table.rows.slice(0, 4)).toEqual([
      ["2014-12", 1, 1, 20],
      ["2015-01", 1, 2, 40],
      ["2015-02", 0, 2, 40],
      ["2015-03", 1, 3, 60],
    ]);
  });
});

describe("periodShareTable", () => {
  it("lists each chosen period with its count and share", () => {
    const last = lastMonthsObserved(timeline, 3)!;
    const table = periodShareTable(timeline, [
      { name: "Chosen period", ...shareInMonths(timeline, "2015-01", "2015-08") },
      { name: "Last 3 months observed", ...shareInMonths(timeline, last.from, last.to) },
    ]);
    expect(table.rows).toEqual([
      ["Chosen period", "2015-01", "2015-08", 3, 60],
      ["Last 3 months observed", "2015-08", "2015-10", 2, 40],
    ]);
  });
});
