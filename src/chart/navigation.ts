/**
 * The point to move to after a key press in a chart of `count` points, or `undefined`
 * when the key is not one the chart handles (so the page keeps it). Arrow keys move by
 * one and stop at the ends; Home and End go to the first and last; Page Up and Page Down
 * move by a tenth of the points (at least one). From no point, any move starts at the last.
 */
export function nextIndex(key: string, current: number | undefined, count: number): number | undefined {
  if (count <= 0) return undefined;
  const last = count - 1;
  const page = Math.max(1, Math.round(count / 10));
  const clamp = (index: number) => Math.min(last, Math.max(0, index));
  switch (key) {
    case 'ArrowRight':
      return current === undefined ? last : clamp(current + 1);
    case 'ArrowLeft':
      return current === undefined ? last : clamp(current - 1);
    case 'PageDown':
      return current === undefined ? last : clamp(current + page);
    case 'PageUp':
      return current === undefined ? last : clamp(current - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
