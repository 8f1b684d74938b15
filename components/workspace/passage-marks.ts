/** What a mark shows: the selected annotation, an unsaved change, the caret. */
export type MarkKind = "selected" | "unsaved" | "caret";
export type Mark = { range: Range };

/** The client rects of the text a range covers, one per line box: not the boxes of the paragraphs it wholly holds. */
function textRects(range: Range): DOMRect[] {
  if (range.startContainer === range.endContainer) return [...range.getClientRects()];
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  const rects: DOMRect[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const part = document.createRange();
    part.selectNodeContents(node);
    if (node === range.startContainer) part.setStart(node, range.startOffset);
    if (node === range.endContainer) part.setEnd(node, range.endOffset);
    rects.push(...part.getClientRects());
  }
  return rects;
}

/**
 * Marks drawn over the reader as positioned boxes from the client rects of a few Ranges. Changing a CSS Highlight
 * makes Chromium recompute every registered range (about 30 ms with 2,000 of them), so what changes at a click or
 * after a save (the selected annotation, the unsaved ones, the caret) is drawn here; a new passage, the one thing that
 * must show in the frame after its key, is drawn on a canvas beside the reader instead (see createPendingPassages).
 * `layer` is positioned over the reader's scrolled content, so marks scroll with the text; they are placed again when
 * the text reflows or paragraphs skipped by content-visibility are laid out.
 */
export function createPassageMarks(layer: HTMLElement) {
  const marks = new Map<MarkKind, readonly Mark[]>();
  let frame = 0;

  function draw() {
    const origin = layer.getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    for (const [kind, entries] of marks) {
      for (const { range } of entries) {
        for (const rect of textRects(range)) {
          if (rect.width === 0) continue;
          const box = document.createElement("div");
          box.className = `passage-mark ${kind}`;
          box.dataset.mark = kind;
          Object.assign(box.style, {
            left: `${rect.left - origin.left}px`,
            top: `${rect.top - origin.top}px`,
            width: `${rect.width}px`,
            height: `${rect.height}px`,
          });
          boxes.push(box);
        }
      }
    }
    layer.replaceChildren(...boxes);
  }

  const redrawSoon = () => {
    if (marks.size === 0 || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  };
  const reader = layer.parentElement!;
  const resizes = new ResizeObserver(redrawSoon);
  resizes.observe(reader);
  reader.addEventListener("scroll", redrawSoon, { passive: true });

  return {
    /** Replaces the marks of one kind and draws them at once, in the coming frame. */
    set(kind: MarkKind, entries: readonly Mark[]) {
      if (entries.length === 0 && !marks.has(kind)) return;
      if (entries.length === 0) marks.delete(kind);
      else marks.set(kind, entries);
      draw();
    },
    destroy() {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      reader.removeEventListener("scroll", redrawSoon);
      layer.replaceChildren();
      marks.clear();
    },
  };
}

export type PassageMarks = ReturnType<typeof createPassageMarks>;
