import { describe, expect, it } from "vitest";
import { annotationsAt, compareAnnotations, insertInTextOrder, removeAnnotation, replaceAnnotation } from "./annotation-order";

const a = (id: number, start: number, end: number, code = 1) => ({ id, code, start, end });

describe("compareAnnotations", () => {
  it("orders by start, then shorter first, then code and id", () => {
    const sorted = [a(4, 5, 9, 2), a(3, 5, 9, 1), a(2, 5, 7), a(1, 0, 20)].sort(compareAnnotations);
    expect(sorted.map((item) => item.id)).toEqual([1, 2, 3, 4]);
  });
});

describe("insertInTextOrder", () => {
  it("inserts where text order puts the new annotation and leaves the input unchanged", () => {
    const list = [a(1, 0, 3), a(2, 10, 12)];
    expect(insertInTextOrder(list, a(3, 4, 6)).map((item) => item.id)).toEqual([1, 3, 2]);
    expect(list).toHaveLength(2);
  });
});

describe("removeAnnotation and replaceAnnotation", () => {
  it("removes by id and returns the same list when the id is absent", () => {
    const list = [a(1, 0, 3), a(2, 10, 12)];
    expect(removeAnnotation(list, 1).map((item) => item.id)).toEqual([2]);
    expect(removeAnnotation(list, 9)).toBe(list);
  });

  it("moves a replaced annotation to its new place in text order, under its new id", () => {
    const list = [a(-1, 0, 3), a(2, 10, 12)];
    expect(replaceAnnotation(list, -1, a(7, 20, 25)).map((item) => item.id)).toEqual([2, 7]);
  });
});

describe("annotationsAt", () => {
  const list = [a(1, 0, 4), a(2, 2, 8, 2), a(3, 4, 8, 3)];

  it("lists every annotation covering a character where spans overlap partly", () => {
    expect(annotationsAt(list, 3).map((item) => item.id)).toEqual([1, 2]);
    expect(annotationsAt(list, 5).map((item) => item.id)).toEqual([2, 3]);
  });

  it("treats the end as exclusive, so adjacent spans are not both hit", () => {
    expect(annotationsAt(list, 4).map((item) => item.id)).toEqual([2, 3]);
    expect(annotationsAt(list, 8)).toEqual([]);
  });
});
