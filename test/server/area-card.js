// A page with a strict Content-Security-Policy (no inline styles, no inline scripts),
// for checking that <vagval-area-card> and <vagval-area-grid> work on such a page.
const PREFIX = '/__area_card__/';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

const PROBE = `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(event.violatedDirective + ' ' + (event.blockedURI || event.sample || ''));
});
`;

const PAGE = `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Strict CSP</title>
  <script src="${PREFIX}csp-probe.js"></script>
  <script type="module" src="/src/elements/area-grid/define.ts"></script>
  <script type="module" src="/src/elements/strategy/define.ts"></script>
</head>
<body>
  <vagval-area-card id="standalone" heading="Klimat" href="#klimat" color="#2e6b30">Vi minskar utsläppen.</vagval-area-card>
  <vagval-strategy src="/data/vagval-2020.json"><vagval-area-grid></vagval-area-grid></vagval-strategy>
</body>
</html>
`;

export default async function areaCardRoutes(ctx, next) {
  const path = ctx.path;
  if (!path.startsWith(PREFIX)) return next();
  if (path === `${PREFIX}csp.html`) {
    ctx.type = 'text/html';
    ctx.set('Content-Security-Policy', CSP);
    ctx.body = PAGE;
    return;
  }
  if (path === `${PREFIX}csp-probe.js`) {
    ctx.type = 'application/javascript';
    ctx.body = PROBE;
    return;
  }
  return next();
}
