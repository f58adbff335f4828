// Issue 4: the initiative list with 2,000 items and its search box: the first screen of
// items painted, all 2,000 rendered and painted (a list that renders in steps is done at
// its last step; for one that renders at once both are the same), then each keystroke
// of a query typed for real, from the key event to the frame that shows the filtered
// list. Every keystroke is one sample.
const QUERY = 'trygg';

export default {
  name: 'filter',
  needs: ['list', 'searchBox', 'filtered'],
  rows: {
    visible: 'List of 2,000 initiatives: first screen painted',
    render: 'List of 2,000 initiatives: all rendered and painted',
    nextPaint: 'Filter: keystroke → next paint (frame rendered), 2,000 items',
    painted: 'Filter: keystroke → painted (two rAFs), 2,000 items',
  },
  async measure({ open, data }) {
    const page = await open();
    const { visible, render } = await page.evaluate(async (url) => {
      const { adapter, host, text, painted } = window.bench;
      const strategy = await text(url);
      const start = performance.now();
      const all = adapter.list(host, strategy);
      let visible;
      if (adapter.listVisible) {
        await adapter.listVisible(host);
        await painted();
        visible = performance.now() - start;
      }
      await all;
      await painted();
      const total = performance.now() - start;
      return { visible: visible ?? total, render: total };
    }, data.urls.list);
    await page.evaluate(() => window.bench.adapter.searchBox(window.bench.host).focus());
    const nextPaint = [];
    const painted = [];
    for (const key of QUERY) {
      await page.evaluate(armKeystroke);
      await page.keyboard.press(key);
      const [next, two] = await page.evaluate(() => window.benchKeystroke);
      nextPaint.push(next);
      painted.push(two);
    }
    return { visible, render, nextPaint, painted };
  },
};

/** In the page: times the next keystroke from its event time to the painted list. */
function armKeystroke() {
  const { adapter, host, nextPaintTimes } = window.bench;
  window.benchKeystroke = new Promise((resolve) => {
    addEventListener(
      'keydown',
      (keydown) => {
        // Bubbling, so the list's own input handler has run first.
        addEventListener(
          'input',
          async () => {
            await adapter.filtered(host);
            const times = await nextPaintTimes();
            resolve(times.map((time) => time - keydown.timeStamp));
          },
          { once: true },
        );
      },
      { once: true, capture: true },
    );
  });
}
