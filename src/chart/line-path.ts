import type { Point } from './cartesian-layout.js';

/**
 * An SVG path of straight segments through the points, as written ("M10,20L30,40…"); the
 * points are already rounded. A loop, not d3-shape's `line`: a big chart draws five lines of
 * 1,000 points on its first render, where `line`'s generality cost about ten times as much.
 * The pairs are joined once at the end: adding them to a string one at a time took about
 * twice as long on that first render.
 */
export function linePath(points: readonly Point[]): string {
  if (!points.length) return '';
  const pairs = new Array<string>(points.length);
  for (let index = 0; index < points.length; index++) {
    const point = points[index]!;
    pairs[index] = `${point.x},${point.y}`;
  }
  return `M${pairs.join('L')}`;
}
