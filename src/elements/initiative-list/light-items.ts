import { isValidPeriod, type Initiative, type Period } from '../../data/index.js';
import { isInitiativeStatus } from '../../initiatives/filter-state.js';

/** The editor's own list items, as children of the element: `<ul><li>…</li></ul>`. */
const LIGHT_ITEMS_SELECTOR = ':scope > ul > li, :scope > ol > li';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The item's text without its summary paragraph, for an item with neither heading nor link. */
function ownText(item: Element, summary: Element | null): string {
  return [...item.childNodes]
    .filter((node) => node !== summary)
    .map((node) => node.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function period(value: string | undefined): Period | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const year = /^\d{4}$/.test(trimmed) ? Number(trimmed) : trimmed;
  return isValidPeriod(year) ? year : undefined;
}

const words = (value: string | undefined, separator: RegExp) =>
  (value ?? '')
    .split(separator)
    .map((word) => word.trim())
    .filter(Boolean);

/**
 * Reads one list item written by a web editor: the title from its heading or
 * first link, the link, the first paragraph as summary, an image, and optional
 * `data-status`, `data-start`, `data-end`, `data-areas` and `data-tags`.
 */
function readItem(item: HTMLLIElement, index: number): Initiative | undefined {
  const link = item.querySelector('a[href]');
  const heading = item.querySelector('h1, h2, h3, h4, h5, h6');
  const paragraph = item.querySelector('p');
  const title = text(heading ?? link) || ownText(item, paragraph);
  if (!title) return undefined;
  const summary = paragraph && !paragraph.contains(heading ?? link) ? text(paragraph) : '';
  const image = item.querySelector('img');
  const status = item.dataset['status']?.trim();
  const start = period(item.dataset['start']);
  const end = period(item.dataset['end']);
  const tags = words(item.dataset['tags'], /,/);
  return {
    id: item.id || `item-${index + 1}`,
    title,
    areas: words(item.dataset['areas'], /[\s,]+/),
    ...(summary ? { summary } : {}),
    ...(link ? { href: link.getAttribute('href') ?? '' } : {}),
    ...(isInitiativeStatus(status) ? { status } : {}),
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
    ...(tags.length ? { tags } : {}),
    ...(image?.getAttribute('src') ? { image: { src: image.getAttribute('src') ?? '', alt: image.getAttribute('alt') ?? '' } } : {}),
  };
}

/** The initiatives written as the element's children, for a list without data. */
export function readLightItems(host: HTMLElement): Initiative[] {
  return [...host.querySelectorAll<HTMLLIElement>(LIGHT_ITEMS_SELECTOR)].flatMap((item, index) => readItem(item, index) ?? []);
}
