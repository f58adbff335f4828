import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/area-grid/define.js';
import '../../src/elements/strategy/define.js';
import * as stories from '../../stories/area-grid.stories.js';
import '../helpers/setup.js';
import { storiesOf } from '../helpers/stories.js';
import { expectCardsForced } from '../stories/forced-colours.js';
import { expectRightToLeft, isForcedColours, underItsEmulation, type TaggedStory } from '../stories/variants.js';
import { mountStory, settle } from '../area-card/fixtures.js';

describe('<vagval-area-grid> stories', () => {
  for (const [name, story] of storiesOf(stories) as [string, TaggedStory][]) {
    it(`${name} renders, settles and passes axe`, async () => {
      await underItsEmulation(story, async () => {
        const wrapper = await mountStory(stories, story);
        for (const provider of wrapper.querySelectorAll('vagval-strategy')) {
          await waitUntil(() => provider.getAttribute('state') !== 'loading', 'the story never finished loading');
        }
        const grid = wrapper.querySelector('vagval-area-grid')!;
        if (grid.hasAttribute('src')) await waitUntil(() => grid.shadowRoot!.childElementCount > 0, 'the grid never settled');
        await settle(wrapper);
        if (isForcedColours(story)) await expectCardsForced([...grid.shadowRoot!.querySelectorAll('vagval-area-card')]);
        if (wrapper.querySelector('[dir="rtl"]')) expectRightToLeft(wrapper);
        await expect(wrapper).to.be.accessible();
      });
    });
  }
});
