// Headless Chromium through playwright-core: the system browser, never a download.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../../scripts/find-chromium.js';

export const VIEWPORT = { width: 1280, height: 800 };

export function launch() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  // --expose-gc: the memory workload forces collections with window.gc().
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
}

// A page that has just loaded is not idle yet. Over one big-chart render started as soon
// as the adapter was there, the renderer's main thread used about 30 ms more CPU than over
// one started 600 ms later, its worker threads about 35 ms more and the browser process
// about 30 ms more (read from /proc). On two CPUs the render waited for that work: the big
// chart took 25-60 ms longer for ours and for Chart.js alike (median of 6-8 renders each:
// ours 105-120 ms against 59-69, Chart.js 97-102 against 59-73; started 150 or 300 ms
// after, still 84-114). That is the page finishing its load, not the candidate rendering,
// so every page waits before anything is timed. "Start" times the load itself.
const SETTLE_MS = 1000;

/**
 * Opens the benchmark page for one adapter in a fresh context (empty cache, new
 * renderer state), waits until the adapter is loaded and then until the page has
 * settled. Page errors fail the run.
 */
export async function openPage(browser, baseUrl, adapter, params = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const query = new URLSearchParams({ adapter, ...params });
  await page.goto(`${baseUrl}/bench/page/index.html?${query}`);
  if (!params.start) {
    await page.waitForFunction(() => window.bench, undefined, { timeout: 30_000 }).catch(() => {
      throw new Error(errors.join('; ') || 'the adapter did not load');
    });
    await page.waitForTimeout(SETTLE_MS);
  }
  return { page, errors, close: () => context.close() };
}
