import { customProperties } from '../../src/core/custom-properties.js';

/**
 * A story's layout box: its width, and any other look of the page around the widget (a dark
 * page), set through CSSOM as the widgets set theirs, so no story needs a `style` attribute
 * that a strict Content Security Policy would block. Editor snippets leave the box out.
 */
export function storyBox(maxInlineSize: string, page: Record<string, string> = {}): ReturnType<typeof customProperties> {
  return customProperties({ 'max-inline-size': maxInlineSize, ...page });
}
