/** What the tree needs of a code: its id, its parent (null at the top) and its place among its siblings. */
export type TreeCode = { id: number; parentId: number | null; position: number };

/** A code in the tree: its depth (0 at the top) and its path of ancestor ids from the top, the code's own id last. */
export type CodeTreeNode<C extends TreeCode> = { code: C; depth: number; path: number[]; children: CodeTreeNode<C>[] };

export type CodeTree<C extends TreeCode> = {
  /** The top-level codes, each with its subtree, siblings in order of position then id. */
  roots: CodeTreeNode<C>[];
  /** Every code's node by id. */
  byId: Map<number, CodeTreeNode<C>>;
  /** Every node in display order: depth first, a parent before its children. */
  ordered: CodeTreeNode<C>[];
};

/**
 * Builds the codebook's tree from its flat rows in O(n log n). A code whose parent is missing from `codes` (or that
 * would close a cycle) is placed at the top, so no code is ever hidden.
 */
export function buildCodeTree<C extends TreeCode>(codes: readonly C[]): CodeTree<C> {
  const byId = new Map<number, CodeTreeNode<C>>(codes.map((code) => [code.id, { code, depth: 0, path: [], children: [] }]));
  const roots: CodeTreeNode<C>[] = [];
  for (const node of byId.values()) {
    const parent = node.code.parentId === null ? undefined : byId.get(node.code.parentId);
    if (parent && !closesCycle(node, byId)) parent.children.push(node);
    else roots.push(node);
  }
  const bySiblingOrder = (a: CodeTreeNode<C>, b: CodeTreeNode<C>) => a.code.position - b.code.position || a.code.id - b.code.id;
  const ordered: CodeTreeNode<C>[] = [];
  const visit = (nodes: CodeTreeNode<C>[], depth: number, path: number[]) => {
    nodes.sort(bySiblingOrder);
    for (const node of nodes) {
      node.depth = depth;
      node.path = [...path, node.code.id];
      ordered.push(node);
      visit(node.children, depth + 1, node.path);
    }
  };
  visit(roots, 0, []);
  return { roots, byId, ordered };
}

function closesCycle<C extends TreeCode>(node: CodeTreeNode<C>, byId: Map<number, CodeTreeNode<C>>): boolean {
  const seen = new Set<number>([node.code.id]);
  for (let parentId = node.code.parentId; parentId !== null; ) {
    if (seen.has(parentId)) return true;
    seen.add(parentId);
    parentId = byId.get(parentId)?.code.parentId ?? null;
  }
  return false;
}

/** The ids of a code and all its descendants: the codes a parent's figures pool. */
export function subtreeIds<C extends TreeCode>(tree: CodeTree<C>, codeId: number): number[] {
  const root = tree.byId.get(codeId);
  if (!root) return [];
  const ids: number[] = [];
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    ids.push(node.code.id);
    stack.push(...node.children);
  }
  return ids;
}

/** Whether `codeId` is `ancestorId` itself or lies below it: where a code cannot be moved without closing a cycle. */
export function isInSubtree<C extends TreeCode>(tree: CodeTree<C>, ancestorId: number, codeId: number): boolean {
  return tree.byId.get(codeId)?.path.includes(ancestorId) ?? false;
}

/**
 * The rows a collapsible view shows, in display order: a code appears when every ancestor is expanded. With `only`
 * (a search's matches and their ancestors), just those codes appear, and all of them, so every match is in view.
 */
export function visibleNodes<C extends TreeCode>(tree: CodeTree<C>, { expanded, only }: { expanded: ReadonlySet<number>; only?: ReadonlySet<number> }): CodeTreeNode<C>[] {
  if (only) return tree.ordered.filter((node) => only.has(node.code.id));
  return tree.ordered.filter((node) => node.path.slice(0, -1).every((id) => expanded.has(id)));
}

/** The codes that match and all their ancestors, so a search result is shown in its place in the tree. */
export function matchesWithAncestors<C extends TreeCode>(tree: CodeTree<C>, matches: (code: C) => boolean): Set<number> {
  const shown = new Set<number>();
  for (const node of tree.ordered) if (matches(node.code)) for (const id of node.path) shown.add(id);
  return shown;
}
