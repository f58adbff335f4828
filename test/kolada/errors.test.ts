import { expect, waitUntil } from '@open-wc/testing';
import { clearKoladaCache, KoladaClient, koladaClient, KoladaError } from '../../src/kolada/index.js';
import '../helpers/setup.js';
import { BASE, rejection, requestsFor, sleep, syntheticPoints, uniqueKpi } from './helpers.js';

async function koladaError(promise: Promise<unknown>): Promise<KoladaError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(KoladaError);
  return error as KoladaError;
}

async function abortError(promise: Promise<unknown>): Promise<void> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(DOMException);
  expect(error).to.have.property('name', 'AbortError');
}

/** Waits until the server saw the browser give up on the request. */
function serverSawAbort(kpi: string): Promise<void> {
  return waitUntil(async () => (await requestsFor(kpi))[0]?.aborted === true, 'the request to the server was not aborted');
}

describe('koladaClient: when Kolada fails', () => {
  beforeEach(() => clearKoladaCache());

  it('retries a 429 once, after its Retry-After', async () => {
    const kpi = uniqueKpi();
    const start = performance.now();
    const series = await koladaClient(BASE).series(kpi, '9429');
    expect(series.points).to.deep.equal(syntheticPoints(kpi, '9429'));
    expect(performance.now() - start).to.be.at.least(900);
    expect(await requestsFor(kpi)).to.have.length(2);
  });

  it('caps the wait a 429 asks for, and gives up after the one retry', async () => {
    const kpi = uniqueKpi();
    const client = new KoladaClient(BASE, { maxRetryAfterMs: 100, storage: null });
    const start = performance.now();
    const error = await koladaError(client.series(kpi, '9430'));
    expect(performance.now() - start).to.be.below(3000);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(429);
    expect(error.message).to.include('429');
    expect(await requestsFor(kpi)).to.have.length(2);
  });

  it('does not retry a 500, and does not keep the failure', async () => {
    const kpi = uniqueKpi();
    const error = await koladaError(koladaClient(BASE).series(kpi, '9500'));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.message).to.match(/^Kolada answered 500 Internal Server Error for .*9500\.$/);
    expect(error.url).to.include(`/data/kpi/${kpi}/municipality/9500`);
    expect(await requestsFor(kpi)).to.have.length(1);
    await koladaError(koladaClient(BASE).series(kpi, '9500'));
    expect(await requestsFor(kpi)).to.have.length(2);
  });

  it('gives up on a request that hangs, with a clear message, and aborts it', async () => {
    const kpi = uniqueKpi();
    const error = await koladaError(koladaClient(BASE).series(kpi, '9999', { timeoutMs: 200 }));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.equal('Kolada did not answer within 0.2 seconds.');
    expect(error.status).to.equal(undefined);
    await serverSawAbort(kpi);
  });

  it('waits 10 seconds by default, or what the client is told', async () => {
    const kpi = uniqueKpi();
    const client = new KoladaClient(BASE, { timeoutMs: 1000, storage: null });
    const start = performance.now();
    const error = await koladaError(client.series(kpi, '9999'));
    expect(performance.now() - start).to.be.within(950, 3000);
    expect(error.message).to.equal('Kolada did not answer within 1 second.');
  });

  it('calls malformed JSON and a wrong shape invalid', async () => {
    const broken = await koladaError(koladaClient(BASE).series(uniqueKpi(), '9998'));
    expect(broken.kind).to.equal('invalid');
    expect(broken.message).to.include('not valid JSON');
    const shapeless = await koladaError(koladaClient(BASE).series(uniqueKpi(), '9997'));
    expect(shapeless.kind).to.equal('invalid');
    expect(shapeless.message).to.include('no "values" list');
  });

  it('calls an unreachable server a network error', async () => {
    const error = await koladaError(new KoladaClient('http://127.0.0.1:9/v3', { storage: null }).series('N17461', '1282'));
    expect(error.kind).to.equal('network');
    expect(error.message).to.include('Could not reach Kolada at http://127.0.0.1:9/v3/data/kpi/N17461/municipality/1282');
  });

  it('calls a wrong base URL an HTTP error', async () => {
    const error = await koladaError(new KoladaClient('/__kolada__/v2', { storage: null }).series('N17461', '1282'));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
  });

  it('rejects every caller of a failed batch, and only them', async () => {
    const client = koladaClient(BASE);
    const good = uniqueKpi();
    const calls = [client.series(good, '9500'), client.series(good, '9500'), client.series(good, '1282')];
    const settled = await Promise.allSettled(calls);
    expect(settled.map((result) => result.status)).to.deep.equal(['rejected', 'rejected', 'rejected']);
    // The batch with 9500 failed as a whole; alone, 1282 is fine.
    expect((await client.series(good, '1282')).points).to.deep.equal(syntheticPoints(good, '1282'));
  });
});

