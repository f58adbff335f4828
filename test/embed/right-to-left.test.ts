import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import '../helpers/setup.js';
import { clippedAway, deepElements, describe as name, insideScroller, strategyPage } from './page.js';

const LATIN_LETTER = /[A-Za-zÀ-ÖØ-öø-ÿ]/;

/** The visible characters under `element`, in logical order, each with the box it is drawn in. */
function drawnCharacters(element: Element): { char: string; box: DOMRect }[] {
  const found: { char: string; box: DOMRect }[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (clippedAway(node.parentElement!)) continue;
    for (let offset = 0; offset < node.length; offset++) {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const box = range.getClientRects()[0];
      if (box && box.width > 0 && node.data[offset]!.trim()) found.push({ char: node.data[offset]!, box });
    }
  }
  return found;
}

/**
 * Text blocks whose Swedish or English text is drawn out of order: a character (a full stop, a colon,
 * a number) lands to the left of the one before it on the same line, as happens when left-to-right
 * text takes the page's right-to-left direction.
 */
function misorderedText(root: Element): string[] {
  const problems: string[] = [];
  for (const element of deepElements(root)) {
    const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
    if (!ownText || element.closest('svg')) continue;
    const chars = drawnCharacters(element);
    const firstLetter = chars.find(({ char }) => /\p{L}/u.test(char));
    if (!firstLetter || !LATIN_LETTER.test(firstLetter.char)) continue;
    const backwards = chars.some(({ box }, index) => {
      const before = chars[index - 1]?.box;
      return before !== undefined && Math.abs(box.top - before.top) < before.height / 2 && box.left < before.left;
    });
    if (backwards) problems.push(`${name(element)}: "${chars.map(({ char }) => char).join('')}"`);
  }
  return problems;
}

