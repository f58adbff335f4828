// Progressive enhancement: an editor's fallback content (the elements' light-DOM children) is what a
// reader sees without JavaScript or before the script has loaded; once the elements are defined it
// gives way to what they render, and is never shown twice. See docs/progressive-enhancement.md.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import '../helpers/setup.js';
import { widgetsIn } from './page.js';
import { deepText } from './page-problems.js';

const PAGE = '/test/pages/fallback.html';
const MIN_FONT_PX = 12;

/** The test page in a frame of its own; `sandbox` without `allow-scripts` turns JavaScript off in it. */
async function openPage(sandbox?: string): Promise<Document> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.width = '900';
  frame.height = '3000';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = PAGE;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const fallbacks = (page: ParentNode) => [...page.querySelectorAll<HTMLElement>('[data-fallback]')];

/** Why a reader could not read the element, or nothing. */
function unreadable(element: HTMLElement): string[] {
  const view = element.ownerDocument.defaultView!;
  const box = element.getBoundingClientRect();
  const style = view.getComputedStyle(element);
  const problems: string[] = [];
  if (!element.textContent?.trim()) problems.push('no text');
  if (box.width < 1 || box.height < 1) problems.push(`size ${box.width}×${box.height}`);
  if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) problems.push('hidden');
  if (parseFloat(style.fontSize) < MIN_FONT_PX) problems.push(`font-size ${style.fontSize}`);
  return problems;
}

/** How many rendered text nodes, in the page and in every shadow root, contain `text`. */
function shownCount(root: Document | ShadowRoot, text: string): number {
  let count = 0;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Node types, not instanceof: the page is in another frame's realm.
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.textContent!.includes(text) && node.parentElement!.getClientRects().length > 0) count++;
    } else if ((node as Element).shadowRoot) count += shownCount((node as Element).shadowRoot!, text);
  }
  return count;
}

describe('fallback content written in the page', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('is readable without JavaScript, in every element', async () => {
    const page = await openPage('allow-same-origin');
    const problems = fallbacks(page).flatMap((element) => unreadable(element).map((problem) => `${element.dataset['fallback']}: ${problem}`));
    expect(fallbacks(page)).to.have.length(7);
    expect(problems).to.deep.equal([]);
  });

  it('gives way to what the elements render once the script has run, and is never shown twice', async () => {
    const page = await openPage();
    const script = page.createElement('script');
    script.type = 'module';
    script.src = '/src/define.ts';
    page.head.append(script);
    const provider = page.querySelector('vagval-strategy')!;
    await waitUntil(() => provider.getAttribute('state') === 'ready', 'the data did not load', { timeout: 10000 });
    // The provider renders nothing of its own: only a slot for the page.
    const widgets = (widgetsIn(page.body) as LitElement[]).filter((widget) => widget !== provider);
    const silent = () => widgets.filter((widget) => !deepText(widget).trim()).map((widget) => widget.localName);
    await waitUntil(() => !silent().length, `not every element rendered: ${silent()}`);
    await Promise.all(widgets.map((widget) => widget.updateComplete));

    for (const element of fallbacks(page)) {
      const name = element.dataset['fallback'];
      if (element.assignedSlot) {
        // Slotted content (the card's summary) stays, once: the element does not repeat it.
        expect(unreadable(element), name).to.deep.equal([]);
        expect(deepText(element.parentElement!), name).to.not.contain(element.textContent!.trim());
      } else {
        expect(element.getClientRects().length, `${name} is still shown`).to.equal(0);
      }
    }
    // The items the list read from the editor's own <li>s, and the card's summary: each shown once.
    expect(shownCount(page, 'Nattvandring i centrum')).to.equal(1);
    expect(shownCount(page, 'Alla ska känna sig trygga i hela staden.')).to.equal(1);
    // What the elements render from the data instead.
    expect(shownCount(page, 'Fler elever tar gymnasieexamen inom fyra år')).to.be.greaterThan(0);
  });
});

