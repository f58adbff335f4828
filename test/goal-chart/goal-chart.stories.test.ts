import { expect, waitUntil } from '@open-wc/testing';
import * as stories from '../../stories/goal-chart.stories.js';
import '../helpers/setup.js';
import { renderStory, storiesOf } from '../helpers/stories.js';
import { expectChartForced } from '../stories/forced-colours.js';
import { expectRightToLeft, isForcedColours, underItsEmulation, type TaggedStory } from '../stories/variants.js';

/** Settled: every provider has loaded or failed, and every chart shows its status, an error, nothing, or its loading text. */
function settled(wrapper: HTMLElement): boolean {
  const providers = [...wrapper.querySelectorAll('vagval-strategy')];
  if (providers.some((provider) => provider.getAttribute('state') === 'loading')) return false;
  return [...wrapper.querySelectorAll('vagval-goal-chart')].every((chart) => {
    const root = chart.shadowRoot!;
    if (root.querySelector('[part="error"], .loading')) return true;
    if (!chart.hasAttribute('status')) return providers.some((provider) => provider.getAttribute('state') === 'error');
    // With values, wait for the graphics too.
    return chart.getAttribute('status') === 'no-data' || Boolean(root.querySelector('svg.graphic, svg.sparkline-graphic'));
  });
}

describe('<vagval-goal-chart> stories', () => {
  for (const [name, story] of storiesOf(stories) as [string, TaggedStory][]) {
    it(`${name} renders, settles and passes axe`, async () => {
      await underItsEmulation(story, async () => {
        const wrapper = await renderStory(stories, story);
        await waitUntil(() => settled(wrapper), 'the story never settled', { timeout: 8000 });
        const charts = wrapper.querySelectorAll('vagval-goal-chart');
        expect(charts.length).to.be.greaterThan(0);
        if (isForcedColours(story)) await expectChartForced(charts[0]!);
        if (wrapper.querySelector('[dir="rtl"]')) expectRightToLeft(wrapper);
        await expect(wrapper).to.be.accessible();
      });
    });
  }
});
