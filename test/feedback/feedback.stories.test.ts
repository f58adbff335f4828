import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { VagvalFeedback } from '../../src/elements/feedback/feedback.js';
import { QUEUE_KEY } from '../../src/feedback/answer-queue.js';
import * as stories from '../../stories/feedback.stories.js';
import '../helpers/setup.js';
import { storiesOf, type StoryLike } from '../helpers/stories.js';
import { expectFeedbackForced } from '../stories/forced-colours.js';
import { expectRightToLeft, isForcedColours, underItsEmulation, type TaggedStory } from '../stories/variants.js';
import { eventually, mount } from './helpers.js';

type Playable = TaggedStory & { play?: (context: { canvasElement: HTMLElement }) => Promise<void> | void };

const meta = stories.default as unknown as Required<Pick<StoryLike, 'args' | 'render'>>;

/** Renders a story like test/helpers/stories.ts, and runs its play function as Storybook does. */
async function show(story: Playable): Promise<{ wrapper: HTMLElement; el: VagvalFeedback }> {
  const template = (story.render ?? meta.render)({ ...meta.args, ...story.args }, {} as never) as TemplateResult;
  const wrapper = await mount(html`<div class="story">${template}</div>`);
  const provider = wrapper.querySelector('vagval-strategy');
  if (provider) await eventually(() => provider.getAttribute('state') !== 'loading', 'the story never finished loading');
  const el = wrapper.querySelector<VagvalFeedback>('vagval-feedback')!;
  await el.updateComplete;
  await story.play?.({ canvasElement: wrapper });
  return { wrapper, el };
}

function statusOf(el: VagvalFeedback): string {
  return el.shadowRoot?.querySelector('[part~="status"]')?.textContent ?? '';
}

describe('<vagval-feedback> stories', () => {
  afterEach(() => sessionStorage.removeItem(QUEUE_KEY));
  const all = storiesOf(stories) as [string, Playable][];
  const byName = new Map(all);

  for (const [name, story] of all) {
    it(`${name} renders, settles and passes axe`, async () => {
      await underItsEmulation(story, async () => {
        const { wrapper, el } = await show(story);
        if (name === 'HelpfulFailed') await eventually(() => statusOf(el).includes('kunde inte skickas'), 'the failure was never shown');
        if (isForcedColours(story)) expectFeedbackForced(el);
        if (wrapper.querySelector('[dir="rtl"]')) expectRightToLeft(wrapper);
        await expect(wrapper).to.be.accessible();
      });
    });
  }

  it('shows each of its own states', async () => {
    const shown = async (name: string) => (await show(byName.get(name)!)).el;
    expect((await shown('Loading')).shadowRoot!.querySelector('[aria-busy="true"]')).not.to.equal(null);
    expect((await shown('Empty')).shadowRoot!.textContent!.trim()).to.equal('');
    const error = await shown('ErrorState');
    await eventually(() => error.shadowRoot!.querySelector('[part="error-details"]') !== null);
    expect(error.shadowRoot!.querySelector('[part~="service-link"]')).not.to.equal(null);
    expect((await shown('HelpfulComment')).shadowRoot!.querySelector('textarea')).not.to.equal(null);
    expect(statusOf(await shown('HelpfulThanks'))).to.equal('Tack för ditt svar!');
  });
});
