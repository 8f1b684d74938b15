import { type CodeLook, underlineDashes } from "./code-look";

/** A coded passage not yet in its code's Highlight. */
export type PendingPassage = { id: number; code: number; range: Range };
/** The canvas, naming the annotations it shows (for tests and the benchmark). */
export type PendingPassagesCanvas = HTMLCanvasElement & { passageIds?: readonly number[] };

const UNDERLINE_WIDTH = 2;

/**
 * New passages, painted on a canvas laid over the reader (beside it in the DOM, not inside it) until they join their
 * code's Highlight. Changing a Highlight makes Chromium recompute every registered range and repaint the visible text
 * (about 30 ms with 2,000 ranges), and so does adding an element anywhere in the reader, since each paragraph is a
 * content-visibility box; drawing on a canvas outside the reader repaints the canvas alone, so a key press shows its
 * passage in the coming frame at the cost of a selection change. The canvas keeps the reader's visible box and is
 * drawn again when the reader scrolls or resizes. Which passages it shows is told in a property, not an attribute: a
 * changed attribute restyles and repaints the text as well.
 */
export function createPendingPassages(canvas: PendingPassagesCanvas, reader: HTMLElement, lookOf: (code: number) => CodeLook) {
  let passages: readonly PendingPassage[] = [];
  let frame = 0;
  // Whether the canvas holds a drawing: until the first passage, the canvas is never given a 2D context (and memory).
  let drawn = false;

  function fitToReader() {
    const ratio = window.devicePixelRatio || 1;
    Object.assign(canvas.style, {
      left: `${reader.offsetLeft + reader.clientLeft}px`,
      top: `${reader.offsetTop + reader.clientTop}px`,
      width: `${reader.clientWidth}px`,
      height: `${reader.clientHeight}px`,
    });
    canvas.width = Math.round(reader.clientWidth * ratio);
    canvas.height = Math.round(reader.clientHeight * ratio);
  }

  function draw() {
    if (passages.length === 0 && !drawn) return;
    const context = canvas.getContext("2d");
    if (!context) return;
    drawn = passages.length > 0;
    const ratio = canvas.width / Math.max(1, canvas.clientWidth);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    const origin = canvas.getBoundingClientRect();
    for (const { code, range } of passages) {
      const look = lookOf(code);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.bottom < origin.top || rect.top > origin.bottom) continue;
        const [x, y] = [rect.left - origin.left, rect.top - origin.top];
        context.fillStyle = look.background;
        context.fillRect(x, y, rect.width, rect.height);
        context.strokeStyle = look.line;
        context.lineWidth = look.lineStyle === "double" ? 1 : UNDERLINE_WIDTH;
        context.setLineDash(underlineDashes(look.lineStyle));
        const baseline = y + rect.height - UNDERLINE_WIDTH / 2;
        for (const offset of look.lineStyle === "double" ? [0, -3] : [0]) {
          context.beginPath();
          context.moveTo(x, baseline + offset);
          context.lineTo(x + rect.width, baseline + offset);
          context.stroke();
        }
      }
    }
  }

  const drawSoon = () => {
    if (passages.length === 0 || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  };
  const resizes = new ResizeObserver(() => {
    fitToReader();
    // Resizing the canvas cleared it.
    drawn = false;
    draw();
  });
  resizes.observe(reader);
  reader.addEventListener("scroll", drawSoon, { passive: true });

  return {
    /** Replaces the passages shown and draws them at once, for the coming frame. */
    set(next: readonly PendingPassage[]) {
      if (next.length === 0 && passages.length === 0) return;
      passages = next;
      canvas.passageIds = next.map((passage) => passage.id);
      draw();
    },
    destroy() {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      reader.removeEventListener("scroll", drawSoon);
      passages = [];
      draw();
      canvas.passageIds = [];
    },
  };
}

export type PendingPassages = ReturnType<typeof createPendingPassages>;
