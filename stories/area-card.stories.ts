import '../src/elements/area-card/define.js';
import '../src/elements/strategy/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sharedData, type StoryGlobals } from './support/data-sets.js';
import { forcedColoursDocs } from './support/forced-colours.js';
import { provideState } from './support/provide-state.js';
import { storyBox } from './support/story-box.js';

const everyStatus = JSON.stringify({
  version: 1,
  title: 'Exempel',
  lang: 'sv',
  areas: [
    {
      id: 'exempel',
      title: 'Alla lägen',
      summary: 'Ett område med ett mål i varje läge: uppnått, på väg, i riskzonen, ur kurs och utan mätvärden.',
      href: '#exempel',
      color: '#1d4e89',
      goals: ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'].map((status, index) => ({ id: `mal-${index}`, title: `Mål ${index + 1}`, status })),
    },
    { id: 'tomt', title: 'Nytt område', summary: 'Området har ännu inga mål och inga initiativ.', href: '#tomt' },
  ],
  initiatives: [],
});

const longText = JSON.stringify({
  version: 1,
  title: 'Exempel',
  lang: 'sv',
  areas: [
    {
      id: 'lang',
      title: 'Samhällsbyggnadsförvaltningens kvalitetsutvecklingsprogram för barn- och ungdomsverksamheter',
      summary:
        'Arbetsmarknadsförvaltningsövergripande samverkansöverenskommelser med civilsamhällesorganisationer, fastighetsägare och näringslivsrepresentanter ska stärka tryggheten, folkhälsan och sysselsättningen i samtliga stadsdelar under hela planperioden.',
      href: '#lang',
      color: '#5b2a86',
      goals: [
        { id: 'a', title: 'A', status: 'achieved' },
        { id: 'b', title: 'B', status: 'no-data' },
      ],
    },
  ],
  initiatives: [],
});

interface CardArgs {
  area?: string;
  heading?: string;
  href?: string;
  color?: string;
  headingLevel?: number;
  summary?: string;
}

/** A card of the shared data (the toolbar's data set). */
const card = ({ area, heading, href, color, headingLevel }: CardArgs, context?: StoryGlobals) => html`<vagval-strategy src=${sharedData(context).src}>
  <vagval-area-card
    area=${ifDefined(area)}
    heading=${ifDefined(heading)}
    href=${ifDefined(href)}
    color=${ifDefined(color)}
    heading-level=${ifDefined(headingLevel)}
  ></vagval-area-card>
</vagval-strategy>`;

const meta: Meta<CardArgs> = {
  title: 'Elements/vagval-area-card',
  component: 'vagval-area-card',
  parameters: {
    docs: {
      description: {
        component:
          'One priority area as a card: title (a heading with the card\'s only link), summary, goal status in words and shapes, number of initiatives, and the area colour as an accent bar. Inside `<vagval-strategy>` give it an `area` id; on its own, a `heading`, `href`, `color` and the summary as text. The whole card is clickable, yet it is one link and one tab stop, and its text stays selectable.',
      },
    },
  },
  args: { area: 'klimat', headingLevel: 3 },
  render: (args, context) => html`<div ${storyBox('24rem')}>${card(args, context)}</div>`,
};
export default meta;

type Story = StoryObj<CardArgs>;

export const Ready: Story = {
  name: 'Ready, from the data',
};

export const EveryStatus: Story = {
  name: 'Every goal status',
  render: () => html`<div ${storyBox('24rem')}>
    <vagval-strategy><script type="application/json">${everyStatus}</script><vagval-area-card area="exempel"></vagval-area-card></vagval-strategy>
  </div>`,
};

export const Empty: Story = {
  name: 'Empty: no goals, no initiatives',
  render: () => html`<div ${storyBox('24rem')}>
    <vagval-strategy><script type="application/json">${everyStatus}</script><vagval-area-card area="tomt"></vagval-area-card></vagval-strategy>
  </div>`,
};

export const Loading: Story = {
  name: 'Loading',
  render: () => html`<div ${storyBox('24rem')}><div ${provideState({ status: 'loading' })}><vagval-area-card area="klimat"></vagval-area-card></div></div>`,
};

export const UnknownArea: Story = {
  name: 'Error: an area id that is not in the data',
  args: { area: 'klimatet' },
};

