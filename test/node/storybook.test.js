// Storybook tried as a new user would: serve the static build, open every story in Chromium,
// and require that it renders with no page errors and no unexpected console errors; then the
// data set toolbar and the editor snippet on a docs page.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchChromium } from './browser.js';
import { serveStatic } from './serve-static.js';

const STATIC = 'storybook-static';
// Error stories show bad data on purpose: the library logs those for the editor, and a
// missing-file story makes the browser log its failed request. Such a log is expected only
// where the story shows the failure: an error view, a note, or a name that says so.
const DELIBERATE = [/^<vagval-[a-z-]+>: /, /Failed to load resource: (the server responded with a status of 404|net::ERR_)/];
const SHOWS_A_FAILURE = /error|invalid|missing|not.found|unknown|could not|failed|unreachable/i;

// Stories tagged so are opened under forced-colours emulation (stories/support/forced-colours.ts).
const FORCED_COLOURS = 'forced-colors';

const built = existsSync(`${STATIC}/index.json`);
const entries = built ? Object.values(JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8')).entries) : [];
const stories = entries.filter((entry) => entry.type === 'story');

let server;
let browser;
before(async () => {
  server = await serveStatic({ root: STATIC });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the static Storybook was built first (npm run build-storybook)', () => {
  assert.ok(built, `${STATIC}/index.json is missing: run npm run build-storybook`);
  assert.ok(stories.length > 0);
});

// Stories are independent pages: open a few at a time.
test('every story renders without errors', { concurrency: 4 }, async (t) => {
  await Promise.all(stories.map((story) => t.test(`${story.title} / ${story.name}`, async () => {
    const page = await browser.newPage();
    const forced = story.tags.includes(FORCED_COLOURS);
    if (forced) await page.emulateMedia({ forcedColors: 'active' });
    const problems = [];
    const logged = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') logged.push(message.text());
    });
    await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, null, { timeout: 15000 });
    await page.evaluate(async () => {
      const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('vagval-'));
      await Promise.all(widgets.map((el) => el.updateComplete));
    });
    const undefinedTags = await page.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')].map((el) => el.localName).filter((tag) => tag.startsWith('vagval-') && !customElements.get(tag)),
    );
    const showsFailure =
      SHOWS_A_FAILURE.test(`${story.id} ${story.name}`) ||
      (await page.evaluate(() => {
        const hasErrorPart = (root) =>
          [...root.querySelectorAll('*')].some((el) => /\b(error|kolada-note)\b/.test(el.getAttribute('part') ?? '') || (el.shadowRoot && hasErrorPart(el.shadowRoot)));
        return hasErrorPart(document.querySelector('#storybook-root'));
      }));
    if (forced) assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true, 'forced colours are emulated');
    for (const text of logged) {
      if (!(showsFailure && DELIBERATE.some((pattern) => pattern.test(text)))) problems.push(`console error: ${text}`);
    }
    await page.close();
    assert.deepEqual(problems, []);
    assert.deepEqual(undefinedTags, []);
  })));
});

/** Opens a story or docs page with toolbar values (`globals`), as a shared Storybook link does. */
async function open(id, viewMode, globals) {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/iframe.html?id=${id}&viewMode=${viewMode}&globals=${globals}`);
  return page;
}

test('the data set and language toolbars choose the shared data', async () => {
  const list = await open('elements-vagval-initiative-list--filterable', 'story', 'dataSet:large;lang:en');
  await list.waitForFunction(() => document.querySelector('vagval-strategy')?.getAttribute('state') === 'ready', null, { timeout: 15000 });
  assert.equal(await list.evaluate(() => document.querySelector('vagval-strategy').getAttribute('src')), 'data/generated/large-strategy.json');
  assert.equal(await list.evaluate(() => document.documentElement.lang), 'en');
  await list.close();

  // The dashboard's goals have ids of their own: a chart shows one of them, not an "unknown goal" error.
  const chart = await open('elements-vagval-goal-chart--line', 'story', 'dataSet:dashboard');
  await chart.waitForFunction(() => document.querySelector('vagval-goal-chart')?.hasAttribute('status'), null, { timeout: 15000 });
  assert.equal(await chart.evaluate(() => document.querySelector('vagval-strategy').getAttribute('src')), 'data/generated/dashboard-strategy.json');
  await chart.close();
});

test('a story’s docs show the HTML a web editor pastes, for the chosen data set', async () => {
  const docs = await open('elements-vagval-area-grid--docs', 'docs', 'dataSet:dashboard');
  await docs.locator('button', { hasText: 'Show code' }).first().click({ timeout: 15000 });
  const code = docs.locator('pre', { hasText: 'vagval-widgets.js' }).first();
  assert.equal(
    (await code.textContent({ timeout: 15000 })).trim(),
    [
      '<script type="module" src="https://cdn.jsdelivr.net/npm/vagval-widgets@0.1.0/dist/vagval-widgets.js"></script>',
      '',
      '<vagval-strategy src="data/generated/dashboard-strategy.json">',
      '  <vagval-area-grid heading-level="3"></vagval-area-grid>',
      '</vagval-strategy>',
    ].join('\n'),
  );
  await docs.close();
});

// The Kolada stories take their figures from stories/kolada-stand-in/ (staticDirs): a story
// that could not reach it would still pass the test above, showing Kolada's error.
test('the Kolada stories show the offline stand-in’s figures, alone and together on a docs page', async () => {
  for (const [id, viewMode] of [
    ['elements-vagval-goal-chart--kolada-fetched', 'story'],
    ['elements-vagval-goal-chart--kolada-standalone', 'story'],
    // A docs page renders the component's stories at once: their requests are batched together.
    ['elements-vagval-goal-chart--docs', 'docs'],
    ['elements-vagval-goal-overview--kolada-fetched', 'story'],
  ]) {
    const page = await open(id, viewMode, '');
    // Every widget on the stand-in shows figures: a chart its status, an overview Kolada as its source and no row waiting or failed.
    await page.waitForFunction(
      () => {
        const base = (el) => el.getAttribute('kolada-base') ?? el.closest('vagval-strategy')?.getAttribute('kolada-base') ?? '';
        const widgets = [...document.querySelectorAll('vagval-goal-chart, vagval-goal-overview')].filter((el) => base(el).includes('kolada-stand-in'));
        return (
          widgets.length > 0 &&
          widgets.every((el) =>
            el.localName === 'vagval-goal-chart'
              ? el.hasAttribute('status')
              : Boolean(el.shadowRoot?.querySelector('[part~="source"]')) && !el.shadowRoot.querySelector('[part~="row-loading"], [part~="row-error"]'),
          )
        );
      },
      null,
      { timeout: 15000 },
    );
    await page.close();
  }
});
