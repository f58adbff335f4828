import '../src/elements/strategy/define.js';
import '../src/elements/goal-chart/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sharedData, type StoryGlobals } from './support/data-sets.js';
import { forcedColoursDocs } from './support/forced-colours.js';
import { koladaStandIn } from './support/kolada-stand-in.js';
import { provideState } from './support/provide-state.js';
import { storyBox } from './support/story-box.js';

interface GoalChartArgs {
  goal: string;
  type: 'line' | 'bar' | 'progress' | 'sparkline';
  asOf: string;
  description?: string;
}

/** A chart of the toolbar's data set; a set with goal ids of its own shows its own goal (see data-sets.ts). */
const chart = (args: GoalChartArgs, context?: StoryGlobals) => {
  const data = sharedData(context);
  return html`<vagval-strategy src=${data.src}>
    <vagval-goal-chart goal=${data.goal(args.goal)} type=${args.type} as-of=${args.asOf} description=${ifDefined(args.description)}></vagval-goal-chart>
  </vagval-strategy>`;
};

/** The sample data in the toolbar's language: for the stories whose state comes from one sample goal's figures. */
const sample = (context?: StoryGlobals): StoryGlobals => ({ globals: { ...context?.globals, dataSet: 'sample' } });
const sampleChart = (args: GoalChartArgs, context?: StoryGlobals) => chart(args, sample(context));

