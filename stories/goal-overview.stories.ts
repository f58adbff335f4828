import '../src/elements/strategy/define.js';
import '../src/elements/goal-overview/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sharedData, type StoryGlobals } from './support/data-sets.js';
import { forcedColoursDocs } from './support/forced-colours.js';
import { koladaStandIn } from './support/kolada-stand-in.js';
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

// Kolada: the stories must work offline, so the figures come from a static stand-in of
// Kolada's API (stories/kolada-stand-in/, invented figures), served at the same relative path
// by Storybook and the test runner. The failing states point at a path that does not exist.
const KOLADA_STAND_IN = koladaStandIn('goal-overview');
const KOLADA_UNREACHABLE = 'kolada-unreachable/v3';

/** Goals that take their figures from Kolada (Landskrona, `1282`): no series in the file. */
const koladaGoals = [
  {
    id: 'nojd-hemtjanst',
    title: 'Fler brukare är nöjda med sin hemtjänst',
    unit: '%',
    target: { value: 90, period: 2026 },
    source: { name: 'Kolada', kolada: { kpi: 'N00942', municipality: '1282' } },
  },
  {
    id: 'gymnasieexamen',
    title: 'Fler elever tar gymnasieexamen inom fyra år',
    unit: '%',
    decimals: 1,
    target: { value: 80, period: 2030 },
    source: { name: 'Kolada', kolada: { kpi: 'N17461', municipality: '1282' } },
  },
  {
    id: 'ekonomiskt-bistand',
    title: 'Färre invånare har långvarigt ekonomiskt bistånd',
    unit: '%',
    decimals: 1,
    direction: 'decrease',
    target: { value: 6, period: 2027 },
    source: { name: 'Kolada', kolada: { kpi: 'N31807', municipality: '1282' } },
  },
];

/** Goals with their figures in the file (invented for the story). */
const fileGoals = [
  {
    id: 'laddplatser',
    title: 'Fler publika laddplatser för elbil',
    unit: 'antal',
    target: { value: 400, period: 2028 },
    series: [{ period: 2022, value: 150 }, { period: 2023, value: 210 }, { period: 2024, value: 268 }],
  },
  {
    id: 'trygghet',
    title: 'Fler invånare känner sig trygga i sitt bostadsområde',
    unit: '%',
    target: { value: 85, period: 2027 },
    series: [{ period: 2021, value: 74 }, { period: 2023, value: 76 }],
  },
];

const koladaStrategy = (goals: readonly object[]) =>
  JSON.stringify({ version: 1, title: 'Vägval', organization: 'Landskrona stad', lang: 'sv', areas: [{ id: 'kolada', title: 'Hållbar välfärd', color: '#00594f', goals }] });

export const KoladaFetched: Story = {
  name: 'Kolada: figures fetched',
  parameters: {
    docs: { description: { story: 'Every goal names a Kolada key figure and municipality and has no figures of its own: the overview fetches them in one request and names Kolada, with the day, as the source. The figures come from an offline stand-in and are invented.' } },
  },
  render: () => html`<vagval-strategy kolada-base=${KOLADA_STAND_IN}><script type="application/json">${koladaStrategy(koladaGoals)}</script>
    <vagval-goal-overview area="kolada" as-of="2025"></vagval-goal-overview>
  </vagval-strategy>`,
};

export const KoladaMixedDown: Story = {
  name: 'Kolada: mixed rows, Kolada down',
  parameters: {
    docs: { description: { story: 'Some goals have their figures in the file, the others ask Kolada, which cannot be reached: the file\'s rows are shown, the others say their figures could not be fetched, and a note says so above the table.' } },
  },
  render: () => html`<vagval-strategy kolada-base=${KOLADA_UNREACHABLE}><script type="application/json">${koladaStrategy([...fileGoals, ...koladaGoals])}</script>
    <vagval-goal-overview area="kolada" as-of="2025"></vagval-goal-overview>
  </vagval-strategy>`,
};

export const KoladaTimeout: Story = {
  name: 'Kolada: time-out',
  parameters: {
    docs: { description: { story: '`kolada-timeout` is how long the overview waits for Kolada (default 10 s); here 1 ms, so the rows give up at once and say that Kolada did not answer in time.' } },
  },
  // Kolada's request is started a task after the rows ask and its answer comes tasks later,
  // so a 1 ms wait runs out first (and the request is aborted): a time-out without a server that stalls.
  render: () => html`<vagval-strategy kolada-base=${KOLADA_UNREACHABLE}><script type="application/json">${koladaStrategy(koladaGoals)}</script>
    <vagval-goal-overview area="kolada" as-of="2025" kolada-timeout="1"></vagval-goal-overview>
  </vagval-strategy>`,
};
