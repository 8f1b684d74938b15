import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "@/lib/offsets/code-points";
import { annotationJsonLines } from "./annotation-json-lines";
import { exportTestData } from "./export-test-data";

const lines = [...annotationJsonLines(exportTestData)];
const objects = lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe("annotationJsonLines", () => {
  it("writes one JSON object per line, each line ending in a newline and holding no other", () => {
    expect(lines).toHaveLength(exportTestData.annotations.length);
    for (const line of lines) expect(line.indexOf("\n")).toBe(line.length - 1);
  });

  it("writes ids, document, speaker, coder, code, offsets, quote, memo and timestamps in snake_case", () => {
    expect(objects[0]).toEqual({
      id: "a1",
      document_id: "doc-ar",
      document_title: "شهادة أبو عمر",
      speaker: { alias: "Abu Omar", country: "Syria", region: "Raqqa", gender: "male", defection_date: "2015-03" },
      coder: "amira",
      code_id: "grievance",
      code: "grievance",
      start: 26,
      end: 39,
      quote: "كذبوا علينا 🙏",
      memo: '=HYPERLINK("http://x")',
      created: "2024-05-01T10:00:00.000Z",
      updated: "2024-05-02T11:30:00.000Z",
    });
  });

  it("keeps quotes exactly, with no formula neutralising, and offsets that select them", () => {
    for (const [index, object] of objects.entries()) {
      const annotation = exportTestData.annotations[index]!;
      const document = exportTestData.documents.find((candidate) => candidate.id === annotation.documentId)!;
      expect(object.quote).toBe(annotation.quote);
      expect(sliceByCodePoints(document.text, object.start as number, object.end as number)).toBe(object.quote);
    }
    expect(objects[2]?.quote).toBe("- Did you believe them?");
  });

  it("writes null for a statement without a speaker", () => {
    expect(objects[1]?.speaker).toBeNull();
  });
});
