import { expect, waitUntil } from '@open-wc/testing';
import * as stories from '../../stories/goal-overview.stories.js';
import '../helpers/setup.js';
import { renderStory, storiesOf } from '../helpers/stories.js';
import { expectOverviewForced } from '../stories/forced-colours.js';
import { expectRightToLeft, isForcedColours, underItsEmulation, type TaggedStory } from '../stories/variants.js';

/**
 * Settled: every provider has loaded or failed, and the overview shows its table (with no row
 * still fetching from Kolada), a message, an error, nothing, or its loading text.
 */
function settled(wrapper: HTMLElement): boolean {
  const providers = [...wrapper.querySelectorAll('vagval-strategy')];
  if (providers.some((provider) => provider.getAttribute('state') === 'loading')) return false;
  const overview = wrapper.querySelector('vagval-goal-overview')!;
  const root = overview.shadowRoot!;
  if (root.querySelector('[part~="row-loading"]')) return false;
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

/** The overview of a story once no row waits for Kolada. */
/** A story by its export name. */
const storyNamed = (exportName: keyof typeof stories) => new Map(storiesOf(stories)).get(exportName)!;

async function settledOverview(exportName: keyof typeof stories): Promise<ShadowRoot> {
  const wrapper = await renderStory(stories, storyNamed(exportName));
  await waitUntil(() => settled(wrapper), 'the story never settled', { timeout: 8000 });
  return wrapper.querySelector('vagval-goal-overview')!.shadowRoot!;
}

describe('<vagval-goal-overview> Kolada stories', () => {
  it('every row takes its figures from the offline stand-in, and Kolada is named as the source', async () => {
    const root = await settledOverview('KoladaFetched');
    expect(root.querySelectorAll('[part~="row-error"]')).to.have.length(0);
    expect(root.querySelector('[part="source"]')!.textContent).to.include('Kolada');
    // The stand-in's latest figures: 89 % content, 66.3 % with a diploma, 7.9 % on benefits.
    expect(root.querySelector('table')!.textContent).to.include('89').and.include('66,3').and.include('7,9');
  });

  it('with Kolada down, the file\'s rows are shown and the others say they failed', async () => {
    const root = await settledOverview('KoladaMixedDown');
    expect(root.querySelectorAll('[part~="row-error"]')).to.have.length(3);
    expect(root.querySelector('[part="kolada-note"]')).to.not.equal(null);
    expect(root.querySelector('table')!.textContent).to.include('268');
  });

  it('a 1 ms kolada-timeout shows the time-out in every Kolada row', async () => {
    const root = await settledOverview('KoladaTimeout');
    const errors = [...root.querySelectorAll('[part~="row-error"]')];
    expect(errors).to.have.length(3);
    for (const error of errors) expect(error.textContent).to.include('Kolada svarade inte i tid');
  });
});
