import { expect, fixture, html } from '@open-wc/testing';
import { whenChartsUsed } from '../../src/lazy-charts.js';
import '../helpers/setup.js';

// MutationObserver callbacks run as microtasks; one macrotask later they have all run.
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('whenChartsUsed', () => {
  it('calls back at once when the root already holds a chart tag', async () => {
    const root = await fixture(html`<div><p><vagval-goal-overview></vagval-goal-overview></p></div>`);
    let calls = 0;
    whenChartsUsed(root, () => calls++);
    expect(calls).to.equal(1);
  });

  it('calls back once, when a chart tag is inserted inside a block, and not for other insertions', async () => {
    const root = await fixture(html`<div></div>`);
    let calls = 0;
    whenChartsUsed(root, () => calls++);
    root.append(document.createElement('vagval-area-card'), 'text');
    await settle();
    expect(calls).to.equal(0);
    const block = document.createElement('section');
    block.append(document.createElement('vagval-goal-chart'));
    root.append(block);
    await settle();
    root.append(document.createElement('vagval-goal-chart'));
    await settle();
    expect(calls).to.equal(1);
  });

  it('does not see chart tags inside shadow roots (pages call defineCharts() for those)', async () => {
    const root = await fixture(html`<div></div>`);
    let calls = 0;
    whenChartsUsed(root, () => calls++);
    const host = document.createElement('div');
    root.append(host);
    host.attachShadow({ mode: 'open' }).append(document.createElement('vagval-goal-chart'));
    await settle();
    expect(calls).to.equal(0);
  });
});
