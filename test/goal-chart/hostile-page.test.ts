import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/strategy/define.js';
import '../../src/elements/goal-overview/define.js';
import '../helpers/setup.js';
import { deepElements, insideScroller, withHostileStylesheet } from '../embed/page.js';
import { drawn } from './helpers.js';

describe('goal charts on a hostile page', () => {
  withHostileStylesheet();

  for (const width of [320, 600]) {
    it(`keep every label inside a ${width} px column with large, spaced text`, async () => {
      const column = await fixture<HTMLElement>(html`<div lang="sv">
        <vagval-strategy src="/data/vagval-2020.json">
          <vagval-goal-chart goal="sysselsattningsgrad" as-of="2025"></vagval-goal-chart>
          <vagval-goal-chart goal="ekonomiskt-bistand" type="bar" as-of="2025"></vagval-goal-chart>
          <vagval-goal-chart goal="gymnasieexamen" type="progress" as-of="2025"></vagval-goal-chart>
          <vagval-goal-chart goal="gymnasieexamen" type="sparkline" as-of="2025"></vagval-goal-chart>
          <vagval-goal-overview area="tillvaxt" as-of="2025"></vagval-goal-overview>
        </vagval-strategy>
      </div>`);
      column.style.inlineSize = `${width}px`;
      const charts = [...column.querySelectorAll('vagval-goal-chart')];
      await Promise.all(charts.map((chart) => drawn(chart)));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const limit = column.getBoundingClientRect().right + 1;
      const overflowing = deepElements(column)
        .filter((element) => element.getBoundingClientRect().right > limit && !insideScroller(element))
        .map((element) => `${element.localName}.${element.getAttribute('class') ?? ''} "${element.textContent?.slice(0, 20)}" (${Math.round(element.getBoundingClientRect().right - limit)} px)`);
      expect(overflowing).to.deep.equal([]);
      await waitUntil(() => true);
    });
  }
});
