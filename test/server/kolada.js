// A stand-in for Kolada's API v3 (https://api.kolada.se/v3/) at /__kolada__/v3/, answering
// in the API's shapes with invented test figures (test/fixtures/kolada/). Used by the
// tests of src/kolada/ and by widgets that show Kolada figures.
//
// Data: GET /__kolada__/v3/data/kpi/{ids}/municipality/{ids}, comma-separated ids:
// - the rows of test/fixtures/kolada/data.json;
// - KPIs "T<digits>" (synthetic): for every municipality asked for, periods 2019-2021 with
//   the value `<digits>.<municipality>` for gender T (T7 in 1282: 7.1282), K one more, M two more;
// - KPIs "P<digits>": the same figures in pages of 3 rows, like "N00003";
// - "N00004": pages whose next_url points at https://api.kolada.se/v3 (as a proxy that
//   passes Kolada's answers on unchanged would).
// Metadata: GET /__kolada__/v3/kpi/{ids}: test/fixtures/kolada/kpi.json, and a made-up
// title for T/P KPIs; unknown ids are left out, as Kolada does.
// GET /__kolada__/v3/municipality/{ids}: test/fixtures/kolada/municipality.json; unknown
// ids are left out.
// These ids anywhere in the path change the answer:
//   9429 answers 429 (Retry-After: 1) to the first request of that exact URL, then normally;
//   9430 always answers 429 (Retry-After: 3600);  9500 answers 500;
//   9403 answers 403 to metadata (/kpi/, /municipality/), as a proxy of the data alone might;
//   9601 answers normally after 300 ms;  9997 answers JSON without a "values" list;
//   9998 answers malformed JSON;  9999 never answers.
// GET /__kolada__/hits?match=TEXT: the requests whose path and query contain TEXT, each
// with `aborted: true` when the browser gave up before the answer.
import { readFileSync } from 'node:fs';

const PREFIX = '/__kolada__/v3/';
const KOLADA_API = 'https://api.kolada.se/v3/';
const FULL_PAGE = 5000;
const SMALL_PAGE = 3;

const readFixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/kolada/${name}`, import.meta.url), 'utf8'));
const DATA_ROWS = readFixture('data.json').values;
const KPIS = readFixture('kpi.json').values;
const MUNICIPALITIES = readFixture('municipality.json').values;

const requests = [];
const answered429 = new Set();

const isSynthetic = (kpi) => /^[TP]\d+$/.test(kpi);

function syntheticRows(kpi, municipality) {
  const value = Number(`${kpi.slice(1)}.${municipality}`);
  return [2019, 2020, 2021].map((period) => ({
    kpi,
    municipality,
    period,
    values: [
      { gender: 'K', count: 1, status: '', value: value + 1 },
      { gender: 'M', count: 1, status: '', value: value + 2 },
      { gender: 'T', count: 1, status: '', value },
    ],
  }));
}

function dataRows(kpis, municipalities) {
  const rows = DATA_ROWS.filter((row) => kpis.includes(row.kpi) && municipalities.includes(row.municipality));
  for (const kpi of kpis.filter(isSynthetic)) {
    for (const municipality of municipalities) rows.push(...syntheticRows(kpi, municipality));
  }
  return rows;
}

function kpiValues(ids) {
  const values = KPIS.filter((kpi) => ids.includes(kpi.id));
  for (const id of ids.filter(isSynthetic)) {
    values.push({ id, title: `Testnyckeltal ${id}`, description: `Påhittat nyckeltal ${id} för testerna.`, is_divided_by_gender: true, municipality_type: 'K' });
  }
  return values;
}

/** One page of rows in Kolada's envelope, with next_url/previous_url as absolute URLs. */
function page(rows, url, origin, pageSize, nextBase) {
  const number = Math.max(1, Number(url.searchParams.get('page') ?? 1));
  const size = Number(url.searchParams.get('per_page') ?? pageSize);
  const values = rows.slice((number - 1) * size, number * size);
  const link = (n) => `${nextBase ?? `${origin}${PREFIX}`}${url.pathname.slice(PREFIX.length)}?page=${n}&per_page=${size}`;
  const body = { count: values.length, values };
  if (number * size < rows.length) body.next_url = link(number + 1);
  if (number > 1) body.previous_url = link(number - 1);
  return body;
}

function closed(res) {
  return new Promise((resolve) => res.once('close', resolve));
}

export default async function koladaRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');

  if (url.pathname === '/__kolada__/hits') {
    const match = url.searchParams.get('match') ?? '';
    const found = requests.filter((request) => request.path.includes(match));
    ctx.body = { count: found.length, requests: found };
    return;
  }
  if (!url.pathname.startsWith(PREFIX)) return next();

  const path = decodeURIComponent(url.pathname) + url.search;
  const request = { path, aborted: false };
  requests.push(request);
  ctx.res.once('close', () => {
    if (!ctx.res.writableFinished) request.aborted = true;
  });
  const segments = path.slice(PREFIX.length).split('?')[0].split('/');
  const ids = new Set(segments.flatMap((segment) => segment.split(',')));

  if (ids.has('9999')) {
    await closed(ctx.res);
    // The browser has gone: nothing is sent (the status only keeps the runner from logging a 404).
    ctx.status = 408;
    ctx.respond = false;
    return;
  }
  if (ids.has('9601')) await new Promise((resolve) => setTimeout(resolve, 300));
  if (ids.has('9430') || (ids.has('9429') && !answered429.has(path))) {
    answered429.add(path);
    ctx.status = 429;
    ctx.set('Retry-After', ids.has('9430') ? '3600' : '1');
    ctx.body = { error: 'Too Many Requests' };
    return;
  }
  if (ids.has('9403') && segments[0] !== 'data') {
    ctx.status = 403;
    ctx.body = { error: 'Forbidden' };
    return;
  }
  if (ids.has('9500')) {
    ctx.status = 500;
    ctx.type = 'text/plain';
    ctx.body = 'Internal Server Error';
    return;
  }
  if (ids.has('9998')) {
    ctx.type = 'application/json';
    ctx.body = '{"count": 1, "values": [{"kpi": "N17461", "municipality": "9998", "period": 20';
    return;
  }
  if (ids.has('9997')) {
    ctx.body = { count: 1, values: { kpi: 'N17461', municipality: '9997' } };
    return;
  }

  const origin = ctx.origin ?? `http://${ctx.get('host')}`;
  if (segments.length === 5 && segments[0] === 'data' && segments[1] === 'kpi' && segments[3] === 'municipality') {
    const kpis = segments[2].split(',');
    const municipalities = segments[4].split(',');
    const paged = kpis.some((kpi) => kpi === 'N00003' || kpi === 'N00004' || kpi.startsWith('P'));
    const nextBase = kpis.includes('N00004') ? KOLADA_API : undefined;
    ctx.body = page(dataRows(kpis, municipalities), url, origin, paged ? SMALL_PAGE : FULL_PAGE, nextBase);
    return;
  }
  if (segments.length === 2 && segments[0] === 'kpi') {
    ctx.body = page(kpiValues(segments[1].split(',')), url, origin, FULL_PAGE);
    return;
  }
  if (segments.length === 2 && segments[0] === 'municipality') {
    const codes = segments[1].split(',');
    ctx.body = page(MUNICIPALITIES.filter((municipality) => codes.includes(municipality.id)), url, origin, FULL_PAGE);
    return;
  }
  ctx.status = 404;
  ctx.body = { error: `No such route in the Kolada test server: ${path}` };
}
