"use client";

import { useEffect } from "react";
import { passageFromFragment } from "@/lib/analysis/passage-href";
import type { Span } from "@/lib/annotations/span";

/**
 * Opens a statement at the passage a quote bank or search link points at ("#start-end" in code points, see
 * passageHref): the passage is selected, so it shows and can be coded at once, and scrolled into view.
 */
export function usePassageFragment(reader: { selectSpan: (span: Span) => void; reveal: (span: Span) => void }, length: number): void {
  useEffect(() => {
    const show = () => {
      const span = passageFromFragment(window.location.hash, length);
      if (!span) return;
      reader.selectSpan(span);
      reader.reveal(span);
    };
    show();
    window.addEventListener("hashchange", show);
    return () => window.removeEventListener("hashchange", show);
  }, [reader, length]);
}
