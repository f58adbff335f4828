// What a page loads, in bytes (minified, gzip, brotli), for our bundle and its parts
// against each peer's equivalent. Peers are built by Vite from the same modules their
// adapters use; our parts from tsc's per-module output in dist/, as a bundler user gets
// them (paths under dist/ are read from the run's own build of ours, bench/.build/package).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_ELEMENTS } from '../../scripts/size-figures.js';
import { entrySizes, fileSizes } from '../lib/build.js';

const ours = (name) => `dist/elements/${name}/define.js`;
const CHARTJS = 'bench/bundles/chartjs-line.js';
const HIGHCHARTS = 'bench/bundles/highcharts-a11y.js';
const SL_CARD = 'bench/bundles/sl-card.js';
const WA_CARD = 'bench/bundles/wa-card.js';

const BUILDS = [
  // `figure` names the rows that scripts/size-budgets.json budgets (see the report's "Size budgets").
  { scope: 'all', label: 'vagval-widgets.js, the one script (every element)', ours: true, figure: 'all', file: 'dist/vagval-widgets.js' },
  { scope: 'all', label: 'Chart.js line + Shoelace card', entries: [CHARTJS, SL_CARD] },
  { scope: 'all', label: 'Highcharts + accessibility + Web Awesome card', entries: [HIGHCHARTS, WA_CARD] },
  {
    scope: 'no charts',
    label: 'vagval core without charts: provider, cards, grid, list, feedback',
    ours: true,
    figure: 'core',
    entries: CORE_ELEMENTS.map(ours),
  },
  // After the core row: the scope's ratios are against the first row of ours.
  { scope: 'no charts', label: 'Shoelace card + theme', entries: [SL_CARD] },
  { scope: 'no charts', label: 'Web Awesome card + theme', entries: [WA_CARD] },
  { scope: 'card', label: '<vagval-area-card> alone', ours: true, entries: [ours('area-card')] },
  { scope: 'card', label: 'Shoelace card + theme', entries: [SL_CARD] },
  { scope: 'card', label: 'Web Awesome card + theme', entries: [WA_CARD] },
  { scope: 'line chart', label: '<vagval-goal-chart> alone', ours: true, entries: [ours('goal-chart')] },
  { scope: 'line chart', label: 'Chart.js line, tree-shaken', entries: [CHARTJS] },
  { scope: 'line chart', label: 'Highcharts + accessibility', entries: [HIGHCHARTS] },
];

async function measure({ root, packageDir }, build, index) {
  const { file, entries = [], ...row } = build;
  const resolve = (path) => join(path.startsWith('dist/') ? packageDir : root, path);
  const missing = [file, ...entries].filter((path) => path && !existsSync(resolve(path)));
  if (missing.length) return { ...row, missing: `not built yet: ${missing.join(', ')}` };
  if (file) return { ...row, ...fileSizes(resolve(file)) };
  // One generated entry importing the modules, as a page's own bundle would.
  const dir = join(root, 'bench/.build/entries');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, `bundle-${index}.js`);
  writeFileSync(entry, entries.map((path) => `import ${JSON.stringify(resolve(path))};\n`).join(''));
  return { ...row, ...(await entrySizes(root, entry)) };
}

export default {
  name: 'bundle',
  /** @param paths - { root, packageDir }: the repository and the snapshot holding dist/. */
  async sizes(paths) {
    const rows = [];
    for (const [index, build] of BUILDS.entries()) rows.push(await measure(paths, build, index));
    return rows;
  },
};
