// Test routes for <vagval-initiative-list>: its fixture files, optionally answered late
// (so a test can see the loading state), and a page with a strict Content-Security-Policy.
import { readFile } from 'node:fs/promises';

const PREFIX = '/__initiative-list__/';
const FIXTURES = new URL('../initiative-list/fixtures/', import.meta.url);

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

const PROBE = `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(event.violatedDirective + ' ' + (event.blockedURI || event.sample || ''));
});
`;

const CSP_PAGE = `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Strict CSP</title>
  <script src="${PREFIX}csp-probe.js"></script>
  <!-- The provider first: see the note on define order in test/initiative-list/csp.test.ts. -->
  <script type="module" src="/src/elements/strategy/define.ts"></script>
  <script type="module" src="/src/elements/initiative-list/define.ts"></script>
</head>
<body>
  <vagval-strategy src="/test/initiative-list/fixtures/initiatives.json"><vagval-initiative-list filters limit="3"></vagval-initiative-list></vagval-strategy>
</body>
</html>
`;

export default async function initiativeListRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith(PREFIX)) return next();
  if (url.pathname === `${PREFIX}csp.html`) {
    ctx.type = 'text/html';
    ctx.set('Content-Security-Policy', CSP);
    ctx.body = CSP_PAGE;
    return;
  }
  if (url.pathname === `${PREFIX}csp-probe.js`) {
    ctx.type = 'application/javascript';
    ctx.body = PROBE;
    return;
  }
  if (url.pathname === `${PREFIX}data`) {
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const file = (url.searchParams.get('file') ?? 'initiatives.json').replace(/[^a-z0-9.-]/gi, '');
    ctx.type = 'application/json';
    ctx.body = await readFile(new URL(file, FIXTURES), 'utf8');
    return;
  }
  return next();
}
