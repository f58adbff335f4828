// Every --vagval-* custom property the styles read is documented (@cssprop, so it is in the
// manifest), and every documented one is read somewhere: the theming docs cannot drift.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const source = sourceFiles('src').map((file) => readFileSync(file, 'utf8')).join('\n');
const used = new Set([...source.matchAll(/var\(\s*(--vagval-[a-z0-9-]+)/g)].map((match) => match[1]));

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const documented = new Set(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => declaration.cssProperties ?? [])
    .map((property) => property.name),
);

test('every --vagval-* custom property the styles read is documented', () => {
  assert.deepEqual([...used].filter((name) => !documented.has(name)).sort(), []);
});

test('every documented --vagval-* custom property is read by some style', () => {
  assert.deepEqual([...documented].filter((name) => !used.has(name)).sort(), []);
});

test('the example themes set only documented custom properties', () => {
  const themes = readdirSync('themes').filter((name) => name.endsWith('.css'));
  assert.ok(themes.length >= 3, 'two municipal themes and a high-contrast one');
  for (const file of themes) {
    const css = readFileSync(join('themes', file), 'utf8');
    const set = [...css.matchAll(/(--vagval-[a-z0-9-]+)\s*:/g)].map((match) => match[1]);
    assert.ok(set.length > 0, `${file} sets no tokens`);
    assert.deepEqual(set.filter((name) => !documented.has(name)), [], file);
  }
});
