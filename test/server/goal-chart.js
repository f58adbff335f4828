// Routes for the goal chart tests that need Chromium itself, through a DevTools session
// of their own on the calling test page (found by its wtr-session-id):
// - GET /__goal-chart__/forced-colors?active=1 (or 0): the test runner's emulateMedia
//   command does not pass forced-colors on to Chromium when it runs through puppeteer.
// - GET /__goal-chart__/ax-tree: the page's accessibility tree as Chromium computes it
//   (role, name, description of each node), since the runner's a11ySnapshot is not installed.
// - GET /__goal-chart__/strategy?delay=ms&id=unique: test/goal-chart/fixtures/strategy.json, late.
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sessions = new Map();
let nextId = 0;

async function findPage(sessionId) {
  const profiles = (await readdir(tmpdir())).filter((name) => name.startsWith('puppeteer_dev_chrome_profile-'));
  for (const profile of profiles) {
    try {
      const port = (await readFile(join(tmpdir(), profile, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
      const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
      const page = targets.find((target) => target.type === 'page' && target.url.includes(sessionId));
      if (page) return page;
    } catch {
      // A browser that has closed, or another program's profile: try the next.
    }
  }
  return undefined;
}

function send(socket, method, params) {
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    const onMessage = (data) => {
      const message = JSON.parse(String(data));
      if (message.id !== id) return;
      socket.off('message', onMessage);
      if (message.error) reject(new Error(message.error.message));
      else resolve(message.result);
    };
    socket.on('message', onMessage);
    socket.send(JSON.stringify({ id, method, params }));
  });
}

async function open(url) {
  // Loaded on first use: `ws` comes with puppeteer-core (Node 20 has no WebSocket of its
  // own), and this file is loaded for every test run, so a missing `ws` must not stop the rest.
  const { default: WebSocket } = await import('ws');
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return socket;
}

async function sessionFor(sessionId) {
  let socket = sessions.get(sessionId);
  if (socket) return socket;
  const page = await findPage(sessionId);
  if (!page) return undefined;
  socket = await open(page.webSocketDebuggerUrl);
  sessions.set(sessionId, socket);
  socket.once('close', () => sessions.delete(sessionId));
  return socket;
}

function axNode(node) {
  const property = (name) => node.properties?.find((item) => item.name === name)?.value?.value;
  return {
    role: node.role?.value,
    name: node.name?.value ?? '',
    description: node.description?.value ?? '',
    ignored: Boolean(node.ignored),
    ...(property('live') ? { live: property('live') } : {}),
    ...(property('pressed') !== undefined ? { pressed: property('pressed') } : {}),
    ...(property('expanded') !== undefined ? { expanded: property('expanded') } : {}),
    ...(property('focusable') ? { focusable: true } : {}),
  };
}

const FIXTURE = new URL('../goal-chart/fixtures/strategy.json', import.meta.url);

export default async function goalChartRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/__goal-chart__/')) return next();
  if (url.pathname === '/__goal-chart__/strategy') {
    await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('delay') ?? 0)));
    ctx.type = 'application/json';
    ctx.body = await readFile(FIXTURE, 'utf8');
    return;
  }
  const sessionId = new URL(ctx.get('referer') || 'http://localhost/').searchParams.get('wtr-session-id');
  const socket = sessionId ? await sessionFor(sessionId) : undefined;
  if (!socket) {
    ctx.status = 404;
    ctx.body = { error: 'the calling test page was not found' };
    return;
  }
  if (url.pathname === '/__goal-chart__/forced-colors') {
    const active = url.searchParams.get('active') === '1';
    await send(socket, 'Emulation.setEmulatedMedia', { features: active ? [{ name: 'forced-colors', value: 'active' }] : [] });
    ctx.body = { active };
    return;
  }
  if (url.pathname === '/__goal-chart__/ax-tree') {
    const { nodes } = await send(socket, 'Accessibility.getFullAXTree', {});
    ctx.body = nodes.map(axNode);
    return;
  }
  return next();
}
