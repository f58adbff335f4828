import { expect } from '@open-wc/testing';
import { KoladaCache, MAX_AGE_MS, removeStored, type CacheStorage } from '../../src/kolada/cache.js';
import { isPointList } from '../../src/kolada/rows.js';
import { throwingStorage } from './helpers.js';

/** An in-memory Storage, so these tests leave the page's sessionStorage alone. */
function memoryStorage(): CacheStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const NOW = Date.parse('2024-03-14T12:00:00Z');
const entry = { value: [{ period: 2020, value: 1 }], fetchedAt: new Date(NOW - 1000).toISOString() };

describe('KoladaCache', () => {
  it('keeps entries in memory and in storage under a prefixed key', () => {
    const storage = memoryStorage();
    const cache = new KoladaCache({ scope: 'https://api.kolada.se/v3', storage, now: () => NOW });
    cache.set('data|N1|1282', entry);
    expect(cache.get('data|N1|1282', isPointList)).to.deep.equal(entry);
    expect([...storage.items.keys()]).to.deep.equal(['vagval-kolada:https://api.kolada.se/v3|data|N1|1282']);
    expect(JSON.parse(storage.items.get('vagval-kolada:https://api.kolada.se/v3|data|N1|1282')!)).to.deep.equal(entry);
  });

  it('reads another cache\'s entries from storage, in its own scope only', () => {
    const storage = memoryStorage();
    new KoladaCache({ scope: 'a', storage, now: () => NOW }).set('data|N1|1282', entry);
    expect(new KoladaCache({ scope: 'a', storage, now: () => NOW }).get('data|N1|1282', isPointList)).to.deep.equal(entry);
    expect(new KoladaCache({ scope: 'b', storage, now: () => NOW }).get('data|N1|1282', isPointList)).to.equal(undefined);
  });

  it('treats entries older than 24 hours as missing', () => {
    const storage = memoryStorage();
    const cache = new KoladaCache({ scope: 'a', storage, now: () => NOW });
    cache.set('old', { value: [], fetchedAt: new Date(NOW - MAX_AGE_MS - 1).toISOString() });
    cache.set('day', { value: [], fetchedAt: new Date(NOW - MAX_AGE_MS).toISOString() });
    expect(cache.get('old', isPointList)).to.equal(undefined);
    expect(cache.get('day', isPointList)).to.deep.equal({ value: [], fetchedAt: new Date(NOW - MAX_AGE_MS).toISOString() });
    const strict = new KoladaCache({ scope: 'a', storage, now: () => NOW, maxAgeMs: 500 });
    expect(strict.get('day', isPointList)).to.equal(undefined);
  });

  it('ignores stored text it cannot use', () => {
    const storage = memoryStorage();
    const cache = new KoladaCache({ scope: 'a', storage, now: () => NOW });
    const junk = ['{', 'null', '"text"', '{"value": []}', '{"value": [], "fetchedAt": "yesterday"}', '{"value": "x", "fetchedAt": "2024-03-14T11:00:00Z"}'];
    junk.forEach((text, index) => storage.items.set(`vagval-kolada:a|k${index}`, text));
    junk.forEach((_, index) => expect(cache.get(`k${index}`, isPointList), junk[index]).to.equal(undefined));
  });

  it('never throws when storage does, or is full, or missing', () => {
    for (const storage of [throwingStorage, null]) {
      const cache = new KoladaCache({ scope: 'a', storage, now: () => NOW });
      expect(() => cache.set('k', entry)).not.to.throw();
      expect(cache.get('k', isPointList)).to.deep.equal(entry);
      cache.clearMemory();
      expect(cache.get('k', isPointList)).to.equal(undefined);
      expect(() => removeStored(storage)).not.to.throw();
    }
  });

  it('removeStored removes only its prefix', () => {
    const storage = memoryStorage();
    storage.setItem('vagval-kolada:a|k', '1');
    storage.setItem('vagval-kolada:b|k', '2');
    storage.setItem('other', '3');
    removeStored(storage, 'vagval-kolada:a|');
    expect([...storage.items.keys()]).to.deep.equal(['vagval-kolada:b|k', 'other']);
    removeStored(storage);
    expect([...storage.items.keys()]).to.deep.equal(['other']);
  });
});
