// Small readers of <vagval-feedback>'s shadow DOM for assertions.
import type { VagvalFeedback } from '../../src/elements/feedback/feedback.js';

export function part<T extends Element = HTMLElement>(el: VagvalFeedback, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** The visible text of a part, whitespace collapsed. */
export function textOf(el: VagvalFeedback, name: string): string {
  return part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function hrefOf(el: VagvalFeedback, name: string): string | null {
  return part<HTMLAnchorElement>(el, name)?.getAttribute('href') ?? null;
}

/** Everything the element shows, whitespace collapsed. */
export function shownText(el: VagvalFeedback): string {
  return el.shadowRoot!.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The page URL as the element sends it: the test page's address without query and fragment. */
export function thisPage(): string {
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = '';
  return url.href;
}
