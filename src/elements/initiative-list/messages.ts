import type { InitiativeStatus } from '../../data/index.js';
import type { SortOrder } from '../../initiatives/filter-state.js';
import type { Catalogue } from '../../i18n/lang.js';

/** How many initiatives the list shows. */
export interface CountInput {
  /** On screen now (a `limit` may hold some back). */
  shown: number;
  /** Passing every filter. */
  matching: number;
  /** The list before the reader's filters. */
  total: number;
  /** True when the reader's filters narrow the list. */
  filtered: boolean;
}

/** Formats a count for the language ("2 000" / "2,000"). */
type FormatCount = (count: number) => string;

export interface InitiativeListMessages {
  filterBar: string;
  search: string;
  searchHint: string;
  area: string;
  allAreas: string;
  status: string;
  allStatuses: string;
  sort: string;
  sortOrders: Record<SortOrder, string>;
  statuses: Record<InitiativeStatus, string>;
  clearFilters: string;
  showMore: string;
  count: (count: CountInput, n: FormatCount) => string;
  noMatch: string;
  noInitiatives: string;
  areas: (count: number) => string;
  tags: string;
  start: string;
  end: string;
}

export const messages: Catalogue<InitiativeListMessages> = {
  sv: {
    filterBar: 'Filtrera initiativ',
    search: 'Sök',
    searchHint: 'Titel, beskrivning eller tagg',
    area: 'Område',
    allAreas: 'Alla områden',
    status: 'Status',
    allStatuses: 'Alla',
    sort: 'Ordning',
    sortOrders: { default: 'Standard', newest: 'Nyast först', title: 'A–Ö' },
    statuses: { planned: 'Planerat', ongoing: 'Pågår', completed: 'Genomfört' },
    clearFilters: 'Rensa filter',
    showMore: 'Visa fler',
    count: ({ shown, matching, total, filtered }, n) => {
      if (total === 0) return 'Det finns inga initiativ att visa.';
      if (matching === 0) return total === 1 ? 'Det enda initiativet matchar inte.' : `Inga av ${n(total)} initiativ matchar.`;
      if (filtered && shown < matching) return `Visar ${n(shown)} av ${n(matching)} matchande initiativ (${n(total)} totalt).`;
      if (shown < total) return `Visar ${n(shown)} av ${n(total)} initiativ.`;
      return total === 1 ? 'Visar 1 initiativ.' : `Visar alla ${n(total)} initiativ.`;
    },
    noMatch: 'Inga initiativ matchar sökningen och filtren.',
    noInitiatives: 'Det finns inga initiativ att visa.',
    areas: (count) => (count === 1 ? 'Område' : 'Områden'),
    tags: 'Taggar',
    start: 'Start',
    end: 'Slut',
  },
  en: {
    filterBar: 'Filter initiatives',
    search: 'Search',
    searchHint: 'Title, description or tag',
    area: 'Area',
    allAreas: 'All areas',
    status: 'Status',
    allStatuses: 'All',
    sort: 'Order',
    sortOrders: { default: 'Default', newest: 'Newest first', title: 'A–Z' },
    statuses: { planned: 'Planned', ongoing: 'Ongoing', completed: 'Completed' },
    clearFilters: 'Clear filters',
    showMore: 'Show more',
    count: ({ shown, matching, total, filtered }, n) => {
      if (total === 0) return 'There are no initiatives to show.';
      if (matching === 0) return total === 1 ? 'The one initiative does not match.' : `None of the ${n(total)} initiatives match.`;
      if (filtered && shown < matching) return `Showing ${n(shown)} of ${n(matching)} matching initiatives (${n(total)} in total).`;
      if (shown < total) return `Showing ${n(shown)} of ${n(total)} initiatives.`;
      return total === 1 ? 'Showing 1 initiative.' : `Showing all ${n(total)} initiatives.`;
    },
    noMatch: 'No initiatives match the search and filters.',
    noInitiatives: 'There are no initiatives to show.',
    areas: (count) => (count === 1 ? 'Area' : 'Areas'),
    tags: 'Tags',
    start: 'Start',
    end: 'End',
  },
};
