// The files a page loads for a built ES module: the module and, transitively, every module it
// imports by a relative specifier, statically or with import() (chunks next to it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Minified output quotes specifiers with ", ' or ` (template literals in import()).
const RELATIVE_IMPORT = /(?:\bimport|\bfrom)\s*\(?\s*(["'`])(\.\.?\/[^"'`]+)\1/g;

/** Paths of `entry` and every module it reaches, entry first. */
export function bundleFiles(entry) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const [, , specifier] of readFileSync(path, 'utf8').matchAll(RELATIVE_IMPORT)) visit(join(path, '..', specifier));
  };
  visit(entry);
  return [...seen];
}
