// npm test: every check CI runs, in order, then one "N passed, N failed" line for all tests.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { findChromium, NO_CHROMIUM_MESSAGE } from './find-chromium.js';

const failures = [];
const totals = { passed: 0, failed: 0 };

function step(name, command, args, { capture = false } = {}) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
  if (capture) process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) failures.push(name);
  return result;
}

const bin = (name) => `node_modules/.bin/${name}`;

// The committed manifest must be what the analyzer writes from today's source.
const readManifest = () => {
  try {
    return readFileSync('custom-elements.json', 'utf8');
  } catch {
    return '';
  }
};
const committed = readManifest();
step('custom-elements.json is up to date', bin('cem'), ['analyze', '--quiet']);
if (readManifest() !== committed) {
  console.error('custom-elements.json was stale. It has been regenerated now: review and commit it.');
  failures.push('custom-elements.json is up to date');
}

step('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('lint (eslint)', bin('eslint'), ['.']);
// Its CSS property list predates @container, forced-color-adjust and content-visibility; and class
// modules define no tags on purpose (define.ts does), so "missing import" of a tag is expected.
step('lint (lit-analyzer)', bin('lit-analyzer'), ['--strict', '--rules.no-invalid-css', 'off', '--rules.no-missing-import', 'off', 'src']);
step('build', process.execPath, ['scripts/build.js']);
step('size budgets', process.execPath, ['scripts/check-size.js']);
// The node tests open every story of the static build in Chromium.
step('build Storybook', 'npm', ['run', '-s', 'build-storybook']);

const node = step('node tests', process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=.node-test.tap', 'test/node/']);
try {
  const tap = readFileSync('.node-test.tap', 'utf8');
  totals.passed += Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
  totals.failed += Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
  rmSync('.node-test.tap');
} catch {
  if (node.status !== 0) totals.failed++;
}

if (!findChromium()) {
  console.error(`\n${NO_CHROMIUM_MESSAGE}`);
  failures.push('browser tests (no Chromium)');
} else {
  rmSync('.wtr-summary.json', { force: true });
  step('browser tests', bin('wtr'), ['--coverage']);
  try {
    const summary = JSON.parse(readFileSync('.wtr-summary.json', 'utf8'));
    totals.passed += summary.passed;
    totals.failed += summary.failed + summary.erroredFiles;
  } catch {
    totals.failed++;
  }
}

console.log(failures.length ? `\nFailed: ${failures.join(', ')}` : '\nAll checks passed.');
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failures.length ? 1 : 0);
