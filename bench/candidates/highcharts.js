// Highcharts 13 with its accessibility module, as its docs set it up: SVG charts with
// keyboard navigation and screen-reader descriptions. Animations off (as for every
// candidate, so "painted" is the final picture), Swedish number format, no credits link.
import { Highcharts } from '../bundles/highcharts-a11y.js';
import { asStrategy, box, goalsById, periodToYear } from '../page/peer-content.js';

export const label = 'Highcharts 13.1 + accessibility (SVG)';

Highcharts.setOptions({
  lang: { decimalPoint: ',', thousandsSep: '\u00a0' },
  chart: { animation: false },
  plotOptions: { series: { animation: false } },
  credits: { enabled: false },
});

const mounted = new Map(); // host → its charts

const points = (series) => series.map((point) => [periodToYear(point.period), point.value]);
const dayPoints = (series) => series.map((point) => [Date.parse(point.period), point.value]);
const targetSeries = (data) => ({ type: 'scatter', name: 'Mål', color: '#1a1a1a', marker: { symbol: 'diamond', radius: 6 }, data });

function base(goal) {
  return {
    title: { text: goal.title, style: { fontSize: '14px' } },
    accessibility: { description: goal.description ?? '' },
    yAxis: { title: { text: goal.unit ?? null } },
    tooltip: { valueDecimals: goal.decimals ?? 0, valueSuffix: goal.unit ? ` ${goal.unit}` : '' },
  };
}

/** Small line charts, one per goal id, each with its target as a marked point. */
export function charts(host, data, ids) {
  const goals = goalsById(asStrategy(data));
  const grid = box('bench-grid');
  const boxes = ids.map(() => grid.appendChild(box('bench-small')));
  host.append(grid);
  mounted.set(
    host,
    ids.map((id, i) => {
      const { goal, area } = goals.get(id);
      const target = goal.target ? [[periodToYear(goal.target.period), goal.target.value]] : [];
      return Highcharts.chart(boxes[i], {
        ...base(goal),
        legend: { enabled: false },
        xAxis: { allowDecimals: false },
        series: [{ type: 'line', name: goal.title, color: area.color, data: points(goal.series) }, targetSeries(target)],
      });
    }),
  );
}

export function updateCharts(host, data, ids) {
  const goals = goalsById(asStrategy(data));
  mounted.get(host).forEach((chart, i) => {
    const { goal } = goals.get(ids[i]);
    chart.series[0].setData(points(goal.series), false);
    chart.series[1].setData(goal.target ? [[periodToYear(goal.target.period), goal.target.value]] : [], false);
    chart.redraw();
  });
}

/** One chart of the goal's series and its comparisons, on a date axis. */
export function bigChart(host, data, id) {
  const strategy = asStrategy(data);
  const { goal } = goalsById(strategy).get(id);
  const series = [{ label: strategy.organization, series: goal.series }, ...goal.comparisons];
  const container = box('bench-big');
  host.append(container);
  const chart = Highcharts.chart(container, {
    ...base(goal),
    xAxis: { type: 'datetime' },
    series: [
      ...series.map((s) => ({ type: 'line', name: s.label, lineWidth: 1.5, data: dayPoints(s.series) })),
      targetSeries(goal.target ? [[Date.parse(goal.target.period), goal.target.value]] : []),
    ],
  });
  mounted.set(host, [chart]);
}

export function unmount(host) {
  for (const chart of mounted.get(host) ?? []) chart.destroy();
  mounted.delete(host);
  host.replaceChildren();
}
