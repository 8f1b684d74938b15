import { describe, expect, it } from "vitest";
import { coOccurrence } from "./co-occurrence";
import { narrativeCrosstab } from "./narrative-crosstab";
import { narrativeFigures } from "./narrative-figures";
import { selectCorpus } from "./select-corpus";
import { firstEightMonths, noFilters, testCorpus } from "./test-corpus";

const all = selectCorpus(testCorpus, noFilters);
const counts = (selection: ReturnType<typeof selectCorpus>) =>
  narrativeFigures(selection).rows.map(({ code, speakers, statements, passages }) => [code.id, speakers, statements, passages]);

describe("narrativeFigures", () => {
  it("counts speakers once per code, statements once per code, and every passage", () => {
    // By hand from test-corpus.ts: code 1 in 101 (twice) and 104, by A and C; code 2 in 106 by E; code 3 in 101, 103,
    // 109 by A, B, G; code 4 in 102, 103 and 108 (no speaker), by A and B.
    expect(counts(all)).toEqual([
      [1, 2, 2, 3],
      [2, 1, 1, 1],
      [3, 3, 3, 3],
      [4, 2, 3, 3],
    ]);
    // Coded speakers: A, B, C, E, G; coded statements: all but 105 and 107.
    expect(narrativeFigures(all).bases).toEqual({ speakers: 7, codedSpeakers: 5, statements: 9, codedStatements: 7 });
  });

  it("takes a selected speaker's codes from all their statements, and statements only from the period", () => {
    // Speakers A, B, C remain; C's only statement (104, code 1) is from September but C still uses code 1.
    // Statements 101, 103, 107, 109 remain.
    const selection = selectCorpus(testCorpus, firstEightMonths);
    expect(counts(selection)).toEqual([
      [1, 2, 1, 2],
      [2, 0, 0, 0],
      [3, 2, 3, 3],
      [4, 2, 1, 1],
    ]);
    expect(narrativeFigures(selection).bases).toEqual({ speakers: 3, codedSpeakers: 3, statements: 4, codedStatements: 3 });
  });
});

describe("narrativeCrosstab", () => {
  it("crosses codes with the speakers' region, each column with its own base", () => {
    const table = narrativeCrosstab(all, "speakers", "region");
    expect(table.categories).toEqual(["Syria", "Central, South and Southeast Asia", "Other Middle East", "Turkey", "Western Europe and Australia", "unknown"]);
    expect(table.bases).toEqual([2, 1, 1, 1, 1, 1]);
    expect(table.counts).toEqual([
      [1, 0, 1, 0, 0, 0],
      [0, 0, 0, 0, 0, 1],
      [2, 1, 0, 0, 0, 0],
      [2, 0, 0, 0, 0, 0],
    ]);
  });

  it("crosses codes with the statements' year, undated statements under unknown", () => {
    const table = narrativeCrosstab(all, "statements", "year");
    expect(table.categories).toEqual(["2015", "unknown"]);
    expect(table.bases).toEqual([8, 1]);
    expect(table.counts).toEqual([
      [2, 0],
      [0, 1],
      [3, 0],
      [3, 0],
    ]);
  });

  it("crosses codes with gender by statement, a statement without speaker under unknown", () => {
    const table = narrativeCrosstab(all, "statements", "gender");
    expect(table.categories).toEqual(["male", "female", "unknown"]);
    expect(table.bases).toEqual([5, 1, 3]);
    // Code 4: 102 (A, male), 103 (B, female), 108 (no speaker).
    expect(table.counts[3]).toEqual([1, 1, 1]);
  });
});

describe("coOccurrence", () => {
  it("counts statements coded with both codes, the diagonal with each", () => {
    // 101 has codes 1 and 3; 103 has 3 and 4; the others one code each.
    expect(coOccurrence(all)).toEqual({
      matrix: [
        [2, 0, 1, 0],
        [0, 1, 0, 0],
        [1, 0, 3, 1],
        [0, 0, 1, 3],
      ],
      codedStatements: 7,
    });
  });
});