const meta: Meta<GoalChartArgs> = {
  title: 'Elements/vagval-goal-chart',
  component: 'vagval-goal-chart',
  args: { goal: 'sysselsattningsgrad', type: 'line', asOf: '2025' },
  argTypes: {
    type: { control: 'inline-radio', options: ['line', 'bar', 'progress', 'sparkline'] },
    goal: {
      control: 'select',
      options: [
        'gymnasieexamen',
        'nojd-hemtjanst',
        'ekonomiskt-bistand',
        'sysselsattningsgrad',
        'nystartade-foretag',
        'fardigstallda-bostader',
        'trygghet-bostadsomrade',
        'anmald-skadegorelse',
        'trygg-skolvag',
        'utslapp-vaxthusgaser',
        'solcellseffekt',
        'fysiskt-aktiva',
        'ohalsotal',
      ],
    },
  },
  render: chart,
  parameters: {
    docs: {
      description: {
        component:
          'One goal over time against its target: the status as a shape and a word (reflected as the `status` attribute), the distance to the target in words, a generated summary, a keyboard-operable plot (one tab stop; arrow keys, Home and End move between values and each is announced), a data table and a CSV download for Excel. The text is there at once; the graphics are drawn when the chart nears the viewport. `as-of` fixes the date the status is judged at (these stories use 2025).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<GoalChartArgs>;

const longText = JSON.stringify({
  version: 1,
  title: 'Vägval 2020',
  organization: 'Landskrona stad',
  lang: 'sv',
  areas: [
    {
      id: 'folkhalsa',
      title: 'Folkhälsa',
      color: '#8a1c3b',
      goals: [
        {
          id: 'lang',
          title: 'Andelen invånare i åldern 16–84 år som uppger att de har ett gott eller mycket gott självskattat allmänt hälsotillstånd ska öka i samtliga stadsdelar',
          description:
            'Folkhälsoenkäten genomförs vart fjärde år av Region Skåne tillsammans med kommunerna. Resultaten redovisas uppdelat på kön, ålder, utbildningsnivå och stadsdel.',
          unit: 'procent av befolkningen',
          decimals: 1,
          target: { value: 75, period: 2030 },
          series: [
            { period: 2012, value: 64.2 },
            { period: 2016, value: 66.8 },
            { period: 2020, value: 65.9 },
            { period: 2024, value: 68.4 },
          ],
          comparisons: [
            { label: 'Genomsnittet för Skånes kommuner med liknande befolkningsstruktur', series: [{ period: 2012, value: 67 }, { period: 2024, value: 70.2 }] },
            { label: 'Riket', series: [{ period: 2012, value: 69.1 }, { period: 2024, value: 71.5 }] },
          ],
          source: { name: 'Region Skånes folkhälsoenkät "Hälsa på lika villkor"' },
        },
      ],
    },
  ],
});

const withBaseline = JSON.stringify({
  version: 1,
  title: 'Vägval 2020',
  organization: 'Landskrona stad',
  lang: 'sv',
  areas: [
    {
      id: 'klimat',
      title: 'Klimat',
      color: '#2e6b30',
      goals: [
        {
          id: 'laddplatser',
          title: 'Fler publika laddplatser för elbil',
          unit: 'antal',
          target: { value: 400, period: 2028 },
          baseline: { value: 40, period: 2019 },
          series: [
            { period: 2021, value: 95 },
            { period: 2022, value: 150 },
            { period: 2023, value: 210 },
            { period: 2024, value: 268 },
          ],
        },
      ],
    },
  ],
});

const badInput = JSON.stringify({
  version: 1,
  title: 'Vägval',
  lang: 'sv',
  areas: [
    {
      id: 'test',
      title: 'Svåra data',
      goals: [
        { id: 'osorterad', title: 'Perioder i oordning', unit: 'kr', series: [{ period: 2024, value: -300 }, { period: 2020, value: -1200 }, { period: 2022, value: 4.2e9 }], target: { value: 0, period: 2026 } },
        { id: 'en-punkt', title: 'Ett enda värde', unit: '%', series: [{ period: 2024, value: 82 }], target: { value: 90, period: 2027 } },
      ],
    },
  ],
});

export const Line: Story = {
  name: 'Line, with comparisons',
};

export const Bar: Story = {
  name: 'Bar',
  args: { goal: 'ekonomiskt-bistand', type: 'bar' },
};

export const Progress: Story = {
  name: 'Progress',
  args: { goal: 'gymnasieexamen', type: 'progress' },
};

export const ProgressWithBaseline: Story = {
  name: 'Progress, with a baseline',
  render: () => html`<vagval-strategy><script type="application/json">${withBaseline}</script><vagval-goal-chart goal="laddplatser" type="progress" as-of="2025"></vagval-goal-chart></vagval-strategy>`,
};

export const Sparklines: Story = {
  name: 'Sparklines, every status',
  render: (_args, context) => html`<vagval-strategy src=${sharedData(sample(context)).src}>
    <ul>
      <li>Nådd: <vagval-goal-chart goal="nojd-hemtjanst" type="sparkline" as-of="2025"></vagval-goal-chart></li>
      <li>På väg: <vagval-goal-chart goal="ekonomiskt-bistand" type="sparkline" as-of="2025"></vagval-goal-chart></li>
      <li>Risk: <vagval-goal-chart goal="gymnasieexamen" type="sparkline" as-of="2025"></vagval-goal-chart></li>
      <li>Inte på väg: <vagval-goal-chart goal="ohalsotal" type="sparkline" as-of="2025"></vagval-goal-chart></li>
      <li>Saknar data: <vagval-goal-chart goal="fysiskt-aktiva" type="sparkline" as-of="2025"></vagval-goal-chart></li>
    </ul>
  </vagval-strategy>`,
};

export const Monthly: Story = {
  name: 'Monthly values',
  args: { goal: 'anmald-skadegorelse' },
  render: sampleChart,
};

export const OffTrack: Story = {
  name: 'Off track',
  args: { goal: 'ohalsotal' },
  render: sampleChart,
};

export const NoTarget: Story = {
  name: 'No target value',
  args: { goal: 'solcellseffekt' },
  render: sampleChart,
};

export const OnePoint: Story = {
  name: 'One value only',
  args: { goal: 'trygg-skolvag' },
  render: sampleChart,
};

export const Empty: Story = {
  name: 'Empty: no values yet',
  args: { goal: 'fysiskt-aktiva' },
  render: sampleChart,
};

export const BadInput: Story = {
  name: 'Unsorted, negative and very large values',
  render: () => html`<vagval-strategy><script type="application/json">${badInput}</script>
    <vagval-goal-chart goal="osorterad" as-of="2025"></vagval-goal-chart>
    <vagval-goal-chart goal="en-punkt" type="bar" as-of="2025"></vagval-goal-chart>
  </vagval-strategy>`,
};

export const EditorDescription: Story = {
  name: 'Summary written by the editor',
  render: (_args, context) => html`<vagval-strategy src=${sharedData(sample(context)).src}>
    <vagval-goal-chart goal="gymnasieexamen" as-of="2025">
      <span slot="description">Andelen som tar examen ökar varje år, men inte tillräckligt snabbt för att nå målet 2030.</span>
    </vagval-goal-chart>
  </vagval-strategy>`,
};

export const Loading: Story = {
  name: 'Loading',
  render: () => html`<div ${provideState({ status: 'loading' })}><vagval-goal-chart goal="gymnasieexamen"></vagval-goal-chart></div>`,
};

export const UnknownGoal: Story = {
  name: 'Error, unknown goal',
  args: { goal: 'finns-inte' },
  render: sampleChart,
};

export const InvalidData: Story = {
  name: 'Error, invalid data (shown by the provider)',
  render: () => html`<vagval-strategy><script type="application/json">${JSON.stringify({ version: 1, title: 'Vägval', areas: [{ id: 'a', title: 'A', color: 'grön' }] })}</script>
    <vagval-goal-chart goal="gymnasieexamen"></vagval-goal-chart>
  </vagval-strategy>`,
};

export const LongSwedishText: Story = {
  name: 'Long Swedish text',
  render: () => html`<vagval-strategy><script type="application/json">${longText}</script><vagval-goal-chart goal="lang" as-of="2025"></vagval-goal-chart></vagval-strategy>`,
};

export const English: Story = {
  name: 'English',
  render: () => html`<div lang="en">
    <vagval-strategy src="data/vagval-2020-en.json"><vagval-goal-chart goal="sysselsattningsgrad" as-of="2025"></vagval-goal-chart></vagval-strategy>
  </div>`,
};

export const Narrow: Story = {
  name: 'Narrow screen (320 px)',
  render: (_args, context) => {
    const data = sharedData(context);
    return html`<div ${storyBox('320px')}>
      <vagval-strategy src=${data.src}>
        <vagval-goal-chart goal=${data.goal('sysselsattningsgrad')} as-of="2025"></vagval-goal-chart>
        <vagval-goal-chart goal=${data.goal('ekonomiskt-bistand')} type="bar" as-of="2025"></vagval-goal-chart>
        <vagval-goal-chart goal=${data.goal('gymnasieexamen')} type="progress" as-of="2025"></vagval-goal-chart>
      </vagval-strategy>
    </div>`;
  },
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  parameters: {
    docs: { description: { story: 'Under `dir="rtl"` the texts, the status and the table follow the writing direction; the plot keeps time running left to right, as charts do in right-to-left scripts too.' } },
  },
  render: (args, context) => html`<div dir="rtl">${chart(args, context)}</div>`,
};

export const ForcedColours: Story = {
  name: 'Forced colours',
  tags: ['forced-colors'],
  parameters: forcedColoursDocs('The line, the comparison (dashed), the axes and the points are drawn in the system text colour, the target line and the focus ring in the highlight colour.'),
};

// Kolada: the stories must work offline, so the figures come from a static stand-in of
// Kolada's API (stories/kolada-stand-in/, invented figures), served at the same relative path
// by Storybook and the test runner. The unreachable states point at a path that does not exist.
const KOLADA_STAND_IN = koladaStandIn('goal-chart');
const KOLADA_UNREACHABLE = 'kolada-unreachable/v3';

const koladaGoals = JSON.stringify({
  version: 1,
  title: 'Vägval',
  organization: 'Landskrona stad',
  lang: 'sv',
  areas: [
    {
      id: 'valfard',
      title: 'Hållbar välfärd',
      color: '#00594f',
      goals: [
        {
          id: 'kolada',
          title: 'Fler elever tar gymnasieexamen inom fyra år',
          unit: '%',
          decimals: 1,
          target: { value: 80, period: 2030 },
          comparisons: [
            { label: 'Riket', kolada: { municipality: '0000' } },
            { label: 'Malmö', kolada: { municipality: '1280' } },
          ],
          source: { name: 'Kolada', kolada: { kpi: 'N17461', municipality: '1282' } },
        },
        {
          id: 'kolada-med-jamforelse',
          title: 'Fler elever tar gymnasieexamen inom fyra år',
          unit: '%',
          decimals: 1,
          target: { value: 80, period: 2030 },
          // Invented figures for the story.
          comparisons: [{ label: 'Riket', series: [{ period: 2021, value: 71.2 }, { period: 2022, value: 72.0 }, { period: 2023, value: 72.4 }] }],
          source: { name: 'Kolada', kolada: { kpi: 'N17461', municipality: '1282' } },
        },
      ],
    },
  ],
});

export const KoladaFetched: Story = {
  name: 'Kolada: figures fetched',
  parameters: {
    docs: { description: { story: 'The goal names a Kolada key figure and municipality and has no figures of its own; the chart fetches them, and those of its comparisons (the whole country, `0000`, and Malmö, `1280`). The figures here come from an offline stand-in and are invented.' } },
  },
  render: () => html`<vagval-strategy kolada-base=${KOLADA_STAND_IN}><script type="application/json">${koladaGoals}</script>
    <vagval-goal-chart goal="kolada" as-of="2025"></vagval-goal-chart>
  </vagval-strategy>`,
};

export const KoladaStandalone: Story = {
  name: 'Standalone Kolada chart',
  parameters: {
    docs: { description: { story: 'No data file: `kpi`, `municipality` and `compare` name what to fetch; the title comes from the key figure\'s metadata and the comparisons\' names from Kolada\'s list of municipalities. Invented figures from an offline stand-in.' } },
  },
  render: () => html`<vagval-goal-chart
    kolada-base=${KOLADA_STAND_IN}
    kpi="N17461"
    municipality="1282"
    compare="0000,1280"
    target="80"
    target-period="2030"
    unit="%"
    decimals="1"
    as-of="2025"
  ></vagval-goal-chart>`,
};

export const KoladaUnreachable: Story = {
  name: 'Kolada unreachable',
  render: () => html`<vagval-strategy kolada-base=${KOLADA_UNREACHABLE}><script type="application/json">${koladaGoals}</script>
    <vagval-goal-chart goal="kolada" as-of="2025"></vagval-goal-chart>
  </vagval-strategy>`,
};

export const KoladaUnreachableWithFileFigures: Story = {
  name: 'Kolada unreachable, figures in the file',
  render: () => html`<vagval-strategy kolada-base=${KOLADA_UNREACHABLE}><script type="application/json">${koladaGoals}</script>
    <vagval-goal-chart goal="kolada-med-jamforelse" as-of="2025"></vagval-goal-chart>
  </vagval-strategy>`,
};

export const KoladaStandaloneUnreachable: Story = {
  name: 'Standalone Kolada chart, Kolada unreachable',
  render: () => html`<vagval-goal-chart
    kolada-base=${KOLADA_UNREACHABLE}
    kpi="N17461"
    municipality="1282"
    compare="0000"
    target="80"
    target-period="2030"
    unit="%"
    decimals="1"
  ></vagval-goal-chart>`,
};

export const KoladaStandaloneEnglish: Story = {
  name: 'Standalone Kolada chart, English, no municipality',
  render: () => html`<div lang="en"><vagval-goal-chart kolada-base=${KOLADA_UNREACHABLE} kpi="N17461"></vagval-goal-chart></div>`,
};
