import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/strategy/define.js';
import '../../src/elements/goal-overview/define.js';
import type { VagvalErrorDetail } from '../../src/core/events.js';
import type { Goal } from '../../src/data/index.js';
import type { VagvalGoalOverview } from '../../src/elements/goal-overview/goal-overview.js';
import { stateIs } from '../helpers/setup.js';
import { axTree, deepActiveElement, drawn, NB, sampleGoal, shadow, strategyJson, textOf } from '../goal-chart/helpers.js';

const goals: Goal[] = [
  sampleGoal({ id: 'examen', title: 'Fler tar examen' }),
  sampleGoal({ id: 'nojda', title: 'Fler är nöjda', decimals: 0, series: [{ period: 2023, value: 85 }, { period: 2024, value: 91 }], target: { value: 90, period: 2026 }, comparisons: [] }),
  sampleGoal({ id: 'tom', title: 'Fler rör sig', series: [], comparisons: [] }),
  sampleGoal({
    id: 'bistand',
    title: 'Lägre kostnader för bistånd',
    unit: 'kr',
    decimals: 0,
    direction: 'decrease',
    series: [{ period: 2023, value: 3000 }, { period: 2024, value: 2640 }],
    target: { value: 2200, period: 2028 },
    comparisons: [],
  }),
];
const klimat = { id: 'klimat', title: 'Klimat', goals: [sampleGoal({ id: 'utslapp', title: 'Minskade utsläpp', status: 'on-track' })] };
const json = strategyJson(goals, {}, [klimat, { id: 'tomt', title: 'Tomt område' }]);

