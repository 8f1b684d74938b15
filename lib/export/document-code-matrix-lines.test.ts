import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { documentCodeMatrixLines } from "./document-code-matrix-lines";
import { exportTestData } from "./export-test-data";

const csv = [...documentCodeMatrixLines(exportTestData)].join("");
const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

describe("documentCodeMatrixLines", () => {
  it("starts with a UTF-8 byte order mark and heads one column per code, in codebook order", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(header).toEqual([
      "document_id", "document_title", "speaker_alias", "speaker_country", "speaker_region", "speaker_gender",
      "speaker_defection_date", "coder", "grievance", "money", "unused",
    ]);
  });

  it("has one row per document and coder, 1 where the coder applied the code in the document", () => {
    expect(rows.map((row) => [row[0], row[7], ...row.slice(8)])).toEqual([
      ["doc-ar", "amira", "1", "0", "0"],
      ["doc-ar", "ben", "0", "1", "0"],
      ["doc-en", "amira", "0", "1", "0"],
      ["doc-en", "ben", "1", "1", "0"],
    ]);
  });

  it("carries the speaker's facts and neutralises a formula-like title", () => {
    expect(rows[0]?.slice(1, 7)).toEqual(["شهادة أبو عمر", "Abu Omar", "Syria", "Raqqa", "male", "2015-03"]);
    expect(rows[2]?.[1]).toBe("'=cmd|' /C calc'!A0");
  });

  it("gives no row to a document nobody coded", () => {
    const data = { ...exportTestData, annotations: exportTestData.annotations.filter((a) => a.documentId === "doc-en") };
    const ids = [...documentCodeMatrixLines(data)].slice(1).map((line) => line.split(",")[0]);
    expect(ids).toEqual(["doc-en", "doc-en"]);
  });

  it("throws on an annotation with a code missing from the codebook, a bug in whoever gathered the data", () => {
    const data = { ...exportTestData, project: { ...exportTestData.project, codes: [] } };
    expect(() => [...documentCodeMatrixLines(data)]).toThrow("unknown code grievance");
  });
});
