// The built bundle on a host page as a CMS would serve it: a strict Content Security Policy
// and no violations, errors or warnings, with every element on the page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from './browser.js';
import { serveStatic } from './serve-static.js';
import { STRICT_CSP } from './strict-csp.js';

let server;
let browser;
before(async () => {
  server = await serveStatic({ headers: (path) => (path.startsWith('/test/pages/') ? { 'content-security-policy': STRICT_CSP } : {}) });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('every element renders under a strict CSP with Trusted Types, without violations or errors', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(`${server.origin}/test/pages/embed.html`);
  await page.waitForFunction(() => document.querySelector('vagval-strategy')?.getAttribute('state') === 'ready');
  // Let every widget finish rendering.
  await page.evaluate(async () => {
    const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('vagval-'));
    const wait = (promise) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, 5000))]);
    await wait(Promise.all(widgets.map((el) => customElements.whenDefined(el.localName))));
    await Promise.all(widgets.map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  const undefinedTags = await page.evaluate(() =>
    [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((tag) => tag.startsWith('vagval-') && !customElements.get(tag)))],
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(undefinedTags, [], 'the one script defines every element on the page');
  await page.close();
});
