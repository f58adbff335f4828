import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';
import { DATA_SETS, sharedData } from '../stories/support/data-sets.js';
import { editorSnippet } from '../stories/support/editor-snippet.js';
import { FORCED_COLOURS, HOW_TO_EMULATE } from '../stories/support/forced-colours.js';
import { applyTheme } from './themes.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'UI language of the widgets',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'sv', title: 'Svenska' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    theme: {
      description: 'Example theme (themes/*.css)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'none', title: 'No theme (inherits the page)' },
          { value: 'landskrona', title: 'Landskrona' },
          { value: 'exempelby', title: 'Exempelby (invented)' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    dataSet: {
      description: 'The data file of the stories that show the shared data (data/; every figure in it is invented)',
      toolbar: {
        title: 'Data set',
        icon: 'database',
        items: Object.entries(DATA_SETS).map(([value, set]) => ({ value, title: set.title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'sv', theme: 'none', dataSet: 'sample' },
  decorators: [
    (story, context) => (context.tags.includes(FORCED_COLOURS) ? html`<p>${HOW_TO_EMULATE}</p>${story()}` : story()),
    (story, context) => {
      document.documentElement.lang = context.globals.lang ?? 'sv';
      applyTheme(context.globals.theme ?? 'none');
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: {
      source: {
        // The snippet is what a web editor pastes: the story's own markup, without the
        // decorators' frames, turned into the tags and the one script (stories/support/editor-snippet.ts).
        excludeDecorators: true,
        transform: (code: string, context: Parameters<typeof sharedData>[0]) => editorSnippet(code, { dataSrc: sharedData(context).src }),
      },
    },
  },
};

export default preview;
