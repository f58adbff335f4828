import { nice } from 'd3-array';

/** A pair of numbers: a scale's domain or range. */
export type Extent = readonly [number, number];

/**
 * A linear map from `domain` onto `range`, not clamped: values outside the domain map
 * outside the range. Computed as d3-scale's `scaleLinear` does, to the last bit; a domain
 * of zero width maps everything to the middle of the range.
 */
export function linearScale(domain: Extent, range: Extent): (value: number) => number {
  // Normalised from the domain's lower end, so a reversed domain maps as d3's does.
  const [d0, d1, r0, r1] = domain[1] < domain[0] ? [domain[1], domain[0], range[1], range[0]] : [domain[0], domain[1], range[0], range[1]];
  const span = d1 - d0;
  if (!span) {
    const middle = Number.isNaN(span) ? NaN : r0 * 0.5 + r1 * 0.5;
    return () => middle;
  }
  return (value) => {
    const t = (value - d0) / span;
    return r0 * (1 - t) + r1 * t;
  };
}

/**
 * The domain widened to round numbers at the step of about `count` ticks (d3-array's
 * `nice`), in the domain's own direction: [0.37, 9.8] → [0, 10], [41.7, -3.2] → [50, -10].
 */
export function niceDomain(domain: Extent, count: number): [number, number] {
  if (domain[1] < domain[0]) {
    const [low, high] = nice(domain[1], domain[0], count);
    return [high, low];
  }
  return nice(domain[0], domain[1], count);
}
