// Shared by the area card and grid tests: small data sets and rendering helpers.
import { fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { VagvalAreaCard } from '../../src/elements/area-card/area-card.js';
import type { VagvalStrategy } from '../../src/elements/strategy/strategy.js';
import { stateIs } from '../helpers/setup.js';
import type { StoryLike } from '../helpers/stories.js';

/** Three areas with known statuses (stated, so no date can change them) and initiatives. */
export const testData = {
  version: 1,
  title: 'Testplan',
  lang: 'sv',
  areas: [
    {
      id: 'klimat',
      title: 'Klimat',
      summary: 'Vi minskar stadens utsläpp.',
      href: '#omrade-klimat',
      color: '#2e6b30',
      goals: [
        { id: 'g1', title: 'Mål 1', status: 'achieved' },
        { id: 'g2', title: 'Mål 2', status: 'on-track' },
        { id: 'g3', title: 'Mål 3', status: 'at-risk' },
      ],
    },
    {
      id: 'trygghet',
      title: 'Trygghet',
      summary: 'Alla ska känna sig trygga.',
      href: '#omrade-trygghet',
      color: '#ffd400',
      goals: [
        { id: 'g4', title: 'Mål 4', status: 'off-track' },
        { id: 'g5', title: 'Mål 5', status: 'off-track' },
        { id: 'g6', title: 'Mål 6' },
      ],
    },
    { id: 'folkhalsa', title: 'Folkhälsa' },
  ],
  initiatives: [
    { id: 'i1', title: 'Initiativ 1', areas: ['klimat'] },
    { id: 'i2', title: 'Initiativ 2', areas: ['klimat', 'trygghet'] },
    { id: 'i3', title: 'Initiativ 3', areas: ['klimat'] },
  ],
};

export const json = (data: unknown) => JSON.stringify(data);

/** Renders `inner` inside a `<vagval-strategy>` holding `data` inline, and waits until the data is ready. */
export async function inProvider(inner: string, options: { data?: unknown; lang?: string } = {}) {
  const markup = `<vagval-strategy><script type="application/json">${json(options.data ?? testData)}</script>${inner}</vagval-strategy>`;
  const wrapper = await mount<HTMLDivElement>(html`<div lang=${options.lang ?? 'sv'}>${unsafeHTML(markup)}</div>`);
  const provider = wrapper.querySelector<VagvalStrategy>('vagval-strategy')!;
  await stateIs(provider, 'ready');
  await settle(wrapper);
  return { wrapper, provider };
}

/**
 * Waits until every card and grid inside `root` has rendered and measured its accent
 * colour. No animation frames: a test page may be a hidden tab, where none come.
 */
export async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    const elements = [...root.querySelectorAll<VagvalAreaCard>('vagval-area-card, vagval-area-grid')];
    for (const grid of root.querySelectorAll('vagval-area-grid')) elements.push(...(grid.shadowRoot?.querySelectorAll<VagvalAreaCard>('vagval-area-card') ?? []));
    await Promise.all(elements.map((element) => element.updateComplete));
  }
}

/**
 * Renders a template as open-wc's `fixture` does, then waits for the cards and grids
 * in it. `fixture` waits for an animation frame when the element is not a Lit
 * element, and a test page may be a hidden tab, where no frame ever comes.
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const element = fixtureSync<T>(template);
  await settle(element.parentElement!);
  return element;
}

export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

/** Visible-and-hidden text of a node with whitespace collapsed: what a screen reader reads. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Renders one story with the meta's and the story's args, like test/helpers/stories.ts's
 * `renderStory`, but through `mount` (see there why); returns the wrapper element.
 */
export async function mountStory(module: Record<string, unknown>, story: StoryLike): Promise<HTMLElement> {
  const meta = module.default as { args?: Record<string, unknown>; render?: StoryLike['render'] };
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`story ${story.name ?? ''} has no render function`);
  const template = render({ ...meta.args, ...story.args }, {} as never) as TemplateResult;
  return mount<HTMLElement>(html`<div class="story">${template}</div>`);
}
