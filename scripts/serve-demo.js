// npm start: serves the demo page (and the built bundle and sample data) on localhost.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve('.');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};
const port = Number(process.env.PORT ?? 8080);

const server = createServer((request, response) => {
  // The demo's "Was this page helpful?" endpoint: prints each answer instead of storing it.
  if (request.method === 'POST' && request.url === '/api/feedback') {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      console.log(`feedback: ${body}`);
      response.writeHead(204).end();
    });
    return;
  }
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  // The demo's relative links (demo.css, ../dist, ../data) need its own folder as the base.
  if (path === '/') {
    response.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
});
