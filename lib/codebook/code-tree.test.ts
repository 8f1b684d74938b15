import { describe, expect, it } from "vitest";
import { buildCodeTree, subtreeIds } from "./code-tree";

const code = (id: number, parentId: number | null, position: number) => ({ id, parentId, position });

describe("buildCodeTree", () => {
  it("orders parents before children and siblings by position", () => {
    const tree = buildCodeTree([code(3, 1, 2), code(1, null, 1), code(2, 1, 1), code(4, null, 0), code(5, 2, 0)]);
    expect(tree.ordered.map((node) => node.code.id)).toEqual([4, 1, 2, 5, 3]);
    expect(tree.byId.get(5)).toMatchObject({ depth: 2, path: [1, 2, 5] });
    expect(tree.roots.map((node) => node.code.id)).toEqual([4, 1]);
  });

  it("puts a code whose parent is missing or that closes a cycle at the top, so none is hidden", () => {
    const tree = buildCodeTree([code(1, 9, 0), code(2, 3, 0), code(3, 2, 1)]);
    expect(tree.ordered.map((node) => node.code.id).sort()).toEqual([1, 2, 3]);
    expect(tree.byId.get(1)?.depth).toBe(0);
  });

  it("gives a code's subtree, itself included", () => {
    const tree = buildCodeTree([code(1, null, 0), code(2, 1, 0), code(3, 2, 0), code(4, null, 1)]);
    expect(subtreeIds(tree, 1).sort()).toEqual([1, 2, 3]);
    expect(subtreeIds(tree, 4)).toEqual([4]);
    expect(subtreeIds(tree, 99)).toEqual([]);
  });
});
