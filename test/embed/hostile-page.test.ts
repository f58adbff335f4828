import { expect } from '@open-wc/testing';
import '../helpers/setup.js';
import '../../src/define.js';
import { clippedAway, deepElements, describe as name, insideScroller, strategyPage, withHostileStylesheet } from './page.js';

describe('a hostile host page', () => {
  withHostileStylesheet();

  it('keeps every widget inside a 320 px column, readable, in the page font and colour', async () => {
    const page = await strategyPage(320);
    const limit = page.getBoundingClientRect().right + 1;
    const overflowing = deepElements(page)
      .filter((element) => element.getBoundingClientRect().right > limit && !insideScroller(element) && !clippedAway(element))
      .map((element) => `${name(element)} (${Math.round(element.getBoundingClientRect().right - limit)} px)`);
    expect(overflowing, 'elements wider than the column').to.deep.equal([]);

    for (const widget of page.querySelectorAll('vagval-area-card, vagval-initiative-list, vagval-goal-chart, vagval-feedback')) {
      const text = [...widget.shadowRoot!.querySelectorAll('p, h2, h3, h4, span')].find((element) => element.textContent?.trim());
      expect(text, `${widget.localName} shows text`).to.exist;
      const computed = getComputedStyle(text!);
      expect(computed.fontFamily, widget.localName).to.equal('Georgia, serif');
      expect(widget.getBoundingClientRect().height, widget.localName).to.be.greaterThan(0);
    }
  });
});
