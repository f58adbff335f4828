import { expect, waitUntil } from '@open-wc/testing';
import * as stories from '../../stories/goal-chart.stories.js';
import '../helpers/setup.js';
import { renderStory, storiesOf } from '../helpers/stories.js';
import { expectChartForced } from '../stories/forced-colours.js';
import { expectRightToLeft, isForcedColours, underItsEmulation, type TaggedStory } from '../stories/variants.js';

/**
 * Settled: every provider has loaded or failed, and every chart shows its status, an error,
 * nothing, or (only in a story that holds it) its loading text: a chart still fetching from
 * Kolada is not settled.
 */
function settled(wrapper: HTMLElement, holdsLoading: boolean): boolean {
  const providers = [...wrapper.querySelectorAll('vagval-strategy')];
  if (providers.some((provider) => provider.getAttribute('state') === 'loading')) return false;
  return [...wrapper.querySelectorAll('vagval-goal-chart')].every((chart) => {
    const root = chart.shadowRoot!;
    if (root.querySelector('[part="error"]') || (holdsLoading && root.querySelector('.loading'))) return true;
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
        const holdsLoading = /loading/i.test(story.name ?? name);
        await waitUntil(() => settled(wrapper, holdsLoading), 'the story never settled', { timeout: 8000 });
        const charts = wrapper.querySelectorAll('vagval-goal-chart');
        expect(charts.length).to.be.greaterThan(0);
        if (isForcedColours(story)) await expectChartForced(charts[0]!);
        if (wrapper.querySelector('[dir="rtl"]')) expectRightToLeft(wrapper);
        await expect(wrapper).to.be.accessible();
      });
    });
  }
});

/** The chart of a story once it shows its status (its figures have come). */
/** A story by its export name. */
const storyNamed = (exportName: keyof typeof stories) => new Map(storiesOf(stories)).get(exportName)!;

async function chartWithFigures(exportName: keyof typeof stories): Promise<Element> {
  const wrapper = await renderStory(stories, storyNamed(exportName));
  const chart = wrapper.querySelector('vagval-goal-chart')!;
  await waitUntil(() => chart.hasAttribute('status') || chart.shadowRoot!.querySelector('[part="error"]'), 'the chart never settled', { timeout: 8000 });
  expect(chart.shadowRoot!.querySelector('[part="error"]'), 'no error').to.equal(null);
  return chart;
}

describe('<vagval-goal-chart> Kolada stories use the offline stand-in', () => {
  it('a goal and its comparisons take the stand-in\'s figures', async () => {
    const chart = await chartWithFigures('KoladaFetched');
    const table = chart.shadowRoot!.querySelector('table')!;
    // The stand-in's 2023 figures for Landskrona, Riket and Malmö.
    expect(table.textContent).to.include('66,3').and.include('72,4').and.include('66,9');
    expect(chart.shadowRoot!.querySelector('[part="source"]')!.textContent).to.include('Kolada');
    expect(chart.shadowRoot!.querySelector('[part="kolada-note"]')).to.equal(null);
  });

  it('a standalone chart takes its title and the comparisons\' names from the stand-in\'s metadata', async () => {
    const chart = await chartWithFigures('KoladaStandalone');
    const root = chart.shadowRoot!;
    expect(root.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Gymnasieelever med examen inom 4 år, hemkommun, andel (%)');
    expect(root.querySelector('table')!.textContent).to.include('Malmö').and.include('Landskrona').and.not.include('1280');
  });
});
