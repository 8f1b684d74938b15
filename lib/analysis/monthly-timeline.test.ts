import { describe, expect, it } from "vitest";
import { lastMonthsObserved, monthlyTimeline, nextMonth, shareInMonths } from "./monthly-timeline";
import { selectCorpus } from "./select-corpus";
import { noFilters, testCorpus } from "./test-corpus";

const all = selectCorpus(testCorpus, noFilters);

describe("monthlyTimeline", () => {
  it("fills every month between the first and last defection and keeps undated speakers apart", () => {
    const timeline = monthlyTimeline(all, "speakers");
    // Dated months (test-corpus.ts): 2014-12 G, 2015-01 A, 2015-03 B, 2015-08 C, 2015-10 D; E undated, F only "2015".
    expect(timeline.months.map(({ month, count }) => `${month}:${count}`)).toEqual([
      "2014-12:1", "2015-01:1", "2015-02:0", "2015-03:1", "2015-04:0", "2015-05:0",
      "2015-06:0", "2015-07:0", "2015-08:1", "2015-09:0", "2015-10:1",
    ]);
    expect([timeline.dated, timeline.withoutDate, timeline.yearOnly, timeline.total]).toEqual([5, 1, 1, 7]);
    expect(timeline.months.at(-1)).toEqual({ month: "2015-10", count: 1, cumulative: 5, cumulativeShare: 1 });
    expect(timeline.months[3]!.cumulativeShare).toBeCloseTo(3 / 5, 12);
  });

  it("counts statements by their own month", () => {
    const timeline = monthlyTimeline(all, "statements");
    expect(timeline.months[0]).toMatchObject({ month: "2015-01", count: 1 });
    expect([timeline.dated, timeline.withoutDate, timeline.yearOnly]).toEqual([8, 1, 0]);
  });

  it("is empty, not broken, when nothing is dated", () => {
    const timeline = monthlyTimeline(selectCorpus({ ...testCorpus, speakers: [testCorpus.speakers[4]!] }, noFilters), "speakers");
    expect(timeline.months).toEqual([]);
    expect(shareInMonths(timeline, "2015-01", "2015-08")).toEqual({ from: "2015-01", to: "2015-08", count: 0, base: 0, share: null });
    expect(lastMonthsObserved(timeline, 3)).toBeNull();
  });
});

describe("shareInMonths and lastMonthsObserved", () => {
  const timeline = monthlyTimeline(all, "speakers");

  it("gives the share of dated speakers in the first eight months of 2015", () => {
    // A, B and C of the five dated speakers.
    expect(shareInMonths(timeline, "2015-01", "2015-08")).toEqual({ from: "2015-01", to: "2015-08", count: 3, base: 5, share: 0.6 });
  });

  it("finds the last three months observed, across a year's end", () => {
    expect(lastMonthsObserved(timeline, 3)).toEqual({ from: "2015-08", to: "2015-10" });
    expect(shareInMonths(timeline, "2015-08", "2015-10")).toMatchObject({ count: 2, share: 0.4 });
    expect(lastMonthsObserved(timeline, 11)).toEqual({ from: "2014-12", to: "2015-10" });
    expect(nextMonth("2014-12")).toBe("2015-01");
  });
});
