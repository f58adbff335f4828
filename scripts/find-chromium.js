// Finds a Chromium or Chrome to test and benchmark with; nothing here downloads a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const NO_CHROMIUM_MESSAGE = `No Chromium or Chrome was found (looked for $CHROME_PATH, then ${CANDIDATES.join(', ')}).
The browser tests need one. Install it, then run the command again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  Elsewhere:      install Chrome or Chromium and set CHROME_PATH=/path/to/chrome`;

/** Flags for headless Chromium here: runs as root, and must not reach the network by itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
