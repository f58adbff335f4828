// The npm tarball (`npm pack --dry-run`) holds exactly what users need: the modules with their
// types, the one-script bundle, the schema, the manifest, VS Code's data, the CLI,
// the example themes and the docs files npm always adds. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { before, test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// What may be in the tarball. Source maps are left out on purpose: tsc's point at src/*.ts,
// which is not shipped, and the modules are readable ES2022 without them.
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^custom-elements\.json$/,
  /^bin\/[\w-]+\.js$/,
  /^themes\/[\w-]+\.css$/,
  /^dist\/schema\.json$/,
  /^dist\/vscode\.html-custom-data\.json$/,
  /^dist\/[\w/.-]+\.js$/,
  /^dist\/[\w/.-]+\.d\.ts$/,
];

/** @type {Set<string>} */
let packed;

before(() => {
  assert.ok(existsSync('dist/index.js'), 'dist/ is missing: run `npm run build` first');
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
  packed = new Set(JSON.parse(output)[0].files.map((file) => file.path));
});

/** Relative module specifiers in a built file: static imports and exports, dynamic imports (the minifier quotes with backticks), `import('...')` types. */
function relativeImports(path) {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(["'`])(\.\.?\/[^"'`]+)\1/g)].map((match) => match[2]);
}

/** The packed file a relative specifier of `from` names: a `.js` specifier of a `.d.ts` file means its `.d.ts`. */
function resolveImport(from, specifier) {
  const target = posix.normalize(posix.join(posix.dirname(from), specifier));
  return from.endsWith('.d.ts') ? target.replace(/\.js$/, '.d.ts') : target;
}

/** Every file reachable from `entry` by relative imports. */
function closure(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const path = queue.pop();
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    queue.push(...relativeImports(path).map((specifier) => resolveImport(path, specifier)));
  }
  return seen;
}

/** The source files under `dir`, recursively, as paths relative to the repo root. */
function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => posix.join(entry.parentPath, entry.name));
}

test('the tarball holds nothing but what users need', () => {
  const unexpected = [...packed].filter((path) => !ALLOWED.some((pattern) => pattern.test(path)));
  assert.deepEqual(unexpected, []);
});

test('every built module comes from src/ or is a chunk of the bundle (no tests, stories or bench)', () => {
  const bundle = closure('dist/vagval-widgets.js');
  const stray = [...packed].filter((path) => {
    if (!path.startsWith('dist/') || !/\.(js|d\.ts)$/.test(path) || bundle.has(path)) return false;
    return !existsSync(path.replace(/^dist\//, 'src/').replace(/\.(js|d\.ts)$/, '.ts'));
  });
  assert.deepEqual(stray, []);
});

test('every module of src/ is packed with its types', () => {
  const missing = sourceFiles('src').flatMap((source) => {
    const base = source.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
    return [`${base}.js`, `${base}.d.ts`].filter((path) => !packed.has(path));
  });
  assert.deepEqual(missing, []);
});

test("every relative import of a packed module or type file resolves inside the tarball, the bundle's chunks too", () => {
  const broken = [];
  for (const path of packed) {
    if (!/\.(js|d\.ts)$/.test(path)) continue;
    for (const specifier of relativeImports(path)) {
      const target = resolveImport(path, specifier);
      if (!packed.has(target)) broken.push(`${path} → ${specifier}`);
    }
  }
  assert.deepEqual(broken, []);
});

test('every exports target, types path, bin and manifest in package.json is packed', () => {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements, ...Object.values(pkg.bin)];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    if (!subpath.includes('*')) {
      targets.push(...paths);
      continue;
    }
    // A pattern export: each element folder with a define module fills the `*`.
    const names = readdirSync('src/elements').filter((name) => existsSync(`src/elements/${name}/define.ts`));
    assert.ok(names.length > 0);
    for (const name of names) targets.push(...paths.map((path) => path.replace('*', name)));
  }
  const missing = targets.map((target) => posix.normalize(target)).filter((path) => !packed.has(path));
  assert.deepEqual(missing, []);
});

test('the schema, VS Code data, README, licence and every example theme are packed', () => {
  const themes = readdirSync('themes').filter((name) => name.endsWith('.css')).map((name) => `themes/${name}`);
  assert.ok(themes.length >= 3);
  for (const path of ['dist/schema.json', 'dist/vscode.html-custom-data.json', 'README.md', 'LICENSE', 'package.json', ...themes]) {
    assert.ok(packed.has(path), `${path} is not in the tarball`);
  }
});
