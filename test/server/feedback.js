// Test routes for <vagval-feedback>: an endpoint that records the answers POSTed to it
// (optionally failing its first requests or always answering with a given status),
// and a route where a test reads back what was recorded.
const recorded = new Map();

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

export default async function feedbackRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/__feedback__/')) return next();
  const id = url.searchParams.get('id') ?? '';
  const requests = recorded.get(id) ?? [];
  recorded.set(id, requests);

  // GET /__feedback__/recorded?id=…: every request the endpoint got for that id.
  if (url.pathname === '/__feedback__/recorded') {
    ctx.body = { requests };
    return;
  }

  // POST /__feedback__/endpoint?id=…[&fail=N][&status=S][&delay=MS]
  if (url.pathname === '/__feedback__/endpoint') {
    const text = await readBody(ctx.req);
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    requests.push({ method: ctx.method, contentType: ctx.get('content-type'), referer: ctx.get('referer'), body });
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const failFirst = Number(url.searchParams.get('fail') ?? 0);
    const status = requests.length <= failFirst ? 503 : Number(url.searchParams.get('status') ?? 204);
    ctx.status = status;
    if (status !== 204) ctx.body = status < 300 ? { ok: true } : { error: 'test' };
    return;
  }
  return next();
}
