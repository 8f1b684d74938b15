import { describe, expect, it } from "vitest";
import { buildCodeTree, isInSubtree, matchesWithAncestors, subtreeIds, visibleNodes } from "./code-tree";

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

describe("isInSubtree", () => {
  const tree = buildCodeTree([code(1, null, 0), code(2, 1, 0), code(3, 2, 0), code(4, null, 1)]);

  it("holds for the code itself and its descendants, not for its ancestors or other branches", () => {
    expect(isInSubtree(tree, 1, 1)).toBe(true);
    expect(isInSubtree(tree, 1, 3)).toBe(true);
    expect(isInSubtree(tree, 3, 1)).toBe(false);
    expect(isInSubtree(tree, 1, 4)).toBe(false);
  });
});

describe("visibleNodes", () => {
  const tree = buildCodeTree([code(1, null, 0), code(2, 1, 0), code(3, 2, 0), code(4, null, 1), code(5, 4, 0)]);

  it("shows a code only when every ancestor is expanded", () => {
    expect(visibleNodes(tree, { expanded: new Set() }).map((node) => node.code.id)).toEqual([1, 4]);
    expect(visibleNodes(tree, { expanded: new Set([1, 4]) }).map((node) => node.code.id)).toEqual([1, 2, 4, 5]);
    expect(visibleNodes(tree, { expanded: new Set([2]) }).map((node) => node.code.id)).toEqual([1, 4]);
    expect(visibleNodes(tree, { expanded: new Set([1, 2]) }).map((node) => node.code.id)).toEqual([1, 2, 3, 4]);
  });

  it("shows exactly the given codes when searching, whatever is collapsed", () => {
    expect(visibleNodes(tree, { expanded: new Set(), only: new Set([1, 2, 3]) }).map((node) => node.code.id)).toEqual([1, 2, 3]);
  });
});

describe("matchesWithAncestors", () => {
  it("adds every ancestor of a match, and nothing for no match", () => {
    const tree = buildCodeTree([
      { ...code(1, null, 0), name: "Violence" },
      { ...code(2, 1, 0), name: "Executions" },
      { ...code(3, 2, 0), name: "Public beheadings" },
      { ...code(4, null, 1), name: "Money" },
    ]);
    expect([...matchesWithAncestors(tree, (row) => row.name.includes("behead"))].sort()).toEqual([1, 2, 3]);
    expect(matchesWithAncestors(tree, () => false).size).toBe(0);
  });
});
