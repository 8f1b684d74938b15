import type { CodeTree, CodeTreeNode } from "@/lib/codebook/code-tree";

/** A code as the codebook tree shows it: no wording, and how many coder and consensus annotations carry it. */
export type TreeRow = {
  id: number;
  parentId: number | null;
  position: number;
  name: string;
  label: string;
  color: string;
  shortcut: string | null;
  isGroup: boolean;
  annotations: number;
  consensus: number;
};

export type RowTree = CodeTree<TreeRow>;
export type RowNode = CodeTreeNode<TreeRow>;

/** A code's place in words, from the top: "Violence › Executions". */
export function describePath(tree: RowTree, codeId: number): string {
  return (tree.byId.get(codeId)?.path ?? []).map((id) => tree.byId.get(id)!.code.name).join(" › ");
}
