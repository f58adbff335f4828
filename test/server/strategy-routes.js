// Test routes for loading strategy files: a delayed or failing file, a hanging request,
// and a hit counter so tests can prove that several providers made one request.
import { readFile } from 'node:fs/promises';

const hits = new Map();
const FIXTURES = new URL('../fixtures/', import.meta.url);

export default async function strategyRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/__test__/')) return next();
  const id = url.searchParams.get('id') ?? '';

  if (url.pathname === '/__test__/hits') {
    ctx.body = { count: hits.get(id) ?? 0 };
    return;
  }
  hits.set(id, (hits.get(id) ?? 0) + 1);

  if (url.pathname === '/__test__/hang') {
    // Never answers; resolves when the browser gives up or aborts.
    await new Promise((resolve) => ctx.req.once('close', resolve));
    return;
  }
  if (url.pathname === '/__test__/strategy') {
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const status = Number(url.searchParams.get('status') ?? 200);
    const file = (url.searchParams.get('file') ?? 'minimal-strategy.json').replace(/[^a-z0-9.-]/gi, '');
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = status === 200 ? await readFile(new URL(file, FIXTURES), 'utf8') : '{"error":"test"}';
    return;
  }
  return next();
}
