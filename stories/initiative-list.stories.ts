import '../src/elements/initiative-list/define.js';
import '../src/elements/strategy/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { VagvalInitiativeList } from '../src/elements/initiative-list/initiative-list.js';
import { sharedData, type StoryGlobals } from './support/data-sets.js';
import { forcedColoursDocs } from './support/forced-colours.js';
import { provideState } from './support/provide-state.js';
import { storyBox } from './support/story-box.js';

interface ListArgs {
  filters: boolean;
  area: string;
  status: string;
  limit: number | undefined;
  sort: string;
  urlPrefix: string;
}

/** The list of the shared data (the toolbar's data set). */
const initiatives = (args: ListArgs, context?: StoryGlobals) => html`<vagval-strategy src=${sharedData(context).src}>
  <vagval-initiative-list
    ?filters=${args.filters}
    area=${ifDefined(args.area || undefined)}
    status=${ifDefined(args.status || undefined)}
    limit=${ifDefined(args.limit)}
    sort=${ifDefined(args.sort || undefined)}
    url-prefix=${args.urlPrefix}
  ></vagval-initiative-list>
</vagval-strategy>`;

const meta: Meta<ListArgs> = {
  title: 'Elements/vagval-initiative-list',
  component: 'vagval-initiative-list',
  args: { filters: true, area: '', status: '', limit: undefined, sort: '', urlPrefix: 'vagval-' },
  argTypes: {
    status: { control: 'select', options: ['', 'planned', 'ongoing', 'completed'] },
    sort: { control: 'select', options: ['', 'default', 'newest', 'title'] },
  },
  render: initiatives,
  parameters: {
    docs: {
      description: {
        component:
          'The initiatives of the strategy: title (linked), summary, status as text and shape, areas, dates, tags and image. `area`, `status`, `sort` and `limit` preset the list; `filters` adds search (accent-insensitive: "halsa" finds "hälsa"), area, status and order, kept in the page URL so a filtered view can be shared. The count is always shown and is announced to screen readers when the reader pauses. Long lists render in steps and hide what is filtered out, so a keystroke stays fast with thousands of items. Without data, the element shows the `<li>` items written inside it.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<ListArgs> & { play?: (context: { canvasElement: HTMLElement }) => Promise<void> };

/** Types into the list's search box the way the input event reaches it from a reader. */
async function search(canvasElement: HTMLElement, query: string): Promise<void> {
  const list = canvasElement.querySelector<VagvalInitiativeList>('vagval-initiative-list')!;
  await customElements.whenDefined('vagval-initiative-list');
  const provider = canvasElement.querySelector('vagval-strategy');
  while (provider && provider.getAttribute('state') === 'loading') await new Promise((resolve) => setTimeout(resolve, 20));
  await list.updateComplete;
  const input = list.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: query, inputType: 'insertText' }));
  await list.updateComplete;
}

const noInitiatives = JSON.stringify({ version: 1, title: 'Vägval 2020', lang: 'sv', areas: [{ id: 'klimat', title: 'Klimat' }] });

const brokenReference = JSON.stringify({
  version: 1,
  title: 'Vägval 2020',
  lang: 'sv',
  areas: [{ id: 'klimat', title: 'Klimat', color: '#2e6b30' }],
  initiatives: [
    { id: 'solceller', title: 'Solceller på kommunens tak', areas: ['klimat'], status: 'ongoing', start: '2020-04' },
    { id: 'laddplatser', title: 'Laddplatser vid kommunala parkeringar', areas: ['klimat', 'transporter'], status: 'ongoing', start: '2022-05' },
  ],
});

const longSwedish = JSON.stringify({
  version: 1,
  title: 'Vägval 2020',
  lang: 'sv',
  areas: [
    { id: 'samhallsbyggnad', title: 'Hållbar samhällsbyggnad och stadsutveckling i hela kommunen', color: '#1d4e89' },
    { id: 'valfard', title: 'Hållbar välfärd', color: '#00594f' },
  ],
  initiatives: [
    {
      id: 'dagvatten',
      title: 'Dagvattenhanteringsutredningen för de nordöstra stadsdelarnas översvämningsdrabbade bostadsområden',
      summary:
        'Kommunstyrelsen har gett samhällsbyggnadsförvaltningen i uppdrag att tillsammans med VA-huvudmannen, fastighetsägarföreningarna och länsstyrelsen ta fram en sammanhållen åtgärdsplan för skyfallshantering, fördröjningsmagasin och regnbäddar, så att översvämningsrisken minskar även vid hundraårsregn.',
      areas: ['samhallsbyggnad', 'valfard'],
      status: 'ongoing',
      start: '2023-02-01',
      end: '2027-12-31',
      href: 'https://example.se/initiativ/dagvattenhanteringsutredningen',
      tags: ['klimatanpassning', 'vatten- och avloppsförsörjning', 'medborgardialog', 'fastighetsägarsamverkan'],
    },
    {
      id: 'arbetsmarknad',
      title: 'Arbetsmarknadsförvaltningens kompetensförsörjningsinsatser för långtidsarbetslösa',
      summary: 'Yrkessvenska, praktikplatser och handledning i samverkan med näringslivet och Arbetsförmedlingen.',
      areas: ['valfard'],
      status: 'planned',
      start: '2025-08',
      tags: ['kompetensförsörjning'],
    },
  ],
});

export const Filterable: Story = {
  name: 'Ready, with filters',
};

export const WithLimit: Story = {
  name: 'Ready, "Visa fler" (limit 5)',
  args: { limit: 5 },
};

export const Presets: Story = {
  name: 'Ready, preset area and status (no filter bar)',
  args: { filters: false, area: 'klimat', status: 'ongoing', sort: 'title' },
};

export const Loading: Story = {
  name: 'Loading',
  render: () => html`<div ${provideState({ status: 'loading' })}><vagval-initiative-list filters></vagval-initiative-list></div>`,
};

export const NoMatch: Story = {
  name: 'No match, with a button that clears the filters',
  play: ({ canvasElement }) => search(canvasElement, 'simhall på månen'),
};

export const Empty: Story = {
  name: 'Empty (the data has no initiatives)',
  render: () => html`<vagval-initiative-list filters><script type="application/json">${noInitiatives}</script></vagval-initiative-list>`,
};

export const AttributeError: Story = {
  name: 'Error, an area the data does not have',
  args: { filters: false, area: 'idrott' },
};

export const DataError: Story = {
  name: 'Error, an initiative names a missing area (the rest still shows)',
  render: () => html`<vagval-initiative-list filters><script type="application/json">${brokenReference}</script></vagval-initiative-list>`,
};

export const LongSwedish: Story = {
  name: 'Long Swedish text',
  render: () => html`<vagval-initiative-list filters><script type="application/json">${longSwedish}</script></vagval-initiative-list>`,
};

export const English: Story = {
  name: 'English',
  render: () => html`<div lang="en">
    <vagval-strategy src="data/vagval-2020-en.json"><vagval-initiative-list filters limit="6"></vagval-initiative-list></vagval-strategy>
  </div>`,
};

export const Narrow: Story = {
  name: 'Narrow screen (320 px)',
  args: { limit: 4 },
  render: (args, context) => html`<div ${storyBox('320px')}>${initiatives(args, context)}</div>`,
};

export const Standalone: Story = {
  name: 'Standalone, the editor\u2019s own items (no data)',
  parameters: {
    docs: { description: { story: 'Without data the list reads the `<li>` items inside it; a browser without JavaScript shows the same items as plain HTML.' } },
  },
  render: () => html`<vagval-initiative-list filters>
    <ul>
      <li data-status="ongoing" data-start="2021-03" data-tags="digitalisering, äldreomsorg">
        <a href="https://example.se/initiativ/digital-tillsyn-hemtjanst">Digital tillsyn i hemtjänsten</a>
        <p>Nattillsyn via kamera i stället för ett besök, för den som vill.</p>
      </li>
      <li data-status="completed" data-start="2021-08" data-end="2023-06">
        <a href="https://example.se/initiativ/ny-forskola-oster">Ny förskola på Öster</a>
        <p>Sex avdelningar, eget tillagningskök och en stor gård.</p>
      </li>
      <li data-status="planned" data-start="2025-09">
        <a href="https://example.se/initiativ/skyfallsplan">Skyfallsplan och regnbäddar</a>
      </li>
    </ul>
  </vagval-initiative-list>`,
};

export const Large: Story = {
  name: '2,000 initiatives',
  parameters: {
    docs: { description: { story: 'The generated data set with 2,000 initiatives: the first screenful appears at once, the rest follows in steps; search stays fast.' } },
  },
  render: () => html`<vagval-strategy src="data/generated/large-strategy.json"><vagval-initiative-list filters></vagval-initiative-list></vagval-strategy>`,
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  args: { limit: 6 },
  parameters: { docs: { description: { story: 'Under `dir="rtl"` the filter bar, the status shapes and the area marks follow the writing direction; the texts stay Swedish or English.' } } },
  render: (args, context) => html`<div dir="rtl">${initiatives(args, context)}</div>`,
};

export const ForcedColours: Story = {
  name: 'Forced colours',
  tags: ['forced-colors'],
  args: { limit: 6 },
  parameters: forcedColoursDocs('The status shapes and the area marks stay visible in the system text colour, and the inputs keep their system borders.'),
};
