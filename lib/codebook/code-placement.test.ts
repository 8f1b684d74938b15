import { describe, expect, it } from "vitest";
import { dropPlacement, reorderPlacement } from "./code-placement";
import { buildCodeTree } from "./code-tree";

const code = (id: number, parentId: number | null, position: number) => ({ id, parentId, position });
// 1 (2, 3, 4), 5
const tree = buildCodeTree([code(1, null, 0), code(2, 1, 0), code(3, 1, 1), code(4, 1, 2), code(5, null, 1)]);

describe("reorderPlacement", () => {
  it("moves up before the previous sibling and down before the sibling after next, or last", () => {
    expect(reorderPlacement(tree, 3, "up")).toEqual({ parentId: 1, beforeId: 2 });
    expect(reorderPlacement(tree, 2, "down")).toEqual({ parentId: 1, beforeId: 4 });
    expect(reorderPlacement(tree, 3, "down")).toEqual({ parentId: 1, beforeId: null });
    expect(reorderPlacement(tree, 1, "down")).toEqual({ parentId: null, beforeId: null });
  });

  it("answers null at the ends and for an unknown code", () => {
    expect(reorderPlacement(tree, 2, "up")).toBeNull();
    expect(reorderPlacement(tree, 4, "down")).toBeNull();
    expect(reorderPlacement(tree, 99, "up")).toBeNull();
  });
});

describe("dropPlacement", () => {
  it("places before, inside (last) or after the row dropped on", () => {
    expect(dropPlacement(tree, { codeId: 5, targetId: 3, zone: "before" })).toEqual({ parentId: 1, beforeId: 3 });
    expect(dropPlacement(tree, { codeId: 5, targetId: 3, zone: "inside" })).toEqual({ parentId: 3, beforeId: null });
    expect(dropPlacement(tree, { codeId: 5, targetId: 3, zone: "after" })).toEqual({ parentId: 1, beforeId: 4 });
    expect(dropPlacement(tree, { codeId: 5, targetId: 4, zone: "after" })).toEqual({ parentId: 1, beforeId: null });
  });

  it("skips the dragged code itself when it is the sibling after the target", () => {
    expect(dropPlacement(tree, { codeId: 3, targetId: 2, zone: "after" })).toEqual({ parentId: 1, beforeId: 4 });
  });

  it("refuses a drop on the code itself or inside its own subtree", () => {
    expect(dropPlacement(tree, { codeId: 1, targetId: 3, zone: "inside" })).toBeNull();
    expect(dropPlacement(tree, { codeId: 1, targetId: 1, zone: "before" })).toBeNull();
  });
});
