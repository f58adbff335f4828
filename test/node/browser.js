// Launches the machine's Chromium through playwright-core for Node-driven page tests.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.js';

export function launchChromium() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found; see `npm test` for how to install one.');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
