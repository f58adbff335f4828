// One chart of 5 series × 1,000 daily points (a goal and four comparisons).
export default {
  name: 'big-chart',
  needs: ['bigChart'],
  rows: { render: 'Big chart: 5 series × 1,000 points → painted' },
  async measure({ open, data }) {
    const page = await open();
    const render = await page.evaluate(
      async ({ url, id }) => {
        const { adapter, host, text, time } = window.bench;
        const strategy = await text(url);
        return time(() => adapter.bigChart(host, strategy, id));
      },
      { url: data.urls.big, id: data.bigGoal },
    );
    return { render };
  },
};
