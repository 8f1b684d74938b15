import { describe, expect, it } from "vitest";
import { buildTestPdf } from "@/lib/import/build-test-pdf";
import { readStatements } from "./read-statements";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readStatements", () => {
  it("reads a CSV and a PDF within the limits as before", async () => {
    const csv = await readStatements({ name: "rows.csv", bytes: utf8("alias,text\nA,I left.\nB,They lied.") });
    expect(csv.ok && csv.statements.map((statement) => [statement.speaker?.alias, statement.text])).toEqual([
      ["A", "I left."],
      ["B", "They lied."],
    ]);
    const pdf = await readStatements({ name: "one.pdf", bytes: buildTestPdf(["BT /F1 12 Tf 72 720 Td (I left.) Tj ET"]) });
    expect(pdf.ok && pdf.statements[0]).toMatchObject({ title: "one", text: "I left.", sourceName: "one.pdf" });
  });

  it("hands the character limit to the CSV reader, which stops at the row passing it", async () => {
    const result = await readStatements({
      name: "rows.csv",
      bytes: utf8("alias,text\nA,I left.\nB,They lied."),
      limits: { maxTotalCharacters: 10 },
    });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/passes the limit at row 3.*IMPORT_MAX_CHARACTERS/) });
  });

  it("hands the limits to the file extractors", async () => {
    const pdf = buildTestPdf(["BT /F1 12 Tf 72 720 Td (one) Tj ET", "BT /F1 12 Tf 72 720 Td (two) Tj ET"]);
    expect(await readStatements({ name: "two.pdf", bytes: pdf, limits: { maxPdfPages: 1 } })).toEqual({
      ok: false,
      error: expect.stringMatching(/^two\.pdf: The PDF has 2 pages; .*IMPORT_MAX_PDF_PAGES/),
    });
    expect(await readStatements({ name: "long.md", bytes: utf8("# Interview\n\nI left."), limits: { maxTotalCharacters: 5 } })).toEqual({
      ok: false,
      error: expect.stringMatching(/^long\.md: There are more than 5 characters .*IMPORT_MAX_CHARACTERS/),
    });
  });
});
