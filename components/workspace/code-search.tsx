"use client";

import { type RefObject, useId, useMemo, useState } from "react";
import type { CodeFinder, FinderEntry } from "@/lib/codebook/code-finder";
import type { CodeJson } from "@/lib/codebook/code-json";

const SHOWN = 20;

const pathOf = (entry: FinderEntry) => entry.path.join(" › ");

/**
 * Type-to-find: the matches of the query, best first, each with its path (parent › child) so codes of one name are
 * told apart, the letters that always find it and its key. Down and Up move among them, Enter codes with the
 * highlighted one, Escape goes back to the text. Empty and focused, it offers the recently used codes.
 */
export function CodeSearch({
  finder,
  codesById,
  recentIds,
  query,
  inputRef,
  onQueryChange,
  onOpen,
  onClose,
  onPick,
  onLeave,
}: {
  finder: CodeFinder;
  codesById: ReadonlyMap<number, CodeJson>;
  recentIds: readonly number[];
  query: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onQueryChange: (query: string) => void;
  /** The finder is about to take focus (from the text, where the selection must be kept) and has lost it. */
  onOpen: () => void;
  onClose: () => void;
  onPick: (codeId: number) => void;
  onLeave: () => void;
}) {
  const listId = useId();
  const [focused, setFocused] = useState(false);
  const [cursor, setCursor] = useState({ query, index: 0 });
  const matches = useMemo(() => {
    if (query.trim()) return finder.find(query, recentIds);
    return focused ? recentIds.flatMap((id) => finder.byId.get(id) ?? []) : [];
  }, [finder, query, focused, recentIds]);
  const shown = matches.slice(0, SHOWN);
  const index = cursor.query === query ? Math.min(cursor.index, shown.length - 1) : 0;
  const optionId = (entry: FinderEntry) => `${listId}-${entry.id}`;

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move && shown.length > 0) {
      event.preventDefault();
      setCursor({ query, index: (index + move + shown.length) % shown.length });
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (shown[index]) onPick(shown[index].id);
    } else if (event.key === "Escape") {
      event.preventDefault();
      onLeave();
    }
  }

  return (
    <div className="code-search">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label="Find a code"
        placeholder="Find a code: type letters, or press /"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown[index] ? optionId(shown[index]) : undefined}
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={onKeyDown}
        onMouseDown={() => focused || onOpen()}
        onFocus={() => {
          setFocused(true);
          onOpen();
        }}
        onBlur={() => {
          setFocused(false);
          onClose();
        }}
      />
      {shown.length > 0 && (
      <ul id={listId} role="listbox" aria-label={query.trim() ? "Matching codes" : "Recently used codes"} className="code-matches">
        {shown.map((entry, position) => {
          const key = codesById.get(entry.id)?.key;
          const label = `${entry.name}${entry.path.length > 0 ? `, in ${pathOf(entry)}` : ""}, letters ${entry.abbreviation}${key ? `, key ${key}` : ""}`;
          return (
            <li
              key={entry.id}
              id={optionId(entry)}
              role="option"
              aria-selected={position === index}
              aria-label={label}
              className="code-match"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onPick(entry.id)}
            >
              <span className="code-match-name" dir="auto">
                {entry.name}
              </span>
              {entry.path.length > 0 && (
                <span className="code-match-path small muted" dir="auto">
                  {pathOf(entry)}
                </span>
              )}
              <kbd className="code-letters">{entry.abbreviation}</kbd>
              {key && <kbd>{key}</kbd>}
            </li>
          );
        })}
      </ul>
      )}
      {query.trim() && (
        <p className="small muted" aria-live="polite">
          {matches.length === 0 ? "No code matches." : matches.length > shown.length ? `The best ${shown.length} of ${matches.length}: type more letters.` : ""}
        </p>
      )}
    </div>
  );
}
