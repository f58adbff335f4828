// Ours: the real one-script bundle from dist/ (as a CMS page loads it) and the elements
// written as a web editor would, under one <vagval-strategy> holding the data as inline
// JSON (`src` on the start page). "Done" is every element's updateComplete (the list's
// includes its stepwise growth) and, for charts, every chart's graphics drawn.
import { parseStrategy } from '/dist/vagval-widgets.js';
import { litSettled } from '../page/paint.js';

// The bundle's evaluation ends once the chart chunk next to it has defined the charts, so
// the import above has loaded every element before anything is timed, as every peer's chart
// library is loaded with its adapter: the workloads time rendering.

export const label = 'vagval-widgets (ours)';
export const ours = true;

/** What the provider does with the data before anything renders. */
export const parse = (text) => parseStrategy(text);

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Our elements, for the harness to wait for (see litSettled). */
const OURS = ['strategy', 'area-grid', 'area-card', 'initiative-list', 'goal-chart', 'goal-overview', 'feedback'].map((name) => `vagval-${name}`).join(', ');
const settled = (host) => litSettled(host, OURS);

function need(...tags) {
  const missing = tags.filter((tag) => !customElements.get(tag));
  if (missing.length) throw new Error(`not in this build: <${missing.join('>, <')}>`);
}

function make(tag, attributes = {}) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** A provider with the data as its inline JSON child, around the given widgets. */
function provide(host, data, ...widgets) {
  const script = make('script', { type: 'application/json' });
  script.textContent = data;
  const strategy = make('vagval-strategy');
  strategy.append(script, ...widgets);
  host.append(strategy);
  return strategy;
}

// Charts draw their graphics near the viewport first and the rest when the browser is
// idle; the SVG in the `plot` part is there once a chart is drawn.
const isDrawn = (chart) => chart.shadowRoot?.querySelector('[part~="plot"] svg') !== null;
const inView = (chart) => {
  const { top, bottom } = chart.getBoundingClientRect();
  return bottom > 0 && top < innerHeight;
};

async function drawn(host, which) {
  await settled(host);
  while (![...host.querySelectorAll('vagval-goal-chart')].filter(which).every(isDrawn)) await frame();
}

function chartGrid(ids, height) {
  const grid = make('div', { class: 'bench-grid', style: `--vagval-goal-chart-height: ${height}px` });
  grid.append(...ids.map((goal) => make('vagval-goal-chart', { goal })));
  return grid;
}

export function cards(host, data) {
  need('vagval-strategy', 'vagval-area-grid', 'vagval-area-card');
  provide(host, data, make('vagval-area-grid'));
  return settled(host);
}

export function list(host, data) {
  need('vagval-strategy', 'vagval-initiative-list');
  provide(host, data, make('vagval-initiative-list', { filters: '' }));
  return settled(host);
}

const listElement = (host) => host.querySelector('vagval-initiative-list');

/** Resolves when list items fill the viewport (the list renders long data in steps). */
export function listVisible(host) {
  const list = listElement(host);
  const filled = async () => {
    for (;;) {
      const items = list.shadowRoot?.querySelectorAll('[part~="item"]') ?? [];
      if (items.length && items[items.length - 1].getBoundingClientRect().top >= innerHeight) return;
      await frame();
    }
  };
  return Promise.race([filled(), settled(host)]);
}

export const searchBox = (host) => listElement(host).shadowRoot.querySelector('[part~="search-input"]');

// After a keystroke only the list updates: wait for it alone, as a deep walk of its
// 2,000 items would itself delay the frame being measured.

/** After a keystroke: every item is up to date (the list's updateComplete includes its later steps). */
export const filtered = (host) => listElement(host).updateComplete;

/** After a keystroke: the top of the list is up to date, which the list's first update does. */
export async function filteredVisible(host) {
  const list = listElement(host);
  while (list.isUpdatePending) await Promise.resolve();
}

/** Small line charts, one per goal id; resolves when all are drawn. */
export function charts(host, data, ids) {
  need('vagval-strategy', 'vagval-goal-chart');
  provide(host, data, chartGrid(ids, 200));
  return drawn(host, () => true);
}

/** Resolves when the charts in the viewport are drawn (the rest may still be waiting). */
export const chartsVisible = (host) => drawn(host, inView);

export async function updateCharts(host, data) {
  const strategy = host.querySelector('vagval-strategy');
  const loaded = new Promise((resolve) => strategy.addEventListener('vagval-load', resolve, { once: true }));
  strategy.querySelector('script').textContent = data;
  await loaded;
  await drawn(host, () => true);
}

export function bigChart(host, data, id) {
  need('vagval-strategy', 'vagval-goal-chart');
  const box = make('div', { style: 'width: 900px; --vagval-goal-chart-height: 450px' });
  box.append(make('vagval-goal-chart', { goal: id }));
  provide(host, data, box);
  return drawn(host, () => true);
}

export function unmount(host) {
  host.replaceChildren();
}

/** The start page: one provider loading the data file, five cards, the list and three charts. */
export async function start(host, { url, goals }) {
  need('vagval-strategy', 'vagval-area-grid', 'vagval-initiative-list', 'vagval-goal-chart');
  const strategy = make('vagval-strategy', { src: url });
  const loaded = new Promise((resolve, reject) => {
    strategy.addEventListener('vagval-load', resolve, { once: true });
    strategy.addEventListener('vagval-error', (event) => reject(new Error(event.detail.message)), { once: true });
  });
  strategy.append(make('vagval-area-grid'), make('vagval-initiative-list', { filters: '' }), chartGrid(goals, 200));
  host.append(strategy);
  await loaded;
  await drawn(host, () => true);
}
