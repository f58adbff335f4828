import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/strategy/define.js';
import * as stories from '../../stories/strategy.stories.js';
import '../helpers/setup.js';
import { renderStory, storiesOf } from '../helpers/stories.js';

describe('<vagval-strategy> stories', () => {
  for (const [name, story] of storiesOf(stories)) {
    it(`${name} renders, settles and passes axe`, async () => {
      const wrapper = await renderStory(stories, story);
      const provider = wrapper.querySelector('vagval-strategy')!;
      await waitUntil(() => provider.getAttribute('state') !== 'loading', 'the story never finished loading');
      await expect(wrapper).to.be.accessible();
    });
  }
});
