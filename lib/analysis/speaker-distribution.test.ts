import { describe, expect, it } from "vitest";
import { selectCorpus } from "./select-corpus";
import { speakerCrosstab } from "./speaker-crosstab";
import { speakerDistribution } from "./speaker-distribution";
import { firstEightMonths, noFilters, testCorpus } from "./test-corpus";

const all = selectCorpus(testCorpus, noFilters);

describe("speakerDistribution", () => {
  it("counts speakers once and their statements beside, largest first and unknown last", () => {
    // Counted by hand from test-corpus.ts: A and B are Syrian (A gave two statements); E and statement 108 are unknown.
    expect(speakerDistribution(all, "region")).toEqual([
      { category: "Syria", speakers: 2, statements: 3 },
      { category: "Central, South and Southeast Asia", speakers: 1, statements: 1 },
      { category: "Other Middle East", speakers: 1, statements: 1 },
      { category: "Turkey", speakers: 1, statements: 1 },
      { category: "Western Europe and Australia", speakers: 1, statements: 1 },
      { category: "unknown", speakers: 1, statements: 2 },
    ]);
  });

  it("puts a blank gender under unknown", () => {
    expect(speakerDistribution(all, "gender")).toEqual([
      { category: "male", speakers: 4, statements: 5 },
      { category: "female", speakers: 1, statements: 1 },
      { category: "unknown", speakers: 2, statements: 3 },
    ]);
  });

  it("orders months by time and counts a bare year as an unknown month", () => {
    expect(speakerDistribution(all, "defection_month").map(({ category, speakers }) => [category, speakers])).toEqual([
      ["2014-12", 1],
      ["2015-01", 1],
      ["2015-03", 1],
      ["2015-08", 1],
      ["2015-10", 1],
      ["unknown", 2],
    ]);
    expect(speakerDistribution(all, "defection_year").map(({ category, speakers }) => [category, speakers])).toEqual([
      ["2014", 1],
      ["2015", 5],
      ["unknown", 1],
    ]);
  });

  it("follows the filters: in January to August 2015 three speakers and four statements remain", () => {
    expect(speakerDistribution(selectCorpus(testCorpus, firstEightMonths), "country")).toEqual([
      { category: "Syria", speakers: 2, statements: 2 },
      { category: "Iraq", speakers: 1, statements: 0 },
      { category: "Indonesia", speakers: 0, statements: 1 },
      { category: "Turkey", speakers: 0, statements: 1 },
    ]);
  });
});

describe("speakerCrosstab", () => {
  it("crosses two facts with totals, unknown as its own row and column", () => {
    const table = speakerCrosstab(all, "region", "gender");
    expect(table.rows).toEqual(["Syria", "Central, South and Southeast Asia", "Other Middle East", "Turkey", "Western Europe and Australia", "unknown"]);
    expect(table.columns).toEqual(["male", "female", "unknown"]);
    expect(table.counts).toEqual([
      [1, 1, 0],
      [1, 0, 0],
      [1, 0, 0],
      [0, 0, 1],
      [1, 0, 0],
      [0, 0, 1],
    ]);
    expect(table.rowTotals).toEqual([2, 1, 1, 1, 1, 1]);
    expect(table.columnTotals).toEqual([4, 1, 2]);
    expect(table.total).toBe(7);
  });
});
