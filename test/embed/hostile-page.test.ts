import { expect } from '@open-wc/testing';
import '../helpers/setup.js';
import { clippedAway, deepElements, describe as name, insideScroller, strategyPage } from './page.js';

// Global resets a CMS theme might carry, WCAG 1.4.12's text spacing, and a huge root font size.
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

describe('a hostile host page', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  afterEach(() => style.remove());

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
