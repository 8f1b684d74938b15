import { describe, expect, it } from "vitest";
import { readStatementRow } from "./read-statement-row";
import type { StatementCsvField } from "./suggest-column-mapping";

const headers = ["Text", "Alias", "Country", "Language", "Notes"];
const fields: (StatementCsvField | null)[] = ["text", "alias", "country", "language", null];

describe("readStatementRow", () => {
  it("trims cells, collapses spaces in the alias and writes the language tag in canonical case", () => {
    expect(readStatementRow([" I left. ", "Abu   Omar", "Syria", "AR-sy", "ignored"], 7, headers, fields)).toEqual({
      ok: true,
      row: {
        rowNumber: 7,
        text: "I left.",
        title: null,
        alias: "Abu Omar",
        country: "Syria",
        region: null,
        gender: null,
        defectionDate: null,
        statementDate: null,
        source: null,
        url: null,
        language: "ar-SY",
      },
    });
  });

  it("treats missing trailing cells as blank", () => {
    expect(readStatementRow(["I left."], 2, headers, fields).ok).toBe(true);
  });

  it("refuses cells beyond the header when they hold something", () => {
    const result = readStatementRow(["I left.", "", "", "", "", "stray"], 4, headers, fields);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          rowNumber: 4,
          column: null,
          message: "Row 4: it has 6 cells but the header names 5 columns. A delimiter or quote is probably out of place.",
        },
      ],
    });
  });

  it("refuses speaker facts without an alias, as they would belong to no one", () => {
    const result = readStatementRow(["I left.", "", "Syria"], 3, headers, fields);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          rowNumber: 3,
          column: "Alias",
          message:
            'Row 3, column "Alias": the row gives facts about the speaker ("Country") but no alias. ' +
            "Add the alias, so the facts belong to a speaker.",
        },
      ],
    });
  });

  it("refuses an address without its scheme and a language written as a name", () => {
    const result = readStatementRow(["x", "A", "", "Arabic"], 2, headers, fields);
    expect(!result.ok && result.errors.map((error) => error.message)).toEqual([
      'Row 2, column "Language": "Arabic" is not a language code. Write a code such as ar, en or fr.',
    ]);
    const withUrl = readStatementRow(["x", "ftp://example.org"], 2, ["Text", "URL"], ["text", "url"]);
    expect(!withUrl.ok && withUrl.errors[0]?.message).toContain("is not a web address");
  });
});
