import type { CodeTree, CodeTreeNode, TreeCode } from "./code-tree";

/** Where a code goes: under `parentId` (null: the top level), before the sibling `beforeId` (null: last). */
export type Placement = { parentId: number | null; beforeId: number | null };

/** Where a dragged code lands against a row: just before it, inside it (last child), or just after it. */
export type DropZone = "before" | "inside" | "after";

function siblingsOf<C extends TreeCode>(tree: CodeTree<C>, node: CodeTreeNode<C>): CodeTreeNode<C>[] {
  const parentId = node.path.at(-2);
  return parentId === undefined ? tree.roots : tree.byId.get(parentId)!.children;
}

/** Where "move up" and "move down" put a code among its siblings; null when it is already first or last. */
export function reorderPlacement<C extends TreeCode>(tree: CodeTree<C>, codeId: number, direction: "up" | "down"): Placement | null {
  const node = tree.byId.get(codeId);
  if (!node) return null;
  const siblings = siblingsOf(tree, node);
  const at = siblings.indexOf(node);
  const parentId = node.path.at(-2) ?? null;
  if (direction === "up") return at > 0 ? { parentId, beforeId: siblings[at - 1]!.code.id } : null;
  if (at === siblings.length - 1) return null;
  return { parentId, beforeId: siblings[at + 2]?.code.id ?? null };
}

/**
 * Where dropping `codeId` on `targetId` puts it, or null when that would place it under itself or change nothing
 * the drop can show (dropping a code on itself).
 */
export function dropPlacement<C extends TreeCode>(tree: CodeTree<C>, { codeId, targetId, zone }: { codeId: number; targetId: number; zone: DropZone }): Placement | null {
  const target = tree.byId.get(targetId);
  if (!target || !tree.byId.has(codeId) || target.path.includes(codeId)) return null;
  if (zone === "inside") return { parentId: targetId, beforeId: null };
  const parentId = target.path.at(-2) ?? null;
  if (zone === "before") return { parentId, beforeId: targetId };
  const siblings = siblingsOf(tree, target).filter((node) => node.code.id !== codeId);
  return { parentId, beforeId: siblings[siblings.indexOf(target) + 1]?.code.id ?? null };
}
