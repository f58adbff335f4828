import { ticks as niceTicks } from 'd3-array';

/** How many decimals the labels of ticks `step` apart need: 0.25 → 2, 5 → 0. */
export function decimalsOf(step: number): number {
  for (let decimals = 0; decimals < 10; decimals++) {
    const scaled = step * 10 ** decimals;
    // Relative tolerance: 0.05 × 100 is 5.000000000000001 in floating point.
    if (Math.abs(Math.round(scaled) - scaled) <= 1e-9 * Math.max(1, Math.abs(scaled))) return decimals;
  }
  return 10;
}

/** Whole years within the domain, at most `maxCount` of them, at a nice step (1, 2, 5, 10…). */
export function yearTicks(domain: readonly [number, number], maxCount: number): number[] {
  const [start, end] = domain;
  const years = Math.floor(end) - Math.ceil(start);
  if (years < 0) return [];
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000]) {
    if (Math.floor(years / step) + 1 <= Math.max(1, maxCount)) {
      const first = Math.ceil(Math.ceil(start) / step) * step;
      const result: number[] = [];
      for (let year = first; year <= end; year += step) result.push(year);
      return result;
    }
  }
  return [Math.ceil(start)];
}

/** Month starts (as fractional years) within the domain, at most `maxCount`, every 1, 2, 3, 6 or 12 months. */
export function monthTicks(domain: readonly [number, number], maxCount: number): number[] {
  const [start, end] = domain;
  const first = Math.ceil(start * 12 - 1e-9);
  const last = Math.floor(end * 12 + 1e-9);
  for (const step of [1, 2, 3, 6, 12]) {
    const begin = Math.ceil(first / step) * step;
    const count = Math.floor((last - begin) / step) + 1;
    if (count <= Math.max(1, maxCount)) {
      const result: number[] = [];
      for (let month = begin; month <= last; month += step) result.push(month / 12);
      return result;
    }
  }
  return yearTicks(domain, maxCount);
}

/** Nice value ticks (d3's 1-2-5 steps) covering the domain. */
export function valueTicks(domain: readonly [number, number], count: number): number[] {
  return niceTicks(domain[0], domain[1], Math.max(2, count));
}
