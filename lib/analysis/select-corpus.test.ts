import { describe, expect, it } from "vitest";
import { selectCorpus } from "./select-corpus";
import { firstEightMonths, noFilters, testCorpus } from "./test-corpus";

const ids = (rows: { id: number }[]) => rows.map((row) => row.id);

describe("selectCorpus", () => {
  it("keeps everything when no filter is set, undated units included", () => {
    const selection = selectCorpus(testCorpus, noFilters);
    expect(selection.speakers).toHaveLength(7);
    expect(selection.statements).toHaveLength(9);
    expect(selection.codings).toHaveLength(9);
  });

  it("filters speakers by date of defection and statements by their own date, counting each reason", () => {
    const selection = selectCorpus(testCorpus, firstEightMonths);
    // A 2015-01-10, B 2015-03, C 2015-08-31 inside; D and G outside; E has no date; F's "2015" straddles August.
    expect(ids(selection.speakers)).toEqual([1, 2, 3]);
    expect(selection.excluded.speakers).toEqual({ facts: 0, outside_period: 2, date_unknown: 1, date_imprecise: 1 });
    // 101, 103 (2015-04), 107 and 109 inside; 102, 104, 105, 108 after August; 106 undated.
    expect(ids(selection.statements)).toEqual([101, 103, 107, 109]);
    expect(selection.excluded.statements).toEqual({ facts: 0, outside_period: 4, date_unknown: 1, date_imprecise: 0 });
    expect(selection.codings.map((coding) => `${coding.documentId}:${coding.codeId}`)).toEqual(["101:1", "101:3", "103:4", "103:3", "109:3"]);
  });

  it("selects the speakers without a fact, and statements without a speaker, under unknown", () => {
    const selection = selectCorpus(testCorpus, { ...noFilters, region: "unknown" });
    expect(ids(selection.speakers)).toEqual([5]);
    expect(ids(selection.statements)).toEqual([106, 108]);
    expect(selection.excluded.speakers.facts).toBe(6);
    expect(selection.excluded.statements.facts).toBe(7);
  });

  it("treats a blank fact as unknown", () => {
    expect(ids(selectCorpus(testCorpus, { ...noFilters, gender: "unknown" }).speakers)).toEqual([5, 6]);
  });

  it("remembers every statement's codes, selected or not", () => {
    const selection = selectCorpus(testCorpus, firstEightMonths);
    expect([...(selection.codesByStatement.get(104) ?? [])]).toEqual([1]);
    expect([...(selection.codesByStatement.get(101) ?? [])]).toEqual([1, 3]);
  });
});
