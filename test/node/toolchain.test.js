// Checks of the package's own setup that a new user would trip over.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('the VERSION constant matches package.json', async () => {
  const { VERSION } = await import('../../dist/version.js');
  assert.equal(VERSION, pkg.version);
});

test('without a browser, the test runner says so and how to install one', () => {
  const result = spawnSync(process.execPath, ['-e', "import('./web-test-runner.config.js')"], {
    env: { ...process.env, CHROME_PATH: '/nonexistent/chrome' },
    encoding: 'utf8',
  });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /No Chromium or Chrome was found/);
  assert.match(result.stderr, /apt-get install -y chromium/);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
});

test('every export in package.json points at a built file', async () => {
  const { existsSync } = await import('node:fs');
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (subpath.includes('*')) continue;
    const file = typeof target === 'string' ? target : target.default;
    assert.ok(existsSync(file), `${subpath} → ${file} is missing`);
  }
  assert.ok(existsSync(pkg.bin['vagval-widgets']));
  assert.equal(pkg.customElements, 'custom-elements.json');
});

test("VS Code's custom data lists every element of the manifest with its attributes", () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const data = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
  assert.deepEqual(data.tags.map((tag) => tag.name), elements.map((element) => element.tagName).sort());
  for (const element of elements) {
    const tag = data.tags.find((candidate) => candidate.name === element.tagName);
    assert.deepEqual(tag.attributes.map((attribute) => attribute.name).sort(), (element.attributes ?? []).map((attribute) => attribute.name).sort());
  }
});
