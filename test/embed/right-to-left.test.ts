import { expect } from '@open-wc/testing';
import '../../src/define.js';
import '../helpers/setup.js';
import { clippedAway, deepElements, describe as name, insideScroller, strategyPage } from './page.js';

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
});
