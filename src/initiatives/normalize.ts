// Combining marks left behind when NFD splits "ä" into "a" + "¨".
const COMBINING_MARKS = /\p{M}+/gu;
const WHITESPACE = /\s+/gu;

/**
 * Text folded for searching: no accents, lower case, single spaces, so
 * "Hälsa" and "halsa" compare equal. Swedish å, ä and ö fold to a and o,
 * which is what people type on a keyboard without them.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(WHITESPACE, ' ').trim();
}

/** The words of a search query, folded; an empty list for an empty query. */
export function searchTerms(query: string): string[] {
  const folded = normalizeText(query);
  return folded === '' ? [] : folded.split(' ');
}

/** True when folded `text` contains every term (terms hold no spaces, so none spans two fields). */
export function containsAllTerms(text: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!text.includes(term)) return false;
  return true;
}

/**
 * True when a text holding every term of `next` surely holds every term of
 * `previous`: each earlier term is part of a later one, as when the reader types
 * on ("tryg" after "try"). Then only what matched before can match now.
 */
export function narrowsTerms(next: readonly string[], previous: readonly string[]): boolean {
  return previous.every((term) => next.some((word) => word.includes(term)));
}
