import '../src/elements/area-grid/define.js';
import '../src/elements/strategy/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sharedData, type StoryGlobals } from './support/data-sets.js';
import { forcedColoursDocs } from './support/forced-colours.js';
import { provideState } from './support/provide-state.js';
import { storyBox } from './support/story-box.js';

const noAreas = JSON.stringify({ version: 1, title: 'Ny strategi', lang: 'sv', areas: [] });

const invalid = JSON.stringify({ version: 1, title: 'Vägval 2020', areas: [{ id: 'klimat', title: 'Klimat', color: 'grön' }, { id: 'klimat', title: 'Klimat igen' }] });

const longTitles = JSON.stringify({
  version: 1,
  title: 'Exempel',
  lang: 'sv',
  areas: [
    {
      id: 'barn',
      title: 'Samhällsbyggnadsförvaltningens kvalitetsutvecklingsprogram för barn- och ungdomsverksamheter',
      summary: 'Arbetsmarknadsförvaltningsövergripande samverkansöverenskommelser med civilsamhällesorganisationer och näringslivsrepresentanter.',
      href: '#barn',
      color: '#00594f',
      goals: [{ id: 'a', title: 'A', status: 'on-track' }],
    },
    { id: 'kort', title: 'Kort', summary: 'Kort text.', href: '#kort', color: '#1d4e89' },
    {
      id: 'trygg',
      title: 'Trygghetsskapande och brottsförebyggande insatser',
      summary: 'Grannsamverkan, trygghetsvandringar och fältassistenter i alla stadsdelar.',
      href: '#trygg',
      color: '#5b2a86',
      goals: [{ id: 'b', title: 'B', status: 'at-risk' }],
    },
  ],
});

interface GridArgs {
  headingLevel?: number;
}

/** The grid of the shared data (the toolbar's data set). */
const grid = ({ headingLevel }: GridArgs, context?: StoryGlobals) =>
  html`<vagval-strategy src=${sharedData(context).src}><vagval-area-grid heading-level=${ifDefined(headingLevel)}></vagval-area-grid></vagval-strategy>`;

const meta: Meta<GridArgs> = {
  title: 'Elements/vagval-area-grid',
  component: 'vagval-area-grid',
  parameters: {
    docs: {
      description: {
        component:
          'All priority areas of the data as a grid of `<vagval-area-card>`s, in the data\'s order. It is a list ("list, 5 items"), and its columns follow its own width (container queries), not the window\'s: one column in a narrow CMS column or on a phone, up to three where there is room.',
      },
    },
  },
  args: { headingLevel: 3 },
  render: grid,
};
export default meta;

type Story = StoryObj<GridArgs>;

export const Ready: Story = {
  name: 'Ready: Vägval 2020',
};

export const Wide: Story = {
  name: 'Wide (three columns)',
  render: (args, context) => html`<div ${storyBox('70rem')}>${grid(args, context)}</div>`,
};

export const Medium: Story = {
  name: 'A CMS column (two columns)',
  render: (args, context) => html`<div ${storyBox('40rem')}>${grid(args, context)}</div>`,
};

export const Narrow: Story = {
  name: 'Narrow screen (320 px)',
  render: (args, context) => html`<div ${storyBox('320px')}>${grid(args, context)}</div>`,
};

export const HeadingLevel: Story = {
  name: 'Under a page heading: cards at level 2',
  args: { headingLevel: 2 },
  render: (args, context) => html`<h1>Vägval 2020</h1>
    ${grid(args, context)}`,
};

export const Loading: Story = {
  name: 'Loading',
  render: () => html`<div ${provideState({ status: 'loading' })}><vagval-area-grid></vagval-area-grid></div>`,
};

export const Empty: Story = {
  name: 'Empty: no areas in the data',
  render: () => html`<vagval-strategy><script type="application/json">${noAreas}</script><vagval-area-grid></vagval-area-grid></vagval-strategy>`,
};

export const ProviderError: Story = {
  name: 'Error: invalid data (the provider shows the issues)',
  render: () => html`<vagval-strategy><script type="application/json">${invalid}</script><vagval-area-grid></vagval-area-grid></vagval-strategy>`,
};

export const OwnSourceError: Story = {
  name: 'Error: its own data file is missing',
  render: () => html`<vagval-area-grid src="data/missing.json"></vagval-area-grid>`,
};

export const LongSwedishText: Story = {
  name: 'Long Swedish text',
  render: () => html`<div ${storyBox('40rem')}>
    <vagval-strategy><script type="application/json">${longTitles}</script><vagval-area-grid></vagval-area-grid></vagval-strategy>
  </div>`,
};

export const English: Story = {
  name: 'English',
  render: () => html`<div lang="en">
    <vagval-strategy src="data/vagval-2020-en.json"><vagval-area-grid></vagval-area-grid></vagval-strategy>
  </div>`,
};

export const Themed: Story = {
  name: 'Themed with custom properties and ::part',
  parameters: { docs: { description: { story: 'The rules belong in the site’s stylesheet: a page with a strict Content Security Policy blocks a `<style>` element pasted into the page.' } } },
  render: (_args, context) => html`<style>
      .themed-grid {
        --vagval-card-background: #f6f4ef;
        --vagval-card-border: 1px solid #d8d2c4;
        --vagval-card-radius: 0;
        --vagval-card-accent-width: 0.5rem;
        --vagval-grid-gap: 1.5rem;
      }
      .themed-grid::part(title) {
        font-family: Georgia, serif;
      }
      .themed-grid::part(status) {
        font-size: 0.9em;
      }
    </style>
    <vagval-strategy src=${sharedData(context).src}><vagval-area-grid class="themed-grid"></vagval-area-grid></vagval-strategy>`,
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  parameters: { docs: { description: { story: 'Under `dir="rtl"` the grid fills from the right and each card’s text aligns to the right; the texts stay Swedish or English.' } } },
  render: (args, context) => html`<div dir="rtl">${grid(args, context)}</div>`,
};

export const ForcedColours: Story = {
  name: 'Forced colours',
  tags: ['forced-colors'],
  parameters: forcedColoursDocs('Every card keeps its border and its status shapes in the system colours.'),
};
