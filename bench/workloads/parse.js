// How much of a render is reading the data: our parseStrategy (JSON.parse plus validation
// and cross-checks) against JSON.parse alone, which is all the peers do. No painting.
const SETS = { cards: 'the 200-area file (1.1 MB)', list: 'the 2,000-initiative file (0.7 MB)', dashboard: 'the 100-goal file (67 KB)' };

export default {
  name: 'parse',
  needs: ['parse'],
  rows: Object.fromEntries(Object.entries(SETS).map(([set, what]) => [set, `Data: parse ${what}`])),
  async measure({ open, data }) {
    const page = await open();
    return page.evaluate(async (urls) => {
      const { adapter, text } = window.bench;
      const result = {};
      for (const [set, url] of Object.entries(urls)) {
        const json = await text(url);
        const start = performance.now();
        adapter.parse(json);
        result[set] = performance.now() - start;
      }
      return result;
    }, Object.fromEntries(Object.keys(SETS).map((set) => [set, data.urls[set]])));
  },
};
