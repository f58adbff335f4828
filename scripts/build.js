// npm run build: the module build with types (tsc), the one-script bundle (vite),
// the JSON Schema, VS Code's custom data, and a size and integrity report for the bundle.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundleFiles } from './bundle-files.js';
import { minifyCssLiteralsInDir } from './minify-css-literals.js';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
// The modules for bundler users get their CSS minified, as the one-script bundle does (vite.config.ts).
minifyCssLiteralsInDir('dist');
run(bin('vite'), ['build', '--logLevel', 'warn']);
run(process.execPath, ['scripts/write-schema.js']);
run(process.execPath, ['scripts/write-vscode-data.js']);

const BUNDLE = 'dist/vagval-widgets.js';
const bundle = readFileSync(BUNDLE);
// A single file: the one-script bundle must not grow chunks, or the integrity hash below would
// cover only part of the code a page runs.
const imports = bundleFiles(BUNDLE).slice(1);
if (imports.length) throw new Error(`${BUNDLE} imports ${imports.join(', ')}: it must be one file.`);

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
console.log(`${BUNDLE}: ${(bundle.length / 1024).toFixed(1)} KB, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`);
console.log(`CDN snippet:\n<script type="module" src="https://cdn.jsdelivr.net/npm/vagval-widgets@${version}/${BUNDLE}" integrity="${integrity}" crossorigin="anonymous"></script>`);
