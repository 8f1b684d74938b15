"use client";

import { type DragEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { type DropZone, dropPlacement, type Placement, reorderPlacement } from "@/lib/codebook/code-placement";
import type { RowNode, RowTree } from "./codebook-types";

type Props = {
  tree: RowTree;
  nodes: RowNode[];
  expanded: ReadonlySet<number>;
  selectedId: number | null;
  onToggle: (codeId: number, open: boolean) => void;
  onSelect: (codeId: number) => void;
  onMove: (codeId: number, placement: Placement) => void;
};

const DRAG_TYPE = "application/x-testimony-code";

/**
 * The codebook as an ARIA tree with one tab stop: arrows move (Right opens or enters, Left closes or goes up), Enter
 * opens the code's form, Alt+Up/Down reorders it among its siblings. A row can be dragged before, into or after
 * another; the form's "Move to…" does the same from the keyboard.
 */
export function CodeTreeView({ tree, nodes, expanded, selectedId, onToggle, onSelect, onMove }: Props) {
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const [drop, setDrop] = useState<{ targetId: number; zone: DropZone } | null>(null);
  const dragged = useRef<number | null>(null);
  const rows = useRef(new Map<number, HTMLLIElement>());
  const tabStop = nodes.some((node) => node.code.id === focusedId) ? focusedId : (nodes.find((node) => node.code.id === selectedId) ?? nodes[0])?.code.id;

  // A move re-orders the rows, and a merge or delete removes the button pressed: keep the keyboard in the tree.
  useEffect(() => {
    if (focusedId !== null && (document.activeElement === null || document.activeElement === document.body)) rows.current.get(focusedId)?.focus();
  }, [nodes, focusedId]);

  function focus(codeId: number | undefined) {
    if (codeId === undefined) return;
    setFocusedId(codeId);
    rows.current.get(codeId)?.focus();
  }

  function onKeyDown(event: KeyboardEvent, node: RowNode) {
    const at = nodes.indexOf(node);
    const id = node.code.id;
    const open = expanded.has(id);
    const hasChildren = node.children.length > 0;
    if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      const placement = reorderPlacement(tree, id, event.key === "ArrowUp" ? "up" : "down");
      if (placement) onMove(id, placement);
    } else if (event.key === "ArrowDown") focus(nodes[at + 1]?.code.id);
    else if (event.key === "ArrowUp") focus(nodes[at - 1]?.code.id);
    else if (event.key === "Home") focus(nodes[0]?.code.id);
    else if (event.key === "End") focus(nodes.at(-1)?.code.id);
    else if (event.key === "ArrowRight" && hasChildren) {
      if (open) focus(node.children[0]!.code.id);
      else onToggle(id, true);
    } else if (event.key === "ArrowLeft") {
      if (open && hasChildren) onToggle(id, false);
      else focus(node.path.at(-2));
    } else if (event.key === "Enter" || event.key === " ") onSelect(id);
    else return;
    event.preventDefault();
  }

  function onDragOver(event: DragEvent<HTMLLIElement>, node: RowNode) {
    if (dragged.current === null) return;
    const box = event.currentTarget.getBoundingClientRect();
    const offset = (event.clientY - box.top) / box.height;
    const zone: DropZone = offset < 0.25 ? "before" : offset > 0.75 ? "after" : "inside";
    if (!dropPlacement(tree, { codeId: dragged.current, targetId: node.code.id, zone })) return;
    event.preventDefault();
    if (drop?.targetId !== node.code.id || drop.zone !== zone) setDrop({ targetId: node.code.id, zone });
  }

  function onDrop(event: DragEvent<HTMLLIElement>, node: RowNode) {
    event.preventDefault();
    const codeId = dragged.current;
    const placement = codeId !== null && drop ? dropPlacement(tree, { codeId, targetId: node.code.id, zone: drop.zone }) : null;
    if (codeId !== null && placement) onMove(codeId, placement);
    dragged.current = null;
    setDrop(null);
  }

  return (
    <ul role="tree" aria-label="Codebook" className="code-tree">
      {nodes.map((node) => {
        const { code } = node;
        const hasChildren = node.children.length > 0;
        const open = expanded.has(code.id);
        const codings = code.annotations + code.consensus;
        const dropClass = drop?.targetId === code.id ? ` drop-${drop.zone}` : "";
        return (
          <li
            key={code.id}
            ref={(element) => {
              if (element) rows.current.set(code.id, element);
              else rows.current.delete(code.id);
            }}
            role="treeitem"
            aria-label={code.name}
            aria-level={node.depth + 1}
            aria-expanded={hasChildren ? open : undefined}
            aria-selected={code.id === selectedId}
            tabIndex={code.id === tabStop ? 0 : -1}
            className={`code-row${dropClass}`}
            style={{ paddingInlineStart: `${node.depth * 1.25 + 0.25}rem` }}
            draggable
            onDragStart={(event) => {
              dragged.current = code.id;
              event.dataTransfer.setData(DRAG_TYPE, String(code.id));
              event.dataTransfer.effectAllowed = "move";
            }}
            onDragEnd={() => {
              dragged.current = null;
              setDrop(null);
            }}
            onDragOver={(event) => onDragOver(event, node)}
            onDragLeave={() => setDrop(null)}
            onDrop={(event) => onDrop(event, node)}
            onKeyDown={(event) => onKeyDown(event, node)}
            onFocus={(event) => {
              if (event.target === event.currentTarget) setFocusedId(code.id);
            }}
            onClick={() => {
              setFocusedId(code.id);
              onSelect(code.id);
            }}
          >
            <span
              className="code-toggle"
              aria-hidden="true"
              onClick={(event) => {
                if (!hasChildren) return;
                event.stopPropagation();
                onToggle(code.id, !open);
              }}
            >
              {hasChildren ? (open ? "▾" : "▸") : ""}
            </span>
            <span className="code-swatch" style={{ background: code.color }} aria-hidden="true" />
            <span className="code-row-name">{code.name}</span>
            {code.shortcut && <kbd title="Key">{code.shortcut}</kbd>}
            {code.isGroup && <span className="code-badge">group</span>}
            <span className="muted code-count">
              {codings} {codings === 1 ? "coding" : "codings"}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
