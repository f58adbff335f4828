import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emulateMedia, sendKeys, sendMouse, resetMouse, setViewport } from '@web/test-runner-commands';
import '../../src/elements/strategy/define.js';
import '../../src/elements/goal-chart/define.js';
import type { VagvalErrorDetail } from '../../src/core/events.js';
import type { GoalStatus } from '../../src/data/index.js';
import type { VagvalGoalChart } from '../../src/elements/goal-chart/goal-chart.js';
import { nextEvent, stateIs } from '../helpers/setup.js';
import { axTree, deepActiveElement, drawn, forcedColors, NB, sampleGoal, shadow, strategyJson, systemColor, textOf } from './helpers.js';

/** A chart that reads its own inline data; `as-of` fixes the status in time. */
async function chart(json: string, attributes: { goal?: string; type?: string; lang?: string; asOf?: string; width?: number } = {}): Promise<VagvalGoalChart> {
  // The column's width is set before the chart is rendered: a chart on screen is drawn at once.
  const wrapper = await fixture<HTMLDivElement>(html`<div class="wrapper" lang=${attributes.lang ?? 'sv'}></div>`);
  wrapper.style.inlineSize = `${attributes.width ?? 600}px`;
  render(
    html`<vagval-goal-chart goal=${attributes.goal ?? 'examen'} type=${attributes.type ?? 'line'} as-of=${attributes.asOf ?? '2025'}
      ><script type="application/json">${json}</script></vagval-goal-chart
    >`,
    wrapper,
  );
  const element = wrapper.querySelector('vagval-goal-chart')!;
  await element.updateComplete;
  return element;
}

let requests = 0;
/** The test fixture's strategy, answered after `delay` ms, at a URL of its own (so nothing is cached). */
function slowStrategy(delay: number): string {
  return `/__goal-chart__/strategy?delay=${delay}&id=${Date.now()}-${++requests}`;
}

function summary(element: Element): string {
  return textOf(shadow(element).querySelector('.summary'));
}

function liveRegion(element: Element): string {
  return textOf(shadow(element).querySelector('[aria-live]'));
}

function plot(element: Element): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('.plot')!;
}

