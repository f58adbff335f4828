import { isInitiativeStatus, isSortOrder, type FilterState } from './filter-state.js';

/** The query parameter names of a list, e.g. `vagval-q`, `vagval-area`, `vagval-status`, `vagval-sort`. */
export function filterParamNames(prefix: string): Record<keyof FilterState, string> {
  return { query: `${prefix}q`, area: `${prefix}area`, status: `${prefix}status`, sort: `${prefix}sort` };
}

/**
 * The filters a URL's query string sets. A parameter that is present but empty
 * (`area=`) means "all", so a link can widen a list its attributes narrow.
 * Values that cannot be right (an unknown status or sort) are left out: an old
 * shared link must never break the list.
 */
export function readFilterParams(search: string, prefix: string): Partial<FilterState> {
  const params = new URLSearchParams(search);
  const names = filterParamNames(prefix);
  const state: Partial<FilterState> = {};
  const query = params.get(names.query);
  if (query !== null) state.query = query;
  const area = params.get(names.area);
  if (area !== null) state.area = area.trim();
  const status = params.get(names.status);
  if (status !== null && (status === '' || isInitiativeStatus(status))) state.status = status;
  const sort = params.get(names.sort);
  if (isSortOrder(sort)) state.sort = sort;
  return state;
}

/**
 * A new query string with the list's filters in it: each filter that differs
 * from the list's own presets is written, each that equals them is removed.
 * Every other parameter of the page stays where it was.
 */
export function writeFilterParams(search: string, prefix: string, state: FilterState, presets: FilterState): string {
  const params = new URLSearchParams(search);
  const names = filterParamNames(prefix);
  const query = state.query.trim();
  const values: Record<keyof FilterState, string> = { query, area: state.area, status: state.status, sort: state.sort };
  const defaults: Record<keyof FilterState, string> = { query: '', area: presets.area, status: presets.status, sort: presets.sort };
  for (const key of Object.keys(names) as (keyof FilterState)[]) {
    if (values[key] === defaults[key]) params.delete(names[key]);
    else params.set(names[key], values[key]);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
