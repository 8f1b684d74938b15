const SHORTCUTS: [keys: string, action: string][] = [
  ["Tab to the text, then Shift + arrows", "select (Ctrl + Shift + arrows: by word)"],
  ["a code's key (1–9), or click a code", "code the selection, snapped to whole words"],
  ["Shift + the key, or Alt-drag / Alt-click", "code the exact characters"],
  ["letters, with a passage selected", "find a code: its name's start, its words' initials (parent's first), or the letters shown beside it"],
  ["/", "open the code finder empty: your recently used codes"],
  ["↓ ↑ then Enter, in the finder", "code with the highlighted code; Escape goes back to the text"],
  ["Key beside a code, then 1–9", "make that digit your key for the code (0: none)"],
  ["a code's key with nothing selected", "add that code to the selected annotation's passage"],
  ["Enter in the text, or click", "open the annotation(s) at the caret"],
  ["] and [", "next and previous annotation"],
  ["Alt + M", "write the memo of the selected annotation"],
  ["Escape, in the selected annotation's panel", "back to the text, at the annotation"],
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
