// Shared by the initiative list's browser tests: what the list shows, read from its shadow root.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements/initiative-list/define.js';
import '../../src/elements/strategy/define.js';
import type { VagvalInitiativeList } from '../../src/elements/initiative-list/initiative-list.js';
import { stateIs } from '../helpers/setup.js';

/** The small Swedish fixture: nine initiatives, three areas. */
export const FIXTURE_URL = '/test/initiative-list/fixtures/initiatives.json';

/** The same fixture through the test route, answered after `delay` ms (a new URL each call, so nothing is cached). */
let counter = 0;
export function delayedUrl(delay: number, file = 'initiatives.json'): string {
  return `/__initiative-list__/data?file=${file}&delay=${delay}&n=${Date.now()}-${++counter}`;
}

/** Renders `template` and returns its first `<vagval-initiative-list>` once it shows data. */
export async function renderList(template: TemplateResult): Promise<VagvalInitiativeList> {
  const root = await fixture<HTMLElement>(template);
  const list = root.localName === 'vagval-initiative-list' ? (root as VagvalInitiativeList) : root.querySelector('vagval-initiative-list')!;
  await waitUntil(() => list.shadowRoot?.querySelector('.count, .error, .empty'), 'the list never showed its data', { timeout: 5000 });
  await list.updateComplete;
  return list;
}

/** Renders `list` in a provider of the generated 2,000 initiatives; resolves once the provider has them (the list may still be building). */
export async function renderLarge(list: TemplateResult): Promise<VagvalInitiativeList> {
  const provider = await fixture<HTMLElement>(html`<vagval-strategy src="data/generated/large-strategy.json">${list}</vagval-strategy>`);
  await stateIs(provider, 'ready');
  return provider.querySelector<VagvalInitiativeList>('vagval-initiative-list')!;
}

/** A list inside a provider of the fixture, with the given attributes. */
export function listOfFixture(attributes: TemplateResult, url = FIXTURE_URL): TemplateResult {
  return html`<vagval-strategy src=${url}>${attributes}</vagval-strategy>`;
}

export function part<T extends Element = HTMLElement>(list: Element, selector: string): T {
  const found = list.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in <${list.localName}>`);
  return found;
}

/** The items a reader sees, in order. */
export function shownItems(list: Element): HTMLElement[] {
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>('.group:not([hidden]) > .item:not([hidden])')];
}

export function shownTitles(list: Element): string[] {
  return shownItems(list).map((item) => item.querySelector('.title')!.textContent!.trim());
}

export function countText(list: Element): string {
  return part(list, '[part="count"]').textContent!.trim();
}

export function liveText(list: Element): string {
  return part(list, '[role="status"]').textContent!.trim();
}

/** The text of an element with its whitespace collapsed. */
export function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Remembers the page URL and puts it back: the tests write filters into it. */
export function keepPageUrl(): void {
  let original = '';
  beforeEach(() => {
    original = window.location.href;
  });
  afterEach(() => {
    window.dispatchEvent(new Event('pagehide'));
    history.replaceState(history.state, '', original);
  });
}

/** The page URL's parameters. */
export function pageParams(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}
