// The README's CDN snippet is what web editors copy: its integrity hash must be that of the
// bundle this commit builds, or a browser would refuse the script. Run after `npm run build`.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test("the README's CDN snippet pins this version and carries the bundle's integrity hash", () => {
  const readme = readFileSync('README.md', 'utf8');
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const snippet = /<script type="module" src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"><\/script>/.exec(readme);
  assert.ok(snippet, 'README.md has a CDN snippet with an integrity attribute');
  const [, src, integrity] = snippet;
  assert.equal(src, `https://cdn.jsdelivr.net/npm/vagval-widgets@${version}/dist/vagval-widgets.js`);
  const built = `sha384-${createHash('sha384').update(readFileSync('dist/vagval-widgets.js')).digest('base64')}`;
  assert.equal(integrity, built, `README.md's snippet is stale: use the line \`npm run build\` prints (integrity="${built}")`);
});
