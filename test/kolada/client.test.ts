import { expect, waitUntil } from '@open-wc/testing';
import { clearKoladaCache, KoladaClient, koladaClient, KoladaError } from '../../src/kolada/index.js';
import '../helpers/setup.js';
import { BASE, rejection, requestsFor, syntheticPoints, throwingStorage, uniqueKpi } from './helpers.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('koladaClient: series from the test server', () => {
  beforeEach(() => clearKoladaCache());

  it('keeps gender T only, drops null values and deleted rows, and sorts by year', async () => {
    const before = Date.now();
    const series = await koladaClient(BASE).series('N17461', '1282');
    expect(series.points).to.deep.equal([
      { period: 2016, value: 58.2 },
      { period: 2018, value: 61.5 },
      { period: 2020, value: 63.0 },
      { period: 2021, value: 64.4 },
      { period: 2022, value: 65.1 },
    ]);
    const fetchedAt = Date.parse(series.fetchedAt);
    expect(series.fetchedAt).to.equal(new Date(fetchedAt).toISOString());
    expect(fetchedAt).to.be.within(before, Date.now());
  });

  it('is one client per base URL, whatever the trailing slash', () => {
    expect(koladaClient(`${BASE}/`)).to.equal(koladaClient(BASE));
    expect(koladaClient(BASE)).not.to.equal(koladaClient());
    expect(koladaClient().base).to.equal('https://api.kolada.se/v3');
  });

  it('follows next_url through every page', async () => {
    const series = await koladaClient(BASE).series('N00003', '1282');
    expect(series.points.map((point) => point.period)).to.deep.equal([2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    expect(series.points.at(-1)).to.deep.equal({ period: 2020, value: 13.2 });

    const kpi = uniqueKpi('P');
    const [local, country] = await Promise.all([koladaClient(BASE).series(kpi, '1282'), koladaClient(BASE).series(kpi, '0000')]);
    expect(local.points).to.deep.equal(syntheticPoints(kpi, '1282'));
    expect(country.points).to.deep.equal(syntheticPoints(kpi, '0000'));
    const paths = (await requestsFor(kpi)).map((request) => request.path);
    expect(paths).to.have.length(2);
    expect(paths[1]).to.equal(`/__kolada__/v3/data/kpi/${kpi}/municipality/0000,1282?page=2&per_page=3`);
  });

  it('keeps paging through the configured base when next_url points at Kolada itself (a proxy passing it on)', async () => {
    const series = await koladaClient(BASE).series('N00004', '1282');
    expect(series.points.map((point) => point.value)).to.deep.equal([4.1, 4.4, 4.0, 3.8]);
    const paths = (await requestsFor('/data/kpi/N00004/')).map((request) => request.path);
    expect(paths.some((path) => path.includes('page=2'))).to.equal(true);
  });

  it('answers a KPI without figures for that municipality with an empty series', async () => {
    const series = await koladaClient(BASE).series('N00003', '0000');
    expect(series.points).to.deep.equal([]);
  });

  it('takes ids in any case and with spaces around them', async () => {
    const series = await koladaClient(BASE).series(' n17461 ', '0000 ');
    expect(series.points).to.have.length(4);
  });

  it('rejects text that cannot be an id, without a request', async () => {
    const error = await rejection(koladaClient(BASE).series('N17461,N00003', '1282'));
    expect(error).to.be.instanceOf(KoladaError);
    expect(error).to.have.property('kind', 'not-found');
    expect((error as Error).message).to.include('"N17461,N00003" is not a Kolada KPI id');
    expect(await rejection(koladaClient(BASE).series('N17461', '../1282'))).to.have.property('kind', 'not-found');
  });
});

