import { describe, expect, it } from "vitest";
import { crosstabTable } from "./crosstab-table";
import { distributionTable } from "./distribution-table";
import { selectCorpus } from "./select-corpus";
import { speakerCrosstab } from "./speaker-crosstab";
import { speakerDistribution } from "./speaker-distribution";
import { noFilters, testCorpus } from "./test-corpus";

const all = selectCorpus(testCorpus, noFilters);

describe("distributionTable", () => {
  it("gives each column's share of its own total, named in the header, and a total row", () => {
    const table = distributionTable(speakerDistribution(all, "gender"), "gender");
    expect(table.columns.map((column) => column.label)).toEqual(["Gender", "Speakers", "% of 7 speakers", "Statements", "% of 9 statements"]);
    // 4 of 7 = 57.14%, 5 of 9 = 55.56%; 1 of 7 = 14.29%; 2 of 7 = 28.57%, 3 of 9 = 33.33%.
    expect(table.rows).toEqual([
      ["male", 4, 57.1, 5, 55.6],
      ["female", 1, 14.3, 1, 11.1],
      ["unknown", 2, 28.6, 3, 33.3],
      ["Total", 7, 100, 9, 100],
    ]);
  });
});

describe("crosstabTable", () => {
  it("writes the crosstab with row and column totals", () => {
    const table = crosstabTable(speakerCrosstab(all, "gender", "defection_year"), "gender", "defection_year");
    expect(table.columns.map((column) => column.label)).toEqual(["Gender \\ Year of defection", "2014", "2015", "unknown", "Total"]);
    // Men: G 2014; A, C, D 2015. Women: B 2015. Unknown gender: E (no date), F (2015).
    expect(table.rows).toEqual([
      ["male", 1, 3, 0, 4],
      ["female", 0, 1, 0, 1],
      ["unknown", 0, 1, 1, 2],
      ["Total", 1, 5, 1, 7],
    ]);
  });
});
