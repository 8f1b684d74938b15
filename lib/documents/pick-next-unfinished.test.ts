import { describe, expect, it } from "vitest";
import { pickNextUnfinished } from "./pick-next-unfinished";

const rows = [
  { id: 1, status: "submitted" as const },
  { id: 2, status: "assigned" as const },
  { id: 3, status: "in_progress" as const },
  { id: 4, status: "assigned" as const },
];

describe("pickNextUnfinished", () => {
  it("continues the document in progress first", () => {
    expect(pickNextUnfinished(rows)?.id).toBe(3);
  });

  it("starts the first assigned one when none is in progress", () => {
    expect(pickNextUnfinished(rows.map((row) => (row.id === 3 ? { ...row, status: "submitted" as const } : row)))?.id).toBe(2);
  });

  it("after a document, takes the next unfinished one in list order and wraps around", () => {
    expect(pickNextUnfinished(rows, 3)?.id).toBe(4);
    expect(pickNextUnfinished(rows, 4)?.id).toBe(2);
  });

  it("finds nothing when every other document is submitted", () => {
    expect(pickNextUnfinished([{ id: 1, status: "submitted" as const }])).toBeUndefined();
    expect(pickNextUnfinished([{ id: 1, status: "in_progress" as const }], 1)).toBeUndefined();
  });
});
