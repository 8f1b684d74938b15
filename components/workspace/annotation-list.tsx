"use client";

import { type KeyboardEvent, memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { HighlightPalette } from "@/lib/annotations/highlight-palette";
import type { CodeJson } from "@/lib/codebook/code-json";
import type { ClientAnnotation } from "./client-annotation";

const QUOTE_SHOWN = 90;
// Rows have a fixed height (see .annotation-option in workspace.css), so the rows in view follow from the scroll offset.
const ROW_PX = 30;
const OVERSCAN_ROWS = 8;
const optionId = (id: number) => `annotation-option-${id}`;

/**
 * The coder's annotations in text order, filterable by code: a listbox a screen reader announces with each
 * annotation's code, quote and position. Arrow keys move through it and bring each annotation into view in the text.
 */
export function AnnotationList({
  annotations,
  codes,
  palette,
  activeId,
  unsavedIds,
  codeFilter,
  onFilter,
  onSelect,
  onDelete,
}: {
  annotations: readonly ClientAnnotation[];
  codes: readonly CodeJson[];
  palette: HighlightPalette;
  activeId: number | null;
  unsavedIds: ReadonlySet<number>;
  codeFilter: number | null;
  onFilter: (codeId: number | null) => void;
  onSelect: (id: number) => void;
  onDelete: (id: number) => void;
}) {
  const positions = useMemo(() => new Map(codes.map((code, position) => [code.id, position])), [codes]);
  const counts = useMemo(() => {
    const byCode = new Map<number, number>();
    for (const annotation of annotations) byCode.set(annotation.code, (byCode.get(annotation.code) ?? 0) + 1);
    return byCode;
  }, [annotations]);
  const shown = useMemo(() => (codeFilter === null ? annotations : annotations.filter((item) => item.code === codeFilter)), [annotations, codeFilter]);
  const activeIndex = activeId === null ? -1 : shown.findIndex((item) => item.id === activeId);
  const activeShown = activeIndex !== -1;
  const listRef = useRef<HTMLUListElement>(null);
  // Focus that came from a pointer: the click on an option chooses, so focusing must not select the first option
  // (that would open the editor above the list and move the option away between pointer down and up).
  const pointerDown = useRef(false);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportPx, setViewportPx] = useState(400);
  const [revealed, setRevealed] = useState<number | null>(null);

  // A newly focused annotation out of view: scroll the list to it (the layout effect below moves the DOM there).
  if (activeId !== revealed) {
    setRevealed(activeId);
    if (activeShown && (activeIndex * ROW_PX < scrollTop || (activeIndex + 1) * ROW_PX > scrollTop + viewportPx)) {
      setScrollTop(Math.max(0, activeIndex * ROW_PX - viewportPx / 3));
    }
  }
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list && Math.abs(list.scrollTop - scrollTop) >= 1) list.scrollTop = scrollTop;
  }, [scrollTop]);
  const listShown = shown.length > 0;
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const observer = new ResizeObserver(() => setViewportPx(list.clientHeight));
    observer.observe(list);
    return () => observer.disconnect();
  }, [listShown]);

  // Only the rows in view (and a few around) are rendered: thousands of options would cost every re-render.
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN_ROWS);
  const last = Math.min(shown.length, Math.ceil((scrollTop + viewportPx) / ROW_PX) + OVERSCAN_ROWS);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const at = shown.findIndex((item) => item.id === activeId);
    const target = {
      ArrowDown: shown[Math.min(at + 1, shown.length - 1)],
      ArrowUp: shown[at === -1 ? shown.length - 1 : Math.max(at - 1, 0)],
      Home: shown[0],
      End: shown.at(-1),
    }[event.key];
    if (target) {
      event.preventDefault();
      onSelect(target.id);
    } else if ((event.key === "Delete" || event.key === "Backspace") && activeShown) {
      event.preventDefault();
      onDelete(shown[activeIndex]!.id);
    }
  }

  return (
    <section className="annotation-list" aria-labelledby="annotation-list-heading">
      <h2 id="annotation-list-heading">
        My annotations <span className="muted">({annotations.length})</span>
      </h2>
      <div className="code-filter" role="group" aria-label="Show annotations of">
        <button type="button" className="chip" aria-pressed={codeFilter === null} onClick={() => onFilter(null)}>
          All codes
        </button>
        {codes.map((code) => (
          <button key={code.id} type="button" className="chip" aria-pressed={codeFilter === code.id} onClick={() => onFilter(codeFilter === code.id ? null : code.id)}>
            <span className="swatch" aria-hidden="true" style={{ backgroundColor: palette.codes[positions.get(code.id)!]!.line }} />
            {code.label} ({counts.get(code.id) ?? 0})
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="muted">{annotations.length === 0 ? "Nothing coded yet: select a passage and press a code's key." : "No annotation of this code."}</p>
      ) : (
        <ul
          ref={listRef}
          role="listbox"
          aria-label="My annotations in text order"
          tabIndex={0}
          aria-activedescendant={activeShown ? optionId(shown[activeIndex]!.id) : undefined}
          onKeyDown={onKeyDown}
          onPointerDown={() => {
            pointerDown.current = true;
          }}
          onPointerUp={() => {
            pointerDown.current = false;
          }}
          onFocus={() => {
            if (!pointerDown.current && !activeShown && shown[0]) onSelect(shown[0].id);
          }}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        >
          <li role="none" className="list-spacer" style={{ height: first * ROW_PX }} />
          {shown.slice(first, last).map((annotation, i) => (
            <AnnotationOption
              key={annotation.id}
              position={first + i + 1}
              count={shown.length}
              annotation={annotation}
              code={codes[positions.get(annotation.code) ?? -1]}
              line={palette.codes[positions.get(annotation.code) ?? -1]?.line}
              selected={annotation.id === activeId}
              unsaved={unsavedIds.has(annotation.id)}
              onSelect={onSelect}
            />
          ))}
          <li role="none" className="list-spacer" style={{ height: (shown.length - last) * ROW_PX }} />
        </ul>
      )}
    </section>
  );
}

const AnnotationOption = memo(function AnnotationOption({
  annotation,
  position,
  count,
  code,
  line,
  selected,
  unsaved,
  onSelect,
}: {
  annotation: ClientAnnotation;
  position: number;
  count: number;
  code: CodeJson | undefined;
  line: string | undefined;
  selected: boolean;
  unsaved: boolean;
  onSelect: (id: number) => void;
}) {
  const quote = Array.from(annotation.quote);
  return (
    <li
      id={optionId(annotation.id)}
      role="option"
      aria-selected={selected}
      aria-posinset={position}
      aria-setsize={count}
      className="annotation-option"
      onClick={() => onSelect(annotation.id)}
    >
      <span className="swatch" aria-hidden="true" style={{ backgroundColor: line }} />
      <span className="option-code">{code?.name ?? "Unknown code"}</span>{" "}
      <span className="option-quote" dir="auto">
        “{quote.length > QUOTE_SHOWN ? `${quote.slice(0, QUOTE_SHOWN).join("")}…` : annotation.quote}”
      </span>
      {annotation.memo && <span className="tag">memo</span>}
      {unsaved && <span className="tag unsaved">not saved yet</span>}
    </li>
  );
});
