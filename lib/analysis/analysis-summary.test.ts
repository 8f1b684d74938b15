import { describe, expect, it } from "vitest";
import { analysisSummary } from "./analysis-summary";
import { selectCorpus } from "./select-corpus";
import { firstEightMonths, noFilters, testCorpus } from "./test-corpus";

const context = { project: { id: 1, name: "Test" }, source: "consensus", sourceChosen: "default" as const };

describe("analysisSummary", () => {
  it("reports the hand-counted figures of the whole test corpus", () => {
    const summary = analysisSummary(selectCorpus(testCorpus, noFilters), context);
    expect(summary.speakers).toEqual({
      total: 7,
      with_coded_statements: 5,
      by_region: { Syria: 2, "Central, South and Southeast Asia": 1, "Other Middle East": 1, Turkey: 1, "Western Europe and Australia": 1, unknown: 1 },
      by_country: { Syria: 2, Belgium: 1, Indonesia: 1, Iraq: 1, Turkey: 1, unknown: 1 },
      by_gender: { male: 4, female: 1, unknown: 2 },
      by_defection_year: { "2014": 1, "2015": 5, unknown: 1 },
      by_defection_month: { "2014-12": 1, "2015-01": 1, "2015-03": 1, "2015-08": 1, "2015-10": 1, unknown: 2 },
    });
    expect(summary.statements).toEqual({
      total: 9,
      coded: 7,
      without_speaker: 1,
      by_year: { "2015": 8, unknown: 1 },
      by_month: { "2015-01": 1, "2015-02": 1, "2015-04": 1, "2015-06": 1, "2015-09": 2, "2015-11": 1, "2015-12": 1, unknown: 1 },
    });
    expect(summary.narratives).toEqual({
      "Fighting fellow Sunnis": { speakers: 2, statements: 2, passages: 3 },
      "Brutality against Sunnis": { speakers: 1, statements: 1, passages: 1 },
      "Corrupt and un-Islamic": { speakers: 3, statements: 3, passages: 3 },
      "Harsh and disappointing life": { speakers: 2, statements: 3, passages: 3 },
    });
    expect(summary.co_occurrence["Corrupt and un-Islamic"]).toEqual({
      "Fighting fellow Sunnis": 1,
      "Brutality against Sunnis": 0,
      "Corrupt and un-Islamic": 3,
      "Harsh and disappointing life": 1,
    });
  });

  it("states the filters, the source and what was left out in its base", () => {
    const summary = analysisSummary(selectCorpus(testCorpus, firstEightMonths), context);
    expect(summary.base).toMatchObject({
      project: { id: 1, name: "Test" },
      source: "consensus",
      source_chosen: "default",
      filters: { from: "2015-01-01", to: "2015-08-31", region: null, country: null, gender: null },
      speakers: { in_project: 7, selected: 3, excluded: { facts: 0, outside_period: 2, date_unknown: 1, date_imprecise: 1 } },
      statements: { in_project: 9, selected: 4, excluded: { facts: 0, outside_period: 4, date_unknown: 1, date_imprecise: 0 } },
    });
    expect(summary.speakers.by_region).toEqual({ Syria: 2, "Other Middle East": 1 });
    expect(Object.keys(summary)).toEqual(["base", "speakers", "statements", "narratives", "co_occurrence"]);
  });
});