describe('fallback content when the data fails', () => {
  const MISSING = '/data/no-such-strategy.json';

  /** Every element with fallback children: inside a provider whose data fails, and each with a failing `src` of its own. */
  async function failingPage(): Promise<HTMLElement> {
    const page = await fixture<HTMLElement>(html`<div lang="sv">
      <vagval-strategy src=${MISSING}>
        <vagval-area-grid><ul data-fallback="area-grid"><li><a href="/vagval/klimat">Klimat i provider</a></li></ul></vagval-area-grid>
        <vagval-area-card area="klimat"><span data-fallback="area-card">Kortets text i provider.</span></vagval-area-card>
        <vagval-initiative-list><ul data-fallback="initiative-list"><li><a href="/initiativ">Initiativ i provider</a></li></ul></vagval-initiative-list>
        <vagval-goal-overview area="klimat"><p data-fallback="goal-overview"><a href="/mal">Målen i provider</a></p></vagval-goal-overview>
        <vagval-goal-chart goal="gymnasieexamen"><p data-fallback="goal-chart">Diagrammets text i provider.</p></vagval-goal-chart>
        <vagval-feedback><p data-fallback="feedback">Återkoppling i provider.</p></vagval-feedback>
      </vagval-strategy>
      <vagval-area-grid src=${MISSING}><ul data-fallback="own area-grid"><li><a href="/vagval">Alla områden</a></li></ul></vagval-area-grid>
      <vagval-area-card area="klimat" src=${MISSING}><span data-fallback="own area-card">Kortets egen text.</span></vagval-area-card>
      <vagval-initiative-list src=${MISSING}><ul data-fallback="own initiative-list"><li><a href="/initiativ">Alla initiativ</a></li></ul></vagval-initiative-list>
      <vagval-goal-overview area="klimat" src=${MISSING}><p data-fallback="own goal-overview"><a href="/mal">Målen för klimatet</a></p></vagval-goal-overview>
      <vagval-goal-chart goal="gymnasieexamen" src=${MISSING}><p data-fallback="own goal-chart">Diagrammets egen text.</p></vagval-goal-chart>
      <vagval-feedback src=${MISSING}><p data-fallback="own feedback">Egen återkoppling.</p></vagval-feedback>
    </div>`);
    const failed = (element: Element) => element.localName === 'vagval-strategy' || element.hasAttribute('src');
    const widgets = widgetsIn(page) as LitElement[];
    await waitUntil(
      () => widgets.filter(failed).every((widget) => widget.shadowRoot?.querySelector('.error')),
      'not every failing element showed its error',
      { timeout: 10000 },
    );
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    return page;
  }

  it('stays readable, once, under the error message', async () => {
    const page = await failingPage();
    const problems = fallbacks(page).flatMap((element) => unreadable(element).map((problem) => `${element.dataset['fallback']}: ${problem}`));
    expect(fallbacks(page)).to.have.length(12);
    expect(problems).to.deep.equal([]);
    for (const element of fallbacks(page)) {
      expect(shownCount(document, element.textContent!.trim()), element.dataset['fallback']).to.equal(1);
    }
    // The message comes first: the provider's above its page, an element's own above its fallback.
    for (const widget of widgetsIn(page).filter((element) => element.hasAttribute('src'))) {
      const error = widget.shadowRoot!.querySelector('.error')!;
      const fallback = widget.querySelector('[data-fallback]')!;
      expect(error.checkVisibility(), widget.localName).to.equal(true);
      expect(fallback.getBoundingClientRect().top, widget.localName).to.be.greaterThan(error.getBoundingClientRect().bottom - 1);
    }
    expect(page.querySelector('vagval-strategy')!.shadowRoot!.querySelector('.error')!.checkVisibility()).to.equal(true);
  });

  it('passes axe with the error messages and the fallbacks shown', async () => {
    const page = await failingPage();
    await expect(page).to.be.accessible();
  });

  it('gives way again when the data arrives', async () => {
    const page = await failingPage();
    const grid = page.querySelector<LitElement>('vagval-area-grid[src]')!;
    grid.setAttribute('src', '/data/vagval-2020.json');
    await waitUntil(() => grid.shadowRoot!.querySelector('.grid'), 'the grid did not render its data', { timeout: 10000 });
    expect(grid.querySelector<HTMLElement>('[data-fallback]')!.getClientRects()).to.have.length(0);
  });
});

