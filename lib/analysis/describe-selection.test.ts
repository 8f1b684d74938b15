import { describe, expect, it } from "vitest";
import { describeBase, describeFilters } from "./describe-selection";
import { selectCorpus } from "./select-corpus";
import { firstEightMonths, noFilters, testCorpus } from "./test-corpus";

describe("describeFilters and describeBase", () => {
  it("says when nothing is filtered", () => {
    expect(describeFilters(noFilters, "consensus")).toBe("source consensus");
    expect(describeBase(selectCorpus(testCorpus, noFilters))).toBe("7 of 7 speakers; 9 of 9 statements");
  });

  it("names each filter and each reason a unit was left out", () => {
    const filters = { ...firstEightMonths, gender: "male" };
    expect(describeFilters(filters, "any")).toBe("source any; period 2015-01-01 to 2015-08-31; gender male");
    // Male: A, C, D, G; of them D and G defected outside the period. Statements by men: 101, 102, 104, 105, 109.
    expect(describeBase(selectCorpus(testCorpus, filters))).toBe(
      "2 of 7 speakers (left out: 3 other speaker facts, 2 outside the period); " +
        "2 of 9 statements (left out: 4 other speaker facts, 3 outside the period)",
    );
  });

  it("counts unknown and too partial dates as reasons of their own", () => {
    expect(describeBase(selectCorpus(testCorpus, firstEightMonths))).toBe(
      "3 of 7 speakers (left out: 2 outside the period, 1 date of defection unknown, 1 date of defection too partial to place); " +
        "4 of 9 statements (left out: 4 outside the period, 1 statement date unknown)",
    );
  });
});
