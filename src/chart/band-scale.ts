import type { Extent } from './linear-scale.js';

/** Equal bands side by side, for a bar chart's columns. */
export interface BandScale {
  /** The start of band `index` (0 to count − 1) in px. */
  at(index: number): number;
  /** The middle of band `index`. */
  centre(index: number): number;
  /** The distance from one band's start to the next. */
  step: number;
  /** The width of each band. */
  bandwidth: number;
}

/**
 * `count` bands over `range`, centred in it, as d3-scale's `scaleBand` lays them out:
 * `inner` is the share of each step left empty between bands, `outer` the space before
 * the first band and after the last in steps (both from 0 to 1). A reversed range puts
 * band 0 at its right end.
 *
 * With `fewest`, fewer bands than that are as narrow as that many would be, centred: one
 * value does not become a column across the whole chart.
 */
export function bandScale(count: number, range: Extent, padding: { inner: number; outer: number; fewest?: number }): BandScale {
  const reverse = range[1] < range[0];
  const [start, stop] = reverse ? [range[1], range[0]] : range;
  const slots = Math.max(count, padding.fewest ?? 0);
  const step = (stop - start) / Math.max(1, slots - padding.inner + padding.outer * 2);
  const first = start + (stop - start - step * (count - padding.inner)) * 0.5;
  const bandwidth = step * (1 - padding.inner);
  const at = (index: number) => first + step * (reverse ? count - 1 - index : index);
  return { at, centre: (index) => at(index) + bandwidth / 2, step, bandwidth };
}
