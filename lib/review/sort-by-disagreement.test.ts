import { describe, expect, it } from "vitest";
import { sortByDisagreement } from "./sort-by-disagreement";

describe("sortByDisagreement", () => {
  it("orders by disagreement, then passages, then title, with undefined disagreement last", () => {
    const rows = [
      { documentId: 1, title: "b", disagreement: 0.2, passages: 1 },
      { documentId: 2, title: "a", disagreement: null, passages: 0 },
      { documentId: 3, title: "c", disagreement: 0.2, passages: 3 },
      { documentId: 4, title: "a", disagreement: 0.2, passages: 1 },
      { documentId: 5, title: "z", disagreement: 0.9, passages: 1 },
      { documentId: 6, title: "y", disagreement: 0, passages: 0 },
    ];
    expect(sortByDisagreement(rows).map((row) => row.documentId)).toEqual([5, 3, 4, 1, 6, 2]);
  });

  it("leaves its input unchanged", () => {
    const rows = [
      { documentId: 1, title: "a", disagreement: 0, passages: 0 },
      { documentId: 2, title: "b", disagreement: 1, passages: 0 },
    ];
    sortByDisagreement(rows);
    expect(rows.map((row) => row.documentId)).toEqual([1, 2]);
  });
});
