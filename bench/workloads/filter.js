// Issue 4: the initiative list with 2,000 items and its search box. First render: the
// first screen of items painted, and all 2,000 rendered and painted (the same for a list
// that renders at once). Then five keystrokes typed for real, each timed from its key
// event to the next paint that shows the result (the frame rendered) and to every item
// brought up to date and painted. Every keystroke is one sample.
const QUERY = 'trygg';

export default {
  name: 'filter',
  needs: ['list', 'searchBox', 'filtered'],
  rows: {
    visible: 'List of 2,000 initiatives: first screen painted',
    render: 'List of 2,000 initiatives: all rendered and painted',
    nextPaint: 'Filter, 2,000 items: keystroke → next paint showing the result',
    complete: 'Filter, 2,000 items: keystroke → every item updated and painted',
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
    const complete = [];
    for (const key of QUERY) {
      await page.evaluate(armKeystroke);
      await page.keyboard.press(key);
      const [next, all] = await page.evaluate(() => window.benchKeystroke);
      nextPaint.push(next);
      complete.push(all);
    }
    return { visible, render, nextPaint, complete };
  },
};

/** In the page: times the next keystroke from its event time to the painted list. */
function armKeystroke() {
  const { adapter, host, nextFrameRendered, painted } = window.bench;
  window.benchKeystroke = new Promise((resolve) => {
    addEventListener(
      'keydown',
      (keydown) => {
        // Bubbling, so the list's own input handler has run first.
        addEventListener(
          'input',
          () => {
            const since = () => performance.now() - keydown.timeStamp;
            const visible = (adapter.filteredVisible ?? adapter.filtered)(host).then(nextFrameRendered).then(since);
            const complete = adapter.filtered(host).then(painted).then(since);
            resolve(Promise.all([visible, complete]));
          },
          { once: true },
        );
      },
      { once: true, capture: true },
    );
  });
}
