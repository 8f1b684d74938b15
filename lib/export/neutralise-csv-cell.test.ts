import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutraliseCsvCell } from "./neutralise-csv-cell";

const readBack = (cell: string) => Papa.parse<string[]>(`${cell}\r\n`).data[0]?.[0];

describe("neutraliseCsvCell", () => {
  it("neutralises a HYPERLINK formula with a leading single quote, quoting it for its inner quotes", () => {
    const cell = neutraliseCsvCell('=HYPERLINK("http://x")');
    expect(cell).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(readBack(cell)).toBe('\'=HYPERLINK("http://x")');
  });

  it.each(["=1+1", "+1", "-1+1", "@SUM(A1)", "\tcalc", "\rcalc"])("neutralises %j", (value) => {
    expect(readBack(neutraliseCsvCell(value))).toBe(`'${value}`);
  });

  it("leaves text that only contains formula characters later on alone", () => {
    expect(neutraliseCsvCell("a=b-c")).toBe("a=b-c");
  });

  it("writes numbers as they are, a negative one included", () => {
    expect(neutraliseCsvCell(-3)).toBe("-3");
    expect(neutraliseCsvCell(42)).toBe("42");
  });

  it("writes null as an empty cell", () => {
    expect(neutraliseCsvCell(null)).toBe("");
  });

  it("quotes commas, quotes and line breaks as RFC 4180 asks, and papaparse reads them back", () => {
    const value = 'He said, "we were paid"\nthen\r\nleft';
    expect(neutraliseCsvCell(value)).toBe('"He said, ""we were paid""\nthen\r\nleft"');
    expect(readBack(neutraliseCsvCell(value))).toBe(value);
  });

  it("keeps Arabic and emoji intact and unquoted", () => {
    expect(neutraliseCsvCell("قال 😔")).toBe("قال 😔");
  });
});
