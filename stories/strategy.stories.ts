import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sharedData } from './support/data-sets.js';
import { forcedColoursDocs } from './support/forced-colours.js';
import { storyBox } from './support/story-box.js';

const invalid = JSON.stringify({ version: 1, areas: [{ id: 'klimat', title: 'Klimat', color: 'red' }] });

const meta: Meta = {
  title: 'Elements/vagval-strategy',
  component: 'vagval-strategy',
  parameters: {
    docs: {
      description: {
        component:
          'Loads one strategy data file and hands it to every widget inside. It shows nothing itself while the data is fine; when the data cannot be used it shows a short message and, for the web editor, each issue with its place in the file.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const FromFile: Story = {
  name: 'Ready, from a data file',
  render: (_args, context) => {
    const { src } = sharedData(context);
    return html`<vagval-strategy src=${src}>
      <p>The widgets placed here get the data of <code>${src}</code>.</p>
    </vagval-strategy>`;
  },
};

export const InlineJson: Story = {
  name: 'Ready, inline JSON',
  render: () => html`<vagval-strategy>
    <script type="application/json">
      { "version": 1, "title": "Vägval 2020", "areas": [{ "id": "klimat", "title": "Klimat" }] }
    </script>
    <p>The data can also sit in the page, in one child <code>&lt;script type="application/json"&gt;</code>.</p>
  </vagval-strategy>`,
};

export const InvalidData: Story = {
  name: 'Error, invalid data',
  render: () => html`<vagval-strategy><script type="application/json">${invalid}</script></vagval-strategy>`,
};

export const NotFound: Story = {
  name: 'Error, file not found',
  render: () => html`<vagval-strategy src="data/missing.json"></vagval-strategy>`,
};

export const English: Story = {
  name: 'Error, English',
  render: () => html`<div lang="en"><vagval-strategy><script type="application/json">${invalid}</script></vagval-strategy></div>`,
};

export const Narrow: Story = {
  name: 'Error, narrow screen (320 px)',
  render: () => html`<div ${storyBox('320px')}><vagval-strategy><script type="application/json">${invalid}</script></vagval-strategy></div>`,
};

export const RightToLeft: Story = {
  name: 'Error, right-to-left',
  parameters: { docs: { description: { story: 'Under `dir="rtl"` the message, its icon and the list of issues follow the writing direction; the texts stay Swedish or English.' } } },
  render: () => html`<div dir="rtl"><vagval-strategy><script type="application/json">${invalid}</script></vagval-strategy></div>`,
};

export const ForcedColours: Story = {
  name: 'Error, forced colours',
  tags: ['forced-colors'],
  parameters: forcedColoursDocs('The error icon is a border, not a background, so it stays visible in the system text colour.'),
  render: () => html`<vagval-strategy><script type="application/json">${invalid}</script></vagval-strategy>`,
};
