import { currentYear, periodToYear } from './period.js';
import { GOAL_STATUSES, type Goal, type GoalStatus } from './schema.js';

/** A point on the time axis: `x` in fractional years. */
export interface XY {
  x: number;
  y: number;
}

/** How many of the latest points the trend line is fitted through. */
export const TREND_WINDOW = 5;

/** The parts of a goal the status depends on; anything missing or odd is ignored. */
export type StatusInput = Partial<Pick<Goal, 'status' | 'direction' | 'target' | 'series'>>;

/**
 * A series' usable points as {x: fractional year, y: value}, sorted by time,
 * without points after `asOf` and without invalid periods or non-finite values.
 */
export function seriesPoints(series: unknown, asOf = Infinity): XY[] {
  if (!Array.isArray(series)) return [];
  const points: XY[] = [];
  // Series are usually written in time order: then there is nothing to sort.
  let sorted = true;
  // An indexed loop: for...of allocates a step object per point until the engine optimises it.
  for (let index = 0; index < series.length; index++) {
    const point: unknown = series[index];
    if (typeof point !== 'object' || point === null) continue;
    const { period, value } = point as { period?: unknown; value?: unknown };
    if (typeof period !== 'number' && typeof period !== 'string') continue;
    const x = periodToYear(period);
    if (!Number.isFinite(x) || typeof value !== 'number' || !Number.isFinite(value) || x > asOf) continue;
    if (points.length && x < points[points.length - 1]!.x) sorted = false;
    points.push({ x, y: value });
  }
  return sorted ? points : points.sort((a, b) => a.x - b.x);
}

export interface LinearFit {
  slope: number;
  intercept: number;
  /** The line's value at `x`. */
  at(x: number): number;
}

/**
 * Least-squares line through the points. When every x is the same, the line is
 * flat through the mean (slope 0); without points, everything is NaN.
 */
export function linearFit(points: readonly XY[]): LinearFit {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  // Centred sums: years around 2000 squared would lose precision otherwise.
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - meanX) * (p.y - meanY);
    sxx += (p.x - meanX) ** 2;
  }
  const slope = n === 0 ? NaN : sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: meanY - slope * meanX, at: (x) => meanY + slope * (x - meanX) };
}

function isGoalStatus(value: unknown): value is GoalStatus {
  return (GOAL_STATUSES as readonly unknown[]).includes(value);
}

/** The date the status is judged at: `asOf` when it is a number, else today. */
function judgedAt(asOf: number | undefined): number {
  return typeof asOf === 'number' && !Number.isNaN(asOf) ? asOf : currentYear();
}

/**
 * The goal's status as the contract defines it: its own `status` if it states one,
 * else computed from the series up to `asOf` (a fractional year, default today).
 * Never throws.
 */
export function goalStatus(goal: StatusInput | null | undefined, asOf?: number): GoalStatus {
  if (typeof goal !== 'object' || goal === null) return 'no-data';
  if (isGoalStatus(goal.status)) return goal.status;
  return computedStatus(goal, seriesPoints(goal.series, judgedAt(asOf)));
}

/**
 * `goalStatus` for a goal whose series has been read already: `points` are its usable
 * points sorted by time, no two with the same period, as `seriesPoints` reads them then
 * (but not cut at `asOf`). Only the latest few are needed, so a long series costs nothing more.
 */
export function goalStatusOfPoints(goal: StatusInput, points: readonly { x: number; value: number }[], asOf?: number): GoalStatus {
  if (isGoalStatus(goal.status)) return goal.status;
  const until = judgedAt(asOf);
  let end = points.length;
  while (end > 0 && points[end - 1]!.x > until) end--;
  // The rules read the latest point, whether there is more than one, and the trend window.
  const recent = points.slice(Math.max(0, end - TREND_WINDOW), end).map((point) => ({ x: point.x, y: point.value }));
  return computedStatus(goal, recent);
}

/** Rules 1 to 5 on the usable points up to the date judged at, sorted by time (the latest TREND_WINDOW of them suffice). */
function computedStatus(goal: StatusInput, points: readonly XY[]): GoalStatus {
  const latest = points.at(-1);
  // Rule 1.
  if (!latest) return 'no-data';

  const decrease = goal.direction === 'decrease';
  const meets = (value: number, target: number) => (decrease ? value <= target : value >= target);
  const inDirection = (slope: number) => (decrease ? slope < 0 : slope > 0);

  const targetValue = goal.target?.value;
  const hasTarget = typeof targetValue === 'number' && Number.isFinite(targetValue);
  const targetPeriod = goal.target?.period;
  // A target without a (valid) period has no deadline: rules 4 and 5 treat it as absent.
  const targetYear = hasTarget && targetPeriod !== undefined ? periodToYear(targetPeriod) : NaN;
  const hasDeadline = Number.isFinite(targetYear);

  // Rule 2.
  if (hasTarget && meets(latest.y, targetValue)) return 'achieved';
  // Rule 3.
  if (points.length === 1) return 'at-risk';
  // Rule 4.
  if (hasDeadline && targetYear <= latest.x) return 'off-track';

  // Rule 5.
  const { slope, at } = linearFit(points.slice(-TREND_WINDOW));
  if (hasTarget && hasDeadline) {
    if (meets(at(targetYear), targetValue)) return 'on-track';
    return inDirection(slope) ? 'at-risk' : 'off-track';
  }
  return inDirection(slope) ? 'on-track' : 'off-track';
}
