import { INITIATIVE_STATUSES, type InitiativeStatus } from '../data/index.js';

export const SORT_ORDERS = ['default', 'newest', 'title'] as const;

/** `default` keeps the order of the data (the editor's), `newest` puts the latest start first, `title` is A–Ö. */
export type SortOrder = (typeof SORT_ORDERS)[number];

/** What a list shows: an empty `area` or `status` means all of them. */
export interface FilterState {
  query: string;
  area: string;
  status: InitiativeStatus | '';
  sort: SortOrder;
}

export const NO_FILTERS: FilterState = { query: '', area: '', status: '', sort: 'default' };

export function isSortOrder(value: unknown): value is SortOrder {
  return typeof value === 'string' && (SORT_ORDERS as readonly string[]).includes(value);
}

export function isInitiativeStatus(value: unknown): value is InitiativeStatus {
  return typeof value === 'string' && (INITIATIVE_STATUSES as readonly string[]).includes(value);
}

/** True when the two states show the same initiatives in the same order. */
export function sameFilters(a: FilterState, b: FilterState): boolean {
  return a.query.trim() === b.query.trim() && a.area === b.area && a.status === b.status && a.sort === b.sort;
}

/** True when `state` narrows the list further than `presets` do (the order does not narrow). */
export function narrowsFurther(state: FilterState, presets: FilterState): boolean {
  return state.query.trim() !== '' || state.area !== presets.area || state.status !== presets.status;
}

/** The valid part of a choice made in the filter bar (menu values arrive as text). */
export function validChoice(choice: Partial<Record<keyof FilterState, string>>): Partial<FilterState> {
  const valid: Partial<FilterState> = {};
  if (choice.query !== undefined) valid.query = choice.query;
  if (choice.area !== undefined) valid.area = choice.area;
  if (choice.status === '' || isInitiativeStatus(choice.status)) valid.status = choice.status;
  if (isSortOrder(choice.sort)) valid.sort = choice.sort;
  return valid;
}
