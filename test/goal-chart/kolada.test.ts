// The goal chart with figures from Kolada, against the stand-in API of test/server/kolada.js
// (invented test figures: KPI "T<n>" has the value n.<municipality> for 2019-2021).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/strategy/define.js';
import '../../src/elements/goal-chart/define.js';
import { normalizeGoal } from '../../src/chart/chart-data.js';
import { toCsv } from '../../src/chart/csv.js';
import { hasFileFigures, koladaRequests, localDay, oldest, withKoladaSeries } from '../../src/chart/kolada-goal.js';
import { compareCodes, standaloneStrategy } from '../../src/chart/standalone-goal.js';
import type { VagvalErrorDetail } from '../../src/core/events.js';
import { parseStrategy, type Goal } from '../../src/data/index.js';
import type { VagvalGoalChart } from '../../src/elements/goal-chart/goal-chart.js';
import { formatDate } from '../../src/format/date.js';
import { clearKoladaCache } from '../../src/kolada/index.js';
import { nextEvent } from '../helpers/setup.js';
import { NB, shadow, strategyJson, textOf } from './helpers.js';

const BASE = '/__kolada__/v3';

interface Hit {
  path: string;
  aborted: boolean;
}

async function hits(match: string): Promise<Hit[]> {
  const response = await fetch(`/__kolada__/hits?match=${encodeURIComponent(match)}`);
  return ((await response.json()) as { requests: Hit[] }).requests;
}

/** A goal whose series comes from Kolada. */
function koladaGoal(kpi: string, municipality: string, extra: Partial<Goal> = {}): Goal {
  return {
    id: 'examen',
    title: 'Fler elever tar examen',
    unit: '%',
    decimals: 1,
    target: { value: 110, period: 2030 },
    source: { name: 'Kolada', kolada: { kpi, municipality } },
    ...extra,
  };
}

