"use client";

import { usePathname, useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { moveCodeTo } from "@/app/(app)/projects/[id]/codebook/actions";
import type { CodeJson } from "@/lib/codebook/code-json";
import type { Placement } from "@/lib/codebook/code-placement";
import { buildCodeTree, matchesWithAncestors, visibleNodes } from "@/lib/codebook/code-tree";
import type { ActionState } from "@/server/server-action";
import { AddCodeForm } from "./add-code-form";
import { describePath, type TreeRow } from "./codebook-types";
import { CodePanel } from "./code-panel";
import { CodeTreeView } from "./code-tree-view";
import { type RunAction, toFormData } from "./run-action";
import "./codebook.css";

/**
 * The codebook page's tree: search, add, and one code's form at a time (chosen in the URL, `?code=ID`, so the server
 * sends only that code's wording). Shows two levels until a code is opened or searched for.
 */
export function CodebookEditor({ projectId, rows, selected }: { projectId: number; rows: TreeRow[]; selected: CodeJson | null }) {
  const router = useRouter();
  const pathname = usePathname();
  const tree = useMemo(() => buildCodeTree(rows), [rows]);
  // Codes whose open state differs from the default: the top level open, everything below closed.
  const [toggled, setToggled] = useState<ReadonlySet<number>>(() => new Set((selected && tree.byId.get(selected.id)?.path.slice(1, -1)) || []));
  const expanded = useMemo(() => new Set(tree.ordered.filter((node) => (node.depth === 0) !== toggled.has(node.code.id)).map((node) => node.code.id)), [tree, toggled]);
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<ActionState>({});
  const options = useMemo(() => tree.ordered.map((node) => ({ id: node.code.id, path: describePath(tree, node.code.id) })), [tree]);
  const wanted = query.trim().toLowerCase();
  const only = useMemo(
    () => (wanted ? matchesWithAncestors(tree, (code) => matches(code, wanted)) : undefined),
    [tree, wanted],
  );
  const nodes = useMemo(() => visibleNodes(tree, { expanded, only }), [tree, expanded, only]);

  const expand = (ids: number[], open = true) =>
    setToggled((current) => {
      const next = new Set(current);
      for (const id of ids) {
        const openByDefault = tree.byId.get(id)?.depth === 0;
        if (open === openByDefault) next.delete(id);
        else next.add(id);
      }
      return next;
    });

  function select(codeId: number) {
    expand(tree.byId.get(codeId)?.path.slice(0, -1) ?? []);
    router.replace(`${pathname}?code=${codeId}`, { scroll: false });
  }

  const run: RunAction = async (action, fields) => {
    const state = await action({}, toFormData(fields));
    setStatus(state);
    return state;
  };

  const move = (codeId: number, placement: Placement) => void run(moveCodeTo, { projectId, codeId, ...placement });

  return (
    <div className="codebook">
      <div className="codebook-tree panel">
        <AddCodeForm run={run} projectId={projectId} parentId={null} label="Add a code at the top level" colourIndex={rows.length} />
        <div className="inline codebook-tools">
          <label>
            Find a code
            <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
          </label>
          <button type="button" onClick={() => setToggled(new Set(tree.ordered.filter((node) => node.depth > 0 && node.children.length > 0).map((node) => node.code.id)))}>
            Expand all
          </button>
          <button type="button" onClick={() => setToggled(new Set(tree.roots.map((node) => node.code.id)))}>
            Collapse all
          </button>
        </div>
        <p className="muted" aria-live="polite">
          {wanted ? `${rows.filter((code) => matches(code, wanted)).length} of ${rows.length} codes match.` : `${rows.length} codes.`} Drag a code
          before, into or after another, or use the arrows (Alt+↑/↓ reorders).
        </p>
        {status.error && (
          <p className="error" role="alert">
            {status.error}
          </p>
        )}
        {status.message && !status.error && (
          <p className="success" role="status">
            {status.message}
          </p>
        )}
        <CodeTreeView tree={tree} nodes={nodes} expanded={expanded} selectedId={selected?.id ?? null} onToggle={(id, open) => expand([id], open)} onSelect={select} onMove={move} />
      </div>
      {selected && tree.byId.has(selected.id) ? (
        <CodePanel key={selected.id} run={run} projectId={projectId} tree={tree} code={selected} options={options} onExpand={(id) => expand([id])} />
      ) : (
        <p className="muted">Choose a code to edit it, move it, merge it or delete it.</p>
      )}
    </div>
  );
}

function matches(code: TreeRow, wanted: string): boolean {
  return code.name.toLowerCase().includes(wanted) || code.label.toLowerCase().includes(wanted);
}
