import { expect } from '@open-wc/testing';
import '../../src/define.js';
import '../helpers/setup.js';
import { strategyPage } from './page.js';

// Each example theme must keep every widget accessible (contrast above all) and actually reach them.
for (const theme of ['landskrona', 'exempelby', 'high-contrast']) {
  describe(`the ${theme} theme`, () => {
    let style: HTMLStyleElement;
    beforeEach(async () => {
      style = document.createElement('style');
      style.textContent = await (await fetch(`/themes/${theme}.css`)).text();
      document.head.append(style);
    });
    afterEach(() => style.remove());

    it('passes axe on a page with every element, and its tokens reach the shadow roots', async () => {
      const page = await strategyPage(900);
      await expect(page).to.be.accessible();
      const card = page.querySelector('vagval-area-grid')!.shadowRoot!.querySelector('vagval-area-card')!;
      const box = card.shadowRoot!.querySelector('[part~="card"]')!;
      const expected = getComputedStyle(document.documentElement).getPropertyValue('--vagval-card-radius').trim();
      expect(expected).to.not.equal('');
      expect(getComputedStyle(box).getPropertyValue('--vagval-card-radius').trim()).to.equal(expected);
    });
  });
}
