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

/**
 * Opens the benchmark page for one adapter in a fresh context (empty cache, new
 * renderer state) and waits until the adapter is loaded. Page errors fail the run.
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
  }
  return { page, errors, close: () => context.close() };
}
