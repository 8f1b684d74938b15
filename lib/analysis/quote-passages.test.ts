import { describe, expect, it } from "vitest";
import { quotePassages } from "./quote-passages";
import { selectCorpus } from "./select-corpus";
import { noFilters, testCorpus, testPassages } from "./test-corpus";

describe("quotePassages", () => {
  const all = selectCorpus(testCorpus, noFilters);

  it("orders a code's passages by statement date, then position", () => {
    // Code 3: 109 (2015-01-05), 101 (2015-02-01), 103 (2015-04).
    const ofCode = (codeId: number) => testPassages.filter((passage) => passage.codeId === codeId);
    expect(quotePassages(all, ofCode(3)).map((passage) => passage.documentId)).toEqual([109, 101, 103]);
    expect(quotePassages(all, ofCode(1)).map((passage) => passage.id)).toEqual([1, 2, 7]);
  });

  it("lists several codes in codebook order, undated statements last within a code", () => {
    expect(quotePassages(all, testPassages).map((passage) => passage.id)).toEqual([1, 2, 7, 8, 10, 3, 6, 5, 4, 9]);
  });

  it("keeps only passages of the selected statements", () => {
    const syria = selectCorpus(testCorpus, { ...noFilters, region: "Syria" });
    expect(quotePassages(syria, testPassages).map((passage) => passage.id)).toEqual([1, 2, 3, 6, 5, 4]);
  });
});
