import { expect } from '@open-wc/testing';
import { AnswerQueue, MAX_ATTEMPTS, QUEUE_KEY, type QueuedAnswer, type StorageLike } from '../../src/feedback/answer-queue.js';
import '../helpers/setup.js';

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const NOW = Date.UTC(2024, 2, 14, 12);

function entry(id: string, overrides: Partial<QueuedAnswer> = {}): QueuedAnswer {
  return { id, endpoint: 'https://x.se/svar', view: 'view-1', answer: { page: 'https://x.se/sida', answer: 'no' }, attempts: 0, time: NOW, ...overrides };
}

describe('AnswerQueue (pure)', () => {
  it('keeps answers, replaces one by id and forgets it', () => {
    const queue = new AnswerQueue(new MemoryStorage(), () => NOW);
    expect(queue.put(entry('a'))).to.equal(true);
    queue.put(entry('a', { answer: { page: 'https://x.se/sida', answer: 'no', comment: 'Saknar karta' } }));
    expect(queue.read()).to.have.length(1);
    expect(queue.read()[0]!.answer.comment).to.equal('Saknar karta');
    queue.remove('a');
    expect(queue.read()).to.deep.equal([]);
  });

  it('gives a later page view only the leftovers of earlier views, for its endpoint, once', () => {
    const storage = new MemoryStorage();
    const queue = new AnswerQueue(storage, () => NOW);
    queue.put(entry('earlier', { view: 'view-1' }));
    queue.put(entry('this-view', { view: 'view-2' }));
    queue.put(entry('other-endpoint', { view: 'view-1', endpoint: 'https://y.se/svar' }));
    const taken = queue.takeLeftovers('https://x.se/svar', 'view-2');
    expect(taken.map((queued) => queued.id)).to.deep.equal(['earlier']);
    expect(queue.takeLeftovers('https://x.se/svar', 'view-2')).to.deep.equal([]);
    expect(queue.read().map((queued) => queued.id)).to.deep.equal(['this-view', 'other-endpoint']);
  });

  it('takes back answers that failed again, and gives up after the last attempt', () => {
    const queue = new AnswerQueue(new MemoryStorage(), () => NOW);
    queue.giveBack([entry('once', { attempts: 0 }), entry('last', { attempts: MAX_ATTEMPTS - 1 })]);
    const kept = queue.read();
    expect(kept.map((queued) => [queued.id, queued.attempts])).to.deep.equal([['once', 1]]);
  });

  it('drops answers older than a day', () => {
    const storage = new MemoryStorage();
    new AnswerQueue(storage, () => NOW).put(entry('old'));
    const dayLater = new AnswerQueue(storage, () => NOW + 24 * 60 * 60 * 1000 + 1);
    expect(dayLater.read()).to.deep.equal([]);
  });

  it('ignores stored text it does not recognise', () => {
    const storage = new MemoryStorage();
    const queue = new AnswerQueue(storage, () => NOW);
    storage.setItem(QUEUE_KEY, '{not json');
    expect(queue.read()).to.deep.equal([]);
    storage.setItem(QUEUE_KEY, JSON.stringify([{ id: 'x' }, entry('ok'), { ...entry('bad'), answer: { page: 'p', answer: 'kanske' } }]));
    expect(queue.read().map((queued) => queued.id)).to.deep.equal(['ok']);
  });

  it('is a no-op, never an exception, without storage or when storage throws', () => {
    const none = new AnswerQueue(undefined);
    expect(none.put(entry('a'))).to.equal(false);
    expect(none.read()).to.deep.equal([]);
    const throwing: StorageLike = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    const blocked = new AnswerQueue(throwing);
    expect(blocked.put(entry('a'))).to.equal(false);
    expect(() => blocked.remove('a')).not.to.throw();
    expect(blocked.takeLeftovers('https://x.se/svar', 'v')).to.deep.equal([]);
  });

  it('keeps at most 20 answers, the newest', () => {
    const queue = new AnswerQueue(new MemoryStorage(), () => NOW);
    for (let i = 0; i < 25; i++) queue.put(entry(`n${i}`));
    const ids = queue.read().map((queued) => queued.id);
    expect(ids).to.have.length(20);
    expect(ids[0]).to.equal('n5');
    expect(ids.at(-1)).to.equal('n24');
  });
});
