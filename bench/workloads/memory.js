// Heap growth over mounting and removing the dashboard 20 times: V8's heap plus Blink's
// (where DOM nodes live), each read after forced garbage collection. The baseline is
// taken after warm-up rounds, so compiled code and one-time caches do not count as
// growth: what remains is what each round leaves behind. One warm-up round was not
// enough: V8 keeps compiling hot code to faster tiers over the next rounds (heap
// snapshots of ours: most of rounds 2 to 21's growth was compiled code, and with
// --no-opt --no-maglev --no-sparkplug the heap did not grow at all). What still grows
// after five rounds is mostly the engines' own caches (compiled code, Blink's style cache).
const WARM_UP = 5;
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

export default {
  name: 'memory',
  needs: ['charts', 'unmount'],
  unit: 'KB',
  rows: { growth: 'Memory: heap growth after 20 × mount/remove dashboard (KB)' },
  async measure({ open, data }) {
    const page = await open();
    const cdp = await page.context().newCDPSession(page);
    const mountAndRemove = (rounds) =>
      page.evaluate(
        async ({ url, ids, rounds }) => {
          const { adapter, host, text, time } = window.bench;
          window.benchData ??= await text(url);
          for (let i = 0; i < rounds; i++) {
            await time(() => adapter.charts(host, window.benchData, ids));
            await adapter.unmount(host);
          }
        },
        { url: data.urls.dashboard, ids: data.dashboardGoals, rounds },
      );
    await mountAndRemove(WARM_UP);
    const before = await heapAfterGc(page, cdp);
    await mountAndRemove(ROUNDS);
    return { growth: ((await heapAfterGc(page, cdp)) - before) / 1024 };
  },
};