async function overview(attributes: { area?: string; lang?: string; width?: number; sort?: string } = {}): Promise<VagvalGoalOverview> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${attributes.lang ?? 'sv'}>
    <vagval-goal-overview area=${attributes.area ?? 'valfard'} sort=${attributes.sort ?? 'none'} as-of="2025"
      ><script type="application/json">${json}</script></vagval-goal-overview
    >
  </div>`);
  wrapper.style.inlineSize = `${attributes.width ?? 800}px`;
  const element = wrapper.querySelector('vagval-goal-overview')!;
  await element.updateComplete;
  return element;
}

const rowTitles = (element: Element) => [...shadow(element).querySelectorAll('tr.goal .goal-title')].map((title) => title.textContent);

describe('<vagval-goal-overview>', () => {
  it('lists an area’s goals in a table: goal, latest value, target, status and a sparkline each', async () => {
    const element = await overview();
    const root = shadow(element);
    expect(textOf(root.querySelector('caption'))).to.equal('Mål inom Hållbar välfärd');
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Mål', 'Senaste värde', 'Målvärde', 'Bedömning', 'Utveckling']);
    expect(rowTitles(element)).to.deep.equal(['Fler tar examen', 'Fler är nöjda', 'Fler rör sig', 'Lägre kostnader för bistånd']);
    const first = [...root.querySelectorAll('tr.goal')[0]!.children].map((cell) => textOf(cell));
    expect(first[1]).to.equal(`Senaste värde 70,8${NB}%, (2024)`);
    expect(first[2]).to.equal(`Målvärde 80${NB}% år 2030`);
    expect(first[3]).to.equal('Bedömning Risk att inte nås');
    expect(first[4]).to.equal(`Ökade från 58,0${NB}% 2015 till 70,8${NB}% 2024. Visa diagram`);

    expect(root.querySelectorAll('tr.goal svg.sparkline-graphic')).to.have.length(3);
    // The goal without values says so, in every column.
    const empty = [...root.querySelectorAll('tr.goal')[2]!.children].map((cell) => textOf(cell));
    expect(empty[1]).to.equal('Senaste värde –inget värde');
    expect(empty[3]).to.equal('Bedömning Mätvärden saknas');
    await expect(element).to.be.accessible();
  });

  it('speaks numbers without digit groups', async () => {
    const element = await overview();
    const row = shadow(element).querySelectorAll('tr.goal')[3]!;
    expect(textOf(row.querySelector('.value [aria-hidden="true"]'))).to.equal(`2${NB}640 kr`);
    expect(textOf(row.querySelector('.value .visually-hidden'))).to.equal('2640 kr');
  });

  it('keeps a count apart from its period, for the eye and for screen readers', async () => {
    const count = sampleGoal({ id: 'bostader', title: 'Fler bostäder', unit: 'antal', decimals: 0, series: [{ period: '2024-12', value: 46 }], target: { value: 45, period: 2026 }, comparisons: [] });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="sv">
      <vagval-goal-overview as-of="2025"><script type="application/json">${strategyJson([count])}</script></vagval-goal-overview>
    </div>`);
    const element = wrapper.querySelector('vagval-goal-overview')!;
    await element.updateComplete;
    const cells = [...shadow(element).querySelectorAll('tr.goal')[0]!.children].map((cell) => textOf(cell));
    expect(cells.slice(1, 3)).to.deep.equal(['Senaste värde 46, (december 2024)', 'Målvärde 45 till år 2026']);
    // Brackets are not read out: without the comma "46 december 2024" is a date.
    const names = (await axTree()).filter((node) => node.role === 'cell').map((node) => node.name);
    expect(names.filter((name) => /^46 ?, \(december 2024\)$/.test(name))).to.have.length(1);
  });

  it('lists every area’s goals without an area', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><vagval-goal-overview as-of="2025"><script type="application/json">${json}</script></vagval-goal-overview></div>`);
    const element = wrapper.querySelector('vagval-goal-overview')!;
    await element.updateComplete;
    expect(textOf(shadow(element).querySelector('caption'))).to.equal('Alla mål');
    expect(rowTitles(element)).to.have.length(5);
  });

  it('sorts by status with the keyboard, marks the column and announces the order', async () => {
    const element = await overview();
    const select = shadow(element).querySelector('select')!;
    const statusHeader = shadow(element).querySelectorAll('thead th')[3]!;
    expect(statusHeader.getAttribute('aria-sort')).to.equal('none');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => element.sort === 'best-first', 'the order never changed');
    await element.updateComplete;
    expect(rowTitles(element)).to.deep.equal(['Fler är nöjda', 'Lägre kostnader för bistånd', 'Fler tar examen', 'Fler rör sig']);
    expect(statusHeader.getAttribute('aria-sort')).to.equal('ascending');
    expect(textOf(shadow(element).querySelector('[aria-live]'))).to.equal('Målen är sorterade efter bedömning, bäst först.');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => element.sort === 'worst-first');
    await element.updateComplete;
    expect(rowTitles(element)).to.deep.equal(['Fler tar examen', 'Lägre kostnader för bistånd', 'Fler är nöjda', 'Fler rör sig']);
    expect(statusHeader.getAttribute('aria-sort')).to.equal('descending');
    expect(deepActiveElement()).to.equal(select);
    await expect(element).to.be.accessible();
  });

  it('takes its order from the sort attribute, without announcing it', async () => {
    const element = await overview({ sort: 'worst-first' });
    expect(rowTitles(element)[0]).to.equal('Fler tar examen');
    element.sort = 'best-first';
    await element.updateComplete;
    expect(rowTitles(element)[0]).to.equal('Fler är nöjda');
    expect(textOf(shadow(element).querySelector('[aria-live]'))).to.equal('');
  });

  it('opens a goal’s full chart in place and closes it again, by keyboard', async () => {
    const element = await overview();
    const toggle = shadow(element).querySelector<HTMLButtonElement>('tr.goal button.toggle')!;
    const detail = shadow(element).getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(detail.hidden).to.equal(true);
    expect(detail.querySelector('vagval-goal-chart')).to.equal(null);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(detail.hidden).to.equal(false);
    const chart = detail.querySelector('vagval-goal-chart')!;
    // The chart gets the overview's own data (here: inline JSON, no provider).
    await drawn(chart);
    expect(chart.getAttribute('status')).to.equal('at-risk');
    // A heading one level under the page's section, as a chart of its own would be, unless the editor asks otherwise.
    expect(chart.shadowRoot!.querySelector('h3.title')).not.to.equal(null);
    element.headingLevel = 4;
    await element.updateComplete;
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('h4.title')).not.to.equal(null);
    expect(deepActiveElement()).to.equal(toggle);
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(detail.hidden).to.equal(true);
  });

  it('mirrors the toggles’ chevrons right to left, closed and open', async () => {
    const ltr = await overview();
    const rtlWrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="sv">
      <vagval-goal-overview area="valfard" as-of="2025"><script type="application/json">${json}</script></vagval-goal-overview>
    </div>`);
    const rtl = rtlWrapper.querySelector('vagval-goal-overview')!;
    await rtl.updateComplete;
    const toggle = (element: Element) => shadow(element).querySelector<HTMLButtonElement>('.toggle')!;
    // The chevron is two borders of a square, turned: `b` of its matrix is the sine of the turn.
    const turn = (element: Element) => new DOMMatrix(getComputedStyle(toggle(element), '::before').transform).b;
    expect(turn(ltr)).to.be.closeTo(-Math.SQRT1_2, 1e-6);
    expect(turn(rtl)).to.be.closeTo(Math.SQRT1_2, 1e-6);
    // Without motion, the turn is read where it ends, not while it turns.
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      for (const element of [ltr, rtl]) {
        toggle(element).click();
        await (element as VagvalGoalOverview).updateComplete;
        expect(toggle(element).getAttribute('aria-expanded')).to.equal('true');
      }
      expect(turn(ltr)).to.be.closeTo(Math.SQRT1_2, 1e-6);
      expect(turn(rtl)).to.be.closeTo(-Math.SQRT1_2, 1e-6);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('names each toggle by its goal for screen readers, and each row by its goal alone', async () => {
    await overview();
    const tree = await axTree();
    const buttons = tree.filter((node) => node.role === 'button' && node.expanded !== undefined).map((node) => node.name);
    expect(buttons).to.include('Visa diagram Fler tar examen');
    // The row header is repeated at every move along a column: the button stays out of it.
    expect(tree.filter((node) => node.role === 'rowheader').map((node) => node.name)).to.include('Fler tar examen');
  });

  it('keeps each toggle on one line in a table just too wide to become blocks', async () => {
    const element = await overview({ width: 600 });
    expect(shadow(element).querySelector('table')!.classList.contains('narrow')).to.equal(false);
    for (const toggle of shadow(element).querySelectorAll('button.toggle')) {
      const words = document.createRange();
      words.selectNodeContents(toggle);
      expect(new Set([...words.getClientRects()].map((rect) => Math.round(rect.top))).size).to.equal(1);
    }
    expect(shadow(element).querySelector('table')!.getBoundingClientRect().width).to.be.at.most(600);
  });

  it('becomes blocks with labelled values in a narrow column, and stays a table for screen readers', async () => {
    const element = await overview({ width: 320 });
    await waitUntil(() => getComputedStyle(shadow(element).querySelector('tr.goal')!).display === 'block', 'the rows never stacked');
    const label = shadow(element).querySelector('.cell-label')!;
    expect(getComputedStyle(label).display).to.equal('inline');
    const roles = (await axTree()).map((node) => node.role);
    expect(roles).to.include.members(['table', 'row', 'rowheader', 'cell', 'columnheader']);
    expect(shadow(element).querySelector('table')!.getBoundingClientRect().width).to.be.at.most(320);
    // The status stands on the same line as its label: "Bedömning: Risk att inte nås".
    const statusCell = shadow(element).querySelector('tr.goal')!.children[3]!;
    const words = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect();
    };
    expect(words(statusCell.querySelector('.cell-label')!).bottom).to.be.closeTo(words(statusCell.querySelector('.status-label')!).bottom, 1);
    await expect(element).to.be.accessible();
  });

  it('speaks English under lang="en"', async () => {
    const element = await overview({ lang: 'en' });
    const root = shadow(element);
    expect(textOf(root.querySelector('caption'))).to.equal('Goals in Hållbar välfärd');
    expect(root.querySelector('caption')!.getAttribute('lang')).to.equal('sv');
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Goal', 'Latest value', 'Target', 'Assessment', 'Trend']);
    expect(textOf(root.querySelector('tr.goal td:nth-of-type(2)'))).to.equal('Target 80% by 2030');
    await expect(element).to.be.accessible();
  });

  it('says so when the area has no goals', async () => {
    const element = await overview({ area: 'tomt' });
    expect(textOf(shadow(element))).to.contain('Mål inom Tomt område: Här finns inga mål ännu.');
    await expect(element).to.be.accessible();
  });

  it('shows and reports an unknown area; does not report a known one', async () => {
    const container = document.createElement('div');
    const errors: VagvalErrorDetail[] = [];
    container.addEventListener('vagval-error', (event) => errors.push(event.detail));
    container.innerHTML = `<vagval-goal-overview area="okand"><script type="application/json">${json}</script></vagval-goal-overview>`;
    document.body.append(container);
    const element = container.querySelector<VagvalGoalOverview>('vagval-goal-overview')!;
    await waitUntil(() => errors.length === 1, 'no vagval-error');
    await element.updateComplete;
    expect(errors[0]!.message).to.equal('<vagval-goal-overview area="okand">: the data has no area with that id.');
    expect(textOf(shadow(element).querySelector('[part="error"]'))).to.contain('Målen kunde inte visas.');
    await expect(element).to.be.accessible();
    element.area = 'klimat';
    await element.updateComplete;
    expect(rowTitles(element)).to.deep.equal(['Minskade utsläpp']);
    expect(errors).to.have.length(1);
    container.remove();
  });

  it('waits for its provider with a loading text, and stays empty when the provider failed', async () => {
    const slow = `/__goal-chart__/strategy?delay=200&id=overview-${Date.now()}`;
    const container = await fixture<HTMLDivElement>(html`<div>
      <vagval-strategy src=${slow}><vagval-goal-overview area="valfard"></vagval-goal-overview></vagval-strategy>
      <vagval-strategy src="/test/fixtures/does-not-exist.json"><vagval-goal-overview></vagval-goal-overview></vagval-strategy>
    </div>`);
    const [loading, failed] = [...container.querySelectorAll('vagval-goal-overview')];
    await loading!.updateComplete;
    expect(textOf(shadow(loading!).querySelector('[aria-busy="true"]'))).to.equal('Laddar…');
    const [first, second] = [...container.querySelectorAll('vagval-strategy')];
    await stateIs(first!, 'ready');
    await loading!.updateComplete;
    expect(rowTitles(loading!)).to.deep.equal(['Fler elever tar examen']);
    await stateIs(second!, 'error');
    await failed!.updateComplete;
    expect(textOf(shadow(failed!))).to.equal('');
  });
});
