import type { HighlightPalette } from "@/lib/annotations/highlight-palette";
import type { CodeJson } from "@/lib/codebook/code-json";
import { codeLook } from "./code-look";
import { codeHighlightName } from "./highlight-painter";

/** The ::highlight() rules painting each code, and the outline of the selected annotation. */
export function HighlightStyles({ codes, palette }: { codes: readonly CodeJson[]; palette: HighlightPalette }) {
  const rules = codes.map((code, position) => {
    const look = codeLook(palette, position);
    return `::highlight(${codeHighlightName(code.id)}){background-color:${look.background};text-decoration:underline ${look.lineStyle} ${look.line};text-decoration-thickness:2px;text-underline-offset:${look.lineOffset}px}`;
  });
  rules.push(`.passage-mark.selected{outline:2px solid ${palette.selection}}`);
  return <style>{rules.join("\n")}</style>;
}

/** A sample of how a code looks in the text, for the palette and the list. */
export function CodeSample({ position, palette }: { position: number; palette: HighlightPalette }) {
  if (!palette.codes[position]) return null;
  const look = codeLook(palette, position);
  return (
    <span
      className="code-sample"
      aria-hidden="true"
      style={{
        backgroundColor: look.background,
        textDecoration: `underline ${look.lineStyle} ${look.line}`,
        textDecorationThickness: "2px",
        textUnderlineOffset: `${look.lineOffset}px`,
        borderInlineStart: `4px solid ${look.line}`,
      }}
    >
      Abc
    </span>
  );
}
