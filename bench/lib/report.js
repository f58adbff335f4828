// The results as tables: printed to the terminal, written to BENCHMARKS.md, and kept
// as JSON in bench/results/latest.json for tracking.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetsMarkdown, CHECK_COMMAND, readBudgets } from '../../scripts/size-figures.js';

const number = (value, unit = '') => {
  if (value === undefined) return '—';
  const digits = Math.abs(value) < 100 ? 1 : 0;
  return `${value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })}${unit}`;
};
const times = (value) => (value === undefined ? '' : `${value.toFixed(2)}×`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const TIMING_HEAD = ['Workload', 'Candidate', 'Median', 'Min', 'Max', 'n', 'Ours ÷ this'];
const BUNDLE_HEAD = ['Scope', 'What the page loads', 'Files', 'Minified', 'gzip', 'brotli', 'Ours ÷ this (gzip)'];

function timingRows(timings) {
  return timings.map((row) => {
    const unit = row.unit === 'KB' ? ' KB' : ' ms';
    const stats = row.stats;
    if (!stats) return [row.title, row.label, `failed: ${row.error}`, '', '', '', ''];
    return [row.title, row.label, number(stats.median, unit), number(stats.min, unit), number(stats.max, unit), String(stats.n), row.ours ? 'ours' : times(row.ratio)];
  });
}

function bundleRows(bundle) {
  return bundle.map((row) =>
    row.missing
      ? [row.scope, row.label, row.missing, '', '', '', '']
      : [row.scope, row.label, String(row.files), kb(row.min), kb(row.gzip), kb(row.brotli), row.ours ? 'ours' : times(row.ratio)],
  );
}

function textTable(head, rows) {
  const widths = head.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable(head, rows) {
  const line = (row) => `| ${row.map((cell) => cell.replaceAll('|', '\\|').replaceAll('<', '&lt;')).join(' | ')} |`;
  return [line(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

export function printResults({ timings, bundle }) {
  if (bundle.length) console.log(`\n${textTable(BUNDLE_HEAD, bundleRows(bundle))}`);
  if (timings.length) console.log(`\n${textTable(TIMING_HEAD, timingRows(timings))}`);
}

const METHOD = `How it is measured (details in \`bench/README.md\` and the workload files):

- Ours is built from the working tree as \`npm run build\` builds it; the page loads the one-script
  bundle \`vagval-widgets.js\`. Every peer's page adapter is built by Vite (minified) from the same
  library modules whose size is reported. Bytes are per file, summed: minified, gzip -9, brotli 11.
- Headless Chromium (playwright-core), pages served from 127.0.0.1, 1280 × 800. Every repetition
  opens a fresh browser context and page, and waits a second after the candidate has loaded before
  anything is timed: for about half a second after loading, the renderer and the browser process
  still work on the load, which made a big-chart render 25-60 ms slower for every candidate.
  Candidates run interleaved: each repetition runs every workload for every candidate, in an order
  rotated from one repetition to the next.
- A render is timed from just before the candidate gets the data (JSON text, fetched beforehand) until
  it reports the render done (Lit elements: the \`updateComplete\` of each of the candidate's own elements, named by tag, through
  their shadow roots; our charts: every chart's graphics drawn) and two \`requestAnimationFrame\`s have passed, so the
  frame is painted. Parsing counts: peers \`JSON.parse\` the text, ours also validates it. Chart
  animations are off everywhere. "Start" runs from navigation (cold cache) to the same point.
- Big chart: five renders per repetition, each in a fresh page, each one sample. Ours builds its data
  table in the same render (1,001 rows of 7 cells, hidden until a reader opens it): the contract wants
  the table's data there as soon as the data is. Neither peer builds a table.
- "Main-thread CPU time" is the renderer main thread's CPU time over the same render (Chromium's
  \`ThreadTime\` metric over CDP, before and after). The wall time above also holds the time that
  thread waits for one of the two CPUs while the engine works in the background (compiling hot code,
  collecting garbage, raster) and other processes run.
- Every candidate's scripts have loaded before a render is timed. Ours starts with V8's compile hint
  \`//# allFunctionsCalledOnLoad\`, so its functions are compiled while it loads, where the peers'
  are compiled at their first call, inside the timed render. "Start" counts both ways in full.
- "First screen" rows: ours renders what is on screen first and the rest in steps (charts when idle,
  long lists in batches); peers render everything at once, so for them the first screen is the whole.
- Filter: five real keystrokes ("trygg") per repetition, each one sample, timed from the key event.
  "Next paint" stops when the first frame showing the result has been rendered (a task queued from
  that frame's rAF; for ours, the top of the list, which its first update brings up to date), "every
  item" when the whole list is up to date and painted. Update: five updates per repetition, each one
  sample.
- Memory: V8 plus Blink (DOM) heap, read over CDP after \`window.gc()\` and DevTools' full collection,
  once after every one of 20 rounds of mounting and removing the dashboard. Before them, 15 warm-up
  rounds (V8 keeps compiling hot code to faster tiers until then) and 10 rounds collected the same way,
  whose readings are not used (the first forced collections change what V8 keeps for every candidate,
  and its readings rise by 50-70 KB over them). Each round starts in a timer task, as a mount on a
  real page starts in a script or an event listener. The growth is the readings' trend
  per 20 rounds: the median of the slopes between every two readings (Theil–Sen), so the engines'
  occasional drops of a cache (100-300 KB) barely move it. The same for every candidate.
- Ratios are ours ÷ peer, of medians: below 1 means ours is faster or smaller. The peers' "all" rows
  are a chart library plus a card library; neither has a list or a feedback block.`;

const BUDGETS_TEXT = `\`npm test\` fails when a figure is over its CI budget: after the build, \`${CHECK_COMMAND}\`
measures dist/ as the table above does (gzip -9, file by file) against \`scripts/size-budgets.json\`.
A budget is the size reached plus about 2 %, lowered as the library shrinks; the target is issue #7's.
"Measured" is this run's.`;

/** Our rows that scripts/size-budgets.json budgets, with their budget and target. */
function budgetRows(bundle) {
  return Object.entries(readBudgets()).flatMap(([name, figure]) => {
    const row = bundle.find((other) => other.figure === name && other.gzip);
    return row ? [{ ...figure, gzip: row.gzip }] : [];
  });
}

/** Writes BENCHMARKS.md and bench/results/latest.json. */
export function writeResults(root, results) {
  const { machine: m, command, reps } = results;
  const markdown = `# Benchmarks

Written by \`${command}\` (\`npm run bench\`); regenerate rather than edit. Median, min and max over
${reps} repetitions.

Machine: ${m.cpus} CPUs (${m.cpu}), ${m.memoryGiB} GiB memory, Chromium ${m.chromium}, Node ${m.node}, ${m.date}.
The machine was shared with other jobs (tests and builds of teammates) during the run, so timings are noisy:
compare candidates within this run (they ran interleaved), not against other runs.

${METHOD}

## Bytes a page loads

${markdownTable(BUNDLE_HEAD, bundleRows(results.bundle))}

## Size budgets

${BUDGETS_TEXT}

${budgetsMarkdown(budgetRows(results.bundle))}

## Timings and memory

${markdownTable(TIMING_HEAD, timingRows(results.timings))}
${results.notes.length ? `\n## Notes\n\n${results.notes.map((note) => `- ${note}`).join('\n')}\n` : ''}`;
  writeFileSync(join(root, 'BENCHMARKS.md'), markdown);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
}
