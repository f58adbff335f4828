// Test routes for loading strategy files: a delayed or failing file (or a document given in the
// URL itself), a hanging request, and a log of hits and aborts so tests can prove that several
// elements made one request and that a removed element cancelled its own.
import { readFile } from 'node:fs/promises';

const hits = new Map();
const aborts = new Map();
const FIXTURES = new URL('../fixtures/', import.meta.url);

const count = (log, id) => log.set(id, (log.get(id) ?? 0) + 1);

export default async function strategyRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/__test__/')) return next();
  const id = url.searchParams.get('id') ?? '';

  if (url.pathname === '/__test__/hits') {
    ctx.body = { count: hits.get(id) ?? 0, aborted: aborts.get(id) ?? 0 };
    return;
  }
  count(hits, id);

  if (url.pathname === '/__test__/hang') {
    // Never answers; resolves when the browser gives up or aborts, which is logged.
    await new Promise((resolve) => ctx.res.once('close', resolve));
    count(aborts, id);
    return;
  }
  if (url.pathname === '/__test__/strategy') {
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const status = Number(url.searchParams.get('status') ?? 200);
    // `body`: the document itself, for tests that build their data; otherwise a fixture file.
    const body = url.searchParams.get('body');
    const file = (url.searchParams.get('file') ?? 'minimal-strategy.json').replace(/[^a-z0-9.-]/gi, '');
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = status !== 200 ? '{"error":"test"}' : body ?? (await readFile(new URL(file, FIXTURES), 'utf8'));
    return;
  }
  return next();
}
