// The dashboard of 100 charts given new data, five times (alternating two data sets):
// each update's time to painted is one sample.
const UPDATES = 5;

export default {
  name: 'update',
  needs: ['charts', 'updateCharts'],
  rows: { update: 'Update: dashboard re-rendered with new data, per update' },
  async measure({ open, data }) {
    const page = await open();
    const update = await page.evaluate(
      async ({ urls, ids, updates }) => {
        const { adapter, host, text, time } = window.bench;
        const sets = [await text(urls[0]), await text(urls[1])];
        await time(() => adapter.charts(host, sets[0], ids));
        const samples = [];
        for (let i = 1; i <= updates; i++) samples.push(await time(() => adapter.updateCharts(host, sets[i % 2], ids)));
        return samples;
      },
      { urls: [data.urls.dashboard, data.urls['dashboard-next']], ids: data.dashboardGoals, updates: UPDATES },
    );
    return { update };
  },
};
