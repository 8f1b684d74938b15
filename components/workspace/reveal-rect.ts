/** Scrolls `container` so that `rect` (viewport coordinates) shows a third from its top, unless it is visible already. */
export function revealRect(container: HTMLElement, rect: DOMRect): void {
  const box = container.getBoundingClientRect();
  if (rect.top < box.top || rect.bottom > box.bottom) container.scrollTop += rect.top - box.top - box.height / 3;
}
