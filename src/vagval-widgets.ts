// The one-script bundle for CMS pages. It defines every element: the charts' code is a chunk next
// to this file that loads when a chart tag first appears in the document (see lazy-charts.ts).
// It exports the package root's API except the chart classes, which would pull that code in;
// `defineCharts()` resolves when they are defined (`customElements.get` then returns them).
import './define-core.js';
import { defineCharts, whenChartsUsed } from './lazy-charts.js';

export * from './core-api.js';
export { defineCharts };

whenChartsUsed(document, () => {
  defineCharts().catch((error: unknown) => console.error('vagval-widgets: the chart elements could not be loaded.', error));
});
