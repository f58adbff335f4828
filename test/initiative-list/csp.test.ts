// The list on a page with a strict Content-Security-Policy (no inline styles or scripts):
// no violation, the area colours still arrive, and the filters work.
// The page defines the provider before the list: defining a widget first, while it is
// already in the page, loses its context request (src/core/define.ts attaches the
// ContextRoot after customElements.define, which upgrades the widget synchronously).
import { expect, waitUntil } from '@open-wc/testing';
import '../helpers/setup.js';

describe('<vagval-initiative-list> under a strict CSP', () => {
  it('renders with its area colours, filters, and causes no CSP violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '900px';
    frame.style.blockSize = '700px';
    frame.src = '/__initiative-list__/csp.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const page = frame.contentWindow as Window & { cspViolations: string[] };
      const list = frame.contentDocument!.querySelector('vagval-initiative-list')!;
      await waitUntil(() => list.shadowRoot?.querySelectorAll('.item').length === 3, 'the list never showed its items', { timeout: 10000 });
      const area = list.shadowRoot!.querySelector('.area')!;
      expect(page.getComputedStyle(area).getPropertyValue('--area-color').trim()).to.equal('#00594f');
      expect(page.getComputedStyle(area, '::before').backgroundColor).to.equal('rgb(0, 89, 79)');

      const input = list.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
      input.value = 'motion';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(() => list.shadowRoot!.querySelectorAll('.item:not([hidden])').length === 1, 'the search never filtered');
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear-button"]')!.click();
      await waitUntil(() => list.shadowRoot!.querySelectorAll('.item:not([hidden])').length === 3, 'clearing never showed the items again');
      expect(page.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
