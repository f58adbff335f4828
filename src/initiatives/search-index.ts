import { periodToYear, type Initiative } from '../data/index.js';
import { containsAllTerms, normalizeText, searchTerms } from './normalize.js';
import type { FilterState } from './filter-state.js';

/** An initiative with what filtering and sorting need, computed once per data set. */
export interface IndexedInitiative {
  initiative: Initiative;
  /** Place in the data: the default order, and the tie-breaker of every other order. */
  position: number;
  /** Title, summary and tags, folded for accent-insensitive search; computed once, by the list's steps or the first search. */
  searchText?: string;
  /** Start as a fractional year; NaN when the initiative has no (valid) start. */
  start: number;
}

export function indexInitiatives(initiatives: readonly Initiative[]): IndexedInitiative[] {
  return initiatives.map((initiative, position) => ({
    initiative,
    position,
    start: initiative.start === undefined ? NaN : periodToYear(initiative.start),
  }));
}

/** The folded search text of an entry, computed once, when first needed (a list without a search box never needs it). */
export function searchTextOf(entry: IndexedInitiative): string {
  const { title, summary, tags } = entry.initiative;
  return (entry.searchText ??= normalizeText([title, summary ?? '', ...(tags ?? [])].join(' \n ')));
}

/** A test for one filter state, with the query folded once rather than once per initiative. */
export function matcher(filters: Pick<FilterState, 'query' | 'area' | 'status'>): (entry: IndexedInitiative) => boolean {
  const terms = searchTerms(filters.query);
  const { area, status } = filters;
  return (entry) =>
    (area === '' || entry.initiative.areas.includes(area)) &&
    (status === '' || entry.initiative.status === status) &&
    (terms.length === 0 || containsAllTerms(searchTextOf(entry), terms));
}
