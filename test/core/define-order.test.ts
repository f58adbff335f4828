// This file defines nothing at import time: the first defineElement() call of the page happens in the test.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { VagvalDataElement } from '../../src/core/data-element.js';
import { defineElement } from '../../src/core/define.js';
import { VagvalStrategy } from '../../src/elements/strategy/strategy.js';
import '../helpers/setup.js';

class OrderProbe extends VagvalDataElement {
  override render() {
    return litHtml`<p>${this.strategy?.title ?? this.strategyState.status}</p>`;
  }
}

describe('defining widgets before their provider', () => {
  it('still gets the data to a widget whose tag was the first one defined on the page', async () => {
    const data = JSON.stringify({ version: 1, title: 'Först definierad', areas: [{ id: 'a', title: 'A' }] });
    const page = await fixture(html`<div><order-strategy><script type="application/json">${data}</script><order-probe></order-probe></order-strategy></div>`);
    expect(customElements.get('vagval-strategy')).to.equal(undefined);
    defineElement('order-probe', OrderProbe);
    defineElement('order-strategy', class extends VagvalStrategy {});
    const probe = page.querySelector('order-probe') as LitElement;
    await waitUntil(() => probe.shadowRoot?.textContent?.includes('Först definierad'), 'the widget never got the data');
  });
});
