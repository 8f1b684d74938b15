import { describe, expect, it } from "vitest";
import { measureDocumentDisagreement } from "./measure-document-disagreement";

const TOLERANCE = 12;

describe("measureDocumentDisagreement", () => {
  it("gives 0 when every coder coded the same characters with the same codes", () => {
    const annotations = ["a", "b"].map((coder, id) => ({ id, coder, code: 1, start: 0, end: 10 }));
    expect(measureDocumentDisagreement({ coders: ["a", "b"], annotations })).toEqual({ coders: 2, overlap: 1, disagreement: 0, passages: 0 });
  });

  it("is 1 − shared / either over the coded characters of a pair", () => {
    // a covers 0..10, b covers 5..15: 5 shared of 15 coded, so overlap 1/3 (worked by hand).
    const result = measureDocumentDisagreement({
      coders: ["a", "b"],
      annotations: [
        { id: 1, coder: "a", code: 1, start: 0, end: 10 },
        { id: 2, coder: "b", code: 1, start: 5, end: 15 },
      ],
    });
    expect(result.overlap).toBeCloseTo(1 / 3, TOLERANCE);
    expect(result.disagreement).toBeCloseTo(2 / 3, TOLERANCE);
    expect(result.passages).toBe(2);
  });

  it("pools pairs and codes before dividing, merging a coder's overlapping spans first", () => {
    // Three coders, code 1 on 0..10 by a and b (a's as two overlapping spans), nothing by c: pairs ab 10/10,
    // ac 0/10, bc 0/10, so 10 shared of 30 coded (worked by hand).
    const result = measureDocumentDisagreement({
      coders: ["a", "b", "c"],
      annotations: [
        { id: 1, coder: "a", code: 1, start: 0, end: 6 },
        { id: 2, coder: "a", code: 1, start: 4, end: 10 },
        { id: 3, coder: "b", code: 1, start: 0, end: 10 },
      ],
    });
    expect(result.overlap).toBeCloseTo(1 / 3, TOLERANCE);
  });

  it("counts the same passage under different codes as no overlap at all", () => {
    const result = measureDocumentDisagreement({
      coders: ["a", "b"],
      annotations: [
        { id: 1, coder: "a", code: 1, start: 0, end: 10 },
        { id: 2, coder: "b", code: 2, start: 0, end: 10 },
      ],
    });
    expect(result).toMatchObject({ overlap: 0, disagreement: 1, passages: 1 });
  });

  it("takes a document nobody coded as agreed, and one with a single coder as undefined", () => {
    expect(measureDocumentDisagreement({ coders: ["a", "b"], annotations: [] })).toEqual({ coders: 2, overlap: 1, disagreement: 0, passages: 0 });
    expect(measureDocumentDisagreement({ coders: ["a"], annotations: [] })).toEqual({ coders: 1, overlap: null, disagreement: null, passages: 0 });
  });
});
