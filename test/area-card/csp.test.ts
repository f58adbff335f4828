// The card and the grid on a page with a strict Content-Security-Policy (no inline
// styles or scripts): no violation, and the area colour still reaches the card.
import { expect, waitUntil } from '@open-wc/testing';
import '../helpers/setup.js';

describe('<vagval-area-card> and <vagval-area-grid> under a strict CSP', () => {
  it('render with their colours and cause no CSP violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '900px';
    frame.style.blockSize = '900px';
    frame.src = '/__area_card__/csp.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const page = frame.contentWindow as Window & { cspViolations: string[] };
      const doc = frame.contentDocument!;
      const grid = doc.querySelector('vagval-area-grid')!;
      await waitUntil(() => (grid.shadowRoot?.querySelectorAll('vagval-area-card') ?? []).length === 5, 'the grid never showed its cards', { timeout: 10000 });
      const firstCard = grid.shadowRoot!.querySelector('vagval-area-card')!;
      await waitUntil(() => firstCard.shadowRoot?.querySelector('[part~="card"]'), 'the first card never rendered');
      const standalone = doc.querySelector('#standalone')!.shadowRoot!.querySelector('[part~="card"]')!;
      expect(page.getComputedStyle(standalone).borderTopColor).to.equal('rgb(46, 107, 48)');
      const gridCard = firstCard.shadowRoot!.querySelector('[part~="card"]')!;
      expect(page.getComputedStyle(gridCard).borderTopColor).to.equal('rgb(0, 89, 79)');
      expect(page.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