describe('<vagval-goal-chart>', () => {
  describe('text and status', () => {
    it('has its title, summary, status, distance and table data before any graphics are drawn', async () => {
      const container = await fixture<HTMLDivElement>(html`<div><div class="spacer"></div></div>`);
      // Far below the viewport: drawn later, but its text is there at once.
      (container.querySelector('.spacer') as HTMLElement).style.blockSize = '5000px';
      render(html`<vagval-goal-chart goal="examen" as-of="2025"><script type="application/json">${strategyJson([sampleGoal()])}</script></vagval-goal-chart>`, container);
      const element = container.querySelector('vagval-goal-chart')!;
      await element.updateComplete;
      expect(shadow(element).querySelector('svg.graphic')).to.equal(null);
      expect(element.getAttribute('status')).to.equal('at-risk');
      expect(textOf(shadow(element).querySelector('.title'))).to.equal('Fler elever tar examen');
      expect(summary(element)).to.equal(`Ökade från 58,0${NB}% 2015 till 70,8${NB}% 2024. Målet är 80${NB}% år 2030. Bedömning: risk att målet inte nås. Jämförelse: Riket 73,4${NB}% år 2024.`);
      expect(textOf(shadow(element).querySelector('[part="distance"]'))).to.equal(`9,2 procentenheter kvar till målet 80${NB}% år 2030`);
      expect(shadow(element).querySelectorAll('tbody tr')).to.have.length(5);
      // ... and the graphics follow, off screen too, when the browser is idle.
      await drawn(element);
    });

    const statuses: [GoalStatus, object][] = [
      ['achieved', { series: [{ period: 2023, value: 70 }, { period: 2024, value: 81 }] }],
      ['on-track', { series: [{ period: 2022, value: 60 }, { period: 2023, value: 65 }, { period: 2024, value: 70 }] }],
      ['at-risk', { series: [{ period: 2022, value: 60 }, { period: 2023, value: 60.5 }, { period: 2024, value: 61 }] }],
      ['off-track', { series: [{ period: 2022, value: 70 }, { period: 2023, value: 65 }, { period: 2024, value: 60 }] }],
      ['no-data', { series: [] }],
    ];
    for (const [status, extra] of statuses) {
      it(`reflects status="${status}" and shows it as a shape and a word`, async () => {
        const element = await chart(strategyJson([sampleGoal({ comparisons: [], ...extra })]));
        expect(element.getAttribute('status')).to.equal(status);
        expect(element.status).to.equal(status);
        const badge = shadow(element).querySelector('.status-badge')!;
        expect(badge.classList.contains(`status-${status}`)).to.equal(true);
        expect(badge.querySelector('svg.status-shape')).not.to.equal(null);
        expect(textOf(badge)).to.equal({ achieved: 'Målet är nått', 'on-track': 'På väg', 'at-risk': 'Risk att inte nås', 'off-track': 'Inte på väg', 'no-data': 'Mätvärden saknas' }[status]);
        if (status !== 'no-data') await drawn(element);
        await expect(element).to.be.accessible();
      });
    }

    it('titles itself with a heading of the level asked for, or a paragraph for 0', async () => {
      const json = strategyJson([sampleGoal()]);
      const title = async (level?: string) => {
        const element = await fixture<VagvalGoalChart>(
          html`<vagval-goal-chart goal="examen" heading-level=${ifDefined(level)}><script type="application/json">${json}</script></vagval-goal-chart>`,
        );
        await element.updateComplete;
        return shadow(element).querySelector('[part="title"]')!;
      };
      expect((await title()).localName).to.equal('h3');
      expect((await title('1')).localName).to.equal('h1');
      expect((await title('5')).localName).to.equal('h5');
      expect((await title('9')).localName).to.equal('h3');
      const plain = await title('0');
      expect(plain.localName).to.equal('p');
      // Still the figure's name.
      expect(plain.id).to.equal('title');
      expect((await axTree()).find((node) => node.role === 'figure')!.name).to.equal('Fler elever tar examen');
    });

    it('takes the status the data states', async () => {
      const element = await chart(strategyJson([sampleGoal({ status: 'achieved' })]));
      expect(element.getAttribute('status')).to.equal('achieved');
    });

    it('is a figure named by the goal’s title and described by the summary, spoken without digit groups', async () => {
      const goal = sampleGoal({ unit: 'kr', decimals: 0, series: [{ period: 2023, value: 11700 }, { period: 2024, value: 12500 }], target: { value: 20000, period: 2030 }, comparisons: [] });
      const element = await chart(strategyJson([goal]));
      await drawn(element);
      const figure = (await axTree()).find((node) => node.role === 'figure')!;
      expect(figure.name).to.equal('Fler elever tar examen');
      expect(figure.description).to.equal('Ökade från 11700 kr 2023 till 12500 kr 2024. Målet är 20000 kr år 2030. Bedömning: risk att målet inte nås.');
      // Seen with Swedish digit groups, spoken without.
      expect(textOf(shadow(element).querySelector('.summary [aria-hidden="true"]'))).to.contain(`11${NB}700 kr`);
      expect(textOf(shadow(element).querySelector('.summary .visually-hidden'))).to.contain('11700 kr');
    });

    it('lets the editor replace the summary with the description attribute or slot', async () => {
      const json = strategyJson([sampleGoal()]);
      const byAttribute = await fixture<VagvalGoalChart>(html`<vagval-goal-chart goal="examen" description="Andelen ökar stadigt."><script type="application/json">${json}</script></vagval-goal-chart>`);
      await byAttribute.updateComplete;
      expect(summary(byAttribute)).to.equal('Andelen ökar stadigt.');
      const bySlot = await fixture<VagvalGoalChart>(html`<vagval-goal-chart goal="examen"
        ><script type="application/json">${json}</script><span slot="description">Andelen ökar, men <strong>för långsamt</strong>.</span></vagval-goal-chart
      >`);
      await drawn(bySlot);
      const figure = (await axTree()).filter((node) => node.role === 'figure').map((node) => node.description);
      expect(figure).to.include('Andelen ökar, men för långsamt.');
      await expect(bySlot).to.be.accessible();
    });

    it('marks text from the data with the data’s language under an English UI', async () => {
      const element = await chart(strategyJson([sampleGoal()]), { lang: 'en' });
      expect(shadow(element).querySelector('.title')!.getAttribute('lang')).to.equal('sv');
      expect(shadow(element).querySelector('.summary')!.hasAttribute('lang')).to.equal(false);
      expect(summary(element)).to.equal('Rose from 58.0% in 2015 to 70.8% in 2024. The target is 80% by 2030. Assessment: at risk. Comparison: Riket 73.4% in 2024.');
      expect(textOf(shadow(element).querySelector('[part="distance"]'))).to.equal('9.2 percentage points to go to the target of 80% by 2030');
      expect(textOf(shadow(element).querySelector('[part="table-toggle"]'))).to.equal('Show as table');
      await drawn(element);
      await expect(element).to.be.accessible();
      shadow(element).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
      await element.updateComplete;
      const cells = (await axTree()).filter((node) => node.role === 'cell').map((node) => node.name);
      expect(cells.slice(0, 3)).to.deep.equal(['58.0%', '70.1%', 'no value']);
    });

    it('follows a change of the page language', async () => {
      const element = await chart(strategyJson([sampleGoal()]));
      element.parentElement!.setAttribute('lang', 'en');
      await waitUntil(() => summary(element).startsWith('Rose from'), 'the summary never turned English');
    });

    it('names its source, linked when the link is safe', async () => {
      const element = await chart(strategyJson([sampleGoal({ source: { name: 'Kolada', href: 'javascript:alert(1)' } })]));
      expect(textOf(shadow(element).querySelector('[part="source"]'))).to.equal('Källa: Kolada');
      expect(shadow(element).querySelector('[part="source"] a')).to.equal(null);
      const linked = await chart(strategyJson([sampleGoal()]));
      expect(shadow(linked).querySelector('[part="source"] a')!.getAttribute('href')).to.equal('https://example.se/kpi/N17461');
    });

    it('uses the area’s colour for its series when it has contrast enough, never as a style attribute string', async () => {
      const element = await chart(strategyJson([sampleGoal()]));
      const figure = shadow(element).querySelector('figure')!;
      expect(figure.style.getPropertyValue('--_area-color')).to.equal('#00594f');
      const pale = await chart(strategyJson([sampleGoal()]).replace('#00594f', '#ffee88'));
      expect(shadow(pale).querySelector('figure')!.style.getPropertyValue('--_area-color')).to.equal('');
    });
  });

  describe('types', () => {
    it('line: the series, comparisons with dash patterns, the target line to its period, axes with ticks', async () => {
      const element = await chart(strategyJson([sampleGoal()]));
      await drawn(element);
      const root = shadow(element);
      expect(root.querySelectorAll('path.series')).to.have.length(1);
      expect(root.querySelector('path.comparison')!.getAttribute('stroke-dasharray')).to.equal('6 4');
      expect(root.querySelector('line.target')).not.to.equal(null);
      expect(root.querySelector('path.target-marker')).not.to.equal(null);
      const ticks = [...root.querySelectorAll('text.tick')].map((tick) => tick.textContent);
      expect(ticks).to.include('2030');
      expect(ticks.some((tick) => tick?.endsWith(`${NB}%`))).to.equal(true);
      const labels = [...root.querySelectorAll('text.label')].map((label) => label.textContent);
      expect(labels).to.include.members([`70,8${NB}%`, 'Riket', `Mål 80${NB}%`]);
      await expect(element).to.be.accessible();
    });

    it('line: draws a long series and comparison in pieces, the comparison’s dashes running on across them', async () => {
      // 250 monthly values: pieces of points 0–101, 100–201 and 200–249.
      const series = Array.from({ length: 250 }, (_, index) => ({ period: `${2000 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, value: index % 7 }));
      const goal = sampleGoal({ unit: 'antal', series, comparisons: [{ label: 'Riket', series }], target: { value: 8 } });
      const element = await chart(strategyJson([goal]));
      await drawn(element);
      const root = shadow(element);
      expect(root.querySelectorAll('path.series')).to.have.length(3);
      const pieces = [...root.querySelectorAll('path.comparison')];
      expect(pieces.map((piece) => piece.getAttribute('d')!.split('L').length)).to.deep.equal([102, 102, 50]);
      expect(pieces.map((piece) => piece.getAttribute('stroke-dasharray'))).to.deep.equal(['6 4', '6 4', '6 4']);
      const offsets = pieces.map((piece) => Number(piece.getAttribute('stroke-dashoffset') ?? 0));
      expect(offsets[0]).to.equal(0);
      // Each offset is the length of the line before the piece: at least its width across.
      const startX = (piece: Element) => Number(piece.getAttribute('d')!.slice(1).split(',')[0]);
      expect(offsets[1]).to.be.at.least(startX(pieces[1]!) - startX(pieces[0]!));
      expect(offsets[2]! - offsets[1]!).to.be.at.least(startX(pieces[2]!) - startX(pieces[1]!));
    });

    it('draws a halo behind the labels, which may cross lines, and not behind the ticks, which do not', async () => {
      const element = await chart(strategyJson([sampleGoal()]));
      await drawn(element);
      const root = shadow(element);
      const label = getComputedStyle(root.querySelector('text.label')!);
      expect([label.paintOrder, label.strokeWidth]).to.deep.equal(['stroke', '3px']);
      expect(label.stroke).to.not.equal('none');
      for (const text of root.querySelectorAll('text.tick, text.unit')) expect(getComputedStyle(text).stroke).to.equal('none');
    });

    it('bar: one column per period and the target as a line', async () => {
      const element = await chart(strategyJson([sampleGoal()]), { type: 'bar' });
      await drawn(element);
      expect(shadow(element).querySelectorAll('rect.bar')).to.have.length(4);
      expect(shadow(element).querySelector('line.target')).not.to.equal(null);
      expect(shadow(element).querySelector('.plot')!.getAttribute('tabindex')).to.equal('0');
      await expect(element).to.be.accessible();
    });

    it('progress: the latest value against the target, with the baseline when given; no keyboard stop', async () => {
      const element = await chart(strategyJson([sampleGoal({ baseline: { value: 58, period: 2015 } })]), { type: 'progress' });
      await drawn(element);
      const root = shadow(element);
      expect(root.querySelector('rect.track')).not.to.equal(null);
      expect(root.querySelector('line.baseline')).not.to.equal(null);
      expect([...root.querySelectorAll('text.label')].map((label) => label.textContent)).to.include.members([`70,8${NB}%`, `Mål 80${NB}%`, `Utgångsläge 58${NB}%`]);
      expect(root.querySelector('.plot')!.hasAttribute('tabindex')).to.equal(false);
      expect(root.querySelector('[aria-live]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('sparkline: a tiny line, the latest value and status; the rest as text for screen readers', async () => {
      const element = await chart(strategyJson([sampleGoal()]), { type: 'sparkline' });
      await drawn(element);
      const root = shadow(element);
      expect(getComputedStyle(element).display).to.equal('inline-block');
      expect(root.querySelector('svg.sparkline-graphic path.series')).not.to.equal(null);
      expect(textOf(root.querySelector('[part="value"]'))).to.equal(`70,8${NB}%`);
      expect(textOf(root.querySelector('.status-badge'))).to.equal('Risk att inte nås');
      expect(textOf(root.querySelector('#summary'))).to.contain('9,2 procentenheter kvar');
      expect(root.querySelector('[tabindex]')).to.equal(null);
      const figure = (await axTree()).find((node) => node.role === 'figure')!;
      expect(figure.name).to.equal('Fler elever tar examen');
      await expect(element).to.be.accessible();
    });

    it('sparkline: ends the spoken distance with its full stop, also after a number with digit groups', async () => {
      const goal = sampleGoal({ unit: 'kr', decimals: 0, series: [{ period: 2023, value: 1500 }, { period: 2024, value: 1760 }], target: { value: 2200, period: 2028 } });
      await chart(strategyJson([goal]), { type: 'sparkline' });
      const figure = (await axTree()).find((node) => node.role === 'figure')!;
      expect(figure.description).to.match(/440 kr kvar till målet 2200 kr år 2028\.$/);
    });

    it('falls back to a line chart for an unknown type', async () => {
      const element = await chart(strategyJson([sampleGoal()]), { type: 'pie' });
      await drawn(element);
      expect(shadow(element).querySelector('path.series')).not.to.equal(null);
    });

    it('fits its column: redraws at the new width, and its text stays readable at 320 px', async () => {
      const element = await chart(strategyJson([sampleGoal()]), { width: 600 });
      await drawn(element);
      const svg = () => shadow(element).querySelector('svg.graphic')!;
      expect(svg().getAttribute('width')).to.equal('600');
      element.parentElement!.style.inlineSize = '320px';
      await waitUntil(() => svg().getAttribute('width') === '320', 'the chart never redrew at 320 px');
      const tick = shadow(element).querySelector('text.tick')!;
      expect(parseFloat(getComputedStyle(tick).fontSize)).to.be.at.least(12);
      // Drawn at its real size: no scaling down of the text.
      expect(svg().getBoundingClientRect().width).to.equal(320);
      await expect(element).to.be.accessible();
    });
  });

  describe('keyboard and pointer', () => {
    it('is one tab stop; arrows, Home and End move between points and each move is announced', async () => {
      const container = await fixture<HTMLDivElement>(html`<div>
        <button>before</button>
        <vagval-goal-chart goal="examen" as-of="2025"><script type="application/json">${strategyJson([sampleGoal()])}</script></vagval-goal-chart>
      </div>`);
      const element = container.querySelector('vagval-goal-chart')!;
      await drawn(element);
      container.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(plot(element));
      expect(liveRegion(element)).to.equal('');
      await sendKeys({ press: 'ArrowLeft' });
      expect(liveRegion(element)).to.equal('2024: 70,8 procent, 4 av 4. Riket: 73,4 procent.');
      await sendKeys({ press: 'ArrowLeft' });
      expect(liveRegion(element)).to.equal('2021: 64,2 procent, 3 av 4.');
      await sendKeys({ press: 'Home' });
      expect(liveRegion(element)).to.equal('2015: 58,0 procent, 1 av 4. Riket: 70,1 procent.');
      await sendKeys({ press: 'ArrowRight' });
      expect(liveRegion(element)).to.equal('2018: 61,1 procent, 2 av 4.');
      await sendKeys({ press: 'End' });
      expect(liveRegion(element)).to.equal('2024: 70,8 procent, 4 av 4. Riket: 73,4 procent.');
      // The point is marked and labelled in the graphics too.
      await element.updateComplete;
      expect(shadow(element).querySelector('circle.ring')).not.to.equal(null);
      expect([...shadow(element).querySelectorAll('.tooltip-text')].map((line) => line.textContent)).to.deep.equal(['2024', `70,8${NB}%`, `Riket: 73,4${NB}%`]);
      // Still one tab stop: the next Tab leaves the plot for the table button.
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(shadow(element).querySelector('[part="table-toggle"]'));
      await element.updateComplete;
      expect(shadow(element).querySelector('circle.ring')).to.equal(null);
      // Left behind, the last move would be read again with the figure's text.
      expect(liveRegion(element)).to.equal('');
    });

    it('lives in the same shadow root as its live region and names, and has no application role', async () => {
      const element = await chart(strategyJson([sampleGoal()]));
      await drawn(element);
      const root = shadow(element);
      expect(root.querySelector('[role="application"]')).to.equal(null);
      expect(root.getElementById(plot(element).getAttribute('aria-describedby')!)).not.to.equal(null);
      expect(root.getElementById('summary')).not.to.equal(null);
      expect(root.querySelectorAll('[aria-live]')).to.have.length(1);
      const group = (await axTree()).find((node) => node.role === 'group' && node.focusable)!;
      expect(group.name).to.equal('Diagram: Fler elever tar examen');
      expect(group.description).to.contain('vänster- och högerpil');
    });

    it('shows the point under the pointer without announcing it', async () => {
      const element = await chart(strategyJson([sampleGoal()]));
      await drawn(element);
      const box = shadow(element).querySelector('svg.graphic')!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.right - 5), Math.round(box.top + box.height / 2)] });
      await waitUntil(() => shadow(element).querySelector('circle.ring'), 'no point was highlighted');
      expect(liveRegion(element)).to.equal('');
      await resetMouse();
      await waitUntil(() => !shadow(element).querySelector('circle.ring'), 'the highlight stayed after the pointer left');
    });

    it('ignores keys it does not use, so the page keeps them', async () => {
      const element = await chart(strategyJson([sampleGoal()]));
      await drawn(element);
      plot(element).focus();
      let defaultPrevented = false;
      plot(element).addEventListener('keydown', (event) => (defaultPrevented = event.defaultPrevented));
      await sendKeys({ press: 'ArrowDown' });
      expect(defaultPrevented).to.equal(false);
      await sendKeys({ press: 'ArrowRight' });
      expect(defaultPrevented).to.equal(true);
    });
  });

  describe('table and download', () => {
    it('writes each table value once, with a spoken form only where a screen reader would misread the digit groups', async () => {
      const goal = sampleGoal({ unit: 'kr', decimals: 0, series: [{ period: 2023, value: 950 }, { period: 2024, value: 11700 }], target: { value: 11700, period: 2030 }, comparisons: [] });
      const element = await chart(strategyJson([goal]));
      const cells = [...shadow(element).querySelectorAll('tbody td')];
      // kr is named in the heading, so a cell is the number alone.
      expect(cells[0]!.childNodes).to.have.length(1);
      expect(cells[0]!.textContent).to.equal('950');
      for (const cell of [cells[2]!, cells[5]!]) {
        expect(cell.querySelector('[aria-hidden="true"]')!.textContent).to.equal(`11${NB}700`);
        expect(cell.querySelector('.visually-hidden')!.textContent).to.equal('11700');
      }
    });

    it('toggles a real table by keyboard; focus stays on the toggle; the table has a caption and headers', async () => {
      const element = await chart(strategyJson([sampleGoal()]));
      await drawn(element);
      const toggle = shadow(element).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
      const wrapper = shadow(element).querySelector<HTMLElement>('[part="table"]')!;
      expect(wrapper.hidden).to.equal(true);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(wrapper.hidden).to.equal(false);
      expect(plot(element).hidden).to.equal(true);
      expect(deepActiveElement()).to.equal(toggle);
      const table = wrapper.querySelector('table')!;
      expect(textOf(table.querySelector('caption'))).to.equal('Fler elever tar examen');
      expect([...table.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent])).to.deep.equal([
        ['col', 'År'],
        ['col', 'Landskrona stad'],
        ['col', 'Riket'],
        ['col', 'Mål'],
      ]);
      const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => textOf(cell)));
      expect(rows[0]).to.deep.equal(['2015', `58,0${NB}%`, `70,1${NB}%`, '']);
      expect(rows.at(-1)).to.deep.equal(['2030', '', '', `80${NB}%`]);
      // An empty cell shows a dash, and a screen reader says "inget värde" instead of it.
      const empty = table.querySelector('tbody tr td:last-child')!;
      expect(empty.className).to.equal('no-value');
      expect(getComputedStyle(empty, '::before').content).to.equal('"–" / "inget värde"');
      const cells = (await axTree()).filter((node) => node.role === 'cell').map((node) => node.name);
      expect(cells.slice(0, 3)).to.deep.equal([`58,0${NB}%`, `70,1${NB}%`, 'inget värde']);
      expect(cells.slice(-3)).to.deep.equal(['inget värde', 'inget värde', `80${NB}%`]);
      expect(table.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
      await expect(element).to.be.accessible();
      // A table that fits its box is no extra tab stop or landmark (a wide one is: see below).
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(shadow(element).querySelector('[part="download"]'));
      expect(wrapper.hasAttribute('tabindex')).to.equal(false);
      expect(wrapper.hasAttribute('role')).to.equal(false);
      toggle.focus();
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(wrapper.hidden).to.equal(true);
      expect(plot(element).hidden).to.equal(false);
      expect(deepActiveElement()).to.equal(toggle);
    });

    it('names its buttons by the goal too: a page with several charts has several of each', async () => {
      const element = await chart(strategyJson([sampleGoal()]));
      await drawn(element);
      const buttons = (await axTree()).filter((node) => node.role === 'button').map((node) => node.name);
      expect(buttons).to.deep.equal(['Visa som tabell Fler elever tar examen', 'Ladda ner data (CSV) Fler elever tar examen']);
    });

    it('scrolls a table wider than a 320 px screen inside its box, never the page', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        // Values with digit groups: each cell has a visually hidden spoken form.
        const goal = sampleGoal({
          unit: 'kr',
          target: { value: 24000, period: 2030 },
          series: [2015, 2016, 2017, 2018].map((period, index) => ({ period, value: 11700 + index * 1000 })),
          comparisons: ['Riket', 'Skåne län', 'Liknande kommuner, gymnasieskola'].map((label) => ({ label, series: [{ period: 2015, value: 12500 }] })),
        });
        const element = await chart(strategyJson([goal]), { width: 300 });
        await drawn(element);
        shadow(element).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
        await element.updateComplete;
        const wrapper = shadow(element).querySelector<HTMLElement>('[part="table"]')!;
        expect(wrapper.querySelectorAll('.visually-hidden').length).to.equal(8);
        expect(wrapper.scrollWidth).to.be.greaterThan(wrapper.clientWidth);
        expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);
        // Its box is then a region named by the caption, scrolled by keyboard after the tools.
        await waitUntil(() => wrapper.getAttribute('tabindex') === '0', 'the scrolling box never became a tab stop');
        const region = (await axTree()).find((node) => node.role === 'region')!;
        expect(region.name).to.equal('Fler elever tar examen');
        shadow(element).querySelector<HTMLButtonElement>('[part="download"]')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(deepActiveElement()).to.equal(wrapper);
        await sendKeys({ press: 'ArrowRight' });
        await waitUntil(() => wrapper.scrollLeft > 0, 'the arrow key did not scroll the table');
        await expect(element).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('downloads the data as CSV for Swedish Excel, through a Blob URL', async () => {
      const element = await chart(strategyJson([sampleGoal()]));
      const root = shadow(element);
      const download = new Promise<{ name: string; bytes: Uint8Array }>((resolve) => {
        root.addEventListener(
          'click',
          (event) => {
            const link = event.target as HTMLAnchorElement;
            if (!(link instanceof HTMLAnchorElement) || !link.download) return;
            event.preventDefault();
            expect(link.href).to.match(/^blob:/);
            void fetch(link.href)
              .then((response) => response.arrayBuffer())
              .then((buffer) => resolve({ name: link.download, bytes: new Uint8Array(buffer) }));
          },
          { capture: true },
        );
      });
      root.querySelector<HTMLButtonElement>('[part="download"]')!.click();
      const { name, bytes } = await download;
      expect(name).to.equal('examen.csv');
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3));
      expect(text.split('\r\n')).to.deep.equal([
        'År;Landskrona stad (%);Riket (%);Mål (%)',
        '2015;58,0;70,1;',
        '2018;61,1;;',
        '2021;64,2;;',
        '2024;70,8;73,4;',
        '2030;;;80,0',
        '',
        'Källa: Kolada, https://example.se/kpi/N17461',
        '',
      ]);
      expect(root.querySelector('a[download]')).to.equal(null);
    });
  });

  describe('data states and errors', () => {
    it('shows a loading text while its provider loads, then the chart', async () => {
      const container = await fixture<HTMLDivElement>(html`<div>
        <vagval-strategy src=${slowStrategy(300)}><vagval-goal-chart goal="examen"></vagval-goal-chart></vagval-strategy>
      </div>`);
      const element = container.querySelector('vagval-goal-chart')!;
      await element.updateComplete;
      const loading = shadow(element).querySelector('.loading')!;
      expect(textOf(loading)).to.equal('Laddar…');
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      await expect(element).to.be.accessible();
      await stateIs(container.querySelector('vagval-strategy')!, 'ready');
      await drawn(element);
      expect(element.getAttribute('status')).to.be.a('string');
    });

    it('renders nothing when its provider failed without data (the provider shows the error)', async () => {
      const container = await fixture<HTMLDivElement>(html`<div><vagval-strategy src="/test/fixtures/does-not-exist.json"><vagval-goal-chart goal="examen"></vagval-goal-chart></vagval-strategy></div>`);
      const provider = container.querySelector('vagval-strategy')!;
      await stateIs(provider, 'error');
      const element = container.querySelector('vagval-goal-chart')!;
      await element.updateComplete;
      expect(textOf(shadow(element))).to.equal('');
      expect(element.hasAttribute('status')).to.equal(false);
    });

    it('still draws from data with issues that its provider could use (duplicate periods: the first counts)', async () => {
      const json = strategyJson([
        sampleGoal({
          comparisons: [],
          series: [
            { period: 2023, value: 60 },
            { period: 2024, value: 70 },
            { period: 2024, value: 10 },
          ],
        }),
      ]);
      const container = await fixture<HTMLDivElement>(html`<div><vagval-strategy><script type="application/json">${json}</script><vagval-goal-chart goal="examen" as-of="2025"></vagval-goal-chart></vagval-strategy></div>`);
      const provider = container.querySelector('vagval-strategy')!;
      await stateIs(provider, 'error');
      const element = container.querySelector('vagval-goal-chart')!;
      await drawn(element);
      expect(summary(element)).to.contain(`till 70,0${NB}% 2024`);
      expect(shadow(element).querySelectorAll('tbody tr')).to.have.length(3);
      await expect(container).to.be.accessible();
    });

    it('shows and reports its own error when the goal does not exist, once', async () => {
      const container = document.createElement('div');
      const errors: VagvalErrorDetail[] = [];
      container.addEventListener('vagval-error', (event) => errors.push(event.detail));
      container.innerHTML = `<vagval-goal-chart goal="finns-inte"><script type="application/json">${strategyJson([sampleGoal()])}</script></vagval-goal-chart>`;
      document.body.append(container);
      const element = container.querySelector<VagvalGoalChart>('vagval-goal-chart')!;
      await waitUntil(() => errors.length === 1, 'no vagval-error');
      await element.updateComplete;
      expect(errors[0]!.message).to.equal('<vagval-goal-chart goal="finns-inte">: the data has no goal with that id.');
      expect(errors[0]!.issues[0]!.message).to.contain('"examen"');
      expect(textOf(shadow(element).querySelector('[part="error"]'))).to.contain('Målet kunde inte visas.');
      expect(element.hasAttribute('status')).to.equal(false);
      await expect(element).to.be.accessible();
      // Re-rendering does not report again; fixing the id clears the error.
      element.type = 'bar';
      await element.updateComplete;
      expect(errors).to.have.length(1);
      element.goal = 'examen';
      await element.updateComplete;
      expect(shadow(element).querySelector('[part="error"]')).to.equal(null);
      expect(element.getAttribute('status')).to.be.a('string');
      container.remove();
    });

    it('asks for a goal attribute when it has none', async () => {
      const container = document.createElement('div');
      const failed = nextEvent<VagvalErrorDetail>(container, 'vagval-error');
      container.innerHTML = `<vagval-goal-chart><script type="application/json">${strategyJson([sampleGoal()])}</script></vagval-goal-chart>`;
      document.body.append(container);
      const { detail } = await failed;
      expect(detail.message).to.equal('<vagval-goal-chart> needs a goal attribute: the id of a goal in the data.');
      container.remove();
    });

    it('does not fire vagval-error for a goal that exists, nor when its properties change', async () => {
      const container = document.createElement('div');
      let errors = 0;
      container.addEventListener('vagval-error', () => errors++);
      container.innerHTML = `<vagval-goal-chart goal="examen"><script type="application/json">${strategyJson([sampleGoal()])}</script></vagval-goal-chart>`;
      document.body.append(container);
      const element = container.querySelector<VagvalGoalChart>('vagval-goal-chart')!;
      await drawn(element);
      element.type = 'progress';
      element.asOf = '2030';
      await element.updateComplete;
      expect(errors).to.equal(0);
      container.remove();
    });

    it('shows the error of its own broken inline data', async () => {
      const container = document.createElement('div');
      const failed = nextEvent<VagvalErrorDetail>(container, 'vagval-error');
      container.innerHTML = `<vagval-goal-chart goal="examen"><script type="application/json">{"version": 1, "areas": [</script></vagval-goal-chart>`;
      document.body.append(container);
      await failed;
      const element = container.querySelector<VagvalGoalChart>('vagval-goal-chart')!;
      await element.updateComplete;
      expect(shadow(element).querySelector('[part="error"]')).not.to.equal(null);
      await expect(element).to.be.accessible();
      container.remove();
    });

    it('loads its own src outside a provider', async () => {
      const element = await fixture<VagvalGoalChart>(html`<vagval-goal-chart goal="examen" src=${slowStrategy(0)}></vagval-goal-chart>`);
      await drawn(element);
      expect(textOf(shadow(element).querySelector('.title'))).to.equal('Fler elever tar examen');
    });
  });

  describe('bad input', () => {
    const cases: [string, object, (element: VagvalGoalChart) => void][] = [
      [
        'an empty series: no graphics, a clear text',
        { series: [], comparisons: [] },
        (element) => {
          expect(summary(element)).to.equal(`Inga mätvärden ännu. Målet är 80${NB}% år 2030. Bedömning: mätvärden saknas.`);
          expect(shadow(element).querySelector('.plot')).to.equal(null);
          expect(shadow(element).querySelector('[part="distance"]')).to.equal(null);
        },
      ],
      [
        'no series at all',
        { series: undefined, comparisons: undefined, target: undefined },
        (element) => expect(summary(element)).to.equal('Inga mätvärden ännu. Inget målvärde är satt. Bedömning: mätvärden saknas.'),
      ],
      ['one point', { series: [{ period: 2024, value: 82 }], comparisons: [] }, (element) => expect(summary(element)).to.contain(`Ett mätvärde: 82,0${NB}% år 2024.`)],
      [
        'unsorted periods',
        { series: [{ period: 2024, value: 70 }, { period: 2015, value: 58 }, { period: 2020, value: 60 }] },
        (element) => expect(summary(element)).to.contain(`Ökade från 58,0${NB}% 2015 till 70,0${NB}% 2024.`),
      ],
      [
        'negative values',
        { unit: 'kr', series: [{ period: 2023, value: -1200 }, { period: 2024, value: -300 }], target: { value: 0, period: 2026 } },
        (element) => expect(summary(element)).to.contain(`Ökade från −1${NB}200,0 kr 2023 till −300,0 kr 2024.`),
      ],
      [
        'very large values',
        { unit: 'kr', decimals: 0, series: [{ period: 2023, value: 4.2e12 }, { period: 2024, value: 9.9e12 }], comparisons: [], target: undefined },
        (element) => expect(shadow(element).querySelector('text.tick')!.textContent).to.match(/bn|md|\u00a0/),
      ],
    ];
    for (const [name, extra, check] of cases) {
      for (const type of ['line', 'bar', 'progress', 'sparkline']) {
        it(`${type}: ${name}`, async () => {
          const element = await chart(strategyJson([sampleGoal(extra)]), { type });
          if ((sampleGoal(extra).series ?? []).length) await drawn(element);
          if (type === 'line') check(element);
          expect(element.hasAttribute('status')).to.equal(true);
          await expect(element).to.be.accessible();
        });
      }
    }
  });

  describe('forced colors, motion and print', () => {
    afterEach(async () => {
      await forcedColors(false);
      await emulateMedia({ reducedMotion: 'no-preference', media: 'screen' });
    });

    it('keeps lines, target, status and focus visible in system colours', async () => {
      await forcedColors(true);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const element = await chart(strategyJson([sampleGoal()]));
      await drawn(element);
      const root = shadow(element);
      const canvasText = systemColor('CanvasText');
      const highlight = systemColor('Highlight');
      expect(getComputedStyle(root.querySelector('path.series')!).stroke).to.equal(canvasText);
      expect(getComputedStyle(root.querySelector('path.comparison')!).stroke).to.equal(canvasText);
      expect(getComputedStyle(root.querySelector('path.comparison')!).strokeDasharray).to.not.equal('none');
      expect(getComputedStyle(root.querySelector('line.target')!).stroke).to.equal(highlight);
      expect(getComputedStyle(root.querySelector('.status-shape .fill')!).fill).to.equal(canvasText);
      // Labels keep their halo in the background colour; the ticks have none to be drawn over their letters.
      const canvas = systemColor('Canvas');
      expect(getComputedStyle(root.querySelector('text.label')!)).to.include({ fill: canvasText, stroke: canvas });
      expect(getComputedStyle(root.querySelector('text.tick')!)).to.include({ fill: canvasText, stroke: 'none' });
      plot(element).focus();
      await sendKeys({ press: 'End' });
      await element.updateComplete;
      expect(getComputedStyle(root.querySelector('circle.ring')!).stroke).to.equal(highlight);
      expect(getComputedStyle(plot(element)).outlineStyle).to.equal('solid');
      await expect(element).to.be.accessible();
    });

    it('does not animate when the reader prefers reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await chart(strategyJson([sampleGoal()]));
      await drawn(element);
      for (const node of shadow(element).querySelectorAll('*')) {
        const style = getComputedStyle(node);
        expect(style.transitionDuration.split(',').every((duration) => parseFloat(duration) === 0), `${node.localName} has a transition`).to.equal(true);
        expect(style.animationName).to.equal('none');
      }
    });

    it('prints the graphics whole and leaves the buttons out', async () => {
      const element = await chart(strategyJson([sampleGoal()]), { width: 800 });
      await drawn(element);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(shadow(element).querySelector('[part="tools"]')!).display).to.equal('none');
      const svg = shadow(element).querySelector('svg.graphic')!;
      expect(getComputedStyle(svg).overflow).to.equal('visible');
      // Scales with its box (viewBox, width 100 %), so a narrower page never clips it.
      element.parentElement!.style.inlineSize = '500px';
      expect(svg.getBoundingClientRect().width).to.equal(500);
    });
  });
});
