// One chart of 5 series × 1,000 daily points (a goal and four comparisons), rendered five
// times per repetition, each time in a fresh page: one render's time swings by a frame or two
// (its samples gather near two values, about 33 ms apart), so seven were too few for a median.
//
// Besides the time to painted, the renderer's main thread's CPU time over the same render
// (Chromium's ThreadTime metric, read over CDP before and after). On this 2-CPU machine the
// wall time also holds the time the main thread waits for a core: the engine's background
// work (compiling hot code to faster tiers, parallel garbage collection, raster) and the
// other processes share the two. The CPU row shows what a candidate itself costs the page.
const RENDERS = 5;

export default {
  name: 'big-chart',
  needs: ['bigChart'],
  rows: {
    render: 'Big chart: 5 series × 1,000 points → painted',
    cpu: 'Big chart: main-thread CPU time of that render',
  },
  async measure({ open, data }) {
    const samples = { render: [], cpu: [] };
    for (let i = 0; i < RENDERS; i++) {
      const page = await open();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime').value * 1000;
      await page.evaluate(async (url) => {
        window.benchText = await window.bench.text(url);
      }, data.urls.big);
      const before = await threadTime();
      const render = await page.evaluate(
        async (id) => {
          const { adapter, host, time } = window.bench;
          return time(() => adapter.bigChart(host, window.benchText, id));
        },
        data.bigGoal,
      );
      samples.cpu.push((await threadTime()) - before);
      samples.render.push(render);
    }
    return samples;
  },
};
