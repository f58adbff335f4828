// scripts/check-size.js on a made-up dist/ (a bundle importing a second file), with budgets in KB.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-size-'));
  // Random text does not compress: each file is about 1.5 KB gzipped.
  const filler = () => JSON.stringify(randomBytes(1500).toString('base64'));
  writeFileSync(join(dir, 'vagval-widgets.js'), `export const a = ${filler()};\nexport const load = () => import(\`./vagval-widgets-charts-x1.js\`);\n`);
  writeFileSync(join(dir, 'vagval-widgets-charts-x1.js'), `export const b = ${filler()};\n`);
});
after(() => rmSync(dir, { recursive: true, force: true }));

function checkSize(budgets) {
  const file = join(dir, 'budgets.json');
  const figures = Object.fromEntries(Object.entries(budgets).map(([name, budget]) => [name, { what: `figure ${name}`, budget, target: 1 }]));
  writeFileSync(file, JSON.stringify({ figures }));
  return spawnSync(process.execPath, ['scripts/check-size.js', '--budgets', file, '--dist', dir], { encoding: 'utf8' });
}

test('within budget: exit 0, and "all" counts any file the bundle imports too', () => {
  const result = checkSize({ all: 10 });
  assert.equal(result.status, 0, result.stderr);
  const all = Number(/^figure all\s+([\d.]+) KB/m.exec(result.stdout)?.[1]);
  assert.ok(all > 2.5 && all < 4, result.stdout);
});

test('over budget: exit 1, naming the figure, its size and by how much it is over', () => {
  const result = checkSize({ all: 2 });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^Over budget: figure all is \d+\.\d KB gzipped, \d+\.\d KB \(\d+ bytes\) over its CI budget of 2\.0 KB \("all" in .*budgets\.json\)\.$/m);
});

test('a budgets file naming a figure it cannot measure is an error', () => {
  const result = checkSize({ everything: 10 });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /no way to measure "everything"/);
});