describe('right-to-left pages', () => {
  it('mirror the layout: content starts at the right edge and nothing spills out', async () => {
    const page = await strategyPage(600, { dir: 'rtl' });
    const box = page.getBoundingClientRect();
    const spilling = deepElements(page).filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && (rect.left < box.left - 1 || rect.right > box.right + 1) && !insideScroller(element) && !clippedAway(element);
    });
    expect(spilling.map((element) => `${name(element)} ${Math.round(element.getBoundingClientRect().left - box.left)}..${Math.round(element.getBoundingClientRect().right - box.right)}`)).to.deep.equal([]);

    // A card's title text hugs the right side of the card.
    const card = page.querySelector('vagval-area-card')!;
    const link = card.shadowRoot!.querySelector('[part~="link"]')!;
    const text = document.createRange();
    text.selectNodeContents(link);
    const cardBox = card.getBoundingClientRect();
    const textBox = text.getBoundingClientRect();
    expect(cardBox.right - textBox.right).to.be.lessThan(textBox.left - cardBox.left);
    expect(getComputedStyle(link).direction).to.equal('rtl');
  });

  it('draw Swedish text in its own order: punctuation and numbers at the end of the sentence', async () => {
    const page = await strategyPage(600, { dir: 'rtl' });
    expect(misorderedText(page)).to.deep.equal([]);
  });

  it('mirror the arrows that point the way the page reads, and only on right-to-left pages', async () => {
    for (const dir of ['rtl', 'ltr']) {
      const page = await strategyPage(600, { dir });
      const mirrored = dir === 'rtl' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none';
      const card = page.querySelector('vagval-area-card')!.shadowRoot!;
      const link = card.querySelector('.link')!;
      expect(getComputedStyle(link, '::after').transform, `${dir}: card link arrow`).to.equal(mirrored);
      // The arrow follows the title in reading order: at its left on a right-to-left page.
      const title = document.createRange();
      title.selectNodeContents(link.querySelector('.link-text')!);
      const arrowSide = link.getBoundingClientRect().left < title.getBoundingClientRect().left - 1 ? 'rtl' : 'ltr';
      expect(arrowSide, `${dir}: side of the card link arrow`).to.equal(dir);

      const onTrack = deepElements(page).filter((element) => element.matches('.status-on-track :is(.status-icon, .status-shape)'));
      expect(onTrack, 'the sample data has goals on track').to.not.be.empty;
      expect(onTrack.map((element) => getComputedStyle(element).transform)).to.deep.equal(onTrack.map(() => mirrored));
      page.remove();
    }
  });

  it('keep the layout mirrored around text that reads left to right', async () => {
    const page = await strategyPage(600, { dir: 'rtl' });
    // A goal status's icon comes first, so on the right of its Swedish words.
    const item = page.querySelector('vagval-area-card')!.shadowRoot!.querySelector('.status-item')!;
    const icon = item.querySelector('.status-icon')!.getBoundingClientRect();
    const words = item.querySelector('.status-text')!.getBoundingClientRect();
    expect(icon.left).to.be.greaterThan(words.right - 1);
    // The text lines up with the mirrored layout: the count of initiatives ends at the right edge.
    const list = page.querySelector('vagval-initiative-list')!;
    const count = document.createRange();
    count.selectNodeContents(list.shadowRoot!.querySelector('.count')!);
    expect(list.getBoundingClientRect().right - count.getBoundingClientRect().right).to.be.lessThan(2);
  });

  it('keep each mark on the start side of its Swedish words: the error icon, the details marker, an area’s swatch', async () => {
    const textBox = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect();
    };
    const page = await fixture<HTMLElement>(html`<div dir="rtl" lang="sv"><vagval-area-grid src="/data/no-such-strategy.json"></vagval-area-grid></div>`);
    const grid = page.querySelector<LitElement>('vagval-area-grid')!;
    await waitUntil(() => grid.shadowRoot!.querySelector('.error'), 'the error did not show', { timeout: 10000 });
    // The icon is right of the message's words, with its space between them.
    const message = grid.shadowRoot!.querySelector('.error-message')!;
    const icon = message.querySelector('.error-icon')!.getBoundingClientRect();
    expect(icon.left - textBox(message.lastChild!).right).to.be.within(3, 12);
    // The details' marker is on the right: the words end short of the summary's right edge.
    const summary = grid.shadowRoot!.querySelector('summary')!;
    expect(summary.getBoundingClientRect().right - textBox(summary.querySelector('.summary-text')!).right).to.be.at.least(8);

    // A pseudo-element has no box to measure: the area's name ends short of its item's right edge by the swatch and its space.
    const list = (await strategyPage(600, { dir: 'rtl' })).querySelector('vagval-initiative-list')!;
    const area = list.shadowRoot!.querySelector('.area')!;
    const swatch = getComputedStyle(area, '::before');
    const name = [...area.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
    const expected = parseFloat(swatch.inlineSize) + parseFloat(swatch.marginInlineEnd);
    expect(area.getBoundingClientRect().right - textBox(name).right).to.be.closeTo(expected, 1.5);
  });

  it('draw the error view and the editor’s fallback in their own order', async () => {
    // The fallback is the page's own HTML: the editor marks its direction (docs/progressive-enhancement.md).
    const page = await fixture<HTMLElement>(html`<div dir="rtl" lang="sv">
      <vagval-area-grid src="/data/no-such-strategy.json"><p dir="auto">Läs om områdena på sidan Vägval 2020.</p></vagval-area-grid>
    </div>`);
    const grid = page.querySelector<LitElement>('vagval-area-grid')!;
    await waitUntil(() => grid.shadowRoot!.querySelector('.error'), 'the error did not show', { timeout: 10000 });
    grid.shadowRoot!.querySelector('details')!.open = true;
    await grid.updateComplete;
    expect(misorderedText(page)).to.deep.equal([]);
    expect(grid.querySelector('p')!.getClientRects()).to.have.length(1);
  });
});

