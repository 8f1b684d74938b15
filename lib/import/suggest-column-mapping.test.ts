import { describe, expect, it } from "vitest";
import { suggestColumnMapping } from "./suggest-column-mapping";

describe("suggestColumnMapping", () => {
  it("maps headers to fields ignoring case, spaces and underscores", () => {
    expect(suggestColumnMapping(["Text", "Defection Date", "defectiondate2", "STATEMENT_DATE", " url "])).toEqual({
      Text: "text",
      "Defection Date": "defection_date",
      STATEMENT_DATE: "statement_date",
      " url ": "url",
    });
  });

  it('maps "defectiondate" and "defection_date" alike', () => {
    expect(suggestColumnMapping(["defectiondate"])).toEqual({ defectiondate: "defection_date" });
    expect(suggestColumnMapping(["defection_date"])).toEqual({ defection_date: "defection_date" });
  });

  it("knows the common other names of a few fields", () => {
    expect(suggestColumnMapping(["Transcript", "Speaker", "Sex", "Date", "Lang"])).toEqual({
      Transcript: "text",
      Speaker: "alias",
      Sex: "gender",
      Date: "statement_date",
      Lang: "language",
    });
  });

  it("gives each field to the first header that names it only", () => {
    expect(suggestColumnMapping(["text", "Statement", "Notes"])).toEqual({ text: "text" });
  });

  it("leaves headers such as __proto__ or constructor unmapped and harmless", () => {
    const mapping = suggestColumnMapping(["__proto__", "constructor", "text"]);
    expect(Object.keys(mapping)).toEqual(["text"]);
    expect(Object.getPrototypeOf(mapping)).toBe(Object.prototype);
  });
});
