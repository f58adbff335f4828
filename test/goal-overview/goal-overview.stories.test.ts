import { expect, waitUntil } from '@open-wc/testing';
import * as stories from '../../stories/goal-overview.stories.js';
import '../helpers/setup.js';
import { renderStory, storiesOf } from '../helpers/stories.js';
import { expectOverviewForced } from '../stories/forced-colours.js';
import { expectRightToLeft, isForcedColours, underItsEmulation, type TaggedStory } from '../stories/variants.js';

/** Settled: every provider has loaded or failed, and the overview shows its table, a message, an error, nothing, or its loading text. */
function settled(wrapper: HTMLElement): boolean {
  const providers = [...wrapper.querySelectorAll('vagval-strategy')];
  if (providers.some((provider) => provider.getAttribute('state') === 'loading')) return false;
  const overview = wrapper.querySelector('vagval-goal-overview')!;
  const root = overview.shadowRoot!;
  return Boolean(root.querySelector('table, .empty, [part="error"], .loading')) || providers.some((provider) => provider.getAttribute('state') === 'error');
}

describe('<vagval-goal-overview> stories', () => {
  for (const [name, story] of storiesOf(stories) as [string, TaggedStory][]) {
    it(`${name} renders, settles and passes axe`, async () => {
      await underItsEmulation(story, async () => {
        const wrapper = await renderStory(stories, story);
        await waitUntil(() => settled(wrapper), 'the story never settled', { timeout: 8000 });
        if (isForcedColours(story)) expectOverviewForced(wrapper.querySelector('vagval-goal-overview')!);
        if (wrapper.querySelector('[dir="rtl"]')) expectRightToLeft(wrapper);
        await expect(wrapper).to.be.accessible();
      });
    });
  }
});