export const Standalone: Story = {
  name: 'Standalone: attributes and text, no data file',
  args: { area: undefined, heading: 'Trygghet', href: '#trygghet', color: '#5b2a86', summary: 'Alla ska känna sig trygga.' },
  render: ({ heading, href, color, summary }) => html`<div ${storyBox('24rem')}>
    <vagval-area-card heading=${ifDefined(heading)} href=${ifDefined(href)} color=${ifDefined(color)}>${summary}</vagval-area-card>
  </div>`,
};

export const WithMediaAndFooter: Story = {
  name: 'Standalone with an image and extra content',
  render: () => html`<div ${storyBox('24rem')}>
    <vagval-area-card heading="Klimat" href="#klimat" color="#2e6b30">
      <img slot="media" src="data/images/solceller-kommunala-tak.svg" alt="" width="320" height="180" />
      Vi minskar stadens klimatpåverkan och ställer om till förnybar energi.
      <p slot="footer"><small>Uppdaterad 14 mars 2024</small></p>
    </vagval-area-card>
  </div>`,
};

export const NoLink: Story = {
  name: 'Standalone without a link',
  render: () => html`<div ${storyBox('24rem')}>
    <vagval-area-card heading="Folkhälsa" color="#8a1c3b">Kortet har ingen länk: det är inte klickbart och har inget tabbstopp.</vagval-area-card>
  </div>`,
};

export const LightAccent: Story = {
  name: 'A light colour: only the bar, never text',
  render: () => html`<div ${storyBox('24rem')}>
    <vagval-area-card heading="Tillväxt" href="#tillvaxt" color="#ffd400"
      >Gult är för ljust för text på vitt (kontrast under 4,5:1), så rubriken behåller sidans textfärg.</vagval-area-card
    >
  </div>`,
};

export const DarkPage: Story = {
  name: 'On a dark page',
  render: () => html`<div ${storyBox('24rem', { background: '#14171a', color: '#f1f1f1', padding: '1rem' })}>
    <vagval-area-card heading="Klimat" href="#klimat" color="#2e6b30">Mörkgrönt syns inte som text på mörk bakgrund: bara som list.</vagval-area-card>
    <br />
    <vagval-area-card heading="Tillväxt" href="#tillvaxt" color="#ffd400">Gult fungerar som text här.</vagval-area-card>
  </div>`,
};

export const InvalidColour: Story = {
  name: 'Error: an invalid colour is ignored (see the console)',
  render: () => html`<div ${storyBox('24rem')}><vagval-area-card heading="Klimat" href="#klimat" color="green">Färgen "green" är inte en hexfärg.</vagval-area-card></div>`,
};

export const HeadingLevel: Story = {
  name: 'Heading level 2',
  args: { headingLevel: 2 },
};

export const LongSwedishText: Story = {
  name: 'Long Swedish text',
  render: () => html`<div ${storyBox('24rem')}>
    <vagval-strategy><script type="application/json">${longText}</script><vagval-area-card area="lang"></vagval-area-card></vagval-strategy>
  </div>`,
};

export const English: Story = {
  name: 'English',
  render: () => html`<div lang="en" ${storyBox('24rem')}>
    <vagval-strategy src="data/vagval-2020-en.json"><vagval-area-card area="klimat"></vagval-area-card></vagval-strategy>
  </div>`,
};

export const EnglishUiSwedishData: Story = {
  name: 'English UI, Swedish data',
  render: () => html`<div lang="en" ${storyBox('24rem')}>
    <vagval-strategy src="data/vagval-2020.json"><vagval-area-card area="hallbar-valfard"></vagval-area-card></vagval-strategy>
  </div>`,
};

export const Narrow: Story = {
  name: 'Narrow screen (320 px)',
  args: { area: 'hallbar-valfard' },
  render: (args, context) => html`<div ${storyBox('320px')}>${card(args, context)}</div>`,
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  parameters: { docs: { description: { story: 'Under `dir="rtl"` the text, the status list and the initiative count align to the right; the texts stay Swedish or English.' } } },
  render: (args, context) => html`<div dir="rtl" ${storyBox('24rem')}>${card(args, context)}</div>`,
};

export const ForcedColours: Story = {
  name: 'Forced colours',
  tags: ['forced-colors'],
  parameters: forcedColoursDocs('The card keeps its border and its status shapes in the system colours, and the focus ring shows in the highlight colour.'),
};
