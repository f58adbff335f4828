// Heap growth over mounting and removing the dashboard: V8's heap plus Blink's (where DOM
// nodes live), read after forced garbage collection once after every round, and the growth
// per 20 rounds taken from the trend of those readings. The same for every candidate.
//
// One difference between a reading before and one after 20 rounds was mostly noise (single
// samples from −47 to +276 KB for every candidate), from the engines, not the candidates
// (in heap snapshots before and after 20 rounds, the only survivor of a candidate's own was
// Highcharts' list of charts, which keeps an empty slot for every chart ever made):
// - V8 keeps compiling hot code to faster tiers over the first 10-20 rounds: the warm-up.
// - The forced collections themselves change what V8 keeps (DevTools' collection drops
//   compiled code, which the next round compiles again). Over the first ten rounds with a
//   collection after each, V8's readings still rose by 50-70 KB for ours and for Chart.js
//   alike, then by a few KB per ten rounds (80 rounds, read every tenth). So ten more
//   rounds, collected as the measured ones are, settle that before any reading counts.
// - Blink's readings jump by 100-300 KB now and then: its cache of matched style properties
//   (with the computed styles it holds) is dropped at some collections and not at others.
// So the growth is the slope of the 20 readings by Theil–Sen, the median of the slopes
// between every two readings (a few jumps barely move it; a least-squares line or a
// difference follows them), times 20. What it still shows is what the engines keep per
// round (compiled code, style caches, the browser's record of long frames) plus anything a
// candidate leaves behind.
//
// Every round starts in a task of its own (a timer), as a mount on a real page runs in a
// script, an event listener or a timer. The browser keeps a record of each long frame and
// of the scripts that ran in it (Long Animation Frames); it names the task's callback, but
// not work that DevTools' evaluate ran directly. Started from the evaluate, a candidate that
// renders synchronously had no script recorded and ours (which places its charts in a
// microtask) had one: about 400 bytes of Blink's heap a round, for ours alone. Started from
// a timer, every candidate has that one (ours, in about every other round, also the frame
// callback that draws the last charts on screen).
const WARM_UP = 15;
const SETTLE_ROUNDS = 10;
const ROUNDS = 20;

async function heapAfterGc(page, cdp) {
  // Several collections with a task between them, so finalizers and weak maps settle.
  await page.evaluate(async () => {
    for (let i = 0; i < 4; i++) {
      window.gc();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
  // Then DevTools' own collection, as under memory pressure: it also drops what the engines
  // can rebuild (compiled code, caches). Without it, single repetitions swung by ±10 MB.
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize + embedderHeapUsedSize;
}

/** Theil–Sen: the median of the slopes between every two readings (one per round). */
function medianSlope(readings) {
  const slopes = [];
  for (let i = 0; i < readings.length; i++) {
    for (let j = i + 1; j < readings.length; j++) slopes.push((readings[j] - readings[i]) / (j - i));
  }
  slopes.sort((a, b) => a - b);
  const mid = slopes.length >> 1;
  return slopes.length % 2 ? slopes[mid] : (slopes[mid - 1] + slopes[mid]) / 2;
}

export default {
  name: 'memory',
  needs: ['charts', 'unmount'],
  unit: 'KB',
  rows: { growth: 'Memory: heap growth over 20 × mount/remove dashboard, trend (KB)' },
  async measure({ open, data }) {
    const page = await open();
    const cdp = await page.context().newCDPSession(page);
    const mountAndRemove = (rounds) =>
      page.evaluate(
        async ({ url, ids, rounds }) => {
          const { adapter, host, text, time } = window.bench;
          window.benchData ??= await text(url);
          for (let i = 0; i < rounds; i++) {
            await new Promise((resolve) => setTimeout(resolve, 0));
            await time(() => adapter.charts(host, window.benchData, ids));
            await adapter.unmount(host);
          }
        },
        { url: data.urls.dashboard, ids: data.dashboardGoals, rounds },
      );
    await mountAndRemove(WARM_UP);
    for (let round = 0; round < SETTLE_ROUNDS; round++) {
      await mountAndRemove(1);
      await heapAfterGc(page, cdp);
    }
    const readings = [];
    for (let round = 0; round < ROUNDS; round++) {
      await mountAndRemove(1);
      readings.push(await heapAfterGc(page, cdp));
    }
    return { growth: (medianSlope(readings) * ROUNDS) / 1024 };
  },
};
