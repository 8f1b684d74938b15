/**
 * Runs `callback` once the coming frame is painted: work a key press causes but the coder need not see in that frame
 * (a re-render of the side panels) must not hold back the frame that shows the new passage.
 */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}
