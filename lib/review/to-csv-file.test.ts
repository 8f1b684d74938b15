import { describe, expect, it } from "vitest";
import { toCsvFile } from "./to-csv-file";

describe("toCsvFile", () => {
  it("starts with a byte order mark and ends every record with CRLF", () => {
    expect(toCsvFile(["code", "alpha"], [["Brutality", 0.812]])).toBe("\uFEFFcode,alpha\r\nBrutality,0.812\r\n");
  });

  it("neutralises cells a spreadsheet would run as formulas and quotes commas, but writes negative numbers as numbers", () => {
    expect(toCsvFile(["title", "alpha"], [["=HYPERLINK(\"x\")", -0.25], ["أبو عمر, شهادة", null]])).toBe(
      "\uFEFFtitle,alpha\r\n\"'=HYPERLINK(\"\"x\"\")\",-0.25\r\n\"أبو عمر, شهادة\",\r\n",
    );
  });
});
