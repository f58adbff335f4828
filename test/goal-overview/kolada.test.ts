// <vagval-goal-overview> with goals whose figures come from Kolada, against the stand-in API
// of test/server/kolada.js (invented figures: KPI "T<n>" has the value n.<municipality> for 2019-2021).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/strategy/define.js';
import '../../src/elements/goal-chart/define.js';
import '../../src/elements/goal-overview/define.js';
import { localDay } from '../../src/chart/kolada-goal.js';
import type { VagvalErrorDetail } from '../../src/core/events.js';
import type { Goal } from '../../src/data/index.js';
import type { VagvalGoalOverview } from '../../src/elements/goal-overview/goal-overview.js';
import { formatDate } from '../../src/format/date.js';
import { clearKoladaCache } from '../../src/kolada/index.js';
import { NB, sampleGoal, shadow, strategyJson, textOf } from '../goal-chart/helpers.js';
import '../helpers/setup.js';
import { BASE, requestsFor, uniqueKpi, uniqueMunicipality } from '../kolada/helpers.js';

/** A goal whose series comes from Kolada. */
function koladaGoal(id: string, kpi: string, municipality: string, extra: Partial<Goal> = {}): Goal {
  return { id, title: `Mål ${id}`, unit: '%', decimals: 4, source: { name: 'Kolada', kolada: { kpi, municipality } }, ...extra };
}

/** A goal with figures of its own in the file. */
const fileGoal = sampleGoal({ id: 'fil', title: 'Mål med egna siffror', comparisons: [] });

interface Page {
  overview: VagvalGoalOverview;
  errors: VagvalErrorDetail[];
}

