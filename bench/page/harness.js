// The in-page side: loads the adapter named by ?adapter= and hands it, with the
// timing helpers, to the workloads as window.bench. With ?start=<data URL>&goals=…,
// it renders the start page at once and records when it is painted (window.benchStart).
import { nextFrameRendered, painted } from './paint.js';

const params = new URLSearchParams(location.search);
const host = document.getElementById('host');
const adapter = await import(`../.build/pages/${params.get('adapter')}.js`);

if (params.has('start')) {
  await adapter.start(host, { url: params.get('start'), goals: params.get('goals').split(',') });
  await painted();
  window.benchStart = performance.now();
}

window.bench = {
  adapter,
  host,
  painted,
  nextFrameRendered,
  /** The data file as text, fetched before any timing starts. */
  text: async (url) => (await fetch(url)).text(),
  /** Milliseconds from now until what render() draws is painted. */
  async time(render) {
    const start = performance.now();
    await render();
    await painted();
    return performance.now() - start;
  },
};
