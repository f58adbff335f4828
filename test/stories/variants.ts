// The stories' variants in the browser tests: a forced-colours story runs under Chromium's
// forced-colours emulation (through the goal chart's test route, see test/server/goal-chart.js).
import { expect } from '@open-wc/testing';
import { FORCED_COLOURS } from '../../stories/support/forced-colours.js';
import { forcedColors, systemColor } from '../goal-chart/helpers.js';
import type { StoryLike } from '../helpers/stories.js';

export type TaggedStory = StoryLike & { tags?: string[] };

export function isForcedColours(story: TaggedStory): boolean {
  return story.tags?.includes(FORCED_COLOURS) ?? false;
}

/** Runs `body` with forced-colours emulation on when the story is tagged for it, and off again after. */
export async function underItsEmulation(story: TaggedStory, body: () => Promise<void>): Promise<void> {
  if (!isForcedColours(story)) return body();
  await forcedColors(true);
  try {
    expect(matchMedia('(forced-colors: active)').matches, 'forced-colours emulation is on').to.equal(true);
    await body();
  } finally {
    await forcedColors(false);
  }
}

/** The system colours a forced-colours page draws with, as this page resolves them now. */
export function systemColours(): { text: string; canvas: string; highlight: string; grey: string } {
  return { text: systemColor('CanvasText'), canvas: systemColor('Canvas'), highlight: systemColor('Highlight'), grey: systemColor('GrayText') };
}

/** Every widget inside a `dir="rtl"` wrapper lays its shadow content out right to left. */
export function expectRightToLeft(wrapper: HTMLElement): void {
  const widgets = [...wrapper.querySelectorAll('[dir="rtl"] *')].filter((element) => element.localName.startsWith('vagval-') && element.shadowRoot?.firstElementChild);
  expect(widgets.length, 'a widget renders inside the rtl wrapper').to.be.above(0);
  for (const widget of widgets) expect(getComputedStyle(widget.shadowRoot!.firstElementChild!).direction, widget.localName).to.equal('rtl');
}
