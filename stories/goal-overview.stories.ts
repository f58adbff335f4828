import '../src/elements/strategy/define.js';
import '../src/elements/goal-overview/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sharedData, type StoryGlobals } from './support/data-sets.js';
import { forcedColoursDocs } from './support/forced-colours.js';
import { provideState } from './support/provide-state.js';
import { storyBox } from './support/story-box.js';

interface GoalOverviewArgs {
  area?: string;
  sort: 'none' | 'best-first' | 'worst-first';
  asOf: string;
}

/** The overview of the shared data (the toolbar's data set). */
const overview = (args: GoalOverviewArgs, context?: StoryGlobals) => html`<vagval-strategy src=${sharedData(context).src}>
  <vagval-goal-overview area=${ifDefined(args.area)} sort=${args.sort} as-of=${args.asOf}></vagval-goal-overview>
</vagval-strategy>`;

const meta: Meta<GoalOverviewArgs> = {
  title: 'Elements/vagval-goal-overview',
  component: 'vagval-goal-overview',
  args: { area: 'hallbar-valfard', sort: 'none', asOf: '2025' },
  argTypes: {
    area: { control: 'select', options: ['hallbar-valfard', 'tillvaxt', 'trygghet', 'klimat', 'folkhalsa'] },
    sort: { control: 'inline-radio', options: ['none', 'best-first', 'worst-first'] },
  },
  render: overview,
  parameters: {
    docs: {
      description: {
        component:
          'The goals of one area (or all, without `area`) in one table: latest value, target, status and a sparkline each. Readers can order the goals by status, and open any goal’s full chart in place. In a narrow column each goal becomes a block of its own, still a table for screen readers.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<GoalOverviewArgs>;

const longText = JSON.stringify({
  version: 1,
  title: 'Vägval 2020',
  organization: 'Landskrona stad',
  lang: 'sv',
  areas: [
    {
      id: 'samhallsbyggnad',
      title: 'Attraktiv och hållbar samhällsbyggnad med hänsyn till kulturmiljön',
      color: '#1d4e89',
      goals: [
        {
          id: 'kollektivtrafikresor',
          title: 'Andelen av invånarnas resor till arbete och studier som görs med kollektivtrafik, cykel eller till fots ska öka',
          unit: 'procent av alla resor',
          decimals: 1,
          target: { value: 55, period: 2030 },
          series: [{ period: 2019, value: 41.2 }, { period: 2022, value: 44.9 }, { period: 2024, value: 46.3 }],
        },
        {
          id: 'bostadsbyggande',
          title: 'Antalet färdigställda bostäder i flerbostadshus och småhus per tusen invånare',
          unit: 'bostäder per 1000 invånare',
          decimals: 1,
          target: { value: 8, period: 2028 },
          series: [{ period: 2021, value: 4.1 }, { period: 2022, value: 5.6 }, { period: 2023, value: 4.9 }, { period: 2024, value: 4.4 }],
        },
      ],
    },
  ],
});

const emptyArea = JSON.stringify({ version: 1, title: 'Vägval', lang: 'sv', areas: [{ id: 'nytt', title: 'Nytt målområde' }] });

export const OneArea: Story = {
  name: 'One area',
};

export const AllAreas: Story = {
  name: 'All areas',
  args: { area: undefined },
};

export const WorstFirst: Story = {
  name: 'Sorted by status, worst first',
  args: { sort: 'worst-first' },
};

export const Loading: Story = {
  name: 'Loading',
  render: () => html`<div ${provideState({ status: 'loading' })}><vagval-goal-overview area="klimat"></vagval-goal-overview></div>`,
};

export const Empty: Story = {
  name: 'Empty: an area without goals',
  render: () => html`<vagval-strategy><script type="application/json">${emptyArea}</script><vagval-goal-overview area="nytt"></vagval-goal-overview></vagval-strategy>`,
};

export const UnknownArea: Story = {
  name: 'Error, unknown area',
  args: { area: 'finns-inte' },
};

export const InvalidData: Story = {
  name: 'Error, invalid data (shown by the provider)',
  render: () => html`<vagval-strategy><script type="application/json">${JSON.stringify({ version: 1, areas: [] })}</script><vagval-goal-overview></vagval-goal-overview></vagval-strategy>`,
};

export const LongSwedishText: Story = {
  name: 'Long Swedish text',
  render: () => html`<vagval-strategy><script type="application/json">${longText}</script><vagval-goal-overview area="samhallsbyggnad" as-of="2025"></vagval-goal-overview></vagval-strategy>`,
};

export const English: Story = {
  name: 'English',
  render: () => html`<div lang="en">
    <vagval-strategy src="data/vagval-2020-en.json"><vagval-goal-overview area="tillvaxt" as-of="2025"></vagval-goal-overview></vagval-strategy>
  </div>`,
};

export const Narrow: Story = {
  name: 'Narrow screen (320 px)',
  args: { area: 'trygghet' },
  render: (args, context) => html`<div ${storyBox('320px')}>${overview(args, context)}</div>`,
};

export const Dashboard: Story = {
  name: 'A hundred goals',
  render: () => html`<vagval-strategy src="data/generated/dashboard-strategy.json"><vagval-goal-overview sort="worst-first" as-of="2025"></vagval-goal-overview></vagval-strategy>`,
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  parameters: { docs: { description: { story: 'Under `dir="rtl"` the table’s columns run from the right; each sparkline keeps time running left to right. The texts stay Swedish or English.' } } },
  render: (args, context) => html`<div dir="rtl">${overview(args, context)}</div>`,
};

export const ForcedColours: Story = {
  name: 'Forced colours',
  tags: ['forced-colors'],
  parameters: forcedColoursDocs('The status shapes and the sparklines are drawn in the system text colour; the buttons keep their system borders.'),
};
