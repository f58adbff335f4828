import { GOAL_STATUSES, goalStatus, type Area, type GoalStatus, type StatusInput, type Strategy } from '../data/index.js';

/** How many goals have each status. */
export type StatusCounts = Record<GoalStatus, number>;

export interface GoalSummary {
  /** Number of goals. */
  total: number;
  counts: StatusCounts;
  /** The statuses that occur, best first (achieved … no-data), with their counts. */
  present: { status: GoalStatus; count: number }[];
}

/** The status of each goal, counted with `goalStatus` (as of `asOf`, default today). */
export function summarizeGoals(goals: readonly StatusInput[] | undefined, asOf?: number): GoalSummary {
  const counts = Object.fromEntries(GOAL_STATUSES.map((status) => [status, 0])) as StatusCounts;
  const list = goals ?? [];
  for (const goal of list) counts[goalStatus(goal, asOf)]++;
  const present = GOAL_STATUSES.filter((status) => counts[status] > 0).map((status) => ({ status, count: counts[status] }));
  return { total: list.length, counts, present };
}

/** The area with that id, if the strategy has one. */
export function findArea(strategy: Pick<Strategy, 'areas'>, id: string): Area | undefined {
  return strategy.areas.find((area) => area.id === id);
}

const countsByStrategy = new WeakMap<object, ReadonlyMap<string, number>>();

/**
 * The number of initiatives per area id. An initiative that names an area twice
 * counts once. Computed once per strategy object: every card of a grid asks.
 */
export function initiativeCounts(strategy: Pick<Strategy, 'initiatives'>): ReadonlyMap<string, number> {
  const known = countsByStrategy.get(strategy);
  if (known) return known;
  const counts = new Map<string, number>();
  for (const initiative of strategy.initiatives ?? []) {
    for (const areaId of new Set(initiative.areas)) counts.set(areaId, (counts.get(areaId) ?? 0) + 1);
  }
  countsByStrategy.set(strategy, counts);
  return counts;
}

/** The number of initiatives in one area. */
export function initiativeCount(strategy: Pick<Strategy, 'initiatives'>, areaId: string): number {
  return initiativeCounts(strategy).get(areaId) ?? 0;
}
