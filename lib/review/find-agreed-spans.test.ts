import { describe, expect, it } from "vitest";
import { findAgreedSpans } from "./find-agreed-spans";

describe("findAgreedSpans", () => {
  it("returns spans every coder gave the same code and offsets, with one annotation per coder in coder order", () => {
    const annotations = [
      { id: 3, coder: "b", code: 1, start: 0, end: 10 },
      { id: 1, coder: "a", code: 1, start: 0, end: 10 },
      { id: 2, coder: "c", code: 1, start: 0, end: 10 },
    ];
    expect(findAgreedSpans({ coders: ["a", "b", "c"], annotations })).toEqual([{ code: 1, start: 0, end: 10, annotationIds: [1, 3, 2] }]);
  });

  it("leaves out a span one coder lacks, coded otherwise or bounded differently by one code point", () => {
    const annotations = [
      { id: 1, coder: "a", code: 1, start: 0, end: 10 },
      { id: 2, coder: "b", code: 1, start: 0, end: 11 },
      { id: 3, coder: "a", code: 2, start: 20, end: 30 },
      { id: 4, coder: "b", code: 3, start: 20, end: 30 },
      { id: 5, coder: "a", code: 4, start: 40, end: 45 },
    ];
    expect(findAgreedSpans({ coders: ["a", "b"], annotations })).toEqual([]);
  });

  it("sorts agreed spans in text order and needs at least two coders", () => {
    const annotations = ["a", "b"].flatMap((coder, c) => [
      { id: 10 + c, coder, code: 2, start: 50, end: 60 },
      { id: 20 + c, coder, code: 1, start: 5, end: 9 },
    ]);
    expect(findAgreedSpans({ coders: ["a", "b"], annotations }).map((span) => span.start)).toEqual([5, 50]);
    expect(findAgreedSpans({ coders: ["a"], annotations })).toEqual([]);
  });
});
