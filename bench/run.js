#!/usr/bin/env node
// npm run bench: builds every candidate, runs the workloads interleaved across them in
// headless Chromium over N repetitions (fresh page each time), then prints the medians
// with min and max and the ratios ours ÷ peer, and writes BENCHMARKS.md and
// bench/results/latest.json.
// Usage: node bench/run.js [--reps N] [--only workload[,workload…]]
// A candidate is bench/candidates/<name>.js (what it renders, per workload it supports);
// a workload is bench/workloads/<name>.js.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launch, openPage } from './lib/browser.js';
import { buildAdapters, buildOurs } from './lib/build.js';
import { prepareData } from './lib/data.js';
import { machine } from './lib/machine.js';
import { printResults, writeResults } from './lib/report.js';
import { serve } from './lib/serve.js';
import { ratio, summarize } from './lib/stats.js';

const MEASURE_TIMEOUT_MS = 300_000;
const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({ options: { reps: { type: 'string', default: '7' }, only: { type: 'string' } } });
const reps = Number(args.reps);
if (!Number.isInteger(reps) || reps < 1) throw new Error(`--reps must be a whole number ≥ 1, not ${args.reps}`);
// A quick look (fewer repetitions, some workloads) is printed but does not replace the report.
const report = reps >= 7 && !args.only;
if (!report) console.warn('A quick look: the results are printed, BENCHMARKS.md and bench/results/latest.json stay as they are.');

const workloads = await loadWorkloads(args.only?.split(','));
const notes = [];
const data = prepareData(root);
console.log('Building ours and the candidates…');
const packageDir = await buildOurs(root);
const adapterNames = await buildAdapters(root, join(root, 'bench/.build/pages'));
const server = await serve({ '/bench/': join(root, 'bench'), '/dist/': join(packageDir, 'dist') });
const browser = await launch();

try {
  const candidates = await describeCandidates(adapterNames);
  const sizer = workloads.find((workload) => workload.sizes);
  const bundle = sizer ? withRatios(await sizer.sizes({ root, packageDir }), (row) => row.scope, (row) => row.gzip && { median: row.gzip }) : [];
  const timings = await runTimed(workloads.filter((workload) => workload.measure), candidates);
  const command = ['node', 'bench/run.js', ...process.argv.slice(2)].join(' ');
  const results = { command, reps, machine: machine(browser.version()), bundle, timings, notes };
  printResults(results);
  for (const note of notes) console.log(`Note: ${note}`);
  if (report) {
    writeResults(root, results);
    console.log('\nWrote BENCHMARKS.md and bench/results/latest.json');
  }
} finally {
  await browser.close();
  server.close();
  // The builds are only for this run, and `eslint .` would lint them.
  rmSync(join(root, 'bench/.build'), { recursive: true, force: true });
}

async function loadWorkloads(only) {
  const dir = join(root, 'bench/workloads');
  const all = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js')).sort()) {
    all.push((await import(pathToFileURL(join(dir, file)))).default);
  }
  const unknown = only?.filter((name) => !all.some((workload) => workload.name === name)) ?? [];
  if (unknown.length) throw new Error(`Unknown workload ${unknown.join(', ')}; there are ${all.map((w) => w.name).join(', ')}`);
  return only ? all.filter((workload) => only.includes(workload.name)) : all;
}

/** Loads each adapter once: its label, whether it is ours, and which functions it offers. */
async function describeCandidates(names) {
  const candidates = [];
  for (const name of names) {
    let opened;
    try {
      opened = await openPage(browser, server.url, name);
      const info = await opened.page.evaluate(() => {
        const { adapter } = window.bench;
        return { label: adapter.label ?? '', ours: adapter.ours === true, offers: Object.keys(adapter) };
      });
      candidates.push({ name, ...info });
    } catch (error) {
      notes.push(`Candidate ${name} did not load, so it is left out: ${error.message}`);
    } finally {
      await opened?.close();
    }
  }
  // Ours first in every table.
  return candidates.sort((a, b) => Number(b.ours) - Number(a.ours));
}

async function measureOnce(workload, candidate) {
  let opened;
  const open = async (params) => {
    // A workload that opens another page is done with the one before.
    await opened?.close();
    opened = await openPage(browser, server.url, candidate.name, params);
    return opened.page;
  };
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result within ${MEASURE_TIMEOUT_MS / 1000} s`)), MEASURE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([workload.measure({ open, data }), timeout]);
  } catch (error) {
    const pageErrors = opened?.errors.length ? ` (page: ${opened.errors.join('; ')})` : '';
    throw new Error(`${error.message.split('\n')[0].replace(/^page\.\w+: (Error: )?/, '')}${pageErrors}`);
  } finally {
    clearTimeout(timer);
    await opened?.close();
  }
}

/** Every repetition runs every workload once per candidate, the candidates in rotated order. */
async function runTimed(timed, candidates) {
  const samples = new Map(); // `${workload}/${candidate}` → { metric: numbers }
  const failed = new Map(); // `${workload}/${candidate}` → message
  const entrants = (workload) => candidates.filter((c) => workload.needs.every((name) => c.offers.includes(name)));
  for (let rep = 0; rep < reps; rep++) {
    for (const workload of timed) {
      const list = entrants(workload);
      for (const candidate of [...list.slice(rep % list.length), ...list.slice(0, rep % list.length)]) {
        const key = `${workload.name}/${candidate.name}`;
        if (failed.has(key)) continue;
        try {
          const result = await measureOnce(workload, candidate);
          const stored = samples.get(key) ?? {};
          for (const [metric, value] of Object.entries(result)) stored[metric] = [...(stored[metric] ?? []), ...[value].flat()];
          samples.set(key, stored);
          const shown = Object.entries(result).map(([metric, value]) => `${metric} ${[value].flat().map((v) => v.toFixed(1)).join('/')}`);
          console.log(`rep ${rep + 1}/${reps}  ${workload.name}  ${candidate.name}  ${shown.join('  ')}`);
        } catch (error) {
          failed.set(key, error.message);
          notes.push(`${candidate.label} failed in ${workload.name}, repetition ${rep + 1}, and was skipped from then on: ${error.message}`);
          console.log(`rep ${rep + 1}/${reps}  ${workload.name}  ${candidate.name}  FAILED: ${error.message}`);
        }
      }
    }
  }
  const rows = [];
  for (const workload of timed) {
    if (!entrants(workload).some((c) => c.ours)) notes.push(`Workload ${workload.name}: no candidate of ours offers ${workload.needs.join(', ')} yet.`);
    for (const [metric, title] of Object.entries(workload.rows)) {
      const group = entrants(workload).map((candidate) => {
        const key = `${workload.name}/${candidate.name}`;
        const values = samples.get(key)?.[metric];
        const base = { workload: workload.name, metric, title, unit: workload.unit ?? 'ms', candidate: candidate.name, label: candidate.label, ours: candidate.ours };
        return values ? { ...base, stats: summarize(values), samples: values } : { ...base, error: failed.get(key) ?? 'no samples' };
      });
      rows.push(...withRatios(group, () => metric, (row) => row.stats));
    }
  }
  return rows;
}

/** Adds ours ÷ this to every peer row, within groups of rows that compare the same thing. */
function withRatios(rows, groupOf, statsOf) {
  return rows.map((row) => {
    const ours = rows.find((other) => other.ours && groupOf(other) === groupOf(row) && statsOf(other));
    return row.ours || !ours || !statsOf(row) ? row : { ...row, ratio: ratio(statsOf(ours), statsOf(row)) };
  });
}
