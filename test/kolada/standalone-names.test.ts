// A standalone <vagval-goal-chart kpi municipality compare> names the municipalities with
// Kolada's metadata (test/fixtures/kolada/municipality.json via test/server/kolada.js).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/goal-chart/define.js';
import { namedCodes, standaloneStrategy } from '../../src/chart/standalone-goal.js';
import type { VagvalGoalChart } from '../../src/elements/goal-chart/goal-chart.js';
import { clearKoladaCache } from '../../src/kolada/index.js';
import { shadow, textOf } from '../goal-chart/helpers.js';
import '../helpers/setup.js';
import { BASE, requestsFor, uniqueKpi, uniqueMunicipality } from './helpers.js';

async function standalone(kpi: string, municipality: string, compare: string, lang = 'sv'): Promise<VagvalGoalChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <vagval-goal-chart kolada-base=${BASE} kpi=${kpi} municipality=${municipality} compare=${compare} as-of="2022"></vagval-goal-chart>
  </div>`);
  const chart = wrapper.querySelector<VagvalGoalChart>('vagval-goal-chart')!;
  await waitUntil(() => chart.hasAttribute('status'), 'the status never came', { timeout: 5000 });
  return chart;
}

const tableHeaders = (chart: Element) => [...shadow(chart).querySelectorAll('#data-table thead th')].map((cell) => textOf(cell));

describe('<vagval-goal-chart kpi municipality compare>: municipality names', () => {
  beforeEach(() => clearKoladaCache());

  it('names the municipality and the ones compared with, in one request; a code Kolada does not name stays a code', async () => {
    const unnamed = uniqueMunicipality();
    const chart = await standalone(uniqueKpi(), '1282', `0000, 1280, ${unnamed}`);
    expect(tableHeaders(chart)).to.deep.equal(['År', 'Landskrona', 'Riket', 'Malmö', unnamed]);
    expect(textOf(shadow(chart).querySelector('.summary'))).to.contain('Malmö').and.to.contain(unnamed);
    // Riket has its label in every language, so only the others are asked for.
    expect((await requestsFor(unnamed)).filter((request) => request.path.startsWith(`${BASE}/municipality/`)).map((request) => request.path)).to.deep.equal([
      `/__kolada__/v3/municipality/1280,1282,${unnamed}`,
    ]);
    await expect(chart).to.be.accessible();
  });

  it('shows the codes when the names cannot be fetched, and the figures all the same', async () => {
    // 9403: the test server answers the names 403 and the figures normally.
    const chart = await standalone(uniqueKpi(), '1282', '1280, 9403');
    expect(tableHeaders(chart)).to.deep.equal(['År', '1282', '1280', '9403']);
    expect(shadow(chart).querySelector('[part="error"]')).to.equal(null);
  });

  it('labels the whole country in the reader\'s language', async () => {
    const chart = await standalone(uniqueKpi(), '1282', '0000', 'en');
    expect(tableHeaders(chart)).to.deep.equal(['Year', 'Landskrona', 'Sweden']);
  });
});

describe('standaloneStrategy with names', () => {
  it('asks for every code but the whole country, once', () => {
    expect(namedCodes(' 1282 ', '0000,1280, 1282')).to.deep.equal(['1282', '1280']);
    expect(namedCodes('0000', '')).to.deep.equal([]);
  });

  it('names the comparisons and the organization by code until a name is known', () => {
    const attributes = { kpi: 'N1', municipality: '1282', compare: '0000,1280' };
    const unnamed = standaloneStrategy(attributes, 'Titel', 'Riket');
    expect(unnamed.organization).to.equal('1282');
    expect(unnamed.areas[0]!.goals![0]!.comparisons!.map((comparison) => comparison.label)).to.deep.equal(['Riket', '1280']);
    const named = standaloneStrategy(attributes, 'Titel', 'Riket', new Map([['1282', 'Landskrona'], ['1280', 'Malmö']]));
    expect(named.organization).to.equal('Landskrona');
    expect(named.areas[0]!.goals![0]!.comparisons!.map((comparison) => comparison.label)).to.deep.equal(['Riket', 'Malmö']);
  });
});
