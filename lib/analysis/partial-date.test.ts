import { describe, expect, it } from "vitest";
import { dateSpan, monthOf, placeInPeriod, yearOf } from "./partial-date";

describe("dateSpan", () => {
  it("spans a whole year, a whole month or one day", () => {
    expect(dateSpan("2015")).toEqual({ first: "2015-01-01", last: "2015-12-31" });
    expect(dateSpan("2015-02")).toEqual({ first: "2015-02-01", last: "2015-02-28" });
    expect(dateSpan("2016-02")).toEqual({ first: "2016-02-01", last: "2016-02-29" });
    expect(dateSpan("2015-03-02")).toEqual({ first: "2015-03-02", last: "2015-03-02" });
  });

  it("returns null for missing, malformed or impossible dates", () => {
    for (const value of [null, "", "15", "2015-13", "2015-02-29", "2015-3-2", "March 2015", "2015-00"]) expect(dateSpan(value)).toBeNull();
  });
});

describe("yearOf and monthOf", () => {
  it("give the year of any valid date and the month only when the date names it", () => {
    expect([yearOf("2015"), monthOf("2015")]).toEqual(["2015", null]);
    expect([yearOf("2015-03"), monthOf("2015-03")]).toEqual(["2015", "2015-03"]);
    expect([yearOf("2015-03-02"), monthOf("2015-03-02")]).toEqual(["2015", "2015-03"]);
    expect([yearOf("soon"), monthOf(null)]).toEqual([null, null]);
  });
});

describe("placeInPeriod", () => {
  const firstEightMonths = { from: "2015-01-01", to: "2015-08-31" };

  it("counts both ends of the period as inside", () => {
    expect(placeInPeriod("2015-01-01", firstEightMonths)).toBe("inside");
    expect(placeInPeriod("2015-08-31", firstEightMonths)).toBe("inside");
    expect(placeInPeriod("2015-08", firstEightMonths)).toBe("inside");
  });

  it("puts dates before or after the period outside", () => {
    expect(placeInPeriod("2014-12-31", firstEightMonths)).toBe("outside");
    expect(placeInPeriod("2015-09", firstEightMonths)).toBe("outside");
    expect(placeInPeriod("2014", firstEightMonths)).toBe("outside");
  });

  it("calls a partial date that straddles an end imprecise, and a missing one unknown", () => {
    expect(placeInPeriod("2015", firstEightMonths)).toBe("imprecise");
    expect(placeInPeriod(null, firstEightMonths)).toBe("unknown");
    expect(placeInPeriod("2015-02-30", firstEightMonths)).toBe("unknown");
  });

  it("lets an open end accept everything on its side, and no period accept even unknown dates", () => {
    expect(placeInPeriod("1999", { from: null, to: "2015-08-31" })).toBe("inside");
    expect(placeInPeriod("2015", { from: "2015-01-01", to: null })).toBe("inside");
    expect(placeInPeriod(null, { from: null, to: null })).toBe("inside");
  });
});
