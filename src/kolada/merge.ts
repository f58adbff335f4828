import { comparePeriods, periodToYear, type SeriesPoint } from '../data/index.js';

/**
 * A goal's own points with Kolada's: where the file states a period, its point wins (an
 * editor may correct a figure); `2020` and `"2020"` are the same period. Sorted by period;
 * the inputs are not changed and the result holds copies.
 */
export function mergeSeries(fileSeries: readonly SeriesPoint[] | undefined, kolada: readonly SeriesPoint[]): SeriesPoint[] {
  const merged = (fileSeries ?? []).map((point) => ({ ...point }));
  const stated = new Set(merged.map((point) => periodToYear(point.period)));
  for (const point of kolada) {
    const year = periodToYear(point.period);
    if (stated.has(year)) continue;
    stated.add(year);
    merged.push({ ...point });
  }
  return merged.sort((a, b) => comparePeriods(a.period, b.period));
}
