import type { Span } from "@/lib/annotations/span";
import { codePointLength } from "@/lib/offsets/code-points";

/**
 * The span, in code points, that the DOM selection covers inside the lane text, where each piece of text is an
 * element carrying its start and end offsets (data-start, data-end). Null when nothing, or something outside the
 * text, is selected.
 */
export function selectedSpan(container: HTMLElement, selection: Selection | null): Span | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = offsetAt(container, range.startContainer, range.startOffset);
  const end = offsetAt(container, range.endContainer, range.endOffset);
  return start === null || end === null || end <= start ? null : { start, end };
}

function offsetAt(container: HTMLElement, node: Node, offset: number): number | null {
  const piece = (element: Element | null | undefined) => (element instanceof HTMLElement && element.parentElement === container ? element : null);
  if (node.nodeType === Node.TEXT_NODE) {
    const element = piece(node.parentElement);
    return element ? Number(element.dataset.start) + codePointLength((node as Text).data.slice(0, offset)) : null;
  }
  if (node === container) {
    const next = piece(container.children[offset]);
    if (next) return Number(next.dataset.start);
    const last = piece(container.lastElementChild);
    return last ? Number(last.dataset.end) : 0;
  }
  const element = piece(node as Element);
  if (!element) return null;
  return Number(offset === 0 ? element.dataset.start : element.dataset.end);
}
