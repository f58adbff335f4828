// A strategy page with every element, for tests that change the host page around them.
// It defines no element itself: each test file imports the define modules it needs.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** Every widget of the library on the sample data, inside a column of the given width. */
export async function strategyPage(width: number, attributes: { dir?: string; lang?: string } = {}): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div class="column" dir=${attributes.dir ?? 'ltr'} lang=${attributes.lang ?? 'sv'}>
    <vagval-strategy src="/data/vagval-2020.json">
      <vagval-area-grid></vagval-area-grid>
      <vagval-area-card area="klimat"></vagval-area-card>
      <vagval-initiative-list filters limit="3"></vagval-initiative-list>
      <vagval-goal-overview area="hallbar-valfard"></vagval-goal-overview>
      <vagval-goal-chart goal="gymnasieexamen"></vagval-goal-chart>
      <vagval-goal-chart goal="gymnasieexamen" type="bar"></vagval-goal-chart>
      <vagval-goal-chart goal="gymnasieexamen" type="progress"></vagval-goal-chart>
      <vagval-goal-chart goal="gymnasieexamen" type="sparkline"></vagval-goal-chart>
      <vagval-feedback helpful></vagval-feedback>
    </vagval-strategy>
  </div>`);
  page.style.inlineSize = `${width}px`;
  const provider = page.querySelector('vagval-strategy')!;
  await waitUntil(() => provider.getAttribute('state') === 'ready', 'the sample data did not load', { timeout: 10000 });
  await settle(page);
  return page;
}

/** What a CMS theme may do around the widgets: global resets, WCAG 1.4.12's text spacing, a huge root font. */
const HOSTILE_CSS = `
  html { font-size: 32px; }
  body { font-family: Georgia, serif; color: rgb(20, 30, 40); }
  * { box-sizing: content-box !important; margin: 0; padding: 0; line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
  button, input, select { all: unset; background: red; }
  svg { inline-size: 100%; block-size: auto; fill: red; }
  a { color: #d0f; text-decoration: none; }
  ul, ol, li { list-style: none; display: block; }
`;

/** Puts HOSTILE_CSS on the page around each test of the calling `describe` block. */
export function withHostileStylesheet(): void {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  afterEach(() => style.remove());
}

/** Waits until every widget has rendered and the layout has had time to follow. */
export async function settle(root: HTMLElement): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const widgets = widgetsIn(root) as LitElement[];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every `vagval-*` element in the tree, including those inside other widgets' shadow roots. */
export function widgetsIn(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.localName.startsWith('vagval-')) found.push(element);
    if (element.shadowRoot) found.push(...widgetsIn(element.shadowRoot));
  }
  return found;
}

/** Every element in the tree, shadow roots included. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** True when the element sits inside a scrolling box (a wide data table may scroll; the page must not). */
export function insideScroller(element: Element): boolean {
  for (let node: Element | null = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host ?? null); node; ) {
    const overflow = getComputedStyle(node).overflowX;
    if (overflow === 'auto' || overflow === 'scroll') return true;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return false;
}

/** A readable name for an element in a failure message: its widget, tag, class and part. */
export function describe(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host;
  const cls = element.getAttribute('class');
  const part = element.getAttribute('part');
  return `${host ? `${host.localName} > ` : ''}${element.localName}${cls ? `.${cls.split(' ').join('.')}` : ''}${part ? `[part=${part}]` : ''}`;
}

/** Hidden on purpose: visually-hidden text for screen readers is clipped to nothing. */
export function clippedAway(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)' || style.display === 'none' || style.visibility === 'hidden') return true;
  }
  return false;
}
