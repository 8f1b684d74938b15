"use client";

import type { HighlightPalette } from "@/lib/annotations/highlight-palette";
import type { CodeJson } from "@/lib/codebook/code-json";
import type { CodeTreeNode } from "@/lib/codebook/code-tree";
import { CodeButton } from "./code-button";
import { KeyButton } from "./key-button";

export type CodeTreeListProps = {
  nodes: readonly CodeTreeNode<CodeJson>[];
  expanded: ReadonlySet<number>;
  onToggle: (codeId: number) => void;
  positionOf: ReadonlyMap<number, number>;
  palette: HighlightPalette;
  disabled: boolean;
  showDefinitions: boolean;
  onCode: (code: CodeJson, exact: boolean) => void;
  onAssignKey: (code: CodeJson, digit: string | null) => void;
};

/**
 * The codebook as a tree of lists: a code with codes under it opens and closes, and only open branches are drawn,
 * so a codebook of a thousand codes costs the rows in view. A group is shown but is not a button: it cannot be coded.
 */
export function CodeTreeList(props: CodeTreeListProps) {
  const { nodes, expanded, onToggle, positionOf, palette, disabled, showDefinitions, onCode, onAssignKey } = props;
  return (
    <ul className="palette-codes">
      {nodes.map(({ code, children }) => {
        const open = expanded.has(code.id);
        return (
          <li key={code.id} className="palette-code">
            <div className="palette-row">
              {children.length > 0 ? (
                <button type="button" className="tree-toggle" aria-expanded={open} aria-label={`Codes under ${code.name}`} onClick={() => onToggle(code.id)}>
                  {open ? "▾" : "▸"}
                </button>
              ) : (
                <span className="tree-toggle" aria-hidden="true" />
              )}
              {code.isGroup ? (
                <span className="code-group" dir="auto">
                  {code.name} <span className="small muted">(group)</span>
                </span>
              ) : (
                <>
                  <CodeButton code={code} place="tree" position={positionOf.get(code.id)!} palette={palette} disabled={disabled} showDefinitions={showDefinitions} onCode={onCode} />
                  <KeyButton describedBy={`tree-name-${code.id}`} onAssign={(digit) => onAssignKey(code, digit)} />
                </>
              )}
            </div>
            {open && <CodeTreeList {...props} nodes={children} />}
          </li>
        );
      })}
    </ul>
  );
}
