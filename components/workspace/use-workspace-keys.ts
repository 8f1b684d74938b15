"use client";

import { useEffect, useEffectEvent } from "react";
import type { CodeJson } from "@/lib/codebook/code-json";

/** Keys typed into a field belong to the field: the memo has its own undo, and digits are text there. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/**
 * The workspace's keyboard, wherever focus is outside a field: a code's key codes (Shift: exactly as selected),
 * Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo, ] and [ step through annotations, Delete deletes the selected one,
 * ? shows the definitions, Escape closes, Alt+M goes to the memo of the selected annotation. A letter opens the code
 * finder with that letter typed, / opens it empty.
 * Keys handled by a widget (the list's arrows) are not seen again here.
 */
export function useWorkspaceKeys(handlers: {
  codes: readonly CodeJson[];
  onCode: (code: CodeJson, exact: boolean) => void;
  onFind: (initial: string) => void;
  onUndo: () => void;
  onRedo: () => void;
  onStep: (direction: -1 | 1) => void;
  onDelete: () => void;
  onEscape: () => void;
  onMemo: () => void;
  onToggleDefinitions: () => void;
}): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isTyping(event.target)) return;
    const withControl = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (withControl && !event.altKey && (key === "z" || key === "y")) {
      event.preventDefault();
      if (key === "y" || event.shiftKey) handlers.onRedo();
      else handlers.onUndo();
      return;
    }
    // By the physical key: Alt with a letter types another character on some layouts (µ on a Mac).
    if (event.altKey && !withControl && event.code === "KeyM") {
      event.preventDefault();
      handlers.onMemo();
      return;
    }
    if (withControl || event.altKey) return;
    // The digit from the physical key, so Shift + 2 still means code 2 whatever the layout prints on it.
    const digit = /^(?:Digit|Numpad)(\d)$/.exec(event.code)?.[1];
    const code = handlers.codes.find((candidate) => candidate.key !== null && (candidate.key === digit || candidate.key.toLowerCase() === key));
    if (code) {
      event.preventDefault();
      handlers.onCode(code, event.shiftKey);
      return;
    }
    if (event.key === "/" || /^\p{L}$/u.test(event.key)) {
      event.preventDefault();
      handlers.onFind(event.key === "/" ? "" : event.key);
      return;
    }
    const action = {
      "]": () => handlers.onStep(1),
      "[": () => handlers.onStep(-1),
      Delete: handlers.onDelete,
      Backspace: handlers.onDelete,
      Escape: handlers.onEscape,
      "?": handlers.onToggleDefinitions,
    }[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  useEffect(() => {
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
