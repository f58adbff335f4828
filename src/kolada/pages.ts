// Follows Kolada's `next_url` paging and joins the pages' `values`.
import { KOLADA_API } from './api.js';
import { KoladaError } from './errors.js';
import { getJson, type GetOptions } from './http.js';
import { readPage } from './rows.js';

export { KOLADA_API };

const STAND_IN_ORIGIN = 'http://relative.invalid';

/** A guard against an answer that pages forever. */
const MAX_PAGES = 200;

/**
 * The address of the next page, resolved against the current one. A link into Kolada's
 * own API is moved onto `base`, so a proxy or mirror that passes Kolada's `next_url` on
 * unchanged is still the only server the browser talks to.
 */
export function nextPageUrl(next: string, current: string, base: string): string {
  if (base !== KOLADA_API && next.startsWith(`${KOLADA_API}/`)) return base + next.slice(KOLADA_API.length);
  try {
    // A relative base makes relative request URLs: resolve against a stand-in origin, then drop it.
    const url = new URL(next, new URL(current, STAND_IN_ORIGIN));
    return url.origin === STAND_IN_ORIGIN ? url.pathname + url.search : url.href;
  } catch {
    return next;
  }
}

/** Every value of every page, starting at `url`. */
export async function getAllValues(url: string, base: string, options: GetOptions): Promise<unknown[]> {
  const values: unknown[] = [];
  const seen = new Set<string>();
  let next: string | undefined = url;
  while (next !== undefined) {
    if (seen.has(next) || seen.size >= MAX_PAGES) {
      throw new KoladaError('invalid', `Kolada's answer for ${url} keeps linking to more pages (${next}).`, { url });
    }
    seen.add(next);
    const page = readPage(await getJson(next, options));
    if (!page) throw new KoladaError('invalid', `Kolada's answer for ${next} has no "values" list.`, { url: next });
    for (const value of page.values) values.push(value);
    next = page.next === undefined ? undefined : nextPageUrl(page.next, next, base);
  }
  return values;
}
