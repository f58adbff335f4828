import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/area-card/define.js';
import '../../src/elements/strategy/define.js';
import * as stories from '../../stories/area-card.stories.js';
import '../helpers/setup.js';
import { storiesOf } from '../helpers/stories.js';
import { expectCardsForced } from '../stories/forced-colours.js';
import { expectRightToLeft, isForcedColours, underItsEmulation, type TaggedStory } from '../stories/variants.js';
import { mountStory, settle } from './fixtures.js';

describe('<vagval-area-card> stories', () => {
  for (const [name, story] of storiesOf(stories) as [string, TaggedStory][]) {
    it(`${name} renders, settles and passes axe`, async () => {
      await underItsEmulation(story, async () => {
        const wrapper = await mountStory(stories, story);
        for (const provider of wrapper.querySelectorAll('vagval-strategy')) {
          await waitUntil(() => provider.getAttribute('state') !== 'loading', 'the story never finished loading');
        }
        await settle(wrapper);
        const cards = [...wrapper.querySelectorAll('vagval-area-card')];
        expect(cards.length).to.be.above(0);
        for (const card of cards) expect(card.shadowRoot!.childElementCount, `${name}: a card rendered nothing`).to.be.above(0);
        if (isForcedColours(story)) await expectCardsForced(cards);
        if (wrapper.querySelector('[dir="rtl"]')) expectRightToLeft(wrapper);
        await expect(wrapper).to.be.accessible();
      });
    });
  }
});
