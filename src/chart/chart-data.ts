import { goalStatusOfPoints } from '../data/goal-status.js';
import { goalStatus, periodToYear, type Direction, type Goal, type GoalStatus, type Period } from '../data/index.js';

/** One usable point: its period as written, the period as a fractional year, and the value. */
export interface ChartPoint {
  period: Period;
  x: number;
  value: number;
}

export interface ChartComparison {
  label: string;
  points: ChartPoint[];
}

/** A target or baseline: a value, and when it applies (if it says). */
export interface ChartMark {
  value: number;
  period?: Period;
  /** The period as a fractional year, when there is a valid one. */
  x?: number;
}

/** How fine the periods are: the finest of any point, which decides how periods are written. */
export type PeriodKind = 'year' | 'month' | 'day';

/** One goal, ready to chart: a new object, sorted and cleaned, never sharing arrays with the input. */
export interface ChartData {
  id: string;
  title: string;
  description?: string;
  unit?: string;
  decimals?: number;
  direction: Direction;
  points: ChartPoint[];
  comparisons: ChartComparison[];
  target?: ChartMark;
  baseline?: ChartMark;
  status: GoalStatus;
  /** `retrieved`: the day (`2026-11-27`) the figures were fetched from Kolada. */
  source?: { name?: string; href?: string; kolada: boolean; retrieved?: string };
  periodKind: PeriodKind;
}

