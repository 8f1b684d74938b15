import { describe, expect, it } from "vitest";
import { assignFoldsByDocument } from "./assign-folds-by-document";

describe("assignFoldsByDocument", () => {
  const ids = Array.from({ length: 23 }, (_, i) => 100 + i);

  it("puts every statement in one fold, with fold sizes differing by at most one", () => {
    const folds = assignFoldsByDocument(ids, 5);
    expect([...folds.keys()].sort()).toEqual(ids);
    const sizes = [0, 1, 2, 3, 4].map((fold) => [...folds.values()].filter((f) => f === fold).length);
    expect(sizes.sort()).toEqual([4, 4, 5, 5, 5]);
  });

  it("depends on the seed and not on the order the statements come in", () => {
    expect(assignFoldsByDocument([...ids].reverse(), 5, 3)).toEqual(assignFoldsByDocument(ids, 5, 3));
    expect(assignFoldsByDocument(ids, 5, 3)).not.toEqual(assignFoldsByDocument(ids, 5, 4));
  });
});
