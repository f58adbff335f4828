// Renders every story of a stories module into the page, so each story is also a test.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

export interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: never) => unknown;
}

/** The stories of a module, by export name (the default export, the meta, is left out). */
export function storiesOf(module: Record<string, unknown>): [string, StoryLike][] {
  return Object.entries(module).filter(([name, value]) => name !== 'default' && typeof value === 'object' && value !== null) as [string, StoryLike][];
}

/** Renders one story with the meta's and the story's args; returns the wrapper element. */
export async function renderStory(module: Record<string, unknown>, story: StoryLike): Promise<HTMLElement> {
  const meta = module.default as { args?: Record<string, unknown>; render?: StoryLike['render'] };
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`story ${story.name ?? ''} has no render function`);
  const template = render({ ...meta.args, ...story.args }, {} as never) as TemplateResult;
  return fixture<HTMLElement>(html`<div class="story">${template}</div>`);
}
