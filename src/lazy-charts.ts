// The chart elements carry d3 and about half of the library's code, so the one-script bundle
// fetches them only for pages that use a chart.

// The tags that define-charts.ts defines.
const CHART_SELECTOR = 'vagval-goal-chart, vagval-goal-overview';

let loading: Promise<unknown> | undefined;

/**
 * Defines the chart elements, loading their code once (a chunk next to the bundle). The bundle
 * calls it for charts in the document; call it yourself for charts it cannot see, such as charts
 * inside another component's shadow root.
 */
export function defineCharts(): Promise<void> {
  loading ??= import('./define-charts.js');
  return loading.then(() => undefined);
}

/**
 * Calls `use` once, as soon as `root` holds a chart tag: at once when one is there already,
 * otherwise when one is inserted (by the parser, a script or a CMS). A MutationObserver sees
 * the tree of `root` only, not the shadow roots of the elements in it.
 */
export function whenChartsUsed(root: Document | DocumentFragment | Element, use: () => void): void {
  if (root.querySelector(CHART_SELECTOR)) {
    use();
    return;
  }
  const observer = new MutationObserver((records) => {
    if (!records.some((record) => [...record.addedNodes].some(holdsChart))) return;
    observer.disconnect();
    use();
  });
  observer.observe(root, { childList: true, subtree: true });
}

function holdsChart(node: Node): boolean {
  return node instanceof Element && (node.matches(CHART_SELECTOR) || node.querySelector(CHART_SELECTOR) !== null);
}
