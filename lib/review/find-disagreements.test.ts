import { describe, expect, it } from "vitest";
import { type CoderAnnotation, findDisagreements } from "./find-disagreements";

let nextId = 1;
const span = (coder: string, code: number, start: number, end: number): CoderAnnotation => ({ id: nextId++, coder, code, start, end });
const CODERS = ["a", "b", "c"];

describe("findDisagreements", () => {
  it("finds nothing when every coder drew the same spans with the same codes", () => {
    const annotations = CODERS.flatMap((coder) => [span(coder, 1, 0, 10), span(coder, 2, 20, 30)]);
    expect(findDisagreements({ coders: CODERS, annotations })).toEqual([]);
  });

  it("marks a passage one coder coded and another did not as unmatched", () => {
    const a = span("a", 1, 5, 12);
    const [result] = findDisagreements({ coders: ["a", "b"], annotations: [a] });
    expect(result).toEqual({
      start: 5,
      end: 12,
      kinds: ["unmatched"],
      codesByCoder: [
        { coder: "a", codes: [1] },
        { coder: "b", codes: [] },
      ],
      annotationIds: [a.id],
    });
  });

  it("marks the same passage with different codes as a code disagreement", () => {
    const result = findDisagreements({ coders: ["a", "b"], annotations: [span("a", 1, 0, 10), span("b", 3, 0, 10)] });
    expect(result.map(({ start, end, kinds }) => ({ start, end, kinds }))).toEqual([{ start: 0, end: 10, kinds: ["code"] }]);
  });

  it("reduces a boundary that differs to the stretch only one coder covers", () => {
    const result = findDisagreements({ coders: ["a", "b"], annotations: [span("a", 1, 0, 10), span("b", 1, 0, 6)] });
    expect(result.map(({ start, end, kinds }) => ({ start, end, kinds }))).toEqual([{ start: 6, end: 10, kinds: ["boundary"] }]);
  });

  it("treats spans that only touch (end exclusive) as apart, so the gap after one coder's span is unmatched", () => {
    const result = findDisagreements({ coders: ["a", "b"], annotations: [span("a", 1, 0, 4), span("a", 1, 4, 8), span("b", 1, 0, 4)] });
    expect(result.map(({ start, end, kinds }) => ({ start, end, kinds }))).toEqual([{ start: 4, end: 8, kinds: ["unmatched"] }]);
  });

  it("joins touching pieces that disagree into one passage with every kind found in it", () => {
    // a: code 1 over [0, 20); b: code 1 over [5, 20); c: code 2 over [0, 20). On [0, 5) b coded nothing (c's code
    // 2 is unmatched there) and b's code 1 starts later than a's (boundary); on [5, 20) a and b differ from c.
    const result = findDisagreements({ coders: CODERS, annotations: [span("a", 1, 0, 20), span("b", 1, 5, 20), span("c", 2, 0, 20)] });
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ start: 0, end: 20, kinds: ["unmatched", "code", "boundary"] });
  });

  it("keeps passages apart where the coders agree in between, and lists them in text order", () => {
    const annotations = [span("a", 1, 30, 40), span("a", 2, 0, 10), span("b", 2, 0, 10), span("a", 3, 12, 20), span("b", 3, 12, 20), span("b", 4, 50, 55)];
    const result = findDisagreements({ coders: ["a", "b"], annotations });
    expect(result.map(({ start, end }) => [start, end])).toEqual([
      [30, 40],
      [50, 55],
    ]);
  });

  it("lists the annotations overlapping a passage, including the agreeing ones around it", () => {
    const a = span("a", 1, 0, 10);
    const b = span("b", 1, 2, 10);
    const elsewhere = span("b", 2, 40, 50);
    const [first] = findDisagreements({ coders: ["a", "b"], annotations: [elsewhere, b, a] });
    expect(first).toMatchObject({ start: 0, end: 2, annotationIds: [a.id] });
  });

  it("counts a gap inside another coder's long span as a boundary when the same code sits on both sides", () => {
    const result = findDisagreements({ coders: ["a", "b"], annotations: [span("a", 1, 0, 30), span("b", 1, 0, 10), span("b", 1, 20, 30)] });
    expect(result.map(({ start, end, kinds }) => ({ start, end, kinds }))).toEqual([{ start: 10, end: 20, kinds: ["boundary"] }]);
  });

  it("ignores annotations of coders not compared and finds nothing with fewer than two coders", () => {
    expect(findDisagreements({ coders: ["a", "b"], annotations: [span("z", 1, 0, 5)] })).toEqual([]);
    expect(findDisagreements({ coders: ["a"], annotations: [span("a", 1, 0, 5)] })).toEqual([]);
  });
});
