import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "@/lib/offsets/code-points";
import { exportTestData } from "./export-test-data";
import { segmentCsvLines } from "./segment-csv-lines";

const csv = [...segmentCsvLines(exportTestData)].join("");
const [header = [], ...rows] = Papa.parse<string[]>(csv.slice(1), { header: false, skipEmptyLines: true }).data;
const column = (row: string[] | undefined, name: string) => row?.[header.indexOf(name)];

describe("segmentCsvLines", () => {
  it("starts with a UTF-8 byte order mark and ends every line with CRLF", () => {
    expect(csv.startsWith("\uFEFFdocument_id,")).toBe(true);
    const lines = [...segmentCsvLines(exportTestData)];
    expect(lines.every((line) => line.endsWith("\r\n"))).toBe(true);
  });

  it("has a header and one row per annotation", () => {
    expect(header).toEqual([
      "document_id", "document_title", "speaker_alias", "speaker_country", "speaker_region", "speaker_gender",
      "speaker_defection_date", "coder", "code", "start", "end", "quote", "memo", "created", "updated",
    ]);
    expect(rows).toHaveLength(exportTestData.annotations.length);
  });

  it("writes the document, speaker facts, coder, code name, offsets and timestamps", () => {
    // Offsets from Python: text.index("كذبوا علينا 🙏") == 26, and the quote is 13 code points long.
    expect(rows[0]).toEqual([
      "doc-ar", "شهادة أبو عمر", "Abu Omar", "Syria", "Raqqa", "male", "2015-03", "amira", "grievance",
      "26", "39", "كذبوا علينا 🙏", '\'=HYPERLINK("http://x")', "2024-05-01T10:00:00.000Z", "2024-05-02T11:30:00.000Z",
    ]);
  });

  it("leaves the speaker columns empty for a statement without a speaker", () => {
    expect(rows[1]?.slice(2, 7)).toEqual(["", "", "", "", ""]);
  });

  it("round-trips a quote with commas, quotes and newlines through papaparse", () => {
    expect(column(rows[1], "quote")).toBe('"we were paid, then\nwe were not,"');
    expect(column(rows[1], "memo")).toBe("quotes, commas\nand lines");
  });

  it("keeps Arabic and emoji quotes intact, their offsets selecting them in code points", () => {
    const row = rows[0];
    const text = exportTestData.documents[0]!.text;
    expect(sliceByCodePoints(text, Number(column(row, "start")), Number(column(row, "end")))).toBe(column(row, "quote"));
    expect(column(rows[4], "quote")).toBe("😔");
    expect([column(rows[4], "start"), column(rows[4], "end")]).toEqual(["0", "1"]);
  });

  it("neutralises formula-like cells, the title and a quote starting with a dash among them", () => {
    expect(column(rows[1], "document_title")).toBe("'=cmd|' /C calc'!A0");
    expect(column(rows[2], "quote")).toBe("'- Did you believe them?");
  });

  it("throws on an annotation of a document missing from the data, a bug in whoever gathered it", () => {
    const broken = { ...exportTestData, documents: [] };
    expect(() => [...segmentCsvLines(broken)]).toThrow("unknown document doc-ar");
  });
});
