// Issue 3: 200 area cards rendered and painted.
export default {
  name: 'cards',
  needs: ['cards'],
  rows: { render: 'Cards: 200 area cards → painted' },
  async measure({ open, data }) {
    const page = await open();
    const render = await page.evaluate(async (url) => {
      const { adapter, host, text, time } = window.bench;
      const strategy = await text(url);
      return time(() => adapter.cards(host, strategy));
    }, data.urls.cards);
    return { render };
  },
};
