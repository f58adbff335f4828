// The `vagval-widgets/data` entry, the JSON Schema and the CLI, in plain Node.js (no DOM).
// Needs a build first: npx tsc -p tsconfig.build.json && node scripts/write-schema.js
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goalStatus, parseStrategy, periodToYear, StrategySchema } from '../../dist/data/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name) => readFileSync(join(root, 'test/fixtures', name), 'utf8');
const cli = (...args) => spawnSync(process.execPath, [join(root, 'bin/vagval-widgets.js'), ...args], { encoding: 'utf8' });

test('the data entry runs without any DOM global', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof StrategySchema, 'object');
});

test('parseStrategy accepts the minimal fixture, as text and as an object', () => {
  const text = fixture('minimal-strategy.json');
  const fromText = parseStrategy(text);
  assert.equal(fromText.ok, true);
  assert.equal(fromText.value.areas[0].id, 'hallbar-valfard');
  assert.deepEqual(parseStrategy(JSON.parse(text)), fromText);
});

test('parseStrategy reports the invalid fixture with paths and messages', () => {
  const result = parseStrategy(fixture('invalid-strategy.json'));
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.issues.map((issue) => issue.path),
    ['areas[0].color', 'areas[0].goals[0].series[0].value', 'areas[0].goals[0].series[1].period', 'areas[1].title'],
  );
  assert.match(result.issues[1].message, /^expected a number, got the text "61,5"/);
});

test('parseStrategy never throws', () => {
  const cyclic = { version: 1 };
  cyclic.self = cyclic;
  for (const input of [undefined, null, 0, 'nope', '{', [], cyclic, Symbol('x')]) {
    const result = parseStrategy(input);
    assert.equal(result.ok, false);
    assert.ok(result.issues.length > 0);
  }
});

test('goalStatus and periodToYear work', () => {
  const goal = { id: 'g', title: 'G', target: { value: 80, period: 2030 }, series: [{ period: 2019, value: 60 }, { period: 2020, value: 65 }] };
  assert.equal(goalStatus(goal, 2025), 'on-track');
  assert.equal(goalStatus({ ...goal, status: 'at-risk' }, 2025), 'at-risk');
  assert.equal(goalStatus({ id: 'g', title: 'G' }), 'no-data');
  assert.equal(periodToYear('2023-07'), 2023.5);
});

test('dist/schema.json is a draft-07 JSON Schema of the format', () => {
  const schema = JSON.parse(readFileSync(join(root, 'dist/schema.json'), 'utf8'));
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.ok(schema.$id && schema.title && schema.description);
  assert.equal(schema.type, 'object');
  assert.deepEqual(schema.required, ['version', 'title', 'areas']);
  for (const key of ['version', 'organization', 'title', 'lang', 'updated', 'updatedBy', 'feedback', 'areas', 'initiatives']) {
    assert.ok(key in schema.properties, key);
  }
  assert.deepEqual(schema.properties.version, { const: 1 });
  // Reusable parts live under draft-07's `definitions`, and every $ref resolves.
  const refs = JSON.stringify(schema).match(/"\$ref":"[^"]+"/g) ?? [];
  assert.ok(refs.length > 0);
  for (const ref of refs) {
    const [, name] = /#\/definitions\/(\w+)/.exec(ref) ?? [];
    assert.ok(name && schema.definitions[name], ref);
  }
  const { Area, Goal, Initiative, Period } = schema.definitions;
  assert.deepEqual(Area.required, ['id', 'title']);
  assert.deepEqual(Goal.required, ['id', 'title']);
  assert.deepEqual(Initiative.required, ['id', 'title', 'areas']);
  assert.ok(Area.properties.color.pattern, 'colours have a pattern');
  assert.ok(Period.anyOf.some((option) => option.type === 'string' && option.pattern), 'periods have a pattern');
});

test('the CLI', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vagval-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const valid = join(dir, 'valid.json');
  const invalid = join(dir, 'invalid.json');
  writeFileSync(valid, fixture('minimal-strategy.json'));
  writeFileSync(invalid, fixture('invalid-strategy.json'));

  await t.test('exits 0 when every file is valid', () => {
    const run = cli('validate', valid, valid);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
  });

  await t.test('exits 1 with one FILE: path: message line per issue', () => {
    const run = cli('validate', valid, invalid);
    assert.equal(run.status, 1);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 4);
    assert.equal(lines[0], `${invalid}: areas[0].color: expected a colour like "#00594f" or "#05f", got the text "red"`);
    for (const line of lines) assert.match(line, new RegExp(`^${invalid.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}: [\\w.[\\]]+: .+`));
  });

  await t.test('reports an unreadable file and invalid JSON at (root)', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"version": 1,}');
    const run = cli('validate', join(dir, 'missing.json'), broken);
    assert.equal(run.status, 1);
    assert.deepEqual(run.stdout.trim().split('\n'), [
      `${join(dir, 'missing.json')}: (root): cannot read the file: there is no such file`,
      `${broken}: (root): this is not valid JSON: line 1, column 15: a comma before "}" is not allowed in JSON; remove the last comma`,
    ]);
  });

  await t.test('exits 2 with usage for a wrong command, 0 for --help', () => {
    for (const args of [[], ['check', valid], ['validate']]) {
      const run = cli(...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /Usage: vagval-widgets validate FILE/);
    }
    const help = cli('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: vagval-widgets validate FILE/);
  });
});
