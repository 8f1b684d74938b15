import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./to-csv";

describe("csvCell", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(["=1+1", "+49 30", "-x", "@SUM(A1)", "\tx", "\rx"].map(csvCell)).toEqual(["'=1+1", "'+49 30", "'-x", "'@SUM(A1)", "'\tx", "\"'\rx\""]);
  });

  it("quotes commas, quotes and line breaks, and writes numbers and nulls plainly", () => {
    expect(csvCell('Central, South "and" Southeast Asia')).toBe('"Central, South ""and"" Southeast Asia"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(37.5)).toBe("37.5");
    expect(csvCell(null)).toBe("");
    expect(csvCell("سوريا")).toBe("سوريا");
  });
});

describe("toCsv", () => {
  it("starts with a byte order mark and the commented title and notes, then the table, with CRLF", () => {
    const csv = toCsv({ title: "Speakers by region", notes: ["Filters: source consensus"], header: ["Region", "Speakers"], rows: [["=cmd", 2], ["unknown", 1]] });
    expect(csv).toBe("\uFEFF#,Speakers by region\r\n#,Filters: source consensus\r\nRegion,Speakers\r\n'=cmd,2\r\nunknown,1\r\n");
  });
});
