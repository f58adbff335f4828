// The builds: ours (as npm run build makes it), the candidates' page adapters (one Vite
// build, so stacks share their libraries as a real site's bundle would) and the
// library-only entries whose size the bundle workload reports, each from an in-memory config.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundleFiles } from '../../scripts/bundle-files.js';
import { minifyCssLiteralsInDir } from '../../scripts/minify-css-literals.js';

// Our adapter loads the real one-script bundle from /dist, as a CMS page does.
const OUR_BUNDLE = '/dist/vagval-widgets.js';

function config(root, input, outDir, write) {
  return {
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      write,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      rolldownOptions: {
        input,
        external: [OUR_BUNDLE],
        preserveEntrySignatures: 'strict',
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
}

/** Builds every bench/candidates/*.js into outDir (one module per candidate). */
export async function buildAdapters(root, outDir) {
  const dir = join(root, 'bench/candidates');
  const input = Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => [file.slice(0, -3), join(dir, file)]),
  );
  await build(config(root, input, outDir, true));
  return Object.keys(input);
}

/** Minified, gzip and brotli bytes of a set of files' contents, and how many files. */
function sizes(contents) {
  // Compressed per file, as a server sends them.
  const sum = (compress) => contents.reduce((total, text) => total + compress(Buffer.from(text)).length, 0);
  return {
    min: sum((b) => b),
    gzip: sum((b) => gzipSync(b, { level: 9 })),
    brotli: sum((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
    files: contents.length,
  };
}

/** Sizes of what a page loads for an entry module: its chunks and any CSS Vite splits out. */
export async function entrySizes(root, entry) {
  const [result] = [await build(config(root, { entry }, join(root, 'bench/.build/sizes'), false))].flat();
  return sizes(result.output.map((file) => (file.type === 'chunk' ? file.code : file.source)));
}

/** Sizes of a built ES module with every chunk it imports, read from disk. */
export function fileSizes(file) {
  return sizes(bundleFiles(file).map((path) => readFileSync(path, 'utf8')));
}

/**
 * Builds our package as `npm run build` does (tsc's per-module output, then Vite's
 * one-script bundle from vite.config.ts) into bench/.build/package/dist, next to a copy
 * of package.json, whose sideEffects list bundlers read. Building here rather than in
 * dist/ keeps a concurrent build in the same tree from changing what is measured.
 */
export async function buildOurs(root) {
  const target = join(root, 'bench/.build/package');
  const outDir = join(target, 'dist');
  rmSync(target, { recursive: true, force: true });
  const tsc = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json', '--outDir', outDir, '--declaration', 'false', '--sourceMap', 'false'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (tsc.status !== 0) console.warn('tsc reported errors; measuring what it emitted.');
  minifyCssLiteralsInDir(outDir);
  await build({ configFile: join(root, 'vite.config.ts'), root, logLevel: 'warn', build: { outDir, sourcemap: false } });
  copyFileSync(join(root, 'package.json'), join(target, 'package.json'));
  return target;
}
