import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'UI language of the widgets',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'sv', title: 'Svenska' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'sv' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.lang ?? 'sv';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
