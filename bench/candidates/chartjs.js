// Chart.js 4 on canvas, following its performance guide: animations off, data already
// parsed ({x, y}, parsing: false, normalized), no point markers on the big chart.
// Each canvas gets role="img" and a text label, as Chart.js's accessibility page advises.
import { Chart } from '../bundles/chartjs-line.js';
import { asStrategy, box, goalsById, periodToYear } from '../page/peer-content.js';

export const label = 'Chart.js 4.6 (canvas, tree-shaken)';

const TARGET = { label: 'Mål', showLine: false, pointStyle: 'crossRot', pointRadius: 7, borderWidth: 2, borderColor: '#1a1a1a' };
const mounted = new Map(); // host → its charts

const points = (series) => series.map((point) => ({ x: periodToYear(point.period), y: point.value }));
const targetPoint = (goal) => (goal.target ? [{ x: periodToYear(goal.target.period), y: goal.target.value }] : []);

function options(goal, legend) {
  return {
    animation: false,
    maintainAspectRatio: false,
    parsing: false,
    normalized: true,
    locale: 'sv-SE',
    scales: {
      x: { type: 'linear', ticks: { precision: 0, callback: (year) => String(year) } },
      y: { title: { display: Boolean(goal.unit), text: goal.unit } },
    },
    plugins: { title: { display: true, text: goal.title }, legend: { display: legend } },
  };
}

function canvasFor(box, goal) {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${goal.title}. ${goal.description ?? ''}`);
  box.append(canvas);
  return canvas;
}

/** Small line charts, one per goal id, each with its target as a marked point. */
export function charts(host, data, ids) {
  const goals = goalsById(asStrategy(data));
  const grid = box('bench-grid');
  const canvases = ids.map((id) => canvasFor(grid.appendChild(box('bench-small')), goals.get(id).goal));
  host.append(grid);
  // Chart.js reads each container's size: create the charts after the layout exists.
  mounted.set(
    host,
    ids.map((id, i) => {
      const { goal, area } = goals.get(id);
      const line = { label: goal.title, data: points(goal.series), borderColor: area.color, backgroundColor: area.color, pointRadius: 2 };
      return new Chart(canvases[i], { type: 'line', data: { datasets: [line, { ...TARGET, data: targetPoint(goal) }] }, options: options(goal, false) });
    }),
  );
}

export function updateCharts(host, data, ids) {
  const goals = goalsById(asStrategy(data));
  mounted.get(host).forEach((chart, i) => {
    const { goal } = goals.get(ids[i]);
    chart.data.datasets[0].data = points(goal.series);
    chart.data.datasets[1].data = targetPoint(goal);
    chart.update('none');
  });
}

/** One chart of the goal's series and its comparisons. */
export function bigChart(host, data, id) {
  const strategy = asStrategy(data);
  const { goal } = goalsById(strategy).get(id);
  const colors = ['#00594f', '#b5121b', '#1f4e9c', '#7a4c00', '#5b2a86'];
  const series = [{ label: strategy.organization, series: goal.series }, ...goal.comparisons];
  const datasets = series.map((s, i) => ({ label: s.label, data: points(s.series), borderColor: colors[i], backgroundColor: colors[i], pointRadius: 0, borderWidth: 1.5 }));
  const container = box('bench-big');
  const canvas = canvasFor(container, goal);
  host.append(container);
  mounted.set(host, [new Chart(canvas, { type: 'line', data: { datasets: [...datasets, { ...TARGET, data: targetPoint(goal) }] }, options: options(goal, true) })]);
}

export function unmount(host) {
  for (const chart of mounted.get(host) ?? []) chart.destroy();
  mounted.delete(host);
  host.replaceChildren();
}