/** Charts in a provider whose kolada-base is the test server. */
async function provided(goals: Goal[], charts: string[] = ['examen'], lang = 'sv'): Promise<VagvalGoalChart[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <vagval-strategy kolada-base=${BASE}>
      <script type="application/json">${strategyJson(goals)}</script>
      ${charts.map((goal) => html`<vagval-goal-chart goal=${goal} as-of="2022"></vagval-goal-chart>`)}
    </vagval-strategy>
  </div>`);
  return [...wrapper.querySelectorAll('vagval-goal-chart')];
}

const statusOf = (element: Element) => waitUntil(() => element.hasAttribute('status'), 'the status never came', { timeout: 5000 });
const summary = (element: Element) => textOf(shadow(element).querySelector('.summary'));
const sourceLine = (element: Element) => textOf(shadow(element).querySelector('[part="source"]'));
const today = (lang: 'sv' | 'en') => formatDate(localDay(new Date().toISOString()), lang);

describe('<vagval-goal-chart> with Kolada', () => {
  beforeEach(() => clearKoladaCache());

  it('fetches the series of a goal with source.kolada and no series, and names Kolada with the date', async () => {
    // 9601 makes the test server wait 300 ms, so the loading state can be seen.
    const [element] = await provided([koladaGoal('T201', '9601')]);
    const chart = element!;
    await waitUntil(() => shadow(chart).querySelector('[aria-busy="true"]'), 'no loading text');
    expect(chart.hasAttribute('status')).to.equal(false);
    expect(textOf(shadow(chart).querySelector('.title'))).to.equal('Fler elever tar examen');
    await expect(chart).to.be.accessible();
    await statusOf(chart);
    expect(shadow(chart).querySelector('[aria-busy]')).to.equal(null);
    // 201.9601 for each of 2019-2021.
    expect(summary(chart)).to.contain(`202,0${NB}% från 2019 till 2021`);
    expect(sourceLine(chart)).to.equal(`Källa: Kolada, hämtat ${today('sv')}`);
    // 2019-2021 and the target's 2030.
    expect(shadow(chart).querySelectorAll('tbody tr')).to.have.length(4);
    await expect(chart).to.be.accessible();
  });

  it('does not ask Kolada for a goal with its own series', async () => {
    const [chart] = await provided([koladaGoal('T202', '1282', { series: [{ period: 2020, value: 60 }, { period: 2021, value: 62 }] })]);
    await statusOf(chart!);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await hits('T202')).to.have.length(0);
    expect(sourceLine(chart!)).to.equal('Källa: Kolada');
  });

  it('batches and deduplicates the requests of every chart on the page', async () => {
    const goals = [
      koladaGoal('T203', '1282', { id: 'a' }),
      koladaGoal('T203', '1282', { id: 'b' }),
      koladaGoal('T204', '1282', { id: 'c' }),
      koladaGoal('T204', '1282', { id: 'd', comparisons: [{ label: 'Riket', kolada: { municipality: '0000' } }] }),
    ];
    const charts = await provided(goals, ['a', 'b', 'c', 'd']);
    await Promise.all(charts.map(statusOf));
    const requests = [...(await hits('/data/kpi/T203')), ...(await hits('/data/kpi/T204'))];
    expect(requests.map((request) => request.path)).to.deep.equal(['/__kolada__/v3/data/kpi/T203,T204/municipality/0000,1282']);
    expect(summary(charts[2]!)).to.contain(`204,1${NB}%`);
  });

  it('fetches a comparison that names a Kolada municipality', async () => {
    const [chart] = await provided([koladaGoal('T205', '1282', { comparisons: [{ label: 'Riket', kolada: { municipality: '0000' } }] })]);
    await statusOf(chart!);
    expect(summary(chart!)).to.contain(`Jämförelse: Riket 205,0${NB}% år 2021`);
  });

  it('shows a standalone chart from the attributes, titled from the KPI metadata', async () => {
    const chart = await fixture<VagvalGoalChart>(html`<vagval-goal-chart
      kolada-base=${BASE} kpi="T206" municipality="1282" compare="0000" target="300" target-period="2030" unit="%" decimals="1" as-of="2022"
    ></vagval-goal-chart>`);
    await statusOf(chart);
    expect(textOf(shadow(chart).querySelector('.title'))).to.equal('Testnyckeltal T206');
    expect(summary(chart)).to.contain(`Målet är 300${NB}% år 2030`).and.to.contain('Riket');
    expect(sourceLine(chart)).to.equal(`Källa: Kolada, hämtat ${today('sv')}`);
    expect((await hits('/v3/kpi/T206')).length).to.equal(1);
    await expect(chart).to.be.accessible();
  });

  it('shows the error view and fires vagval-error when Kolada answers 500 and the file has no figures', async () => {
    const events: CustomEvent<VagvalErrorDetail>[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div @vagval-error=${(event: CustomEvent<VagvalErrorDetail>) => events.push(event)}>
      <vagval-strategy kolada-base=${BASE}><script type="application/json">${strategyJson([koladaGoal('T207', '9500')])}</script>
        <vagval-goal-chart goal="examen"></vagval-goal-chart></vagval-strategy>
    </div>`);
    const chart = wrapper.querySelector('vagval-goal-chart');
    await waitUntil(() => events.length > 0, 'no vagval-error');
    expect(events).to.have.length(1);
    expect(events[0]!.target).to.equal(chart);
    expect(events[0]!.detail.message).to.match(/500/);
    expect(events[0]!.detail.issues.map((issue) => issue.path)).to.deep.equal(['areas[0].goals[0].source.kolada']);
    await chart!.updateComplete;
    expect(textOf(shadow(chart!).querySelector('[part="error"]'))).to.contain('Uppgifterna från Kolada kunde inte hämtas.');
    expect(chart!.hasAttribute('status')).to.equal(false);
    await expect(chart).to.be.accessible();
  });

  it('says Kolada did not answer in time when it hangs', async () => {
    const chart = await fixture<VagvalGoalChart>(html`<vagval-goal-chart kolada-base=${BASE} kolada-timeout="300" kpi="T208" municipality="9999"></vagval-goal-chart>`);
    // The answer takes 300 ms, long after the fixture is there.
    const event = await nextEvent<VagvalErrorDetail>(chart, 'vagval-error');
    expect(event.detail.message).to.match(/did not answer within 0\.3 seconds/);
    await chart.updateComplete;
    expect(textOf(shadow(chart).querySelector('[part="error"]'))).to.contain('Kolada svarade inte i tid.');
  });

  it('shows the file’s comparison figures with a note when Kolada cannot be reached', async () => {
    const goal = koladaGoal('T209', '9500', { comparisons: [{ label: 'Riket', series: [{ period: 2020, value: 70 }, { period: 2021, value: 71 }] }] });
    const [chart] = await provided([goal]);
    await statusOf(chart!);
    expect(textOf(shadow(chart!).querySelector('[part="kolada-note"]'))).to.equal('Kolada kunde inte nås; visar siffrorna i filen.');
    expect(summary(chart!)).to.contain('Riket');
    expect(shadow(chart!).querySelector('[part="error"]')).to.equal(null);
    await expect(chart).to.be.accessible();
  });

  it('aborts the request when the chart is removed while it waits', async () => {
    const chart = await fixture<VagvalGoalChart>(html`<vagval-goal-chart kolada-base=${BASE} kpi="T210" municipality="9999"></vagval-goal-chart>`);
    await waitUntil(async () => (await hits('/data/kpi/T210')).length === 1, 'Kolada was never asked');
    chart.remove();
    await waitUntil(async () => (await hits('/data/kpi/T210'))[0]!.aborted, 'the request was not aborted');
  });

  it('does not fire vagval-error while loading or when the figures arrive', async () => {
    let errors = 0;
    const wrapper = await fixture<HTMLDivElement>(html`<div @vagval-error=${() => errors++}>
      <vagval-strategy kolada-base=${BASE}><script type="application/json">${strategyJson([koladaGoal('T211', '1282')])}</script>
        <vagval-goal-chart goal="examen"></vagval-goal-chart></vagval-strategy>
    </div>`);
    await statusOf(wrapper.querySelector('vagval-goal-chart')!);
    expect(errors).to.equal(0);
  });

  it('uses its own kolada-base over the provider\'s', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <vagval-strategy kolada-base="/nowhere/v3"><script type="application/json">${strategyJson([koladaGoal('T213', '1282')])}</script>
        <vagval-goal-chart goal="examen" kolada-base=${BASE}></vagval-goal-chart></vagval-strategy>
    </div>`);
    await statusOf(wrapper.querySelector('vagval-goal-chart')!);
    expect(await hits('/data/kpi/T213')).to.have.length(1);
  });

  it('shows the error view when Kolada answers malformed JSON', async () => {
    const chart = await fixture<VagvalGoalChart>(html`<vagval-goal-chart kolada-base=${BASE} kpi="T214" municipality="9998"></vagval-goal-chart>`);
    await waitUntil(() => shadow(chart).querySelector('[part="error"]'), 'no error view');
    expect(textOf(shadow(chart).querySelector('[part="error"]'))).to.contain('Uppgifterna från Kolada kunde inte hämtas.');
    await expect(chart).to.be.accessible();
  });

  it('shows a standalone chart\'s loading text without a title, then the chart', async () => {
    const chart = await fixture<VagvalGoalChart>(html`<vagval-goal-chart kolada-base=${BASE} kpi="T215" municipality="9601" type="sparkline"></vagval-goal-chart>`);
    expect(textOf(shadow(chart).querySelector('[aria-busy="true"]'))).to.not.equal('');
    expect(shadow(chart).querySelector('.title, #title')).to.equal(null);
    await statusOf(chart);
    expect(textOf(shadow(chart).querySelector('#title'))).to.equal('Testnyckeltal T215');
  });

  it('tells the editor a standalone chart needs a municipality, without asking Kolada', async () => {
    const events: CustomEvent<VagvalErrorDetail>[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div @vagval-error=${(event: CustomEvent<VagvalErrorDetail>) => events.push(event)}>
      <vagval-goal-chart kolada-base=${BASE} kpi="T216"></vagval-goal-chart>
    </div>`);
    const chart = wrapper.querySelector('vagval-goal-chart')!;
    await waitUntil(() => events.length > 0, 'no vagval-error');
    expect(events[0]!.detail.message).to.contain('needs a municipality attribute');
    expect(shadow(chart).querySelector('[part="error"]')).to.not.equal(null);
    expect(await hits('T216')).to.have.length(0);
    await expect(chart).to.be.accessible();
  });

  it('waits out a 429 and shows the figures', async () => {
    // 9429: the stand-in answers the first request 429 with Retry-After: 1, then normally.
    const chart = await fixture<VagvalGoalChart>(html`<vagval-goal-chart kolada-base=${BASE} kpi="T217" municipality="9429"></vagval-goal-chart>`);
    await waitUntil(() => chart.hasAttribute('status'), 'the status never came', { timeout: 6000 });
    expect(shadow(chart).querySelector('[part="error"]')).to.equal(null);
    expect((await hits('/data/kpi/T217')).length).to.equal(2);
  });

  it('speaks English', async () => {
    const [chart] = await provided([koladaGoal('T212', '1282')], ['examen'], 'en');
    await statusOf(chart!);
    expect(sourceLine(chart!)).to.equal(`Source: Kolada, retrieved ${today('en')}`);
    expect(summary(chart!)).to.contain('212.1%');
  });
});

