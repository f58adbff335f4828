// The results as tables: printed to the terminal, written to BENCHMARKS.md, and kept
// as JSON in bench/results/latest.json for tracking.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

const METHOD = `How it is measured: \`bench/run.js\` builds every candidate's page adapter with Vite (minified),
serves \`bench/\` and \`dist/\` from 127.0.0.1 and drives headless Chromium with playwright-core. Every
repetition opens a fresh browser context and page; candidates run interleaved (all workloads and candidates
once per repetition, the candidate order rotated each time). A render is timed from just before the
candidate is handed the data (as JSON text, fetched beforehand) until the candidate reports it done (for
Lit elements: every element's \`updateComplete\`, through shadow roots; for our charts, every chart drawn)
and then two \`requestAnimationFrame\`s have passed, so the frame is painted. Parsing is inside the time:
peers \`JSON.parse\` the text, ours also validates it. Animations are off for every chart. "Start" runs from
navigation (cold cache) to the same point. Filter samples are single keystrokes typed with
\`page.keyboard\` into the search box ("trygg", five keys), timed from the key event; "next paint" stops
when the frame showing the filtered list has been rendered (a task queued from that frame's rAF), "painted"
one frame later. Memory is V8 plus Blink (DOM) heap, read over CDP after \`window.gc()\`. Ratios are
ours ÷ peer, of medians: below 1 means ours is faster or smaller.`;

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

## Timings and memory

${markdownTable(TIMING_HEAD, timingRows(results.timings))}
${results.notes.length ? `\n## Notes\n\n${results.notes.map((note) => `- ${note}`).join('\n')}\n` : ''}`;
  writeFileSync(join(root, 'BENCHMARKS.md'), markdown);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
}
