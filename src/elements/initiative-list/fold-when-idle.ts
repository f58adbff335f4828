import { searchTextOf, type IndexedInitiative } from '../../initiatives/search-index.js';

const CHUNK = 250;

// Safari has no requestIdleCallback; a short timeout stands in for it there.
const whenIdle = (work: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 2000 }) : setTimeout(work, 50);

/**
 * Prepares the search texts in idle time, a chunk at a time, so the reader's first
 * keystroke does not pay for folding every initiative. Stops when `current()`
 * says the entries are no longer the list's.
 */
export function foldSearchTextsWhenIdle(entries: readonly IndexedInitiative[], current: () => boolean): void {
  let next = 0;
  const step = () => {
    if (!current()) return;
    const end = Math.min(entries.length, next + CHUNK);
    for (; next < end; next++) searchTextOf(entries[next]!);
    if (next < entries.length) whenIdle(step);
  };
  whenIdle(step);
}
