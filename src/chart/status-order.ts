import type { GoalStatus } from '../data/index.js';

/** Statuses from best to worst; goals without data come last either way. */
export const STATUS_ORDER: readonly GoalStatus[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'];

export type StatusSort = 'none' | 'best-first' | 'worst-first';

/**
 * Items sorted by status (stable: items of equal status keep their order), in a new
 * array. `none` keeps the data's order.
 */
export function sortByStatus<T>(items: readonly T[], statusOf: (item: T) => GoalStatus, sort: StatusSort): T[] {
  if (sort === 'none') return [...items];
  const rank = (item: T) => {
    const status = statusOf(item);
    if (status === 'no-data') return STATUS_ORDER.length;
    const index = STATUS_ORDER.indexOf(status);
    return sort === 'best-first' ? index : STATUS_ORDER.length - 1 - index;
  };
  return items
    .map((item, index) => ({ item, index, rank: rank(item) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.item);
}
