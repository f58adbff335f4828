import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/strategy/define.js';
import * as stories from '../../stories/strategy.stories.js';
import '../helpers/setup.js';
import { renderStory, storiesOf } from '../helpers/stories.js';
import { expectErrorForced } from '../stories/forced-colours.js';
import { expectRightToLeft, isForcedColours, underItsEmulation, type TaggedStory } from '../stories/variants.js';

describe('<vagval-strategy> stories', () => {
  for (const [name, story] of storiesOf(stories) as [string, TaggedStory][]) {
    it(`${name} renders, settles and passes axe`, async () => {
      await underItsEmulation(story, async () => {
        const wrapper = await renderStory(stories, story);
        const provider = wrapper.querySelector('vagval-strategy')!;
        await waitUntil(() => provider.getAttribute('state') !== 'loading', 'the story never finished loading');
        if (isForcedColours(story)) expectErrorForced(provider);
        if (wrapper.querySelector('[dir="rtl"]')) expectRightToLeft(wrapper);
        await expect(wrapper).to.be.accessible();
      });
    });
  }
});
