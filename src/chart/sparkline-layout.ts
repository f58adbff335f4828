import { extent } from 'd3-array';
import type { ChartData } from './chart-data.js';
import type { Point } from './cartesian-layout.js';
import { linePath } from './line-path.js';
import { linearScale } from './linear-scale.js';
import { round } from './text-size.js';

export interface SparklineLayout {
  width: number;
  height: number;
  path: string;
  /** The latest point, drawn as a dot. */
  last: Point;
  /** The height of the target, drawn as a faint line, when the goal has one. */
  targetY?: number;
}

/** A tiny line of the goal's values (and its target level) for tables and cards; `undefined` without values. */
export function sparklineLayout(data: ChartData, options: { width: number; height: number }): SparklineLayout | undefined {
  const { width, height } = options;
  if (!data.points.length || width <= 0 || height <= 0) return undefined;
  // Room for the dot at the ends.
  const inset = 3;
  const values = data.points.map((point) => point.value);
  if (data.target) values.push(data.target.value);
  let [low, high] = extent(values) as [number, number];
  if (low === high) [low, high] = [low - 1, high + 1];
  let [first, last] = extent(data.points, (point) => point.x) as [number, number];
  if (first === last) [first, last] = [first - 1, last + 1];
  const x = linearScale([first, last], [inset, width - inset]);
  const y = linearScale([low, high], [height - inset, inset]);
  const points = data.points.map((point) => ({ x: round(x(point.x)), y: round(y(point.value)) }));
  return {
    width,
    height,
    path: linePath(points),
    last: points[points.length - 1]!,
    ...(data.target ? { targetY: round(y(data.target.value)) } : {}),
  };
}
