// A tiny static server for the Node-driven browser tests: serves the repo root on 127.0.0.1,
// with extra response headers per path (e.g. a strict Content Security Policy).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.css': 'text/css' };

/** Starts the server; resolves with its origin and a `close()`. */
export function serveStatic({ root = '.', headers = () => ({}) } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    // Browsers ask for it unprompted; an empty answer keeps 404s in the console meaningful.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const file = normalize(join(base, path));
    try {
      if (!file.startsWith(base) || !statSync(file).isFile()) throw new Error('not found');
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers(path) });
    createReadStream(file).pipe(response);
  });
  return new Promise((ready) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      ready({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
