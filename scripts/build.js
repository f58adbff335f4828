// npm run build: the module build with types (tsc), the one-script bundle (vite) and its chunks,
// the JSON Schema, VS Code's custom data, and a size and integrity report for the bundle.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleFiles } from './bundle-files.js';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('vite'), ['build', '--logLevel', 'warn']);
run(process.execPath, ['scripts/write-schema.js']);
run(process.execPath, ['scripts/write-vscode-data.js']);

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const cdn = `https://cdn.jsdelivr.net/npm/vagval-widgets@${version}/`;
const [entry, ...chunks] = bundleFiles('dist/vagval-widgets.js').map((path) => {
  const content = readFileSync(path);
  return {
    path: relative('.', path),
    integrity: `sha384-${createHash('sha384').update(content).digest('base64')}`,
    size: `${(content.length / 1024).toFixed(1)} KB, ${(gzipSync(content, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`,
  };
});

console.log(`${entry.path}: ${entry.size} (every page)`);
for (const chunk of chunks) console.log(`${chunk.path}: ${chunk.size} (loaded by the bundle when a chart is on the page)`);
console.log(`CDN snippet:\n<script type="module" src="${cdn}${entry.path}" integrity="${entry.integrity}" crossorigin="anonymous"></script>`);
if (chunks.length) {
  console.log(
    'The integrity attribute covers the bundle only. The bundle imports its chunks from the same pinned-version folder, ' +
      'by names that carry a hash of their content. To have the browser check them too, add an import map before the script ' +
      "(inline, so a strict CSP needs its 'sha256-…' in script-src):",
  );
  const integrity = Object.fromEntries(chunks.map((chunk) => [`${cdn}${chunk.path}`, chunk.integrity]));
  console.log(`<script type="importmap">${JSON.stringify({ integrity })}</script>`);
}