/** An overview in a provider whose kolada-base is the test server, and any charts of the same goals beside it. */
async function page(goals: Goal[], options: { lang?: string; timeout?: number; charts?: string[] } = {}): Promise<Page> {
  const errors: VagvalErrorDetail[] = [];
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'sv'} @vagval-error=${(event: CustomEvent<VagvalErrorDetail>) => errors.push(event.detail)}>
    <vagval-strategy kolada-base=${BASE}>
      <script type="application/json">${strategyJson(goals)}</script>
      <vagval-goal-overview area="valfard" as-of="2022" kolada-timeout=${options.timeout ?? 10000}></vagval-goal-overview>
      ${(options.charts ?? []).map((goal) => html`<vagval-goal-chart goal=${goal} as-of="2022"></vagval-goal-chart>`)}
    </vagval-strategy>
  </div>`);
  wrapper.style.inlineSize = '800px';
  return { overview: wrapper.querySelector('vagval-goal-overview')!, errors };
}

const rows = (overview: Element) => [...shadow(overview).querySelectorAll('tr.goal')];
/** The texts of a row's cells: title and button, latest value, target, status, trend. */
const cells = (row: Element) => [...row.children].map((cell) => textOf(cell));
const settled = (overview: Element) =>
  waitUntil(() => shadow(overview).querySelector('table') && !shadow(overview).querySelector('tr[aria-busy]'), 'the rows kept loading', { timeout: 5000 });
const today = (lang: 'sv' | 'en') => formatDate(localDay(new Date().toISOString()), lang);

describe('<vagval-goal-overview> with Kolada', () => {
  beforeEach(() => clearKoladaCache());

  it('fetches the series of every goal of one municipality in one request, with statuses, sparklines and the source', async () => {
    const municipality = uniqueMunicipality();
    const goals = [
      koladaGoal('a', 'T1', municipality, { target: { value: 1, period: 2030 } }),
      koladaGoal('b', 'T2', municipality, { target: { value: 50, period: 2030 } }),
      koladaGoal('c', 'T3', municipality),
    ];
    const { overview, errors } = await page(goals);
    await settled(overview);
    expect(rows(overview).map((row) => cells(row)[1])).to.deep.equal([1, 2, 3].map((n) => `Senaste värde ${n},${municipality}${NB}%, (2021)`));
    // Computed from Kolada's series: a met target, a flat line below its target, no target and no rise.
    expect(rows(overview).map((row) => cells(row)[3])).to.deep.equal(['Bedömning Målet är nått', 'Bedömning Inte på väg', 'Bedömning Inte på väg']);
    expect(shadow(overview).querySelectorAll('tr.goal svg.sparkline-graphic')).to.have.length(3);
    expect(textOf(shadow(overview).querySelector('[part="source"]'))).to.equal(`Källa: Kolada, hämtat ${today('sv')}`);
    expect((await requestsFor(`/municipality/${municipality}`)).map((request) => request.path)).to.deep.equal([
      `/__kolada__/v3/data/kpi/T1,T2,T3/municipality/${municipality}`,
    ]);
    expect(errors).to.deep.equal([]);
    await expect(overview).to.be.accessible();
  });

  it('shares the request with the charts on the page, and the chart it opens asks for nothing more', async () => {
    const municipality = uniqueMunicipality();
    const { overview } = await page([koladaGoal('a', 'T4', municipality), koladaGoal('b', 'T5', municipality)], { charts: ['a', 'b'] });
    await settled(overview);
    shadow(overview).querySelector<HTMLButtonElement>('button.toggle')!.click();
    await overview.updateComplete;
    const chart = shadow(overview).querySelector('vagval-goal-chart')!;
    await waitUntil(() => chart.hasAttribute('status'), 'the opened chart never showed its status');
    expect((await requestsFor(`/municipality/${municipality}`)).map((request) => request.path)).to.deep.equal([
      `/__kolada__/v3/data/kpi/T4,T5/municipality/${municipality}`,
    ]);
  });

  it('says each row is loading, without changing the rows’ size, then shows the figures', async () => {
    // 9601: the test server answers after 300 ms.
    const { overview } = await page([koladaGoal('a', uniqueKpi(), '9601'), fileGoal]);
    await waitUntil(() => shadow(overview).querySelector('tr[aria-busy="true"]'), 'no loading row');
    const [loadingRow, fileRow] = rows(overview);
    expect(loadingRow!.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(loadingRow!.querySelector('[part="row-loading"]'))).to.equal('Hämtar från Kolada…');
    expect(fileRow!.hasAttribute('aria-busy')).to.equal(false);
    expect(cells(fileRow!)[1]).to.equal(`Senaste värde 70,8${NB}%, (2024)`);
    expect(shadow(overview).querySelector('[part="source"]')).to.equal(null);
    const heights = rows(overview).map((row) => row.getBoundingClientRect().height);
    const sparkWidth = loadingRow!.querySelector('.sparkline-placeholder')!.getBoundingClientRect().width;
    await expect(overview).to.be.accessible();
    await settled(overview);
    expect(rows(overview).map((row) => row.getBoundingClientRect().height)).to.deep.equal(heights);
    expect(rows(overview)[0]!.querySelector('svg.sparkline-graphic')!.getBoundingClientRect().width).to.be.closeTo(sparkWidth, 0.5);
  });

  it('shows the row’s error when Kolada answers 500, and the other rows’ own figures with a note', async () => {
    const { overview, errors } = await page([fileGoal, koladaGoal('a', uniqueKpi(), '9500')]);
    await settled(overview);
    const [fileRow, failedRow] = rows(overview);
    expect(cells(fileRow!)[1]).to.equal(`Senaste värde 70,8${NB}%, (2024)`);
    expect(textOf(failedRow!.querySelector('[part="row-error"]'))).to.equal('Kunde inte hämtas från Kolada.');
    expect(cells(failedRow!)[3]).to.equal('Bedömning Mätvärden saknas');
    expect(textOf(shadow(overview).querySelector('[part="kolada-note"]'))).to.equal('Kolada kunde inte nås; visar siffrorna i filen.');
    expect(shadow(overview).querySelector('[part="source"]')).to.equal(null);
    expect(errors).to.have.length(1);
    expect(errors[0]!.message).to.equal("Kolada's figures for one goal could not be fetched.");
    expect(errors[0]!.issues.map((issue) => issue.path)).to.deep.equal(['areas[0].goals[1].source.kolada']);
    expect(errors[0]!.issues[0]!.message).to.match(/500/);
    await expect(overview).to.be.accessible();
  });

  it('says Kolada did not answer in time when it hangs', async () => {
    const { overview, errors } = await page([koladaGoal('a', uniqueKpi(), '9999'), koladaGoal('b', uniqueKpi(), '9999')], { timeout: 300 });
    await settled(overview);
    for (const row of rows(overview)) {
      expect(textOf(row.querySelector('[part="row-error"]'))).to.equal('Kolada svarade inte i tid.');
    }
    // No goal shows the file's figures, so there is no note.
    expect(shadow(overview).querySelector('[part="kolada-note"]')).to.equal(null);
    expect(errors[0]!.message).to.equal("Kolada's figures for 2 goals could not be fetched.");
    expect(errors[0]!.issues[0]!.message).to.match(/did not answer within 0\.3 seconds/);
    await expect(overview).to.be.accessible();
  });

  it('shows the row’s error when Kolada answers malformed JSON', async () => {
    const { overview, errors } = await page([koladaGoal('a', uniqueKpi(), '9998')]);
    await settled(overview);
    expect(textOf(rows(overview)[0]!.querySelector('[part="row-error"]'))).to.equal('Kunde inte hämtas från Kolada.');
    expect(errors[0]!.issues[0]!.message).to.match(/not valid JSON/);
    await expect(overview).to.be.accessible();
  });

  it('says Kolada does not have the key figure when the id cannot be one', async () => {
    const { overview, errors } = await page([koladaGoal('a', 'N 17461', '1282')]);
    await settled(overview);
    expect(textOf(rows(overview)[0]!.querySelector('[part="row-error"]'))).to.equal('Kolada har inte nyckeltalet.');
    expect(errors[0]!.issues[0]!.message).to.contain('is not a Kolada KPI id');
  });

  it('shows mixed rows: the file’s figures, Kolada’s, and Kolada as the source', async () => {
    const municipality = uniqueMunicipality();
    const { overview } = await page([fileGoal, koladaGoal('a', 'T6', municipality)]);
    await settled(overview);
    expect(rows(overview).map((row) => cells(row)[1])).to.deep.equal([`Senaste värde 70,8${NB}%, (2024)`, `Senaste värde 6,${municipality}${NB}%, (2021)`]);
    expect(shadow(overview).querySelector('[part="kolada-note"]')).to.equal(null);
    expect(textOf(shadow(overview).querySelector('[part="source"]'))).to.equal(`Källa: Kolada, hämtat ${today('sv')}`);
    await expect(overview).to.be.accessible();
  });

  it('speaks English: loading, figures, source and errors', async () => {
    const loading = await page([koladaGoal('a', uniqueKpi(), '9601')], { lang: 'en' });
    await waitUntil(() => shadow(loading.overview).querySelector('[part="row-loading"]'), 'no loading row');
    expect(textOf(shadow(loading.overview).querySelector('[part="row-loading"]'))).to.equal('Fetching from Kolada…');
    await settled(loading.overview);
    expect(cells(rows(loading.overview)[0]!)[1]).to.match(/^Latest value [\d,.]+%, \(2021\)$/);
    expect(textOf(shadow(loading.overview).querySelector('[part="source"]'))).to.equal(`Source: Kolada, retrieved ${today('en')}`);
    await expect(loading.overview).to.be.accessible();

    const failed = await page([fileGoal, koladaGoal('a', uniqueKpi(), '9500')], { lang: 'en' });
    await settled(failed.overview);
    expect(textOf(shadow(failed.overview).querySelector('[part="row-error"]'))).to.equal('Could not be fetched from Kolada.');
    expect(textOf(shadow(failed.overview).querySelector('[part="kolada-note"]'))).to.equal('Kolada could not be reached; showing the figures in the file.');
    await expect(failed.overview).to.be.accessible();
  });

  it('without a provider, uses its own kolada-base, and so do the charts it opens', async () => {
    const municipality = uniqueMunicipality();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <vagval-goal-overview kolada-base=${BASE} as-of="2022"><script type="application/json">${strategyJson([koladaGoal('a', 'T7', municipality)])}</script></vagval-goal-overview>
    </div>`);
    const overview = wrapper.querySelector('vagval-goal-overview')!;
    await settled(overview);
    expect(cells(rows(overview)[0]!)[1]).to.equal(`Senaste värde 7,${municipality}${NB}%, (2021)`);
    shadow(overview).querySelector<HTMLButtonElement>('button.toggle')!.click();
    await overview.updateComplete;
    const chart = shadow(overview).querySelector('vagval-goal-chart')!;
    expect(chart.getAttribute('kolada-base')).to.equal(BASE);
    await waitUntil(() => chart.hasAttribute('status'), 'the opened chart never showed its status');
  });

  it('aborts the request when it is removed while it waits', async () => {
    const kpi = uniqueKpi();
    const { overview } = await page([koladaGoal('a', kpi, '9999')]);
    await waitUntil(async () => (await requestsFor(kpi)).length === 1, 'Kolada was never asked');
    overview.remove();
    await waitUntil(async () => (await requestsFor(kpi))[0]!.aborted, 'the request was not aborted');
  });

  it('does not ask Kolada for goals with figures of their own', async () => {
    const kpi = uniqueKpi();
    const { overview } = await page([sampleGoal({ id: 'a', source: { name: 'Kolada', kolada: { kpi, municipality: '1282' } } })]);
    await settled(overview);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await requestsFor(kpi)).to.have.length(0);
    expect(shadow(overview).querySelector('[part="source"]')).to.equal(null);
  });
});