export interface NormalizeOptions {
  /** The fractional year the status is judged at (default: today). */
  asOf?: number;
  /**
   * A series that replaces the goal's own, e.g. one that arrived later from Kolada.
   * The status is then computed from it too.
   */
  series?: readonly unknown[];
  /** The source to name when `series` is given (default: the goal's). */
  sourceName?: string;
  /** The day (`2026-11-27`) the figures were fetched from Kolada, to state with the source. */
  retrieved?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * `periodToYear` remembering the first series' answers by position: a goal's comparisons
 * usually have the same periods in the same places, and a long daily series has thousands.
 */
function periodYears(): (period: Period, index: number) => number {
  const periods: Period[] = [];
  const years: number[] = [];
  return (period, index) => {
    if (periods[index] === period) return years[index]!;
    const year = periodToYear(period);
    if (index === periods.length) {
      periods.push(period);
      years.push(year);
    }
    return year;
  };
}

/**
 * The usable points of a series, sorted by time. Points with an invalid period or a
 * value that is not a finite number are left out; of two points with the same period
 * the first one written is kept (the validator reports the second).
 */
export function cleanSeries(series: unknown, toYear: (period: Period, index: number) => number = periodToYear): ChartPoint[] {
  return usablePoints(series, toYear).points;
}

/** `cleanSeries`, and whether it left out a point for having the same period as an earlier one. */
function usablePoints(series: unknown, toYear: (period: Period, index: number) => number): { points: ChartPoint[]; duplicates: boolean } {
  if (!Array.isArray(series)) return { points: [], duplicates: false };
  const points: ChartPoint[] = [];
  // Series are usually written in time order: then no point repeats an earlier one's
  // period, and there is nothing to sort. Only a series that is not needs the set.
  let seen: Set<number> | undefined;
  let duplicates = false;
  let last = -Infinity;
  for (let index = 0; index < series.length; index++) {
    const item: unknown = series[index];
    // The same test as goalStatus's (an array has no period either), written out: this loop
    // runs for every point of every series, before the engine has optimised it.
    if (typeof item !== 'object' || item === null) continue;
    const { period, value } = item as Record<string, unknown>;
    if (typeof period !== 'number' && typeof period !== 'string') continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const x = toYear(period, index);
    if (!Number.isFinite(x)) continue;
    if (x <= last && !seen) seen = new Set(points.map((point) => point.x));
    if (seen) {
      if (seen.has(x)) {
        duplicates = true;
        continue;
      }
      seen.add(x);
    }
    if (x > last) last = x;
    points.push({ period, x, value });
  }
  return { points: seen ? points.sort((a, b) => a.x - b.x) : points, duplicates };
}

function mark(input: unknown): ChartMark | undefined {
  if (!isRecord(input) || typeof input.value !== 'number' || !Number.isFinite(input.value)) return undefined;
  const period = input.period;
  if (typeof period !== 'number' && typeof period !== 'string') return { value: input.value };
  const x = periodToYear(period);
  return Number.isFinite(x) ? { value: input.value, period, x } : { value: input.value };
}

function comparisons(input: unknown, toYear: (period: Period, index: number) => number): ChartComparison[] {
  if (!Array.isArray(input)) return [];
  const result: ChartComparison[] = [];
  for (const item of input as unknown[]) {
    if (!isRecord(item)) continue;
    const label = text(item.label);
    const points = cleanSeries(item.series, toYear);
    if (label && points.length) result.push({ label, points });
  }
  return result;
}

export function periodKind(period: Period): PeriodKind {
  if (typeof period === 'number') return 'year';
  const parts = period.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

const KIND_RANK: Record<PeriodKind, number> = { year: 0, month: 1, day: 2 };

function finestKind(series: readonly ChartPoint[][]): PeriodKind {
  let kind: PeriodKind = 'year';
  for (const points of series) {
    for (const point of points) {
      const next = periodKind(point.period);
      if (next === 'day') return next;
      if (KIND_RANK[next] > KIND_RANK[kind]) kind = next;
    }
  }
  return kind;
}

function source(goal: Goal, options: NormalizeOptions): ChartData['source'] {
  const raw = isRecord(goal.source) ? goal.source : {};
  const kolada = isRecord(raw.kolada);
  const name = options.sourceName ?? text(raw.name) ?? (kolada ? 'Kolada' : undefined);
  const href = text(raw.href);
  if (!name && !href) return undefined;
  const retrieved = kolada ? options.retrieved : undefined;
  return { ...(name ? { name } : {}), ...(href ? { href } : {}), kolada, ...(retrieved ? { retrieved } : {}) };
}

/**
 * A goal as the charts need it. Reads the goal defensively (it may come from data
 * with issues) and never changes it.
 */
export function normalizeGoal(goal: Goal, options: NormalizeOptions = {}): ChartData {
  const rawSeries = options.series ?? goal.series;
  const toYear = periodYears();
  const { points, duplicates } = usablePoints(rawSeries, toYear);
  const compared = comparisons(goal.comparisons, toYear);
  const target = mark(goal.target);
  const baseline = mark(goal.baseline);
  const decimals = typeof goal.decimals === 'number' && Number.isInteger(goal.decimals) && goal.decimals >= 0 && goal.decimals <= 10 ? goal.decimals : undefined;
  const statusInput = { status: goal.status, direction: goal.direction, target: goal.target, series: rawSeries as Goal['series'] };
  // Each period once: these are the points goalStatus would read, so the series is not read again.
  const status = duplicates ? goalStatus(statusInput, options.asOf) : goalStatusOfPoints(statusInput, points, options.asOf);
  const description = text(goal.description);
  const unit = text(goal.unit);
  const sourceInfo = source(goal, options);
  return {
    id: String(goal.id),
    title: String(goal.title),
    ...(description ? { description } : {}),
    ...(unit ? { unit: unit.trim() } : {}),
    ...(decimals !== undefined ? { decimals } : {}),
    direction: goal.direction === 'decrease' ? 'decrease' : 'increase',
    points,
    comparisons: compared,
    ...(target ? { target } : {}),
    ...(baseline ? { baseline } : {}),
    status,
    ...(sourceInfo ? { source: sourceInfo } : {}),
    periodKind: finestKind([points, ...compared.map((comparison) => comparison.points)]),
  };
}

/** The latest point, when there is one. */
export function latestPoint(data: Pick<ChartData, 'points'>): ChartPoint | undefined {
  return data.points[data.points.length - 1];
}
