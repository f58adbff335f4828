import type { SortOrder } from './filter-state.js';
import type { IndexedInitiative } from './search-index.js';

const collators = new Map<string, Intl.Collator>();

/**
 * A collator for titles: Swedish rules by default (å, ä, ö after z), numbers
 * compared by value so "Etapp 2" comes before "Etapp 10".
 */
function titleCollator(lang = 'sv'): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
    collators.set(lang, collator);
  }
  return collator;
}

const byPosition = (a: IndexedInitiative, b: IndexedInitiative) => a.position - b.position;

/** Latest start first; initiatives without a start last, in data order. */
function byNewest(a: IndexedInitiative, b: IndexedInitiative): number {
  const aKnown = !Number.isNaN(a.start);
  const bKnown = !Number.isNaN(b.start);
  if (aKnown !== bKnown) return aKnown ? -1 : 1;
  return (aKnown && b.start - a.start) || byPosition(a, b);
}

/**
 * A new array in the given order; the input is left as it is. Titles are compared
 * by the rules of `lang` (the data's language; Swedish when it has none).
 */
export function sortInitiatives(entries: readonly IndexedInitiative[], order: SortOrder, lang = 'sv'): IndexedInitiative[] {
  const sorted = [...entries];
  if (order === 'newest') return sorted.sort(byNewest);
  if (order === 'title') {
    // Made only when needed: building a collator costs more than sorting a few hundred titles.
    const collator = titleCollator(lang);
    return sorted.sort((a, b) => collator.compare(a.initiative.title, b.initiative.title) || byPosition(a, b));
  }
  return sorted.sort(byPosition);
}
