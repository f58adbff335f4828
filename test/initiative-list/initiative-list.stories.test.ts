import { expect, waitUntil } from '@open-wc/testing';
import type { VagvalInitiativeList } from '../../src/elements/initiative-list/initiative-list.js';
import * as stories from '../../stories/initiative-list.stories.js';
import '../helpers/setup.js';
import { renderStory, storiesOf } from '../helpers/stories.js';
import { expectListForced } from '../stories/forced-colours.js';
import { expectRightToLeft, isForcedColours, underItsEmulation, type TaggedStory } from '../stories/variants.js';
import { countText, keepPageUrl, part, shownItems } from './helpers.js';

type Playable = TaggedStory & { play?: (context: { canvasElement: HTMLElement }) => Promise<void> | void };

async function renderSettled(story: Playable): Promise<{ wrapper: HTMLElement; list: VagvalInitiativeList }> {
  const wrapper = await renderStory(stories, story);
  const provider = wrapper.querySelector('vagval-strategy');
  if (provider) await waitUntil(() => provider.getAttribute('state') !== 'loading', 'the story never finished loading', { timeout: 10000 });
  const list = wrapper.querySelector<VagvalInitiativeList>('vagval-initiative-list')!;
  await list.updateComplete;
  await story.play?.({ canvasElement: wrapper });
  await list.updateComplete;
  return { wrapper, list };
}

describe('<vagval-initiative-list> stories', () => {
  keepPageUrl();

  for (const [name, story] of storiesOf(stories) as [string, Playable][]) {
    it(`${name} renders, settles and passes axe`, async function () {
      // axe over 2,000 items takes a while on a busy machine.
      if (name === 'Large') this.timeout(120_000);
      await underItsEmulation(story, async () => {
        const { wrapper, list } = await renderSettled(story);
        if (isForcedColours(story)) expectListForced(list);
        if (wrapper.querySelector('[dir="rtl"]')) expectRightToLeft(wrapper);
        await expect(wrapper).to.be.accessible();
      });
    });
  }

  it('shows each of its own states', async function () {
    this.timeout(60_000);
    const byName = new Map(storiesOf(stories) as [string, Playable][]);
    const url = window.location.href;
    // One story's search must not reach the next through the page URL.
    const shown = async (name: string) => {
      window.dispatchEvent(new Event('pagehide'));
      history.replaceState(history.state, '', url);
      return (await renderSettled(byName.get(name)!)).list;
    };

    expect(part(await shown('Loading'), '[aria-busy="true"]').textContent).to.equal('Laddar…');
    expect(part(await shown('NoMatch'), '[part="empty"] button').textContent!.trim()).to.equal('Rensa filter');
    expect(shownItems(await shown('WithLimit'))).to.have.length(5);
    expect(part(await shown('AttributeError'), '[part="error"]')).to.exist;
    const broken = await shown('DataError');
    expect(part(broken, '[part="error-details"]').textContent).to.contain('initiatives[1].areas[1]');
    expect(shownItems(broken)).to.have.length(2);
    expect(countText(await shown('English'))).to.equal('Showing 6 of 36 initiatives.');
    expect(shownItems(await shown('Standalone'))).to.have.length(3);
    expect(shownItems(await shown('Large'))).to.have.length(2000);
  });
});
