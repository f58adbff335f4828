// Small readers of <vagval-feedback>'s shadow DOM for assertions, and a way to mount templates.
import { waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
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

type Updatable = Element & { updateComplete?: Promise<unknown> };

const mounted: HTMLElement[] = [];

/**
 * Renders a template into the page and waits for the Lit elements in it. Unlike
 * open-wc's `fixture`, it never waits for an animation frame: with two test files
 * at once, one runs in a background tab, where frames never come.
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const elements = [...container.querySelectorAll<Updatable>('*')];
  await Promise.all(elements.map((element) => element.updateComplete));
  return container.firstElementChild as T;
}

afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});

/** Waits until the condition holds. Generous: a background tab runs its timers once a second. */
export function eventually(predicate: () => unknown | Promise<unknown>, message = 'the condition never held', timeout = 8000): Promise<void> {
  return waitUntil(predicate as () => boolean | Promise<boolean>, message, { timeout, interval: 25 });
}
