import { describe, expect, it } from "vitest";
import { resolveColumnMapping } from "./resolve-column-mapping";

const headers = ["Statement", "Speaker", "Notes", "Country"];

describe("resolveColumnMapping", () => {
  it("uses the suggestion when there is no override", () => {
    expect(resolveColumnMapping(headers)).toEqual({
      ok: true,
      value: {
        mapping: { Statement: "text", Speaker: "alias", Country: "country" },
        fieldByColumn: ["text", "alias", null, "country"],
      },
    });
  });

  it("lets an override move a field to another column and ignore a suggested one", () => {
    const result = resolveColumnMapping(headers, { Notes: "text", Country: null });
    expect(result).toEqual({
      ok: true,
      value: { mapping: { Speaker: "alias", Notes: "text" }, fieldByColumn: [null, "alias", "text", null] },
    });
  });

  it("refuses an override naming a column the file lacks", () => {
    expect(resolveColumnMapping(headers, { Region: "region" })).toEqual({
      ok: false,
      error: 'The mapping names a column "Region" that the file does not have.',
    });
  });

  it("refuses an override mapping two columns to one field", () => {
    expect(resolveColumnMapping(headers, { Notes: "text", Statement: "text" })).toEqual({
      ok: false,
      error: 'The columns "Notes" and "Statement" are both mapped to text. Map one of them to another field or ignore it.',
    });
  });

  it("refuses a header that names two columns alike, but not several blank headers", () => {
    expect(resolveColumnMapping(["text", "Country", "country", "Country"])).toEqual({
      ok: false,
      error: 'The header names the column "Country" twice (columns 2 and 4). Rename one.',
    });
    expect(resolveColumnMapping(["text", "", ""]).ok).toBe(true);
  });
});
