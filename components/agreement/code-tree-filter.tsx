"use client";

import { useMemo, useState } from "react";
import { buildCodeTree, type CodeTreeNode } from "@/lib/codebook/code-tree";
import type { DashboardCode } from "./dashboard-types";

/**
 * The codes filter as the codebook's tree: a search box narrows it to the codes whose name or label contains the text
 * (with their ancestors, to show where they sit), and each code is a checkbox named "codes" of the GET form. Ticking
 * a parent selects its subtree, since a parent's figures pool its descendants. Codes hidden by a search keep their
 * ticks, so searching for one code after another builds up a selection.
 */
export function CodeTreeFilter({ codes, selected }: { codes: readonly DashboardCode[]; selected: readonly string[] }) {
  const tree = useMemo(() => buildCodeTree(codes), [codes]);
  const [query, setQuery] = useState("");
  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (needle === "") return null;
    const shown = new Set<number>();
    for (const node of tree.ordered) {
      if (node.code.name.toLowerCase().includes(needle) || node.code.label.toLowerCase().includes(needle)) for (const id of node.path) shown.add(id);
    }
    return shown;
  }, [query, tree]);
  const ticked = new Set(selected);
  const render = (nodes: CodeTreeNode<DashboardCode>[]) => (
    <ul role="group">
      {nodes.map((node) => {
        const hidden = visible !== null && !visible.has(node.code.id);
        const row = (
          <label className="check">
            <input type="checkbox" name="codes" value={node.code.id} defaultChecked={ticked.has(String(node.code.id))} />
            {node.code.name}
          </label>
        );
        return (
          <li key={node.code.id} hidden={hidden}>
            {node.children.length === 0 ? (
              row
            ) : (
              // Open below the second level only while searching, so a large codebook starts short.
              <details open={visible !== null || node.depth === 0}>
                <summary>{row}</summary>
                {render(node.children)}
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
  const matches = visible === null ? null : tree.ordered.filter((node) => visible.has(node.code.id)).length;
  return (
    <fieldset className="code-tree-filter">
      <legend>Codes (none ticked: all; a parent includes its subtree)</legend>
      <input type="search" aria-label="Find a code" placeholder="Find a code" value={query} onChange={(event) => setQuery(event.target.value)} />
      {matches === 0 ? <p className="muted">No code contains “{query}”.</p> : null}
      <div className="code-tree-scroll">{render(tree.roots)}</div>
    </fieldset>
  );
}
