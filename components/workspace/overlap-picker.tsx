"use client";

import { useEffect, useRef } from "react";
import type { HighlightPalette } from "@/lib/annotations/highlight-palette";
import type { CodeJson } from "@/lib/codebook/code-json";
import type { ClientAnnotation } from "./client-annotation";

const WIDTH_PX = 320;

/**
 * Where spans overlap, a click (or Enter at the caret) cannot know which annotation is meant: this popover lists
 * every annotation at that point, each with its code and quote, to pick one. Focus moves into it; Escape closes it.
 */
export function OverlapPicker({
  annotations,
  codes,
  palette,
  point,
  onPick,
  onClose,
}: {
  annotations: readonly ClientAnnotation[];
  codes: readonly CodeJson[];
  palette: HighlightPalette;
  point: { x: number; y: number };
  onPick: (id: number) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector("button")?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [onClose]);

  const left = Math.max(8, Math.min(point.x, window.innerWidth - WIDTH_PX - 8));
  return (
    <div
      ref={ref}
      className="overlap-picker"
      role="dialog"
      aria-label="Annotations at this point"
      style={{ left, top: point.y + 8, width: WIDTH_PX }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <p className="small muted">{annotations.length} annotations overlap here:</p>
      <ul>
        {annotations.map((annotation) => {
          const position = codes.findIndex((code) => code.id === annotation.code);
          return (
            <li key={annotation.id}>
              <button type="button" className="picker-choice" onClick={() => onPick(annotation.id)}>
                <span className="swatch" aria-hidden="true" style={{ backgroundColor: palette.codes[position]?.line }} />
                {codes[position]?.name ?? "Unknown code"}: <span dir="auto">“{annotation.quote}”</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
