"use client";

import { type RefObject, useMemo, useState } from "react";
import type { HighlightPalette } from "@/lib/annotations/highlight-palette";
import type { CodeFinder } from "@/lib/codebook/code-finder";
import type { CodeJson } from "@/lib/codebook/code-json";
import type { CodeTree } from "@/lib/codebook/code-tree";
import { CodeButton } from "./code-button";
import { CodeSearch } from "./code-search";
import { CodeTreeList } from "./code-tree-list";

/**
 * The codebook for coding: the finder on top, the coder's recently used codes, then the tree of codes (top level
 * open). Each code shows its key; the coder gives codes keys 1–9 of their own with the Key button beside them.
 */
export function CodePalette({
  tree,
  finder,
  recentIds,
  positionOf,
  palette,
  disabled,
  showDefinitions,
  search,
  onToggleDefinitions,
  onCode,
  onAssignKey,
}: {
  tree: CodeTree<CodeJson>;
  finder: CodeFinder;
  recentIds: readonly number[];
  /** A code's place in the codebook's order, which picks its colours in `palette`. */
  positionOf: ReadonlyMap<number, number>;
  palette: HighlightPalette;
  disabled: boolean;
  showDefinitions: boolean;
  search: {
    query: string;
    inputRef: RefObject<HTMLInputElement | null>;
    onQueryChange: (query: string) => void;
    onOpen: () => void;
    onClose: () => void;
    onPick: (codeId: number) => void;
    onLeave: () => void;
  };
  onToggleDefinitions: () => void;
  onCode: (code: CodeJson, exact: boolean) => void;
  onAssignKey: (code: CodeJson, digit: string | null) => void;
}) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const codesById = useMemo(() => new Map(tree.ordered.map((node) => [node.code.id, node.code])), [tree]);
  const recent = recentIds.flatMap((id) => {
    const code = codesById.get(id);
    return code && !code.isGroup ? [code] : [];
  });
  const onToggle = (codeId: number) =>
    setExpanded((now) => {
      const next = new Set(now);
      if (!next.delete(codeId)) next.add(codeId);
      return next;
    });

  return (
    <section className="palette" aria-labelledby="palette-heading">
      <div className="side-heading">
        <h2 id="palette-heading">Codebook</h2>
        <button type="button" className="link-button" aria-expanded={showDefinitions} aria-keyshortcuts="?" onClick={onToggleDefinitions}>
          {showDefinitions ? "Hide definitions" : "Definitions (?)"}
        </button>
      </div>
      <CodeSearch finder={finder} codesById={codesById} recentIds={recentIds} {...search} />
      {recent.length > 0 && (
        <section aria-labelledby="recent-heading" className="recent-codes">
          <h3 id="recent-heading" className="small muted">
            Recently used
          </h3>
          <ul className="palette-codes">
            {recent.map((code) => (
              <li key={code.id} className="palette-code">
                <div className="palette-row">
                  <CodeButton code={code} place="recent" position={positionOf.get(code.id)!} palette={palette} disabled={disabled} showDefinitions={false} onCode={onCode} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <CodeTreeList
        nodes={tree.roots}
        expanded={expanded}
        onToggle={onToggle}
        positionOf={positionOf}
        palette={palette}
        disabled={disabled}
        showDefinitions={showDefinitions}
        onCode={onCode}
        onAssignKey={onAssignKey}
      />
    </section>
  );
}