describe('koladaClient: batching and deduplication', () => {
  beforeEach(() => clearKoladaCache());

  it('combines the calls of one tick, microtasks included, into one request', async () => {
    const client = koladaClient(BASE);
    const a = uniqueKpi();
    const b = uniqueKpi();
    const calls = [client.series(a, '1282'), client.series(b, '1282'), client.series(a, '0000')];
    await Promise.resolve();
    calls.push(client.series(b, '0000'));
    const results = await Promise.all(calls);
    expect(results.map((series) => series.points)).to.deep.equal([
      syntheticPoints(a, '1282'),
      syntheticPoints(b, '1282'),
      syntheticPoints(a, '0000'),
      syntheticPoints(b, '0000'),
    ]);
    const paths = (await requestsFor(a)).map((request) => request.path);
    expect(paths).to.deep.equal([`/__kolada__/v3/data/kpi/${a},${b}/municipality/0000,1282`]);
    expect(new Set(results.map((series) => series.fetchedAt)).size).to.equal(1);
  });

  it('asks once for a series that several callers want, also while it is on its way', async () => {
    const client = koladaClient(BASE);
    const kpi = uniqueKpi();
    const first = [client.series(kpi, '1282'), client.series(kpi, '1282'), client.series(kpi, '1282')];
    const results = await Promise.all(first);
    expect(results[0]).to.deep.equal(results[2]);
    expect(await requestsFor(kpi)).to.have.length(1);

    // 9601 answers after 300 ms: the second call comes while the first is in flight.
    const slow = uniqueKpi();
    const early = client.series(slow, '9601');
    await waitUntil(async () => (await requestsFor(slow)).length === 1, 'the request never started');
    const late = client.series(slow, '9601');
    expect((await late).points).to.deep.equal(syntheticPoints(slow, '9601'));
    expect((await early).points).to.deep.equal(syntheticPoints(slow, '9601'));
    expect(await requestsFor(slow)).to.have.length(1);
  });

  it('gives each caller its own copy', async () => {
    const client = koladaClient(BASE);
    const kpi = uniqueKpi();
    const [one, two] = await Promise.all([client.series(kpi, '1282'), client.series(kpi, '1282')]);
    one.points[0]!.value = -1;
    one.points.pop();
    expect(two.points).to.deep.equal(syntheticPoints(kpi, '1282'));
    expect((await client.series(kpi, '1282')).points).to.deep.equal(syntheticPoints(kpi, '1282'));
  });

  it('puts at most 25 KPIs in one request', async () => {
    const client = koladaClient(BASE);
    const kpis = Array.from({ length: 30 }, () => uniqueKpi());
    const results = await Promise.all(kpis.map((kpi) => client.series(kpi, '1282')));
    results.forEach((series, index) => expect(series.points).to.deep.equal(syntheticPoints(kpis[index]!, '1282')));
    // Ids are sorted, and these were made in order: the first request has the first 25.
    const requests = [...(await requestsFor(kpis[0]!)), ...(await requestsFor(kpis[29]!))];
    const segments = requests.map((request) => request.path.split('/')[5]!.split(','));
    expect(segments).to.deep.equal([kpis.slice(0, 25), kpis.slice(25)]);
  });

  it('puts at most 25 municipalities in one request', async () => {
    const client = koladaClient(BASE);
    const kpi = uniqueKpi();
    const municipalities = Array.from({ length: 26 }, (_, index) => String(1001 + index));
    const results = await Promise.all(municipalities.map((municipality) => client.series(kpi, municipality)));
    results.forEach((series, index) => expect(series.points).to.deep.equal(syntheticPoints(kpi, municipalities[index]!)));
    const requests = await requestsFor(kpi);
    expect(requests.map((request) => request.path.split('/').at(-1)!.split(',').length)).to.deep.equal([25, 1]);
  });
});

describe('koladaClient: cache', () => {
  beforeEach(() => clearKoladaCache());

  it('answers a second call from memory with the first fetch time', async () => {
    const client = koladaClient(BASE);
    const kpi = uniqueKpi();
    const first = await client.series(kpi, '1282');
    const second = await client.series(kpi, '1282');
    expect(second).to.deep.equal(first);
    expect(await requestsFor(kpi)).to.have.length(1);
  });

  it('keeps answers in sessionStorage, where another client with the same base finds them', async () => {
    const kpi = uniqueKpi();
    const first = await koladaClient(BASE).series(kpi, '1282');
    const keys = Object.keys(sessionStorage).filter((key) => key.startsWith('vagval-kolada:') && key.includes(kpi));
    expect(keys).to.have.length(1);
    expect(JSON.parse(sessionStorage.getItem(keys[0]!)!)).to.deep.equal({ value: first.points, fetchedAt: first.fetchedAt });

    const second = await new KoladaClient(BASE).series(kpi, '1282');
    expect(second).to.deep.equal(first);
    expect(await requestsFor(kpi)).to.have.length(1);
  });

  it('fetches again what is older than 24 hours', async () => {
    const kpi = uniqueKpi();
    const first = await koladaClient(BASE).series(kpi, '1282');
    const tomorrow = Date.now() + DAY_MS + 60_000;
    const later = new KoladaClient(BASE, { now: () => tomorrow });
    const second = await later.series(kpi, '1282');
    expect(await requestsFor(kpi)).to.have.length(2);
    expect(second.fetchedAt).to.equal(new Date(tomorrow).toISOString());
    expect(second.fetchedAt).not.to.equal(first.fetchedAt);
  });

  it('ignores what it cannot read in sessionStorage', async () => {
    const kpi = uniqueKpi();
    const key = `vagval-kolada:${BASE}|data|${kpi}|1282`;
    for (const junk of ['{not json', '{"value": [{"period": "x"}], "fetchedAt": "2099-01-01T00:00:00Z"}', '[]']) {
      sessionStorage.setItem(key, junk);
      const series = await new KoladaClient(BASE).series(kpi, '1282');
      expect(series.points).to.deep.equal(syntheticPoints(kpi, '1282'));
    }
    expect(await requestsFor(kpi)).to.have.length(3);
  });

  it('works without sessionStorage, and with one that throws on every use', async () => {
    for (const storage of [null, throwingStorage]) {
      const client = new KoladaClient(BASE, { storage });
      const kpi = uniqueKpi();
      expect((await client.series(kpi, '1282')).points).to.deep.equal(syntheticPoints(kpi, '1282'));
      expect((await client.series(kpi, '1282')).points).to.deep.equal(syntheticPoints(kpi, '1282'));
      expect(await requestsFor(kpi)).to.have.length(1);
      expect(() => client.clearCache()).not.to.throw();
    }
  });

  it('clearKoladaCache forgets memory and sessionStorage', async () => {
    sessionStorage.setItem('someone-else', 'kept');
    const kpi = uniqueKpi();
    await koladaClient(BASE).series(kpi, '1282');
    clearKoladaCache();
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('vagval-kolada:'))).to.deep.equal([]);
    expect(sessionStorage.getItem('someone-else')).to.equal('kept');
    await koladaClient(BASE).series(kpi, '1282');
    expect(await requestsFor(kpi)).to.have.length(2);
    sessionStorage.removeItem('someone-else');
  });
});
