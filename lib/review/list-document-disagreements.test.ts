import { describe, expect, it } from "vitest";
import { listDocumentDisagreements } from "./list-document-disagreements";

describe("listDocumentDisagreements", () => {
  it("measures each document among the coders who coded it and puts the worst first", () => {
    const rows = listDocumentDisagreements({
      documents: [
        { id: 1, title: "Calm" },
        { id: 2, title: "Disputed" },
        { id: 3, title: "Single" },
      ],
      coded: [
        { documentId: 1, coders: ["a", "b"] },
        { documentId: 2, coders: ["b", "a"] },
        { documentId: 3, coders: ["a"] },
      ],
      annotations: [
        { documentId: 1, coder: "a", codeId: 1, start: 0, end: 4 },
        { documentId: 1, coder: "b", codeId: 1, start: 0, end: 4 },
        { documentId: 2, coder: "a", codeId: 1, start: 0, end: 4 },
        { documentId: 2, coder: "b", codeId: 2, start: 0, end: 4 },
        { documentId: 3, coder: "a", codeId: 1, start: 0, end: 4 },
      ],
    });
    expect(rows.map((row) => [row.title, row.disagreement, row.passages, row.coderNames])).toEqual([
      ["Disputed", 1, 1, ["a", "b"]],
      ["Calm", 0, 0, ["a", "b"]],
      ["Single", null, 0, ["a"]],
    ]);
  });
});
