import { KoladaError } from './errors.js';

/** Kolada allows this many ids in one path segment (`kpi/N1,N2,…`). */
export const MAX_IDS_PER_SEGMENT = 25;

// Kolada's ids are letters and digits (N17461, U23401, 1282, 0000, G160931). Anything
// else would break the comma-separated path segments, so it never reaches a URL.
const ID = /^[A-Z0-9]{1,20}$/;

/** The id as Kolada writes it (trimmed, upper case), or a `not-found` error for text that cannot be an id. */
export function koladaId(text: string, what: 'KPI' | 'municipality'): string {
  const id = String(text).trim().toUpperCase();
  if (ID.test(id)) return id;
  const example = what === 'KPI' ? 'N17461' : '1282 (0000 is the whole country)';
  throw new KoladaError('not-found', `"${text}" is not a Kolada ${what} id; they look like ${example}.`);
}

/** The distinct values, sorted, so equal batches make equal URLs. */
export function distinctSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

export function chunks<T>(items: readonly T[], size: number = MAX_IDS_PER_SEGMENT): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
