// Navigation to a painted start page: five area cards, a list of 200 initiatives and
// three goal charts, the data fetched by the page (cold cache: a fresh browser context).
export default {
  name: 'start',
  needs: ['start'],
  rows: { load: 'Start: navigation → 5 cards, list of 200, 3 charts painted' },
  async measure({ open, data }) {
    const page = await open({ start: data.urls.start, goals: data.startGoals.join(',') });
    return { load: await page.waitForFunction(() => window.benchStart).then((handle) => handle.jsonValue()) };
  },
};
