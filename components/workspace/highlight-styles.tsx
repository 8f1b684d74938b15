import type { HighlightPalette } from "@/lib/annotations/highlight-palette";
import type { CodeJson } from "@/lib/codebook/code-json";
import { codeHighlightName } from "./highlight-painter";

// Each code's underline sits at its own depth and in its own style, so overlapping codes stay apart even for a reader
// who cannot tell the colours apart.
const LINE_STYLES = ["solid", "dashed", "dotted", "double"] as const;
const lineStyle = (position: number) => LINE_STYLES[position % LINE_STYLES.length]!;
const lineOffset = (position: number) => 1 + (position % 4) * 3.5;

/**
 * The ::highlight() rules painting each code, the same look for a new passage's mark until it joins its code's
 * Highlight (see createHighlightPainter), and the outline of the selected annotation.
 */
export function HighlightStyles({ codes, palette }: { codes: readonly CodeJson[]; palette: HighlightPalette }) {
  const rules = codes.flatMap((code, position) => {
    const colours = palette.codes[position]!;
    const line = `${lineStyle(position)} ${colours.line}`;
    return [
      `::highlight(${codeHighlightName(code.id)}){background-color:${colours.background};text-decoration:underline ${line};text-decoration-thickness:2px;text-underline-offset:${lineOffset(position)}px}`,
      `.passage-mark.pending[data-code="${code.id}"]{background-color:${colours.background};border-bottom:2px ${line}}`,
    ];
  });
  rules.push(`.passage-mark.selected{outline:2px solid ${palette.selection}}`);
  return <style>{rules.join("\n")}</style>;
}

/** A sample of how a code looks in the text, for the palette and the list. */
export function CodeSample({ position, palette }: { position: number; palette: HighlightPalette }) {
  const colours = palette.codes[position];
  if (!colours) return null;
  return (
    <span
      className="code-sample"
      aria-hidden="true"
      style={{
        backgroundColor: colours.background,
        textDecoration: `underline ${lineStyle(position)} ${colours.line}`,
        textDecorationThickness: "2px",
        textUnderlineOffset: `${lineOffset(position)}px`,
        borderInlineStart: `4px solid ${colours.line}`,
      }}
    >
      Abc
    </span>
  );
}