describe('Kolada goals (pure)', () => {
  const riket = { label: 'Riket', kolada: { municipality: '0000' } };

  it('asks for a goal\'s own series only when it has none, then for its Kolada comparisons, once each', () => {
    expect(koladaRequests(koladaGoal('N1', '1282', { comparisons: [riket, { label: 'Malmö', kolada: { kpi: 'N2', municipality: '1280' } }, riket] }))).to.deep.equal([
      { kpi: 'N1', municipality: '1282' },
      { kpi: 'N1', municipality: '0000' },
      { kpi: 'N2', municipality: '1280' },
    ]);
    expect(koladaRequests(koladaGoal('N1', '1282', { series: [{ period: 2020, value: 1 }], comparisons: [riket] }))).to.deep.equal([{ kpi: 'N1', municipality: '0000' }]);
    expect(koladaRequests(koladaGoal('N1', '1282', { series: [] }))).to.deep.equal([{ kpi: 'N1', municipality: '1282' }]);
    // A comparison with its own series, or without a KPI anywhere, asks for nothing.
    expect(koladaRequests({ id: 'g', title: 'G', comparisons: [riket, { label: 'X', series: [], kolada: { municipality: '1' } }] })).to.deep.equal([]);
  });

  it('puts the answers into a copy of the goal and leaves the goal unchanged', () => {
    const goal = koladaGoal('N1', '1282', { comparisons: [riket] });
    const before = JSON.stringify(goal);
    const points = [{ period: 2020, value: 61.5 }];
    const filled = withKoladaSeries(goal, { series: new Map([['N1|1282', points], ['N1|0000', [{ period: 2020, value: 70 }]]]) });
    expect(JSON.stringify(goal)).to.equal(before);
    expect(filled.series).to.deep.equal(points);
    expect(filled.series).not.to.equal(points);
    expect(filled.comparisons![0]!.series).to.deep.equal([{ period: 2020, value: 70 }]);
    expect(withKoladaSeries(goal, { series: new Map() }).series).to.equal(undefined);
  });

  it('knows whether the file has figures of its own', () => {
    expect(hasFileFigures(koladaGoal('N1', '1282'))).to.equal(false);
    expect(hasFileFigures(koladaGoal('N1', '1282', { comparisons: [riket] }))).to.equal(false);
    expect(hasFileFigures(koladaGoal('N1', '1282', { comparisons: [{ label: 'Riket', series: [{ period: 2020, value: 1 }] }] }))).to.equal(true);
  });

  it('states the fetch day with the source, in the chart data and the CSV', () => {
    expect(oldest(['2026-11-27T10:00:00.000Z', '2026-11-26T10:00:00.000Z'])).to.equal('2026-11-26T10:00:00.000Z');
    expect(localDay('not a time')).to.equal(undefined);
    const data = normalizeGoal(koladaGoal('N1', '1282', { series: [{ period: 2020, value: 61.5 }] }), { retrieved: '2026-11-27' });
    expect(data.source).to.deep.equal({ name: 'Kolada', kolada: true, retrieved: '2026-11-27' });
    expect(toCsv(data, 'sv')).to.contain('Källa: Kolada, hämtat 27 november 2026\r\n');
    expect(toCsv(data, 'en')).to.contain('"Source: Kolada, retrieved 27 November 2026"\r\n');
  });

  it('makes a standalone chart\'s data from its attributes', () => {
    expect(compareCodes(' 0000, 1280,,0000 ')).to.deep.equal(['0000', '1280']);
    const strategy = standaloneStrategy({ kpi: 'N1', municipality: '1282', compare: '0000,1282,1280', target: 80, targetPeriod: '2030', unit: '%', decimals: 1, direction: 'decrease' }, 'Titel', 'Riket');
    expect(parseStrategy(strategy).ok).to.equal(true);
    const goal = strategy.areas[0]!.goals![0]!;
    expect(goal).to.include({ title: 'Titel', unit: '%', decimals: 1, direction: 'decrease' });
    expect(goal.target).to.deep.equal({ value: 80, period: 2030 });
    expect(goal.comparisons!.map((comparison) => comparison.label)).to.deep.equal(['Riket', '1280']);
    expect(koladaRequests(goal)).to.have.length(3);
  });

  it('validates comparisons that name a Kolada municipality instead of a series', () => {
    const data = (comparison: unknown) => JSON.parse(strategyJson([{ id: 'g', title: 'G', comparisons: [comparison] }])) as unknown;
    expect(parseStrategy(data({ label: 'Riket', kolada: { municipality: '0000' } })).ok).to.equal(true);
    expect(parseStrategy(data({ label: 'Malmö', kolada: { kpi: 'N1', municipality: '1280' } })).ok).to.equal(true);
    const neither = parseStrategy(data({ label: 'Riket' }));
    expect(neither.ok).to.equal(false);
    if (!neither.ok) expect(neither.issues).to.deep.equal([{ path: 'areas[0].goals[0].comparisons[0].series', message: '"series" is required' }]);
    const empty = parseStrategy(data({ label: 'Riket', kolada: { municipality: '' } }));
    expect(empty.ok).to.equal(false);
  });
});
