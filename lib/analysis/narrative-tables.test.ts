import { describe, expect, it } from "vitest";
import { coOccurrence } from "./co-occurrence";
import { narrativeCrosstab } from "./narrative-crosstab";
import { narrativeFigures } from "./narrative-figures";
import { coOccurrenceTable, narrativeCrosstabTable, narrativeTable } from "./narrative-tables";
import { selectCorpus } from "./select-corpus";
import { noFilters, testCorpus } from "./test-corpus";

const all = selectCorpus(testCorpus, noFilters);

describe("narrativeTable", () => {
  it("gives shares of all and of coded speakers and statements", () => {
    const table = narrativeTable(narrativeFigures(all));
    expect(table.columns.map((column) => column.label)).toEqual([
      "Code", "Speakers", "% of 7 speakers", "% of 5 speakers with any code", "Statements", "% of 9 statements", "% of 7 coded statements", "Passages",
    ]);
    // Code 3: speakers A, B, G (3 of 7 = 42.86%, of 5 = 60%); statements 101, 103, 109 (3 of 9 = 33.33%, of 7 = 42.86%).
    expect(table.rows[2]).toEqual(["Corrupt and un-Islamic", 3, 42.9, 60, 3, 33.3, 42.9, 3]);
  });
});

describe("narrativeCrosstabTable", () => {
  it("gives each category's count and share with the category's base", () => {
    const table = narrativeCrosstabTable(narrativeCrosstab(all, "speakers", "gender"), testCorpus.codes);
    expect(table.caption).toBe("Narratives by gender: speakers using each code");
    expect(table.columns.map((column) => column.label)).toEqual([
      "Code", "male: speakers", "male: % of 4", "female: speakers", "female: % of 1", "unknown: speakers", "unknown: % of 2",
    ]);
    // Code 1 by A and C (male); code 4 by A (male) and B (female).
    expect(table.rows[0]).toEqual(["Fighting fellow Sunnis", 2, 50, 0, 0, 0, 0]);
    expect(table.rows[3]).toEqual(["Harsh and disappointing life", 1, 25, 1, 100, 0, 0]);
    expect(table.rows[4]).toEqual(["All speakers", 4, null, 1, null, 2, null]);
  });
});

describe("coOccurrenceTable", () => {
  it("writes the matrix with its base in the caption", () => {
    const table = coOccurrenceTable(coOccurrence(all), testCorpus.codes);
    expect(table.caption).toBe("Co-occurrence: statements coded with both codes (of 7 coded statements)");
    expect(table.rows[2]).toEqual(["Corrupt and un-Islamic", 1, 0, 3, 1]);
  });
});
