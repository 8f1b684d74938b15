"use client";

import { useEffect, useEffectEvent, useState } from "react";
import { annotationsAt } from "@/lib/annotations/annotation-order";
import type { CodeJson } from "@/lib/codebook/code-json";
import type { ClientAnnotation } from "./client-annotation";
import type { Reader } from "./use-reader";

/**
 * Names the codes under the mouse pointer, so a coder can tell overlapping highlights apart without clicking. For
 * the mouse only: keyboard and screen reader users have the annotation list and Enter at the caret.
 */
export function PointerCodes({ reader, annotations, codes }: { reader: Reader; annotations: readonly ClientAnnotation[]; codes: readonly CodeJson[] }) {
  const [names, setNames] = useState<string[]>([]);
  const onMove = useEffectEvent((x: number, y: number) => {
    const offset = reader.characterAt(x, y);
    const hits = offset === null ? [] : annotationsAt(annotations, offset);
    setNames(hits.map((hit) => codes.find((code) => code.id === hit.code)?.name ?? "Unknown code"));
  });

  useEffect(() => {
    const article = reader.articleRef.current;
    if (!article) return;
    let frame = 0;
    const onMouseMove = (event: MouseEvent) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => onMove(event.clientX, event.clientY));
    };
    const onMouseLeave = () => {
      cancelAnimationFrame(frame);
      setNames([]);
    };
    article.addEventListener("mousemove", onMouseMove);
    article.addEventListener("mouseleave", onMouseLeave);
    return () => {
      cancelAnimationFrame(frame);
      article.removeEventListener("mousemove", onMouseMove);
      article.removeEventListener("mouseleave", onMouseLeave);
    };
  }, [reader]);

  return (
    <p className="pointer-codes small muted" aria-hidden="true">
      {names.length > 0 ? `Under the pointer: ${names.join(" + ")}${names.length > 1 ? " (click to choose one)" : ""}` : "\u00a0"}
    </p>
  );
}
