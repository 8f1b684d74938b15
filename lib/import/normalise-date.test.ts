import { describe, expect, it } from "vitest";
import { normaliseDate } from "./normalise-date";

describe("normaliseDate", () => {
  it.each([
    ["2015-03-07", "2015-03-07"],
    ["2015/3/7", "2015-03-07"],
    ["2015.03.07", "2015-03-07"],
    ["2015-03-07T10:30:00Z", "2015-03-07"],
    ["2015-03-07 10:30", "2015-03-07"],
    [" 2016-02-29 ", "2016-02-29"],
    ["7 March 2015", "2015-03-07"],
    ["7 Mar. 2015", "2015-03-07"],
    ["March 7, 2015", "2015-03-07"],
    ["Sept 7 2015", "2015-09-07"],
  ])("reads %j as %j", (value, iso) => {
    expect(normaliseDate(value)).toBe(iso);
  });

  it.each([
    ["2015-03", "2015-03"],
    ["2015/3", "2015-03"],
    ["March 2015", "2015-03"],
    ["2015", "2015"],
  ])("keeps the partial date %j as %j, month or year only", (value, iso) => {
    expect(normaliseDate(value)).toBe(iso);
  });

  it.each([
    ["07/03/2015", "day and month order is ambiguous"],
    ["2015-02-30", "no such day"],
    ["2015-02-29", "2015 is not a leap year"],
    ["2015-13", "no such month"],
    ["Ma 2015", "too short to name a month"],
    ["spring 2015", "not a month"],
    ["", "empty"],
    ["15", "two-digit year"],
  ])("refuses %j (%s)", (value) => {
    expect(normaliseDate(value)).toBeNull();
  });
});
