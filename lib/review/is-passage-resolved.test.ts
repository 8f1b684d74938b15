import { describe, expect, it } from "vitest";
import { isPassageResolved } from "./is-passage-resolved";

const passage = { start: 10, end: 20, annotationIds: [1, 2] };
const none = new Set<number>();

describe("isPassageResolved", () => {
  it("is unresolved while any annotation in the passage has no decision", () => {
    expect(isPassageResolved(passage, { consensus: [], acceptedIds: new Set([1]), rejectedIds: none })).toBe(false);
  });

  it("is resolved when each annotation is accepted or rejected", () => {
    expect(isPassageResolved(passage, { consensus: [], acceptedIds: new Set([1]), rejectedIds: new Set([2]) })).toBe(true);
  });

  it("is resolved by a span the supervisor drew over part of it, but not by one that only touches it", () => {
    expect(isPassageResolved(passage, { consensus: [{ start: 15, end: 30, sourceAnnotationId: null }], acceptedIds: none, rejectedIds: none })).toBe(true);
    expect(isPassageResolved(passage, { consensus: [{ start: 20, end: 30, sourceAnnotationId: null }], acceptedIds: none, rejectedIds: none })).toBe(false);
  });
});
