import { expect } from '@open-wc/testing';
import { Batcher, type BatchLoader } from '../../src/kolada/batch.js';
import { rejection, sleep } from './helpers.js';

interface Call {
  keys: string[];
  signal: AbortSignal;
  answer(values: Record<string, number>): void;
  fail(error: Error): void;
}

/** A batcher of string keys whose loads the test answers by hand. */
function setUp(group: (keys: string[]) => string[][] = (keys) => [keys.sort()]) {
  const calls: Call[] = [];
  const loader: BatchLoader<string, number> = {
    idOf: (key) => key,
    group,
    load: (keys, signal) =>
      new Promise((resolve, reject) => {
        calls.push({ keys, signal, answer: (values) => resolve(new Map(Object.entries(values))), fail: reject });
        signal.addEventListener('abort', () => reject(signal.reason));
      }),
    missing: (key) => new Error(`no ${key}`),
  };
  const batcher = new Batcher(loader);
  const timeoutError = () => new Error('too slow');
  const request = (key: string, signal?: AbortSignal, timeoutMs = 5000) =>
    batcher.request(key, { ...(signal ? { signal } : {}), timeoutMs, timeoutError });
  return { calls, request };
}

const tick = () => sleep(0);

describe('Batcher', () => {
  it('loads the keys of one tick together, each once', async () => {
    const { calls, request } = setUp();
    const results = Promise.all([request('b'), request('a'), request('b')]);
    await Promise.resolve();
    const late = request('c');
    expect(calls).to.have.length(0);
    await tick();
    expect(calls.map((call) => call.keys)).to.deep.equal([['a', 'b', 'c']]);
    calls[0]!.answer({ a: 1, b: 2, c: 3 });
    expect(await results).to.deep.equal([2, 1, 2]);
    expect(await late).to.equal(3);
  });

  it('loads each group the loader makes separately', async () => {
    const { calls, request } = setUp((keys) => keys.map((key) => [key]));
    const results = Promise.all([request('a'), request('b')]);
    await tick();
    expect(calls.map((call) => call.keys)).to.deep.equal([['a'], ['b']]);
    calls[1]!.answer({ b: 2 });
    calls[0]!.answer({ a: 1 });
    expect(await results).to.deep.equal([1, 2]);
  });

  it('joins a key on its way instead of loading it again, and loads it anew once settled', async () => {
    const { calls, request } = setUp();
    const first = request('a');
    await tick();
    const second = request('a');
    await tick();
    expect(calls).to.have.length(1);
    calls[0]!.answer({ a: 1 });
    expect([await first, await second]).to.deep.equal([1, 1]);
    const third = request('a');
    await tick();
    expect(calls).to.have.length(2);
    calls[1]!.answer({ a: 5 });
    expect(await third).to.equal(5);
  });

  it('rejects a key its load did not return, and every caller of a failed load', async () => {
    const { calls, request } = setUp();
    const missing = rejection(request('a'));
    const present = request('b');
    await tick();
    calls[0]!.answer({ b: 2 });
    expect(await missing).to.have.property('message', 'no a');
    expect(await present).to.equal(2);

    const failing = [rejection(request('c')), rejection(request('d'))];
    await tick();
    calls[1]!.fail(new Error('down'));
    for (const error of await Promise.all(failing)) expect(error).to.have.property('message', 'down');
  });

  it('leaves a key out of the batch when its only caller aborted before the tick ended', async () => {
    const { calls, request } = setUp();
    const controller = new AbortController();
    const aborted = rejection(request('a', controller.signal));
    const kept = request('b');
    controller.abort();
    expect(await aborted).to.have.property('name', 'AbortError');
    await tick();
    expect(calls.map((call) => call.keys)).to.deep.equal([['b']]);
    calls[0]!.answer({ b: 2 });
    expect(await kept).to.equal(2);
  });

  it('aborts a load only when no caller of any of its keys waits', async () => {
    const { calls, request } = setUp();
    const one = new AbortController();
    const two = new AbortController();
    const three = new AbortController();
    const calling = [rejection(request('a', one.signal)), rejection(request('a', two.signal)), rejection(request('b', three.signal))];
    await tick();
    one.abort();
    two.abort();
    await tick();
    expect(calls[0]!.signal.aborted).to.equal(false);
    three.abort();
    expect(calls[0]!.signal.aborted).to.equal(true);
    for (const error of await Promise.all(calling)) expect(error).to.have.property('name', 'AbortError');
  });

  it('answers the callers that stayed when others left', async () => {
    const { calls, request } = setUp();
    const controller = new AbortController();
    const leaving = rejection(request('a', controller.signal));
    const staying = request('a');
    await tick();
    controller.abort();
    expect(await leaving).to.have.property('name', 'AbortError');
    calls[0]!.answer({ a: 1 });
    expect(await staying).to.equal(1);
  });

  it('times out one caller without touching the others', async () => {
    const { calls, request } = setUp();
    const impatient = rejection(request('a', undefined, 20));
    const patient = request('a');
    await sleep(60);
    expect(await impatient).to.have.property('message', 'too slow');
    expect(calls[0]!.signal.aborted).to.equal(false);
    calls[0]!.answer({ a: 1 });
    expect(await patient).to.equal(1);
  });

  it('does not time out at once for Infinity or for more than a timer holds', async () => {
    const { calls, request } = setUp();
    const waiting = request('a', undefined, Number.POSITIVE_INFINITY);
    const long = request('b', undefined, 2 ** 40);
    await sleep(20);
    calls[0]!.answer({ a: 1, b: 2 });
    expect([await waiting, await long]).to.deep.equal([1, 2]);
  });
});
