// 100 small goal charts (12 yearly points and a target each): the first screen painted,
// and all 100 drawn and painted. Peers draw every chart at once, so for them both are
// the same; ours draws the charts near the viewport first and the rest when idle.
export default {
  name: 'dashboard',
  needs: ['charts'],
  rows: {
    visible: 'Dashboard: 100 small charts, first screen painted',
    all: 'Dashboard: 100 small charts, all drawn and painted',
  },
  async measure({ open, data }) {
    const page = await open();
    return page.evaluate(
      async ({ url, ids }) => {
        const { adapter, host, text, painted } = window.bench;
        const strategy = await text(url);
        const start = performance.now();
        const all = adapter.charts(host, strategy, ids);
        let visible;
        if (adapter.chartsVisible) {
          await adapter.chartsVisible(host);
          await painted();
          visible = performance.now() - start;
        }
        await all;
        await painted();
        const total = performance.now() - start;
        return { visible: visible ?? total, all: total };
      },
      { url: data.urls.dashboard, ids: data.dashboardGoals },
    );
  },
};
