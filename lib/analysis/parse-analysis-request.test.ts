import { describe, expect, it } from "vitest";
import { formatSource, parseAnalysisRequest } from "./parse-analysis-request";

describe("parseAnalysisRequest", () => {
  it("leaves everything open when nothing is given, blanks included", () => {
    expect(parseAnalysisRequest({ from: "", region: "  " })).toEqual({
      ok: true,
      value: { source: null, filters: { from: null, to: null, region: null, country: null, gender: null } },
    });
  });

  it("widens partial dates to the first day of from and the last day of to", () => {
    const request = parseAnalysisRequest({ from: "2015-01", to: "2015-08" });
    expect(request.ok && request.value.filters).toMatchObject({ from: "2015-01-01", to: "2015-08-31" });
    const year = parseAnalysisRequest({ from: "2015", to: "2015" });
    expect(year.ok && year.value.filters).toMatchObject({ from: "2015-01-01", to: "2015-12-31" });
  });

  it("reads the three kinds of source", () => {
    const sources = ["consensus", "any", "coder:coder1"].map((source) => {
      const request = parseAnalysisRequest({ source });
      return request.ok && request.value.source && formatSource(request.value.source);
    });
    expect(sources).toEqual(["consensus", "any", "coder:coder1"]);
  });

  it("names the parameter and the expected form in its one-line errors", () => {
    expect(parseAnalysisRequest({ from: "2015-13" }, "--")).toEqual({
      ok: false,
      error: '--from: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, not "2015-13"',
    });
    expect(parseAnalysisRequest({ source: "everyone" })).toEqual({ ok: false, error: 'source: expected consensus, any or coder:LOGIN, not "everyone"' });
    expect(parseAnalysisRequest({ from: "2016", to: "2015" })).toEqual({ ok: false, error: "from (2016-01-01) is after to (2015-12-31)" });
  });

  it("keeps speaker facts as typed, unknown included", () => {
    const request = parseAnalysisRequest({ region: "Syria", gender: "unknown" });
    expect(request.ok && request.value.filters).toMatchObject({ region: "Syria", gender: "unknown", country: null });
  });
});
