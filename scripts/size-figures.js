// The size figures that CI holds to budgets (scripts/size-budgets.json) and BENCHMARKS.md reports,
// measured the way the bench measures them (bench/lib/build.js): gzip -9, file by file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entrySizes, fileSizes } from '../bench/lib/build.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUDGETS_FILE = join(ROOT, 'scripts/size-budgets.json');
export const CHECK_COMMAND = 'node scripts/check-size.js';

/** The elements a page without charts uses, whose define modules make up the "core" figure. */
export const CORE_ELEMENTS = ['strategy', 'area-card', 'area-grid', 'initiative-list', 'feedback'];

/** gzip bytes of one figure, from a dist/ folder as `npm run build` writes it. */
const MEASURES = {
  all: (dist) => fileSizes(join(dist, 'vagval-widgets.js')).gzip,
  // A bundler user's view: one module importing the tsc-built define modules, bundled by Vite.
  core: async (dist) => {
    const dir = mkdtempSync(join(tmpdir(), 'vagval-size-'));
    try {
      const entry = join(dir, 'core.js');
      writeFileSync(entry, CORE_ELEMENTS.map((name) => `import ${JSON.stringify(resolve(dist, 'elements', name, 'define.js'))};\n`).join(''));
      return (await entrySizes(ROOT, entry)).gzip;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** The budgets file: `{ figures: { all: { what, budget, target }, … } }`, budgets and targets in KB. */
export function readBudgets(file = BUDGETS_FILE) {
  const { figures } = JSON.parse(readFileSync(file, 'utf8'));
  for (const [name, figure] of Object.entries(figures)) {
    if (!MEASURES[name]) throw new Error(`${file}: no way to measure "${name}" (known: ${Object.keys(MEASURES).join(', ')})`);
    if (!(figure.budget > 0) || !(figure.target > 0)) throw new Error(`${file}: "${name}" needs a budget and a target in KB`);
  }
  return figures;
}

/** Each figure of `figures` measured in `dist`: `{ name, what, budget, target, gzip }` (gzip in bytes). */
export async function measureFigures(figures, dist) {
  const rows = [];
  for (const [name, figure] of Object.entries(figures)) rows.push({ name, ...figure, gzip: await MEASURES[name](dist) });
  return rows;
}

export const kb = (bytes) => bytes / 1024;
const format = (value) => `${value.toFixed(1)} KB`;

/** By how many KB a row is over its budget (0 when within it). */
export const overBy = (row) => Math.max(0, kb(row.gzip) - row.budget);

/** The rows as a Markdown table, for BENCHMARKS.md. */
export function budgetsMarkdown(rows) {
  const lines = rows.map((row) => `| ${row.what} | ${format(row.target)} | ${format(row.budget)} | ${format(kb(row.gzip))} |`);
  return ['| Figure (gzip -9) | Issue #7 target | CI budget | Measured |', '|---|---|---|---|', ...lines].join('\n');
}