describe('koladaClient: aborting', () => {
  beforeEach(() => clearKoladaCache());

  it('rejects an already aborted call at once, without a request', async () => {
    const kpi = uniqueKpi();
    const controller = new AbortController();
    controller.abort();
    await abortError(koladaClient(BASE).series(kpi, '1282', { signal: controller.signal }));
    await sleep(50);
    expect(await requestsFor(kpi)).to.have.length(0);
  });

  it('does not ask for a series whose only caller aborted before the batch left', async () => {
    const kpi = uniqueKpi();
    const other = uniqueKpi();
    const controller = new AbortController();
    const aborted = koladaClient(BASE).series(kpi, '1282', { signal: controller.signal });
    const kept = koladaClient(BASE).series(other, '1282');
    controller.abort();
    await abortError(aborted);
    expect((await kept).points).to.deep.equal(syntheticPoints(other, '1282'));
    expect((await requestsFor(other)).map((request) => request.path)).to.deep.equal([`/__kolada__/v3/data/kpi/${other}/municipality/1282`]);
  });

  it('rejects only the caller that aborted; the others get the series', async () => {
    const kpi = uniqueKpi();
    const controller = new AbortController();
    const leaving = koladaClient(BASE).series(kpi, '9601', { signal: controller.signal });
    const staying = koladaClient(BASE).series(kpi, '9601');
    await waitUntil(async () => (await requestsFor(kpi)).length === 1, 'the request never started');
    controller.abort();
    await abortError(leaving);
    expect((await staying).points).to.deep.equal(syntheticPoints(kpi, '9601'));
    const [request] = await requestsFor(kpi);
    expect(request!.aborted).to.equal(false);
  });

  it('keeps the request while any caller of its batch waits, and aborts it when none does', async () => {
    const kpi = uniqueKpi();
    const first = new AbortController();
    const second = new AbortController();
    const one = koladaClient(BASE).series(kpi, '9999', { signal: first.signal });
    const two = koladaClient(BASE).series(kpi, '1282', { signal: second.signal });
    await waitUntil(async () => (await requestsFor(kpi)).length === 1, 'the request never started');
    first.abort();
    await abortError(one);
    await sleep(100);
    expect((await requestsFor(kpi))[0]!.aborted).to.equal(false);
    second.abort();
    await abortError(two);
    await serverSawAbort(kpi);
  });

  it('rejects with the reason the caller gave', async () => {
    const controller = new AbortController();
    const call = koladaClient(BASE).series(uniqueKpi(), '9999', { signal: controller.signal });
    const reason = new Error('the chart was removed');
    controller.abort(reason);
    expect(await rejection(call)).to.equal(reason);
  });

  it('starts afresh after every caller aborted', async () => {
    const kpi = uniqueKpi();
    const controller = new AbortController();
    const call = koladaClient(BASE).series(kpi, '9601', { signal: controller.signal });
    await waitUntil(async () => (await requestsFor(kpi)).length === 1, 'the request never started');
    controller.abort();
    await abortError(call);
    expect((await koladaClient(BASE).series(kpi, '9601')).points).to.deep.equal(syntheticPoints(kpi, '9601'));
    expect(await requestsFor(kpi)).to.have.length(2);
  });
});
