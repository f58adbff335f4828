// Test route for <vagval-initiative-list>: its fixture files, optionally answered late,
// so a test can see the loading state.
import { readFile } from 'node:fs/promises';

const FIXTURES = new URL('../initiative-list/fixtures/', import.meta.url);

export default async function initiativeListRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname !== '/__initiative-list__/data') return next();
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  const file = (url.searchParams.get('file') ?? 'initiatives.json').replace(/[^a-z0-9.-]/gi, '');
  ctx.type = 'application/json';
  ctx.body = await readFile(new URL(file, FIXTURES), 'utf8');
}
