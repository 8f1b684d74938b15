import { describe, expect, it } from "vitest";
import { findAcceptedAnnotations } from "./find-accepted-annotations";

describe("findAcceptedAnnotations", () => {
  it("counts the source of a consensus span and every annotation identical to one as accepted", () => {
    const annotations = [
      { id: 1, code: 3, start: 0, end: 10 },
      { id: 2, code: 3, start: 0, end: 10 },
      { id: 3, code: 4, start: 0, end: 10 },
      { id: 4, code: 3, start: 0, end: 9 },
      { id: 5, code: 1, start: 20, end: 30 },
    ];
    const consensus = [
      { code: 3, start: 0, end: 10, sourceAnnotationId: 1 },
      // Edited after it was accepted: its source still counts as accepted.
      { code: 1, start: 20, end: 25, sourceAnnotationId: 5 },
    ];
    expect([...findAcceptedAnnotations(annotations, consensus)].sort()).toEqual([1, 2, 5]);
  });
});
