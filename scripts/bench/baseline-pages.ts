import { createCodePointIndex } from "../../lib/offsets/code-points";
import { findParagraph, splitParagraphs } from "../../lib/text/split-paragraphs";

type Span = { codeId: number; start: number; end: number };

// The reader's own rules for the text (workspace.css), so the baselines lay out the same paragraphs the same way.
const TEXT_STYLE = `
body { margin: 0; font-family: system-ui, sans-serif; }
article { height: calc(100vh - 12rem); min-height: 20rem; overflow-y: auto; padding: 1rem 1.5rem; line-height: 2.2; position: relative; }
article p { max-width: 46rem; margin: 0 0 1.1em; white-space: pre-wrap; content-visibility: auto; contain-intrinsic-size: auto 6em; }
`;

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function paragraphsHtml(text: string): string {
  return splitParagraphs(text)
    .map((paragraph) => `<p>${escapeHtml(text.slice(paragraph.utf16Start, paragraph.utf16End))}</p>`)
    .join("");
}

/**
 * The statement and nothing else: no script but the line telling the benchmark the page is ready, which it reports
 * as a reader with no annotations (data-annotations and data-painted of 0), the way the workspace reports its own.
 */
export function barePage(text: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>bare</title><style>${TEXT_STYLE}</style></head><body>
<article>${paragraphsHtml(text)}</article>
<script>document.querySelector("article").dataset.annotations = "0"; document.querySelector("article").dataset.painted = "0";</script>
</body></html>`;
}

/**
 * The statement with `spans` painted as a hand-written CSS Custom Highlight API page would: one Highlight per code, a
 * Range per span; a digit key adds the selection to that code's Highlight. It reports its count as the workspace does.
 */
export function highlightPage(text: string, spans: readonly Span[], codeIds: readonly number[]): string {
  const index = createCodePointIndex(text);
  const paragraphs = splitParagraphs(text);
  // [code position, paragraph, UTF-16 offset in it] for each end, computed here so the page does no offset work.
  const point = (codePoint: number, isEnd: boolean) => {
    const utf16Index = index.toUtf16Index(codePoint);
    const i = findParagraph(paragraphs, isEnd ? utf16Index - 1 : utf16Index);
    return [i, utf16Index - paragraphs[i]!.utf16Start];
  };
  const ranges = spans.map((span) => [codeIds.indexOf(span.codeId), ...point(span.start, false), ...point(span.end, true)]);
  const colours = ["#1565c0", "#c62828", "#6a1b9a", "#2e7d32", "#ef6c00", "#00838f", "#ad1457", "#4e342e", "#37474f"];
  const rules = codeIds.map((_, position) => {
    const colour = colours[position % colours.length];
    return `::highlight(code-${position}){background-color:${colour}33;text-decoration:underline solid ${colour};text-decoration-thickness:2px}`;
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>highlights</title><style>${TEXT_STYLE}${rules.join("")}</style></head><body>
<article>${paragraphsHtml(text)}</article>
<script>
const ranges = ${JSON.stringify(ranges)};
const article = document.querySelector("article");
const nodes = [...article.children].map((p) => p.firstChild);
const highlights = ${JSON.stringify(codeIds)}.map((_, position) => { const h = new Highlight(); CSS.highlights.set("code-" + position, h); return h; });
for (const [code, startParagraph, startOffset, endParagraph, endOffset] of ranges) {
  const range = document.createRange();
  range.setStart(nodes[startParagraph], startOffset);
  range.setEnd(nodes[endParagraph], endOffset);
  highlights[code].add(range);
}
article.dataset.annotations = String(ranges.length);
article.dataset.painted = String(ranges.length);
window.addEventListener("keydown", (event) => {
  const highlight = highlights[Number(event.key) - 1];
  const selection = document.getSelection();
  if (!highlight || selection.rangeCount === 0 || selection.isCollapsed) return;
  highlight.add(selection.getRangeAt(0).cloneRange());
  selection.collapseToEnd();
});
</script>
</body></html>`;
}

/**
 * The least a key press can change on screen: the statement alone, where a digit key collapses the selection. Key to
 * the next frame here is what any page needs at best (the wait for the frame, the selection repainted).
 */
export function collapsePage(text: string): string {
  return barePage(text).replace(
    "</script>",
    `window.addEventListener("keydown", (event) => { if (/^\\d$/.test(event.key)) document.getSelection().collapseToEnd(); });</script>`,
  );
}
