import '../src/elements/area-grid/define.js';
import '../src/elements/strategy/define.js';
import { ContextProvider } from '@lit/context';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { strategyContext } from '../src/core/strategy-state.js';

// Holds the grid inside it in the loading state, which a real data file passes too quickly to see.
class StoryLoadingGridData extends HTMLElement {
  private readonly provider = new ContextProvider(this, { context: strategyContext, initialValue: { status: 'loading' } });
  connectedCallback() {
    this.provider.hostConnected();
  }
}
if (!customElements.get('story-loading-grid-data')) customElements.define('story-loading-grid-data', StoryLoadingGridData);

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
  render: ({ headingLevel }) =>
    html`<vagval-strategy src="data/vagval-2020.json"><vagval-area-grid heading-level=${ifDefined(headingLevel)}></vagval-area-grid></vagval-strategy>`,
};
export default meta;

type Story = StoryObj<GridArgs>;

export const Ready: Story = {
  name: 'Ready: Vägval 2020',
};

export const Wide: Story = {
  name: 'Wide (three columns)',
  render: () => html`<div style="max-inline-size: 70rem">
    <vagval-strategy src="data/vagval-2020.json"><vagval-area-grid></vagval-area-grid></vagval-strategy>
  </div>`,
};

export const Medium: Story = {
  name: 'A CMS column (two columns)',
  render: () => html`<div style="max-inline-size: 40rem">
    <vagval-strategy src="data/vagval-2020.json"><vagval-area-grid></vagval-area-grid></vagval-strategy>
  </div>`,
};

export const Narrow: Story = {
  name: 'Narrow screen (320 px)',
  render: () => html`<div style="max-inline-size: 320px">
    <vagval-strategy src="data/vagval-2020.json"><vagval-area-grid></vagval-area-grid></vagval-strategy>
  </div>`,
};

export const HeadingLevel: Story = {
  name: 'Under a page heading: cards at level 2',
  args: { headingLevel: 2 },
  render: ({ headingLevel }) => html`<h1>Vägval 2020</h1>
    <vagval-strategy src="data/vagval-2020.json"><vagval-area-grid heading-level=${ifDefined(headingLevel)}></vagval-area-grid></vagval-strategy>`,
};

export const Loading: Story = {
  name: 'Loading',
  render: () => html`<story-loading-grid-data><vagval-area-grid></vagval-area-grid></story-loading-grid-data>`,
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
  render: () => html`<div style="max-inline-size: 40rem">
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
  render: () => html`<style>
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
    <vagval-strategy src="data/vagval-2020.json"><vagval-area-grid class="themed-grid"></vagval-area-grid></vagval-strategy>`,
};
