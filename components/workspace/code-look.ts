import type { HighlightPalette } from "@/lib/annotations/highlight-palette";

// Each code's underline sits at its own depth and in its own style, so overlapping codes stay apart even for a reader
// who cannot tell the colours apart.
const LINE_STYLES = ["solid", "dashed", "dotted", "double"] as const;
export type LineStyle = (typeof LINE_STYLES)[number];

/** How the code at `position` of the codebook paints a passage: its tint, and its underline's colour, style and depth. */
export type CodeLook = { background: string; line: string; lineStyle: LineStyle; lineOffset: number };

export function codeLook(palette: HighlightPalette, position: number): CodeLook {
  return { ...palette.codes[position]!, lineStyle: LINE_STYLES[position % LINE_STYLES.length]!, lineOffset: 1 + (position % 4) * 3.5 };
}

/** The look of a code the codebook no longer holds (deleted in another tab): nothing is painted. */
export const NO_LOOK: CodeLook = { background: "transparent", line: "transparent", lineStyle: "solid", lineOffset: 0 };

/** The dash pattern of a line style, for a canvas (a double line is two solid ones). */
export function underlineDashes(style: LineStyle): number[] {
  if (style === "dashed") return [6, 3];
  if (style === "dotted") return [2, 2];
  return [];
}
