// Defines the chart elements. The one-script bundle splits this module (with d3) into a chunk of
// its own and loads it only when a page uses a chart (see lazy-charts.ts).
import './elements/goal-chart/define.js';
import './elements/goal-overview/define.js';
