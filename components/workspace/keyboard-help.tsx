const SHORTCUTS: [keys: string, action: string][] = [
  ["Tab to the text, then Shift + arrows", "select (Ctrl + Shift + arrows: by word)"],
  ["1–4, or click a code", "code the selection, snapped to whole words"],
  ["Shift + 1–4, or Alt-drag / Alt-click", "code the exact characters"],
  ["a code's key with nothing selected", "add that code to the selected annotation's passage"],
  ["Enter in the text, or click", "open the annotation(s) at the caret"],
  ["] and [", "next and previous annotation"],
  ["Delete", "delete the selected annotation"],
  ["Ctrl + Z, Ctrl + Shift + Z", "undo, redo"],
  ["?", "show or hide the code definitions"],
  ["Escape", "close the popover or the selected annotation"],
];

export function KeyboardHelp() {
  return (
    <details className="keyboard-help">
      <summary>Keyboard shortcuts</summary>
      <dl>
        {SHORTCUTS.map(([keys, action]) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
