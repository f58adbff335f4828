// The one-script bundle loads the charts' chunk only for pages that use a chart, from the
// bundle's own folder: here a CDN on another origin, under a path of its own, with the
// strict CSP a page sends. Pages and files are served through Playwright's request routing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchChromium } from './browser.js';
import { strictCspWithScriptsFrom } from './strict-csp.js';

const SITE = 'https://kommun.example';
const CDN_ORIGIN = 'https://cdn.example';
const CDN_FOLDER = `${CDN_ORIGIN}/x/vagval-widgets@0.1.0/dist/`;
const CHART_CHUNK = /vagval-widgets-define-charts-[\w-]+\.js$/;

const pageWith = (body) => `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <title>Lazy charts test page</title>
    <link rel="icon" href="data:," />
    <script type="module" src="${CDN_FOLDER}vagval-widgets.js"></script>
  </head>
  <body><main>${body}</main></body>
</html>`;

const CARDS_ONLY = pageWith(`
  <vagval-strategy src="/data/vagval-2020.json">
    <vagval-area-grid></vagval-area-grid>
    <vagval-initiative-list limit="3"></vagval-initiative-list>
    <vagval-feedback></vagval-feedback>
  </vagval-strategy>`);

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/** Opens `html` at the site; records every request and every error, warning or CSP violation. */
async function open(html) {
  const page = await browser.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.route(`${SITE}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/page.html') {
      return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': strictCspWithScriptsFrom(CDN_ORIGIN) } });
    }
    return route.fulfill({ path: `.${pathname}` });
  });
  await page.route(`${CDN_FOLDER}**`, (route) => {
    const file = new URL(route.request().url()).pathname.slice(new URL(CDN_FOLDER).pathname.length);
    // Module scripts from another origin are fetched with CORS.
    return route.fulfill({ body: readFileSync(`dist/${file}`), contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' } });
  });
  await page.goto(`${SITE}/page.html`);
  await page.waitForFunction(() => document.querySelector('vagval-strategy')?.getAttribute('state') === 'ready');
  return { page, requests, problems };
}

const chunkRequests = (requests) => requests.filter((url) => CHART_CHUNK.test(url));

test('a page without charts never fetches the charts chunk', async () => {
  const { page, requests, problems } = await open(CARDS_ONLY);
  // Give anything the page would fetch after it is ready (fonts, images, chunks) time to go out.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  assert.deepEqual(chunkRequests(requests), []);
  assert.equal(await page.evaluate(() => customElements.get('vagval-goal-chart')), undefined);
  assert.equal(await page.evaluate(() => Boolean(customElements.get('vagval-area-grid'))), true);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a chart inserted later is defined from the chunk next to the bundle, once', async () => {
  const { page, requests, problems } = await open(CARDS_ONLY);
  const status = await page.evaluate(async () => {
    // Nested, as a CMS inserts a block of markup.
    const block = document.createElement('section');
    block.append(document.createElement('vagval-goal-chart'), document.createElement('vagval-goal-overview'));
    block.firstElementChild.setAttribute('goal', 'gymnasieexamen');
    document.querySelector('vagval-strategy').append(block);
    await customElements.whenDefined('vagval-goal-chart');
    await customElements.whenDefined('vagval-goal-overview');
    const chart = block.firstElementChild;
    await chart.updateComplete;
    return chart.getAttribute('status');
  });
  assert.ok(status, 'the chart gets its data from the provider and reflects its status');
  const fetched = chunkRequests(requests);
  assert.equal(fetched.length, 1);
  assert.ok(fetched[0].startsWith(CDN_FOLDER), `${fetched[0]} is in the bundle's folder`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a chart inside another shadow root is defined by calling defineCharts()', async () => {
  const { page, problems } = await open(CARDS_ONLY);
  const defined = await page.evaluate(async (bundle) => {
    const host = document.createElement('div');
    const chart = document.createElement('vagval-goal-chart');
    chart.setAttribute('goal', 'gymnasieexamen');
    document.querySelector('vagval-strategy').append(host);
    host.attachShadow({ mode: 'open' }).append(chart);
    // The document's observer cannot see into a shadow root.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = Boolean(customElements.get('vagval-goal-chart'));
    const { defineCharts } = await import(bundle);
    await defineCharts();
    return { before, after: Boolean(customElements.get('vagval-goal-chart')) };
  }, `${CDN_FOLDER}vagval-widgets.js`);
  assert.deepEqual(defined, { before: false, after: true });
  assert.deepEqual(problems, []);
  await page.close();
});
