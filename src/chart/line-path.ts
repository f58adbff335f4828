import type { Point } from './cartesian-layout.js';

/**
 * An SVG path of straight segments through the points, as written ("M10,20L30,40…"); the
 * points are already rounded. A loop, not d3-shape's `line`: a big chart draws five lines of
 * 1,000 points on its first render, where `line`'s generality cost about ten times as much.
 */
export function linePath(points: readonly Point[]): string {
  let path = '';
  for (let index = 0; index < points.length; index++) {
    const point = points[index]!;
    path += `${index === 0 ? 'M' : 'L'}${point.x},${point.y}`;
  }
  return path;
}
