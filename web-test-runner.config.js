import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './scripts/find-chromium.js';
import { countReporter } from './scripts/wtr-count-reporter.js';

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

// Each file in test/server/ exports a middleware: local HTTP routes the tests talk to.
const serverDir = new URL('./test/server/', import.meta.url);
const middleware = await Promise.all(
  readdirSync(serverDir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map(async (name) => (await import(new URL(name, serverDir).href)).default),
);

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware,
  browsers: [
    chromeLauncher({
      // --expose-gc: the memory tests call gc() to check that removed elements can be collected.
      launchOptions: { executablePath, headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] },
      // Each test file in a window of its own: a background tab gets no animation frames.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  // Before the framework: failed assertions on DOM nodes are reported, not left to time out.
  testRunnerHtml: (framework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/helpers/reportable-failures.ts"></script><script type="module" src="${framework}"></script></body></html>`,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'json-summary'],
  },
  reporters: [defaultReporter(), countReporter()],
};
